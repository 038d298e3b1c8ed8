/**
 * Who does a task, when the document says it in a sentence rather than under a label:
 * "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan …", and the assignment headings of
 * "TỔ CHỨC THỰC HIỆN" / "PHÂN CÔNG NHIỆM VỤ" ("1. Sở Tài chính:", "Giao Sở Y tế …:", "Đề nghị
 * Công ty Điện lực …: …"), whose bullets are that agency's tasks.
 * Rules come from plans of Hồ Chí Minh City, Hà Nội and Đắk Lắk (2025) read by hand.
 */

export interface Assignment {
  lead: string;
  partners: string;
}

// First words of an agency name (lower case, as written): "Sở …", "Các sở …", "UBND …", "Bộ Chỉ huy …".
const AGENCY_WORDS = [
  'sở',
  'ban',
  'bộ',
  'ủy ban',
  'uỷ ban',
  'ubnd',
  'ubmttq',
  'công an',
  'văn phòng',
  'cục',
  'chi cục',
  'trung tâm',
  'đài',
  'báo',
  'hội',
  'liên đoàn',
  'đoàn',
  'tỉnh đoàn',
  'thành đoàn',
  'mặt trận',
  'công ty',
  'tổng công ty',
  'kho bạc',
  'ngân hàng',
  'thanh tra',
  'viện',
  'trường',
  'bệnh viện',
  'đảng ủy',
  'đảng uỷ',
  'cơ quan',
  'đơn vị',
  'doanh nghiệp',
  'quỹ',
  'hiệp hội',
  'cổng thông tin',
  'tòa án',
  'toà án',
  'liên minh',
  'bưu điện',
  'điện lực',
  // "Trung ương Mặt trận Tổ quốc Việt Nam", "Trung ương Đoàn Thanh niên …", "Trung ương Hội …".
  'trung ương (?:mặt trận|đoàn|hội)',
];
// After "Các …": "Các sở, ban, ngành", "Các tổ chức chính trị - xã hội", "Các đoàn thể".
const PLURAL_WORDS = [
  'sở',
  'ban',
  'bộ',
  'cơ quan',
  'đơn vị',
  'doanh nghiệp',
  'đoàn thể',
  'tổ chức',
  'hội',
  'địa phương',
  'ngành',
  'trung tâm',
  'phòng',
  'xã',
  'phường',
  'lực lượng',
  'ủy ban',
  'uỷ ban',
];
const PLURAL = new RegExp(`^các\\s+(?:${PLURAL_WORDS.join('|')})(?=[\\s,]|$)`, 'u');
// Words that start like an agency but begin a sentence about something else.
const NOT_AGENCY = /^(ban hành|báo cáo|hội nghị|hội thảo|trường hợp|các (nhiệm vụ|nội dung|hoạt động|giải pháp|chỉ tiêu|chương trình|văn bản|bước|biện pháp))\b/u;
const AGENCY = new RegExp(`^(?:${AGENCY_WORDS.join('|')})(?=[\\s,])`, 'u');

/** Prefixes of an assignment: "Giao Sở …", "Đề nghị Ủy ban …", "Yêu cầu các …". */
const PREFIX = /^(?:giao(?:\s+cho)?|đề nghị|yêu cầu)\s+/iu;

// A verb ends a list of partners: "phối hợp với các sở, ngành rà soát …" (partners = "các sở, ngành").
const VERBS = [
  'thực hiện',
  'tham mưu',
  'xây dựng',
  'triển khai',
  'rà soát',
  'hướng dẫn',
  'theo dõi',
  'kiểm tra',
  'đôn đốc',
  'nghiên cứu',
  'đề xuất',
  'ban hành',
  'trình',
  'tuyên truyền',
  'hoàn thiện',
  'đẩy mạnh',
  'tập huấn',
  'bồi dưỡng',
  'tổng hợp',
  'đánh giá',
  'báo cáo',
  'bố trí',
  'đưa',
  'lập',
  'cập nhật',
  'phân bổ',
  'chỉ đạo',
  'vận động',
  'giám sát',
  'hỗ trợ',
  'điều phối',
  'chủ động',
  'khẩn trương',
  'tiếp tục',
  'tổ chức(?! chính trị| xã hội)(?!,)',
  'quản lý',
  'phát triển',
  'lồng ghép',
  'phổ biến',
  'ứng dụng',
  'vận hành',
  'kiện toàn',
  'củng cố',
  'thẩm định',
  'phê duyệt',
  'sửa đổi',
  'tiếp nhận',
  'cung cấp',
  'tăng cường',
  'nâng cao',
  'thống kê',
  'xử lý',
  'khảo sát',
  'điều tra',
  'thu thập',
  'chuẩn hóa',
  'số hóa',
  'kết nối',
  'đầu tư',
  'mua sắm',
  'huy động',
  'duy trì',
  'bảo đảm',
  'đảm bảo',
  'khám',
  'thành lập',
  'ký kết',
  'sắp xếp',
  'thanh tra',
  'xét duyệt',
  'cấp phát',
  'vận chuyển',
];
const VERB_ANY = new RegExp(`\\s(?:${VERBS.join('|')})(?=[\\s,.;:]|$)`, 'gu');

