/** Blocks → tables: headings give the path, points (or task paragraphs) give the items. */
import { HEADER } from '../../columnRegistry';
import type { Column, Item, NotImported, ProgrammeTable, Section } from '../../model';
import { fold } from '../../text';
import { parseTime } from '../../time';
import { assignmentHeading, inlineAssignment, isGeneralDuty, leadSentence, leadValue, subjectAgency, type Assignment } from './assignment';
import type { Block } from './blocks';
import { hasOwnLabels, isLabelled, nextSignificant, numberedRole, ORGANISATION, rank, singleParaBelow, TASK_SECTION } from './roles';
import { splitFields } from './fields';
import { pushAll } from '../../arrays';

interface Heading {
  rank: number;
  section: Section;
  printed: string;
  used: boolean;
  /** "1. Sở Công Thương:", "Giao Sở Y tế …:": the agency whose tasks are listed below. */
  assignment: Assignment | null;
}

interface Draft {
  table: ProgrammeTable;
  headings: Heading[];
  /** Inside an appendix: every numbered or plain paragraph is an item. */
  appendix: boolean;
  /** Every heading met, in order. */
  all: Heading[];
  /** The appendix label and "(Kèm theo …)" blocks that gave the table its title. */
  sources: Block[];
}

/** Reasons shown to the user for text kept out of the tables. */
export const NOT_IMPORTED = {
  heading: 'Đề mục không có điểm nhiệm vụ nào bên dưới',
  emptyAppendix: 'Phụ lục không có điểm nhiệm vụ nào',
  text: 'Văn bản không thuộc điểm nhiệm vụ nào',
};

/**
 * Where plain paragraphs are tasks (documents without labels): an appendix; under a roman
 * section about tasks ("NHIỆM VỤ VÀ GIẢI PHÁP"); under any heading when the document has no roman
 * sections; anywhere when it has no headings at all. Never in the preamble before the first heading.
 */
function taskSection(d: Draft, hasRoman: boolean, hasHeadings: boolean): boolean {
  if (d.appendix) return true;
  if (!hasHeadings) return true;
  const roman = d.headings.find((h) => h.rank === 0);
  if (!hasRoman) return d.headings.length > 0;
  return !!roman && TASK_SECTION.test(fold(roman.section.title));
}

/** The agency of the innermost assignment heading above, if any. */
function assignmentAbove(d: Draft): { heading: Heading; assignment: Assignment } | null {
  for (let k = d.headings.length - 1; k >= 0; k--) {
    const a = d.headings[k].assignment;
    if (a) return { heading: d.headings[k], assignment: a };
  }
  return null;
}

function newItem(d: Draft, b: Block, tt: string, ocr: boolean): Item {
  for (const h of d.headings) h.used = true;
  return {
    tt,
    path: d.headings.map((h) => h.printed),
    task: b.text,
    lead: '',
    partners: '',
    time: parseTime(''),
    authority: '',
    resources: '',
    notes: '',
    line: b.lines[0] + 1,
    ...(ocr ? { ocr: true } : {}),
  };
}

/**
 * Text → fields. `given`: the lead and partners of the assignment heading above (used when the
 * point names none). A lead written as a sentence ("Sở Nội vụ chủ trì, phối hợp với …") is split;
 * a task that opens with one keeps its whole text and gets that lead and those partners.
 */
function finish(item: Item, text: string, given: Assignment | null, subject = false): void {
  const f = splitFields(text);
  item.task = f.task;
  item.lead = f.lead;
  item.partners = f.partners;
  item.notes = f.notes;
  const inLead = f.lead ? leadValue(f.lead) : null;
  if (inLead && !f.partners) {
    item.lead = inLead.lead;
    item.partners = inLead.partners;
  }
  if (!item.lead) {
    const own = leadSentence(f.task) ?? (given ? null : inlineAssignment(f.task));
    if (own) {
      item.lead = own.lead;
      item.partners = item.partners || own.partners;
    } else if (given) {
      item.lead = given.lead;
      item.partners = item.partners || given.partners || ownPartners(f.task);
    } else if (subject) item.lead = subjectAgency(f.task) ?? '';
  }
  if (f.deadline) {
    item.time = parseTime(f.deadline);
    if (f.period) item.period = parseTime(f.period);
  } else item.time = parseTime(f.period || ownDeadline(f.task));
}

