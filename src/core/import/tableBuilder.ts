import type { Column, ColumnKey, Item, NotImported, ProgrammeTable, Section, TableKind } from '../model';
import { fold, foldStartsWith } from '../text';
import { pushAll } from '../arrays';
import { parseTime } from '../time';
import type { TimeMeaning } from '../time/types';
import { classifyHeader, HeaderKey } from './columns';
import { leadFromSections } from './groupLead';
import { progressFromText } from './progress';
import { followsLetter, headingLevel, RawRow, splitNumberedTitle, ttShape } from './rows';

type Fields = Partial<Record<HeaderKey, string>>;

interface PendingItem {
  kind: 'item';
  line: number;
  fields: Fields;
  sections: Section[];
  parentTt?: string;
  notes: string[];
}
interface PendingSection {
  kind: 'section';
  section: Section;
}
type Pending = PendingItem | PendingSection;

export interface AppendixInfo {
  label: string;
  name: string;
  attachedTo?: string;
}

/** The cells a sub-row under a merged number shares with the row above when its own are empty. */
const SHARED_BY_SUB_ROWS: HeaderKey[] = ['tt', 'lead', 'partners', 'time', 'timeStart', 'authority', 'resources'];

/**
 * Builds one appendix table from its rows, in order. `keys` gives each grid column's meaning;
 * `headers` the header text of each column (for a two-row header, the lower cell).
 */
export class TableBuilder {
  readonly columns: Column[];
  readonly kind: TableKind;
  private readonly keys: Array<HeaderKey | null>;
  private readonly headers: string[];
  /** Columns whose key another column shares: their values are prefixed with their header. */
  private readonly prefixed: boolean[];
  /** The header's cells folded: a repeat of the header at a page break folds to the same. */
  private readonly headerFolded: string[];
  private readonly rows: Pending[] = [];
  private readonly stack: Section[] = [];
  /** A copy of `stack` shared by the items read while it stays the same (read only); null after it changes. */
  private stackCopy: Section[] | null = null;
  private lastIndicatorTt = '';
  private lastLetter = '';

  constructor(
    private readonly info: AppendixInfo,
    headerRow: RawRow,
    keys: Array<HeaderKey | null>,
    headers: string[] = headerRow.cells,
  ) {
    this.keys = keys;
    this.headers = headers;
    this.columns = [];
    keys.forEach((k, i) => {
      if (k && k !== 'progress' && k !== 'timeStart' && !this.columns.some((c) => c.key === k)) {
        this.columns.push({ key: k, header: headers[i] });
      }
    });
    this.prefixed = keys.map((k, i) => !!k && k !== 'tt' && keys.some((o, j) => j !== i && o === k));
    this.headerFolded = headerRow.cells.map(fold);
    const taskHeader = fold(this.columns.find((c) => c.key === 'task')?.header ?? '');
    this.kind = taskHeader.startsWith('chi tieu') || keys.includes('target') ? 'indicators' : 'tasks';
  }

  /**
   * Header cells that name no column of their own (unrecognised, e.g. "Mã số"): their cells go
   * to Ghi chú, and the user is told.
   */
  unmappedHeaders(line: number): NotImported[] {
    const out: NotImported[] = [];
    this.headers.forEach((cell, i) => {
      if (cell && !this.keys[i]) {
        out.push({ line, text: cell, reason: 'Tiêu đề cột không nhận ra: nội dung cột này được ghi vào Ghi chú' });
      }
    });
    return out;
  }

  /**
   * The same header printed again at a page break: every cell folds to the header's (folded
   * text has no TAB, so this is the folded rows joined by TABs being equal). Cell by cell, so
   * a body row stops at its first cell.
   */
  isRepeatedHeader(row: RawRow): boolean {
    const h = this.headerFolded;
    if (row.cells.length !== h.length) return false;
    // foldStartsWith first: a body cell is told apart at its first characters, without folding it.
    for (let i = 0; i < h.length; i++) if (!foldStartsWith(row.cells[i], h[i]) || fold(row.cells[i]) !== h[i]) return false;
    return true;
  }