/**
 * The first verb of the text, as RegExp.exec gives it, or null. "tổ chức" right after a comma is
 * part of a list of agencies ("các sở, tổ chức …"), not a verb. (A loop, not a lookbehind: the
 * task pane must run in EdgeHTML, which has none.)
 */
const VERB = {
  exec(t: string): RegExpExecArray | null {
    VERB_ANY.lastIndex = 0;
    for (let m = VERB_ANY.exec(t); m; m = VERB_ANY.exec(t)) {
      if (!(m[0].startsWith(' tổ chức') || m[0].trimStart().startsWith('tổ chức')) || t[m.index - 1] !== ',') return m;
    }
    return null;
  },
  test(t: string): boolean {
    return this.exec(t) !== null;
  },
};

/** Does the text start with an agency name (capitalised, "Các …" included)? */
export function startsWithAgency(text: string): boolean {
  const t = text.replace(PREFIX, '').trim();
  // After "Đề nghị" / "Giao" the name may start lower case: "Đề nghị các doanh nghiệp viễn thông: …".
  if (!/^\p{Lu}/u.test(t) && !(PREFIX.test(text.trim()) && /^các\s/u.test(t))) return false;
  const lower = t.toLowerCase();
  return (AGENCY.test(lower) || PLURAL.test(lower)) && !NOT_AGENCY.test(lower);
}

/** "các sở, ngành liên quan tham mưu …" → "các sở, ngành liên quan". */
function partnerList(s: string): string {
  let t = s.split(/[:;]/)[0];
  // Whichever comes first: the end of "… (có) liên quan", or a verb.
  const related = /(?:có\s+)?liên quan(?=[\s,.;:]|$)/u.exec(t);
  const v = VERB.exec(t);
  if (related && (!v || related.index < v.index)) t = t.slice(0, related.index + related[0].length);
  else if (v) t = t.slice(0, v.index);
  t = t.replace(/[\s,.]+$/, '').trim();
  // A list of partners is a few names; a longer run is the task itself.
  return t.split(/\s+/).length > 20 ? '' : t;
}

/**
 * "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tham mưu …" → lead "Sở Nội vụ",
 * partners "các sở, ngành liên quan". Also "Giao Sở X là cơ quan đầu mối, chủ trì …" and
 * "Sở Tài chính phối hợp với …" (the subject leads). Null when the text does not start with an
 * agency followed by "chủ trì" or "phối hợp" within its first 20 words.
 */
export function leadSentence(text: string): Assignment | null {
  const t = text.replace(PREFIX, '').trim();
  if (!startsWithAgency(t)) return null;
  // JavaScript's \b knows no Vietnamese letters: word ends are spelled out.
  const m = /\s+(?:là cơ quan (?:đầu mối|thường trực)[,\s]*)?(chủ trì|phối hợp)(?=[\s,.;:]|$)/u.exec(t);
  if (!m) return null;
  const lead = t.slice(0, m.index).replace(/[\s,]+$/, '');
  if (!lead || lead.split(/\s+/).length > 20 || /[:;]/.test(lead) || VERB.test(` ${lead}`)) return null;
  const after = t.slice(m.index + m[0].length);
  if (m[1] === 'phối hợp') return { lead, partners: partnerList(after.replace(/^\s*(?:với\s+)?/u, '')) };
  const p = /phối hợp(?:\s+với)?\s+/u.exec(after);
  const partners = p && p.index <= 30 ? partnerList(after.slice(p.index + p[0].length)) : '';
  return { lead, partners };
}

/** The words between lead and partners in a lead label's value ("Sở Nội vụ chủ trì, phối hợp với …"). */
export const LEAD_VALUE_JOIN = /\s+chủ trì,?\s+(?:và\s+)?phối hợp(?:\s+với)?\s+/u;

