/**
 * Waiting for something: "Sau khi có hướng dẫn của Trung ương", "Khi có chỉ đạo, hướng dẫn",
 * "Theo chỉ đạo của Đảng cấp trên", "Từ khi ban hành đề án", "Sau khi có các Quyết định phê duyệt",
 * "(sau khi Trung ương giao biên chế)"; OCR "Theo tién do Trung wong yéu cau"; "Theo lộ trình …",
 * "Theo kế hoạch của …"; the event a duration counts from: "kể từ ngày nhận đủ hồ sơ",
 * "kể từ khi nhận được văn bản".
 *
 * The span runs from the trigger to the end of the clause: a ".", ";", "(" or ")", or
 * "và thực hiện thường xuyên" (so "Sau khi … và thực hiện thường xuyên" keeps its ongoing tail), or a
 * comma before a date clause (", hoàn thành trong năm 2026") or a duration (", trong vòng 45 ngày"). Other commas do not end it
 * ("Khi có chỉ đạo, hướng dẫn"). Dates left inside the span describe the condition and are dropped.
 */
import { Parser, spanOf } from '../parts';

const HUONG_DAN = 'h\\w{0,4}ng\\s*dan'; // hướng dẫn, OCR "hwdng dan", "huwéng dan", "hiong dan"
const THEO_WHAT = [
  'chi\\s*dao',
  HUONG_DAN,
  'tien\\s*d\\w*', // tiến độ, OCR "tién dg"
  'yeu\\s*cau',
  'ke\\s*hoach',
  'dinh\\s*h\\w*ng', // định hướng (not "định kỳ")
  'van\\s*ban',
  'lo\\s*trinh',
  'thong\\s*bao',
  'quyet\\s*dinh',
  'nghi\\s*(?:quyet|dinh)',
  'phan\\s*cong',
  'quy\\s*dinh', // "Theo quy định của pháp luật về đầu tư công": the law sets the time
].join('|');

const TRIGGER = [
  '\\b(?:ke\\s+)?(?:sau|tu)\\s+khi\\b',
  // the event a duration counts from: "kể từ ngày nhận đủ hồ sơ" (not "kể từ ngày 01/7/2026": a date)
  '\\b(?:ke\\s+)?tu\\s+(?:ngay|thoi\\s*diem)\\b(?!\\s*\\d)',
  '\\bkhi\\s+(?:co|duoc|trung\\s*uong|cap\\s*tren|ban\\s*hanh|phe\\s*duyet)\\b',
  `\\btheo\\s+(?:su\\s+)?(?:${THEO_WHAT})`,
  `\\bcho\\s+(?:co\\s+)?(?:${HUONG_DAN}|chi\\s*dao|phe\\s*duyet|van\\s*ban|quyet\\s*dinh)`,
].join('|');

const CLAUSE_END = new RegExp(
  [
    '[.;()]',
    '\\s+va\\s+(?:thuc\\s*hien\\s+)?(?:th\\w*ong\\s*xuyen|lien\\s*tuc)',
    // ", hoàn thành trong năm 2026": a comma before a date clause ends the condition
    ',\\s*(?=(?:[a-z]+\\s+){0,3}(?:nam|qu[yi]|thang|ngay|giai doan)\\s*(?:\\d|[ivxl]+\\b))',
    // ", trong vòng 45 ngày": a comma before a duration ends it too
    ',\\s*(?=(?:[a-z]+\\s+){0,3}\\d{1,3}\\s*(?:ngay|thang|tuan|nam|gio)\\b)',
  ].join('|'),
  'g',
);

export const conditionParser: Parser = {
  name: 'condition',
  pattern: new RegExp(TRIGGER),
  extract(m, ctx) {
    const start = m.index;
    CLAUSE_END.lastIndex = start + m[0].length;
    const stop = CLAUSE_END.exec(ctx.folded);
    let end = stop ? stop.index : ctx.folded.length;
    while (end > start && /[\s,:\-–”"'’]/.test(ctx.text[end - 1])) end--;
    return { ...spanOf(m), end, type: 'condition' };
  },
};
