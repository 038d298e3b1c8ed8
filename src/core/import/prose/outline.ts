/** Blocks → tables: headings give the path, points (or task paragraphs) give the items. */
import type { Column, Item, NotImported, ProgrammeTable, Section } from '../../model';
import { fold } from '../../text';
import { parseTime } from '../../time';
import type { Block } from './blocks';
import { splitFields } from './fields';
import { pushAll } from '../../arrays';

interface Heading {
  rank: number;
  section: Section;
  printed: string;
  used: boolean;
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

const rank = (b: Block): number => (b.kind === 'roman' ? 0 : b.num.split('.').length);

/** Does the document label its points ("(3) … Cơ quan chủ trì: …", "1. … - Cơ quan chủ trì: …")? */
export function isLabelled(blocks: Block[]): boolean {
  return blocks.some((b, i) => b.kind === 'point' || (b.kind === 'numbered' && blocks[i + 1]?.kind === 'label'));
}

function nextSignificant(blocks: Block[], i: number): Block | undefined {
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j].kind !== 'footnote') return blocks[j];
  return undefined;
}

/** A numbered block with something beneath it is a heading; one followed by labels is a point. */
function numberedRole(blocks: Block[], i: number): 'heading' | 'item' | 'leaf' {
  const b = blocks[i];
  const next = nextSignificant(blocks, i);
  if (next?.kind === 'label') return 'item';
  if (!next) return 'leaf';
  if (next.kind === 'point' || next.kind === 'para') return 'heading';
  if (next.kind === 'numbered' && next.num.startsWith(`${b.num}.`)) return 'heading';
  return 'leaf';
}

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
  return !!roman && /nhiem vu|giai phap/.test(fold(roman.section.title));
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

function finish(item: Item, text: string): void {
  const f = splitFields(text);
  item.task = f.task;
  item.lead = f.lead;
  item.partners = f.partners;
  item.notes = f.notes;
  if (f.deadline) {
    item.time = parseTime(f.deadline);
    if (f.period) item.period = parseTime(f.period);
  } else item.time = parseTime(f.period);
}

function columnsOf(items: Item[]): Column[] {
  const cols: Column[] = [
    { key: 'tt', header: 'TT' },
    { key: 'task', header: 'Nhiệm vụ' },
    { key: 'lead', header: 'Cơ quan chủ trì' },
  ];
  if (items.some((i) => i.partners)) cols.push({ key: 'partners', header: 'Cơ quan phối hợp' });
  cols.push({ key: 'time', header: 'Thời gian' });
  if (items.some((i) => i.notes)) cols.push({ key: 'notes', header: 'Ghi chú' });
  return cols;
}

export interface Outline {
  tables: ProgrammeTable[];
  /** 0-based lines whose text is in a table or in `notImported`. */
  used: Set<number>;
  notImported: NotImported[];
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
  const hasHeadings = hasRoman || blocks.some((b, i) => b.kind === 'numbered' && numberedRole(blocks, i) === 'heading');
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
  const close = () => {
    if (item) {
      finish(item, itemText);
      d.table.items.push(item);
      for (const b of itemBlocks) {
        consumed.add(b);
        b.lines.forEach((l) => used.add(l));
      }
    }
    item = null;
    itemText = '';
    itemBlocks = [];
  };
  const start = (b: Block, tt: string) => {
    close();
    item = newItem(d, b, tt, ocr);
    itemText = b.text;
    itemBlocks = [b];
  };
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
    const role = b.kind === 'numbered' ? numberedRole(blocks, i) : null;
    if (b.kind === 'roman' || role === 'heading') {
      close();
      const r = rank(b);
      while (d.headings.length && d.headings[d.headings.length - 1].rank >= r) d.headings.pop();
      const section: Section = { tt: b.num, title: b.text, level: d.headings.length + 1, line: b.lines[0] + 1 };
      const h: Heading = { rank: r, section, printed: b.printed, used: false };
      d.headings.push(h);
      d.all.push(h);
      consumed.add(b);
      b.lines.forEach((l) => used.add(l));
      return;
    }
    if (b.kind === 'point') return start(b, b.num);
    if (role === 'item') return start(b, b.num);
    if (b.kind === 'label') {
      if (item) {
        itemText += `\n${b.text}`;
        itemBlocks.push(b);
      }
      return;
    }
    if (b.kind === 'para' && item && labelled && !splitFields(itemText).lead) {
      itemText += ` ${b.text}`;
      itemBlocks.push(b);
      return;
    }
    close();
    if ((b.kind === 'para' || role === 'leaf') && (!labelled || d.appendix) && taskSection(d, hasRoman, hasHeadings)) start(b, b.num);
  });
  close();
  const notImported: NotImported[] = [];
  const tables: ProgrammeTable[] = [];
  for (const x of drafts) {
    if (x.table.items.length) {
      tables.push({ ...x.table, columns: columnsOf(x.table.items), sections: x.all.filter((h) => h.used).map((h) => h.section) });
    } else pushAll(notImported, x.sources.map((b) => note(b, NOT_IMPORTED.emptyAppendix)));
    // A heading with no point under it (a purpose section, a part left unchanged) heads nothing.
    for (const h of x.all) if (!h.used) notImported.push({ line: h.section.line, text: h.printed, reason: NOT_IMPORTED.heading });
  }
  pushAll(notImported, sharedLineBlocks(all, consumed, used));
  return { tables, used, notImported };
}