  /**
   * A header repeated at the top of a section, without its TT cell ("| Nội dung | Đơn vị thực
   * hiện | …"): at least two cells name this table's columns and none is anything else.
   */
  isSubHeader(row: RawRow): boolean {
    const tt = this.keys.indexOf('tt');
    if (tt >= 0 && row.cells[tt] && !row.fromAbove[tt] && classifyHeader(row.cells[tt]) !== 'tt') return false;
    let named = 0;
    for (let i = 0; i < row.cells.length; i++) {
      const c = row.cells[i];
      if (!c || row.fromAbove[i]) continue;
      const k = classifyHeader(c);
      if (!k || c.length > 60) return false;
      if (k === this.keys[i]) named++;
    }
    return named >= 2;
  }

  private fieldsOf(row: RawRow): { fields: Fields; extra: string[] } {
    const f: Fields = {};
    const extra: string[] = [];
    row.cells.forEach((cell, i) => {
      const key = i < this.keys.length ? this.keys[i] : null;
      if (!cell) return;
      if (!key || key === 'progress') {
        // Progress columns: the status is read from the text in build(); the text stays a note.
        if (key === 'progress' && !f.progress) f.progress = cell;
        extra.push(this.headers[i] ? `${this.headers[i]}: ${cell}` : cell);
        return;
      }
      const value = this.prefixed[i] && this.headers[i] ? `${this.headers[i]}: ${cell}` : cell;
      f[key] = f[key] ? `${f[key]}\n${value}` : value;
    });
    return { fields: f, extra };
  }

  /** Adds a row; `afterBreak` is true for the first row after a page break. */
  add(row: RawRow, afterBreak: boolean): void {
    if (row.merged) {
      this.mergedHeading(row);
      return;
    }
    const { fields: f, extra } = this.fieldsOf(row);
    // (`extra` is this row's own array: kept as the notes when the row has no others.)
    const notes = row.notes.length ? [...extra, ...row.notes] : extra;
    if (!anyField(f) && !notes.length) return;
    const ttIndex = this.keys.indexOf('tt');
    const taskIndex = this.keys.indexOf('task');
    const tt = f.tt ?? '';
    const task = f.task ?? '';

    const subRow = this.kind === 'indicators' && !tt && /^[-+•]/.test(task);
    const prev = this.rows[this.rows.length - 1];
    if (afterBreak && !tt && !f.time && prev && !subRow) {
      this.continueRow(prev, f, notes);
      return;
    }

    const shape = ttShape(tt);
    const ttBold = ttIndex >= 0 && !!row.bold[ttIndex] && !row.fromAbove[ttIndex];
    const taskBold = taskIndex >= 0 && !!row.bold[taskIndex] && !row.fromAbove[taskIndex];
    const onlyTt = tt && !anyField(f, 'tt');
    const split = onlyTt ? splitNumberedTitle(tt) : null;
    if (split) {
      this.openSection(split.tt, split.title, row.line, f);
      return;
    }
    const ttMerged = ttIndex >= 0 && row.fromAbove[ttIndex];
    // A row under a task that only adds a second lead or partner (no number, no task, no time of
    // its own — or the number and task merged down from the row above): it belongs to that task.
    const own = (k: HeaderKey) => this.keys.some((key, i) => key === k && !!row.cells[i] && !row.fromAbove[i]);
    if (!own('tt') && !own('task') && !own('time') && !own('timeStart') && (ttMerged || !tt) && prev?.kind === 'item' && !subRow) {
      this.addToRow(prev, row, f, notes);
      return;
    }
    const heading =
      !ttMerged && (shape === 'roman' || shape === 'letter' || (taskBold && (shape === 'number' || shape === 'empty' || ttBold)) || (ttBold && !task && shape !== 'empty'));
    if (heading && !subRow) {
      this.openSection(tt, task, row.line, f, notes);
      return;
    }
    this.numberedParentToHeading(tt);
    const item: PendingItem = { kind: 'item', line: row.line, fields: f, sections: (this.stackCopy ??= [...this.stack]), notes };
    if (this.kind === 'indicators') {
      if (tt) this.lastIndicatorTt = tt;
      else if (this.lastIndicatorTt) item.parentTt = this.lastIndicatorTt;
    } else {
      const above = this.rows[this.rows.length - 1];
      if (ttMerged && above?.kind === 'item') item.parentTt = tt;
      // A row with no number under a numbered one, missing its lead or its time: its number (and the
      // cells left empty) were merged down in the document — a paste or a capture keeps them only in
      // the first row. A row with its own task, lead and time is a row whose number is missing.
      const shares = !(task && f.lead && (f.time || f.timeStart));
      if (!tt && shares && above?.kind === 'item' && above.fields.tt && (task || f.lead || f.time)) {
        for (const k of SHARED_BY_SUB_ROWS) if (!f[k] && above.fields[k]) f[k] = above.fields[k];
        item.parentTt = above.parentTt ?? above.fields.tt;
      }
    }
    this.rows.push(item);
  }