/**
 * The time a task sentence closes with when it has no time label: "…, hoàn thành trước ngày 01
 * tháng 01 năm 2027." / "… hoàn thành trong năm 2026." → that phrase; '' otherwise. Only a
 * closing clause opened by "hoàn thành" counts: a year inside the sentence ("kế hoạch đầu tư công
 * trung hạn giai đoạn 2026 - 2030") is what the task is about, not its time.
 */
export function ownDeadline(task: string): string {
  const m = /(?:^|[,;]\s*|\s)(hoàn thành\s+(?:trước|trong)\s+(?:ngày|tháng|quý|năm)\s[^,;:]*?)[.;]?\s*$/iu.exec(task);
  return m && /\d{4}/.test(m[1]) ? m[1] : '';
}

/** Has the point text a lead, partner, time or product yet (a task label aside)? */
function hasFields(text: string): boolean {
  const f = splitFields(text);
  return !!(f.lead || f.partners || f.deadline || f.period || f.notes);
}

/** "Chủ trì, phối hợp với các cơ quan liên quan rà soát …", "Phối hợp UBND các xã …" under an agency: those partners. */
function ownPartners(task: string): string {
  const m = /^(?:chủ trì,?\s+(?:và\s+)?)?phối hợp(?:\s+với)?\s+/iu.exec(task);
  if (!m) return '';
  return leadSentence(`Sở X chủ trì, phối hợp với ${task.slice(m[0].length)}`)?.partners ?? '';
}

function columnsOf(items: Item[]): Column[] {
  const cols: Column[] = [
    { key: 'tt', header: HEADER.tt },
    { key: 'task', header: HEADER.task },
    { key: 'lead', header: HEADER.lead },
  ];
  if (items.some((i) => i.partners)) cols.push({ key: 'partners', header: HEADER.partners });
  cols.push({ key: 'time', header: HEADER.time });
  if (items.some((i) => i.notes)) cols.push({ key: 'notes', header: HEADER.notes });
  return cols;
}

/** A roman section of the document ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"), by 1-based lines. */
export interface RomanSection {
  /** Line of the roman heading. */
  line: number;
  /** First line after the section (the next roman heading, appendix label or "Nơi nhận"); Infinity at the end. */
  end: number;
  title: string;
  /** The heading as printed, number included ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"). */
  printed: string;
  /**
   * A task section (NHIỆM VỤ, GIẢI PHÁP / NỘI DUNG …, not TỔ CHỨC THỰC HIỆN) that assigns its points
   * to agencies by heading: two or more "a) Ủy ban nhân dân các tỉnh" / "- Bộ Công Thương" / "Bộ X:"
   * over "-" or "+" tasks.
   */
  byAgency: boolean;
}

export interface Outline {
  tables: ProgrammeTable[];
  /** 0-based lines whose text is in a table or in `notImported`. */
  used: Set<number>;
  notImported: NotImported[];
  sections: RomanSection[];
}

const note = (b: Block, reason: string): NotImported => ({ line: b.lines[0] + 1, text: b.printed, reason });

/**
 * Text the caller's line-based leftovers cannot see: unused blocks printed on a line that a
 * used block shares ("I- MỤC ĐÍCH, YÊU CẦU**1. Mục đích**"). Each is reported whole and its lines
 * marked used, until no unused block touches a used line.
 */
function sharedLineBlocks(blocks: Block[], consumed: Set<Block>, used: Set<number>): NotImported[] {
  const out: NotImported[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of blocks) {
      if (consumed.has(b) || !b.lines.some((l) => used.has(l))) continue;
      consumed.add(b);
      out.push(note(b, NOT_IMPORTED.text));
      b.lines.forEach((l) => used.add(l));
      changed = true;
    }
  }
  return out;
}

