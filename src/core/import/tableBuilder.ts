import type { Column, ColumnKey, Item, NotImported, ProgrammeTable, Section, TableKind } from '../model';
import { fold, isBold } from '../text';
import { parseTime } from '../time';
import { headingLevel, RawRow, splitNumberedTitle, ttShape } from './rows';

type Fields = Partial<Record<ColumnKey, string>>;

interface PendingItem {
  kind: 'item';
  line: number;
  fields: Fields;
  sections: Section[];
  parentTt?: string;
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

/** Builds one appendix table from its rows, in order. */
export class TableBuilder {
  readonly columns: Column[];
  readonly kind: TableKind;
  private readonly keys: Array<ColumnKey | null>;
  private readonly headerFolded: string;
  private readonly rows: Pending[] = [];
  private readonly stack: Section[] = [];
  private lastIndicatorTt = '';

  constructor(
    private readonly info: AppendixInfo,
    headerRow: RawRow,
    keys: Array<ColumnKey | null>,
  ) {
    this.keys = keys;
    this.columns = [];
    keys.forEach((k, i) => {
      if (k && !this.columns.some((c) => c.key === k)) this.columns.push({ key: k, header: headerRow.cells[i] });
    });
    this.headerFolded = TableBuilder.fold(headerRow);
    const taskHeader = fold(this.columns.find((c) => c.key === 'task')?.header ?? '');
    this.kind = taskHeader.startsWith('chi tieu') || keys.includes('target') ? 'indicators' : 'tasks';
  }

  /**
   * Header cells that name no column of their own — unrecognised ("Mã số"), or a second column of
   * the same meaning: their cells go to Ghi chú / join the first column, and the user is told.
   */
  unmappedHeaders(headerRow: RawRow): NotImported[] {
    const out: NotImported[] = [];
    headerRow.cells.forEach((cell, i) => {
      if (!cell) return;
      const key = this.keys[i];
      if (!key) {
        out.push({ line: headerRow.line, text: cell, reason: 'Tiêu đề cột không nhận ra: nội dung cột này được ghi vào Ghi chú' });
      } else if (this.columns.find((c) => c.key === key)?.header !== cell) {
        out.push({ line: headerRow.line, text: cell, reason: 'Cột trùng nghĩa với một cột trước: nội dung được nối vào cột đó' });
      }
    });
    return out;
  }

  static fold(row: RawRow): string {
    return row.cells.map(fold).join('\t');
  }

  /** The same header printed again at a page break. */
  isRepeatedHeader(row: RawRow): boolean {
    return TableBuilder.fold(row) === this.headerFolded;
  }

  private fieldsOf(row: RawRow): Fields {
    const f: Fields = {};
    const extra: string[] = [];
    row.cells.forEach((cell, i) => {
      const key = i < this.keys.length ? this.keys[i] : null;
      if (!cell) return;
      if (key) f[key] = f[key] ? `${f[key]}\n${cell}` : cell;
      else extra.push(cell);
    });
    // Cells beyond the header (or under an unrecognised header) are kept, in the notes.
    if (extra.length) f.notes = [f.notes, ...extra].filter(Boolean).join('\n');
    return f;
  }

  /** Adds a row; `afterBreak` is true for the first row after a page break. */
  add(row: RawRow, afterBreak: boolean): void {
    const f = this.fieldsOf(row);
    const ttIndex = this.keys.indexOf('tt');
    const taskIndex = this.keys.indexOf('task');
    const tt = f.tt ?? '';
    const task = f.task ?? '';
    if (!Object.values(f).some(Boolean)) return;

    const subRow = this.kind === 'indicators' && !tt && /^[-+•]/.test(task);
    const prev = this.rows[this.rows.length - 1];
    if (afterBreak && !tt && !f.time && prev && !subRow) {
      this.continueRow(prev, f);
      return;
    }

    const shape = ttShape(tt);
    const ttBold = isBold(row.raw[ttIndex] ?? '');
    const taskBold = isBold(row.raw[taskIndex] ?? '');
    const onlyTt = tt && Object.entries(f).every(([k, v]) => k === 'tt' || !v);
    const split = onlyTt ? splitNumberedTitle(tt) : null;
    if (split) {
      this.openSection(split.tt, split.title, row.line, f);
      return;
    }
    const heading =
      shape === 'roman' ||
      shape === 'letter' ||
      (taskBold && (shape === 'number' || shape === 'empty' || ttBold)) ||
      (ttBold && !task && shape !== 'empty');
    if (heading && !subRow) {
      this.openSection(tt, task, row.line, f);
      return;
    }
    const item: PendingItem = { kind: 'item', line: row.line, fields: f, sections: [...this.stack] };
    if (this.kind === 'indicators') {
      if (tt) this.lastIndicatorTt = tt;
      else if (this.lastIndicatorTt) item.parentTt = this.lastIndicatorTt;
    }
    this.rows.push(item);
  }

  private openSection(tt: string, title: string, line: number, f: Fields): void {
    const level = headingLevel(tt);
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    const section: Section = { tt, title, level, line };
    if (f.lead) section.lead = f.lead;
    if (f.time) section.time = f.time;
    const rest = [f.partners, f.authority, f.resources, f.notes, f.target].filter(Boolean);
    if (rest.length) section.title = [title, ...rest].join(' ');
    this.stack.push(section);
    this.rows.push({ kind: 'section', section });
  }

  /** A row split over a page break: its fragments join the row they continue, cell by cell. */
  private continueRow(prev: Pending, f: Fields): void {
    if (prev.kind === 'section') {
      const s = prev.section;
      s.title = join(s.title, f.task ?? '');
      if (f.lead) s.lead = join(s.lead ?? '', f.lead);
      const rest = [f.partners, f.time, f.authority, f.resources, f.notes, f.target].filter(Boolean);
      if (rest.length) s.title = join(s.title, rest.join(' '));
      return;
    }
    for (const [k, v] of Object.entries(f) as Array<[ColumnKey, string]>) {
      if (v) prev.fields[k] = join(prev.fields[k] ?? '', v);
    }
  }

  build(): ProgrammeTable {
    const sections = this.rows.filter((r): r is PendingSection => r.kind === 'section').map((r) => r.section);
    const hasResources = this.keys.includes('resources');
    const items: Item[] = this.rows
      .filter((r): r is PendingItem => r.kind === 'item')
      .map((r) => {
        const f = r.fields;
        const item: Item = {
          tt: f.tt ?? '',
          path: r.sections.map(sectionLabel),
          task: f.task ?? '',
          lead: f.lead ?? '',
          partners: f.partners ?? '',
          time: parseTime(f.time ?? ''),
          authority: f.authority ?? '',
          resources: f.resources ?? (hasResources ? '' : fundingFromSections(r.sections)),
          notes: f.notes ?? '',
          line: r.line,
        };
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

function fundingFromSections(sections: Section[]): string {
  for (const s of sections) {
    const f = fold(s.title);
    for (const [re, name] of FUNDING_GROUPS) if (re.test(f) && f.length < 40) return name;
  }
  return '';
}