/**
 * A lead label's value written as a sentence, "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên
 * quan" → lead and partners. Only when the value is exactly that (nothing after the partners), so
 * that no word of it is lost; null otherwise.
 */
export function leadValue(value: string): Assignment | null {
  const m = LEAD_VALUE_JOIN.exec(value);
  if (!m || !startsWithAgency(value)) return null;
  const lead = value.slice(0, m.index).trim();
  const rest = value
    .slice(m.index + m[0].length)
    .replace(/[\s.;,]+$/, '')
    .trim();
  // A name, not a run of text: no sentence mark inside, a few words.
  if (!lead || !rest || /[:;.]/.test(lead) || lead.split(/\s+/).length > 15 || partnerList(rest) !== rest) return null;
  return { lead, partners: rest };
}

/**
 * The agency an assignment heading names, and its partners: "Sở Công Thương:", "Sở Khoa học và
 * Công nghệ", "Giao Sở Y tế là cơ quan đầu mối …, tổ chức thực hiện các nhiệm vụ sau:",
 * "Sở Giáo dục và Đào tạo chủ trì, phối hợp với …:". A heading is an assignment when it starts
 * with an agency and either ends with a colon or is the agency name alone (no verb, ≤ 15 words).
 */
export function assignmentHeading(text: string): Assignment | null {
  const t = text.trim();
  if (!startsWithAgency(t)) return null;
  const colon = /:\s*$/.test(t);
  const head = t.replace(/:\s*$/, '').replace(PREFIX, '').trim();
  const sentence = leadSentence(head);
  if (colon && sentence) return sentence;
  // "Ủy ban nhân dân các phường, xã chủ động bố trí …, tập trung một số nhiệm vụ sau:": up to the verb.
  const verb = VERB.exec(` ${head}`);
  if (colon && verb && verb.index > 0 && verb.index - 1 <= 120) return { lead: head.slice(0, verb.index - 1).replace(/[\s,]+$/, ''), partners: '' };
  if (colon && !/[;.]/.test(head)) return { lead: head, partners: '' };
  if (!colon && head.split(/\s+/).length <= 15 && !VERB.test(` ${head}`) && !/[.;:]/.test(head)) return { lead: head, partners: '' };
  return null;
}

/**
 * The agency a sentence opens with, up to its verb: "Các sở, ban, ngành, đơn vị … theo chức năng,
 * nhiệm vụ được giao chủ động phối hợp …" → "Các sở, ban, ngành, đơn vị …". Null when the text does
 * not open with an agency or the name runs past 25 words or a sentence end.
 */
export function subjectAgency(text: string): string | null {
  const t = text.replace(PREFIX, '').trim();
  if (!startsWithAgency(t)) return null;
  const ends = [/\s(?:theo chức năng|căn cứ|là|chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm)(?=[\s,.;:]|$)/u.exec(t), VERB.exec(t)]
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => m.index);
  if (!ends.length) return null;
  const lead = t
    .slice(
      0,
      ends.reduce((a, b) => Math.min(a, b)),
    )
    .replace(/[\s,]+$/, '');
  return lead && lead.split(/\s+/).length <= 25 && !/[.;:]/.test(lead) ? lead : null;
}

/**
 * A duty to carry out the whole plan ("Sở Văn hóa, Thể thao và Du lịch chủ trì triển khai Kế
 * hoạch.", "… tổ chức thực hiện Kế hoạch này"): the organisation part of a plan says it, and it
 * is no task of its own. True when the sentence ends right after naming the plan.
 */
export function isGeneralDuty(text: string): boolean {
  return /(?:triển khai|tổ chức thực hiện|thực hiện|tổ chức triển khai)(?:\s+(?:có hiệu quả|hiệu quả|nghiêm túc))?\s+(?:Kế hoạch|Chương trình(?: hành động)?|Đề án)(?:\s+này)?[\s.;]*$/iu.test(
    text.trim(),
  );
}

/**
 * "Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương kiểm tra …" → the agency before the colon, when
 * the text starts with one and the part before the colon is a name (≤ 25 words, no sentence end).
 */
export function inlineAssignment(text: string): Assignment | null {
  const i = text.indexOf(':');
  if (i < 0 || !text.slice(i + 1).trim()) return null;
  const head = text.slice(0, i).replace(PREFIX, '').trim();
  if (!startsWithAgency(text.slice(0, i)) || head.split(/\s+/).length > 25 || /[.;]/.test(head) || VERB.test(` ${head}`)) return null;
  return { lead: head, partners: '' };
}