export function buildTables(all: Block[], title: string, ocr: boolean): Outline {
  const blocks = all.filter((b) => b.kind !== 'noise');
  const consumed = new Set<Block>();
  const labelled = isLabelled(blocks);
  const hasRoman = blocks.some((b) => b.kind === 'roman');
  const hasHeadings = hasRoman || blocks.some((b, i) => b.kind === 'numbered' && numberedRole(blocks, i, false) === 'heading');
  const used = new Set<number>();
  const drafts: Draft[] = [];
  const open = (t: string, label: string, appendix: boolean): Draft => {
    const d: Draft = { table: { title: t, label, kind: 'tasks', columns: [], sections: [], items: [] }, headings: [], appendix, all: [], sources: [] };
    drafts.push(d);
    return d;
  };
  let d = open(title, '', false);
  let item: Item | null = null;
  let itemText = '';
  let itemBlocks: Block[] = [];
  /** 'labelled': a point whose lines below (bullets, letters) continue it; 'list': one bullet or letter of a list. */
  let itemMode: 'labelled' | 'list' = 'labelled';
  let given: Assignment | null = null;
  /** The point is an agency (or title) line whose one paragraph below is its task. */
  let joinPara = false;
  /** The point opens with its agency ("8. Các sở, ban, ngành … chủ động …"): that agency leads. */
  let subject = false;
  /** A numbered point was read directly under the current roman section (a paragraph after it closes the section). */
  let numberedInRoman = false;
  const close = () => {
    if (item) {
      finish(item, itemText, given, subject);
      d.table.items.push(item);
      for (const b of itemBlocks) {
        consumed.add(b);
        b.lines.forEach((l) => used.add(l));
      }
    }
    item = null;
    itemText = '';
    itemBlocks = [];
    given = null;
    joinPara = false;
    subject = false;
  };
  const start = (b: Block, tt: string, mode: 'labelled' | 'list', parentTt?: string) => {
    close();
    // A point ends the deeper headings before it ("2. Về nền tảng số" after "1. Về dữ liệu" > "1.1.").
    const ends = b.kind === 'numbered' || b.kind === 'letter' || (b.kind === 'bullet' && b.num === '-');
    if (ends) while (d.headings.length && d.headings[d.headings.length - 1].rank >= rank(b)) d.headings.pop();
    item = newItem(d, b, tt, ocr);
    if (parentTt !== undefined) item.parentTt = parentTt;
    itemText = b.text;
    itemBlocks = [b];
    itemMode = mode;
    given = assignmentAbove(d)?.assignment ?? null;
    // In a section assigned by agency, a point between the agency headings names its own agency
    // as its subject ("b) Bộ Nội vụ rà soát …", "- Ngân hàng Nhà nước Việt Nam rà soát …").
    const roman = d.headings.find((h) => h.rank === 0);
    if (!given && !d.appendix && roman && byAgency.has(roman.section.line)) subject = true;
    if (b.kind === 'numbered' && d.headings[d.headings.length - 1]?.rank === 0) numberedInRoman = true;
  };
  const append = (b: Block, sep: string) => {
    const marker = b.kind === 'bullet' ? `${b.num} ` : b.kind === 'letter' ? `${b.num}) ` : '';
    itemText += `${sep}${marker}${b.text}`;
    itemBlocks.push(b);
  };
  const heading = (b: Block) => {
    close();
    const r = rank(b);
    while (d.headings.length && d.headings[d.headings.length - 1].rank >= r) d.headings.pop();
    const tt = b.kind === 'bullet' ? '' : b.num;
    const section: Section = { tt, title: b.text, level: d.headings.length + 1, line: b.lines[0] + 1 };
    const h: Heading = { rank: r, section, printed: b.printed, used: false, assignment: b.kind === 'roman' ? null : assignmentHeading(b.text) };
    if (b.kind === 'roman') numberedInRoman = false;
    d.headings.push(h);
    d.all.push(h);
    consumed.add(b);
    b.lines.forEach((l) => used.add(l));
  };
  /** The number of the innermost numbered heading: the parent of a lettered or bulleted activity. */
  const parentNumber = (): string => {
    for (let k = d.headings.length - 1; k >= 0; k--) {
      const h = d.headings[k];
      if (h.section.tt && h.rank > 0 && h.rank < 5) return h.section.tt;
    }
    return '';
  };
  // Where a paragraph, bullet or letter with no labels is a task of its own.
  const listSection = () => !!assignmentAbove(d) || ((!labelled || d.appendix) && taskSection(d, hasRoman, hasHeadings));
  // "2. Sở Tài chính: Bố trí kinh phí …" assigns a task in an organisation section too. A sentence
  // ("3. Ban Tuyên giáo chủ trì, phối hợp với … quán triệt …") does only where the section lists
  // agencies' tasks ("1. Giao Sở …: - … - …"); elsewhere it states who organises the plan (seed
  // 002's part III, counted by hand, has no task). The duty to carry out the plan is never one.
  const organisation = () => d.headings.find((h) => h.rank === 0 && ORGANISATION.test(fold(h.section.title)));
  const assigns = (b: Block) => {
    const roman = organisation();
    if (b.kind !== 'numbered' || !roman || isGeneralDuty(b.text)) return false;
    return !!inlineAssignment(b.text) || (assigningSections.has(roman.section.line) && !!(leadSentence(b.text) || subjectAgency(b.text)));
  };
  // Organisation sections (by the line of their roman heading) with an agency heading over a list.
  const assigningSections = new Set<number>();
  let romanLine = -1;
  blocks.forEach((b, i) => {
    if (b.kind === 'roman') romanLine = b.lines[0] + 1;
    else if (b.kind === 'numbered' && romanLine > 0 && numberedRole(blocks, i, false) === 'heading' && assignmentHeading(b.text)) assigningSections.add(romanLine);
  });
  const sections = romanSections(blocks);
  const byAgency = new Set(sections.filter((s) => s.byAgency).map((s) => s.line));
  blocks.forEach((b, i) => {
    if (b.kind === 'appendix') {
      close();
      d = open(b.text, 'PHỤ LỤC', true);
      d.sources.push(b);
      consumed.add(b);
      b.lines.forEach((l) => used.add(l));
      return;
    }
    if (b.kind === 'attached') {
      if (d.appendix && !d.table.attachedTo) {
        // Kept as printed, parentheses included, as the table importer does.
        d.table.attachedTo = b.text;
        d.sources.push(b);
        consumed.add(b);
        b.lines.forEach((l) => used.add(l));
      }
      return;
    }
    if (b.kind === 'footnote') return;
    const role = b.kind === 'numbered' || b.kind === 'letter' ? numberedRole(blocks, i, d.appendix) : null;
    if (b.kind === 'letter' || b.kind === 'bullet') {
      const own = hasOwnLabels(blocks, i);
      // The number as printed: "a)", or the list marker "-" / "+" (an empty TT would read as an
      // indicator sub-row, which the checks of lead and time skip).
      const tt = b.kind === 'letter' ? `${b.num})` : b.num;
      // An activity with its own labels: "a) Hoạt động 1 …" / "- Nghị định …" then "- Cơ quan thực hiện: …".
      // But "- …" lines under "Nhiệm vụ:" belong to the point whose labels follow them.
      if (own && !(item && itemMode === 'labelled' && !hasFields(itemText))) return start(b, tt, 'labelled', parentNumber());
      // Inside a labelled point (its task under "Nhiệm vụ:", or sub-clauses before the labels): more of it.
      if (item && itemMode === 'labelled') return append(b, '\n');
      // "- Bộ Công Thương:" over "+ …" lines: an agency heading, each "+" line its task.
      const next = nextSignificant(blocks, i);
      if (b.num === '-' && next?.kind === 'bullet' && next.num === '+' && assignmentHeading(b.text) && listSection()) return heading(b);
      // "+ …" under "- …" in a list: a detail of that line.
      if (item && b.num === '+' && itemBlocks[0].kind === 'bullet' && itemBlocks[0].num === '-') return append(b, '\n');
      if (role === 'heading' && listSection()) return heading(b);
      close();
      if (listSection()) start(b, tt, 'list', parentNumber());
      return;
    }
    // "5. Sở Tài chính:" + one paragraph: one point (the agency leads it), not a heading over one task.
    if (role === 'heading' && b.kind === 'numbered' && singleParaBelow(blocks, i)) {
      close();
      while (d.headings.length && d.headings[d.headings.length - 1].rank >= rank(b)) d.headings.pop();
      const agency = assignmentHeading(b.text);
      if (agency || listSection()) {
        start(b, b.num, 'labelled');
        given = agency ?? given;
        joinPara = true;
        return;
      }
    }
    if (b.kind === 'roman' || role === 'heading') return heading(b);
    // "Giao Sở Nội vụ:" over "- …" lines: an unnumbered agency heading.
    if (b.kind === 'para' && nextSignificant(blocks, i)?.kind === 'bullet' && /:$/.test(b.text) && assignmentHeading(b.text)) return heading(b);
    if (b.kind === 'point') return start(b, b.num, 'labelled');
    if (role === 'item') return start(b, b.num, 'labelled');
    if (b.kind === 'label') {
      if (item) append(b, '\n');
      return;
    }
    if (b.kind === 'para' && item && joinPara) {
      joinPara = false;
      append(b, /[:.;]$/.test(itemText) ? ' ' : '\n');
      return;
    }
    if (b.kind === 'para' && item && labelled && itemMode === 'labelled' && !splitFields(itemText).lead) {
      itemText += ` ${b.text}`;
      itemBlocks.push(b);
      return;
    }
    close();
    if (b.kind === 'numbered') while (d.headings.length && d.headings[d.headings.length - 1].rank >= rank(b)) d.headings.pop();
    // A paragraph or numbered leaf: the "- …" lines right below it describe it (an appendix item).
    // A paragraph after the numbered points of a section, directly under its roman heading, closes it.
    if (b.kind === 'para' && numberedInRoman && d.headings[d.headings.length - 1]?.rank === 0) return;
    // "Nhằm đạt được mục tiêu …, các bộ … tổ chức thực hiện các nhiệm vụ, giải pháp sau đây:" over
    // numbered points: the section's lead-in, not a task.
    if (b.kind === 'para' && /:$/.test(b.text) && nextSignificant(blocks, i)?.kind === 'numbered') return;
    const assigned = assigns(b);
    if ((b.kind === 'para' || role === 'leaf') && (listSection() || assigned)) start(b, b.num, 'labelled', b.kind === 'para' && d.headings.length ? parentNumber() : undefined);
    if (assigned) subject = true;
  });
  close();
  const notImported: NotImported[] = [];
  const tables: ProgrammeTable[] = [];
  for (const x of drafts) {
    if (x.table.items.length) {
      tables.push({ ...x.table, columns: columnsOf(x.table.items), sections: x.all.filter((h) => h.used).map((h) => h.section) });
    } else
      pushAll(
        notImported,
        x.sources.map((b) => note(b, NOT_IMPORTED.emptyAppendix)),
      );
    // A heading with no point under it (a purpose section, a part left unchanged) heads nothing.
    for (const h of x.all) if (!h.used) notImported.push({ line: h.section.line, text: h.printed, reason: NOT_IMPORTED.heading });
  }
  pushAll(notImported, sharedLineBlocks(all, consumed, used));
  return { tables, used, notImported, sections };
}