  /**
   * A numbered row with no lead and no time whose next row is numbered beneath it ("1.2 Thủy
   * sản" above "1.2.1 …", "III.1.1 Nhóm …" above "III.1.1.1") is a group heading, not a task.
   */
  private numberedParentToHeading(tt: string): void {
    const prev = this.rows[this.rows.length - 1];
    if (!tt || prev?.kind !== 'item' || prev.parentTt) return;
    const p = (prev.fields.tt ?? '').replace(/[.)]$/, '');
    // (The cheap tests first: most rows are not numbered beneath the row above.)
    if (!p || !tt.startsWith(`${p}.`) || tt.length <= p.length + 1 || ttShape(p) !== 'number') return;
    const f = prev.fields;
    if (f.time || f.timeStart || (f.task && (f.lead || f.partners))) return;
    this.rows.pop();
    // "5.1 | | Thương mại": a group title printed in another column is still the title.
    const title = f.task || f.lead || f.partners || '';
    this.openSection(p, title, prev.line, { ...f, lead: f.task ? f.lead : undefined, partners: f.task ? f.partners : undefined }, prev.notes);
  }

  /** A row of one cell merged across the table: a section or group heading. */
  private mergedHeading(row: RawRow): void {
    const text = row.cells.find(Boolean) ?? '';
    if (!text) return;
    const split = splitNumberedTitle(text);
    if (split) this.openSection(split.tt, split.title, row.line, {}, row.notes);
    else if (ttShape(text) !== 'other') this.openSection(text.replace(/[.)]$/, ''), '', row.line, {}, row.notes);
    else this.openSection('', text, row.line, {}, row.notes);
  }

  private openSection(tt: string, title: string, line: number, f: Fields, notes: string[] = []): void {
    let level = headingLevel(tt);
    const bare = tt.replace(/[.)]$/, '');
    // "H.", "I.", "K." in a run of letters are letters, not Roman numerals.
    if (ttShape(bare) === 'roman' && bare.length === 1 && this.lastLetter && followsLetter(this.lastLetter, bare)) level = 1;
    if (level === 1) this.lastLetter = bare;
    this.stackCopy = null;
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    const section: Section = { tt, title, level, line };
    if (f.lead) section.lead = f.lead;
    if (f.time) section.time = f.time;
    const rest = [f.partners, f.authority, f.resources, f.notes, f.progress, f.target, ...notes].filter(Boolean);
    if (rest.length) section.title = [title, ...rest].join(' ');
    this.stack.push(section);
    this.rows.push({ kind: 'section', section });
  }

  /** Cells of a row that continues the item above (merged cells left out), each joined as a new line. */
  private addToRow(prev: PendingItem, row: RawRow, f: Fields, notes: string[]): void {
    this.keys.forEach((k, i) => {
      if (!k || k === 'progress' || row.fromAbove[i]) return;
      const v = f[k] && row.cells[i] ? row.cells[i] : '';
      if (v && prev.fields[k] !== v) prev.fields[k] = prev.fields[k] ? `${prev.fields[k]}\n${v}` : v;
    });
    pushAll(prev.notes, notes);
  }

  /** A row split over a page break: its fragments join the row they continue, cell by cell. */
  private continueRow(prev: Pending, f: Fields, notes: string[]): void {
    if (prev.kind === 'section') {
      const s = prev.section;
      s.title = join(s.title, f.task ?? '');
      if (f.lead) s.lead = join(s.lead ?? '', f.lead);
      const rest = [f.partners, f.time, f.authority, f.resources, f.notes, f.progress, f.target, ...notes].filter(Boolean);
      if (rest.length) s.title = join(s.title, rest.join(' '));
      return;
    }
    for (const [k, v] of Object.entries(f) as Array<[HeaderKey, string]>) {
      if (v) prev.fields[k] = join(prev.fields[k] ?? '', v);
    }
    pushAll(prev.notes, notes);
  }

  build(): ProgrammeTable {
    const sections = this.rows.filter((r): r is PendingSection => r.kind === 'section').map((r) => r.section);
    const hasResources = this.keys.includes('resources');
    // Items share their sections (final by now): each one's label and folded title made once.
    const labels = new Map<Section, string>();
    const label = (x: Section): string => {
      let l = labels.get(x);
      if (l === undefined) labels.set(x, (l = sectionLabel(x)));
      return l;
    };
    const folded = new Map<Section, string>();
    const items: Item[] = this.rows
      .filter((r): r is PendingItem => r.kind === 'item')
      .map((r) => {
        const f = r.fields;
        const notes = [f.notes, ...r.notes];
        const progress = f.progress ? progressFromText(f.progress) : null;
        const item: Item = {
          tt: f.tt ?? '',
          path: r.sections.map(label),
          task: f.task ?? '',
          lead: f.lead || leadFromSections(r.sections),
          partners: f.partners ?? '',
          time: timeOf(f.time ?? '', f.timeStart ?? ''),
          authority: f.authority ?? '',
          resources: f.resources ?? (hasResources ? '' : fundingFromSections(r.sections, folded)),
          notes: notes.filter(Boolean).join('\n'),
          line: r.line,
        };
        if (progress) item.progress = progress;
        if (this.kind === 'indicators') item.target = f.target ?? '';
        if (r.parentTt) item.parentTt = r.parentTt;
        return item;
      });
    const name = this.info.name;
    const title = this.info.label && name ? `${this.info.label} — ${name}` : this.info.label || name;
    const table: ProgrammeTable = {
      title,
      label: this.info.label,
      kind: this.kind,
      columns: this.columns,
      sections,
      items,
    };
    if (this.info.attachedTo) table.attachedTo = this.info.attachedTo;
    return table;
  }
}

