/**
 * What the Nhập tab shows before anything is written: tables, item counts, time kinds, how the
 * document's columns were mapped, a few sample rows, and the problems themselves grouped by kind.
 */
import { columnDef, displayDate, RULE_IDS, RULE_LABELS, TIME_KIND_LABEL } from '../../app';
import type { Programme, Severity, TimeKind, ValidationReport } from '../../app';

/** One column of the document and the appendix column it goes to. */
export interface ColumnMapping {
  /** The header as printed in the document. */
  source: string;
  /** The appendix sheet's header ("Cơ quan chủ trì"). */
  target: string;
}

/** A row of the document as it will be written (the first few of a table). */
export interface SampleRow {
  tt: string;
  /** The start of the task, at most SAMPLE_TASK_CHARS characters, cut after a whole word (… when cut). */
  task: string;
  lead: string;
  /** The time phrase as written. */
  time: string;
  /** What the phrase gives: the due date dd/mm/yyyy, or the time kind when there is none. */
  due: string;
}

export interface TablePreview {
  title: string;
  kind: string;
  items: number;
  sections: number;
  columns: string[];
  mapping: ColumnMapping[];
  samples: SampleRow[];
  timeKinds: Array<{ label: string; count: number }>;
}

/** One place a problem was found. */
export interface ProblemRow {
  /** The table's title, when the programme has several tables (else empty). */
  table: string;
  tt: string;
  /** 1-based line of the source text. */
  line: number;
  message: string;
}

/** The findings of one rule. */
export interface ProblemGroup {
  rule: string;
  /** The rule's Vietnamese name (core/validate RULE_LABELS). */
  label: string;
  severity: Severity;
  rows: ProblemRow[];
}

export interface ImportPreview {
  title: string;
  ocr: boolean;
  tables: TablePreview[];
  items: number;
  notImported: number;
  errors: number;
  warnings: number;
  /** Errors first, then warnings; within each, in the validator's rule order. */
  problems: ProblemGroup[];
}

/** How many rows of each table the preview shows. */
export const SAMPLE_ROWS = 3;
/** How much of a task a sample row shows. */
export const SAMPLE_TASK_CHARS = 80;

/** At most `n` characters of `s`, cut at the last space when there is one in its second half. */
function cut(s: string, n: number): string {
  if (s.length <= n) return s;
  const head = s.slice(0, n);
  const space = head.lastIndexOf(' ');
  return `${(space > n / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** The findings grouped by rule, each with the rows it names. */
export function problemGroups(p: Programme, report: ValidationReport): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  const labels = RULE_LABELS as Record<string, string>;
  for (const f of report.findings) {
    let g = groups.get(f.rule);
    if (!g) groups.set(f.rule, (g = { rule: f.rule, label: labels[f.rule] ?? f.rule, severity: f.severity, rows: [] }));
    if (f.severity === 'error') g.severity = 'error';
    g.rows.push({ table: p.tables.length > 1 ? f.table : '', tt: f.tt, line: f.line, message: f.message });
  }
  const order = (rule: string) => {
    const i = (RULE_IDS as string[]).indexOf(rule);
    return i < 0 ? RULE_IDS.length : i;
  };
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? order(a.rule) - order(b.rule) : a.severity === 'error' ? -1 : 1));
}

export function previewOf(p: Programme, report: ValidationReport): ImportPreview {
  const tables = p.tables.map((t) => {
    const counts = new Map<TimeKind, number>();
    for (const it of t.items) counts.set(it.time.kind, (counts.get(it.time.kind) ?? 0) + 1);
    return {
      title: t.title || t.label || '(không tên)',
      kind: t.kind === 'indicators' ? 'chỉ tiêu' : 'nhiệm vụ',
      items: t.items.length,
      sections: t.sections.length,
      columns: t.columns.map((c) => c.header),
      mapping: t.columns.map((c) => ({ source: c.header, target: columnDef(c.key).header })),
      samples: t.items.slice(0, SAMPLE_ROWS).map((it) => ({
        tt: it.tt || it.parentTt || '',
        task: cut(it.task, SAMPLE_TASK_CHARS),
        lead: it.lead,
        time: it.time.text,
        due: it.time.due ? displayDate(it.time.due) : TIME_KIND_LABEL[it.time.kind],
      })),
      timeKinds: t.kind === 'tasks' ? [...counts].map(([k, count]) => ({ label: TIME_KIND_LABEL[k], count })) : [],
    };
  });
  return {
    title: p.title,
    ocr: p.quality === 'ocr',
    tables,
    items: tables.reduce((n, t) => n + t.items, 0),
    notImported: p.notImported.length,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    problems: problemGroups(p, report),
  };
}