/** Is the block at `i` an agency heading over tasks ("a) Bộ Nội vụ", "- Bộ Công Thương" over "+", "Bộ X:" over "-")? */
function agencyHeading(blocks: Block[], i: number): boolean {
  const b = blocks[i];
  const next = nextSignificant(blocks, i);
  const over =
    ((b.kind === 'numbered' || b.kind === 'letter') && numberedRole(blocks, i, false) === 'heading') ||
    (b.kind === 'bullet' && b.num === '-' && next?.kind === 'bullet' && next.num === '+') ||
    (b.kind === 'para' && /:$/.test(b.text) && next?.kind === 'bullet');
  return over && !!assignmentHeading(b.text);
}

/** The roman sections, with their extent and whether they assign their points by agency heading. */
function romanSections(blocks: Block[]): RomanSection[] {
  const out: RomanSection[] = [];
  let cur: RomanSection | null = null;
  // Agency headings met per section: one alone may be a topic that reads like one ("c) Doanh
  // nghiệp số"); a section that assigns its points to agencies names several.
  const agencies = new Map<RomanSection, number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'roman' || b.kind === 'appendix' || b.kind === 'end') {
      if (cur) cur.end = b.lines[0] + 1;
      cur = null;
      if (b.kind !== 'roman') return;
      cur = { line: b.lines[0] + 1, end: Infinity, title: b.text, printed: b.printed, byAgency: false };
      out.push(cur);
      return;
    }
    const folded = cur ? fold(cur.title) : '';
    if (cur && TASK_SECTION.test(folded) && !ORGANISATION.test(folded) && agencyHeading(blocks, i)) agencies.set(cur, (agencies.get(cur) ?? 0) + 1);
  });
  for (const s of out) s.byAgency = (agencies.get(s) ?? 0) >= 2;
  return out;
}