/**
 * The time of a row: its own time cell, or — under a two-row header "Thời gian thực hiện" over
 * "Bắt đầu | Hoàn thành" — the deadline from the end column with the start from the start column.
 */
export function timeOf(end: string, start: string): TimeMeaning {
  if (!start) return parseTime(end);
  if (!end) {
    const s = parseTime(start);
    return { ...parseTime(`Từ ${start}`), text: start, start: s.start ?? s.due };
  }
  const range = parseTime(`${start} - ${end}`);
  const due = parseTime(end);
  if (range.kind === 'period' && range.due === due.due) return range;
  const s = parseTime(start);
  return { ...due, text: `${start} - ${end}`, start: s.start ?? s.due };
}

/** Does some field other than `except` hold text? (No array of entries made per row.) */
function anyField(f: Fields, except?: HeaderKey): boolean {
  for (const k in f) if (k !== except && f[k as HeaderKey]) return true;
  return false;
}

function join(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}

export function sectionLabel(s: Section): string {
  if (!s.tt) return s.title;
  const tt = /[.)]$/.test(s.tt) ? s.tt : `${s.tt}.`;
  return `${tt} ${s.title}`.trim();
}

/** Lai Châu Phụ lục 4: the A/B group names the funding source. */
const FUNDING_GROUPS: Array<[RegExp, string]> = [
  [/von ngoai ngan sach/, 'Vốn ngoài ngân sách'],
  [/ngan sach nha nuoc/, 'Ngân sách nhà nước'],
  [/ngan sach trung uong/, 'Ngân sách trung ương'],
  [/ngan sach dia phuong/, 'Ngân sách địa phương'],
  [/xa hoi hoa/, 'Xã hội hóa'],
];

function fundingFromSections(sections: Section[], folded: Map<Section, string>): string {
  for (const s of sections) {
    let f = folded.get(s);
    if (f === undefined) folded.set(s, (f = fold(s.title)));
    for (const [re, name] of FUNDING_GROUPS) if (re.test(f) && f.length < 40) return name;
  }
  return '';
}

export type { ColumnKey };
