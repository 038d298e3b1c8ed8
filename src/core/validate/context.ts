import type { Catalogue } from '../agencies/types';
import type { ColumnKey, Item, Programme, ProgrammeTable, Section } from '../model';
import { fold, foldedAsciiWords } from '../text';
import type { LeadResolver } from './leadMatch';
import type { Finding, Severity } from './types';

/** The rule a finding comes from: its meta's id and severity. */
export interface RuleRef {
  id: string;
  severity: Severity;
}

/** What a table rule sees of a table, and how it reports. */
export interface TableContext {
  table: ProgrammeTable;
  tableIndex: number;
  required: Set<ColumnKey>;
  catalogue?: Catalogue;
  term: { start: number; end: number } | null;
  issuedOn: string | null;
  /** The programme was imported from prose, not from appendix tables. */
  prose: boolean;
  /** The text came from OCR, diacritics largely lost. */
  ocr: boolean;
  /** Lead cells resolved against the catalogue, shared by every table of the programme. */
  resolver: LeadResolver;
  report: (f: Finding) => void;
  /**
   * The value of `fact` for this table, worked out once and shared by the rules that read it
   * (lead.ts, time.ts, resources.ts, structure.ts: one walk of the table for a family of rules).
   */
  memo<T>(fact: (ctx: TableContext) => T): T;
}

/** What a programme rule sees: every table's context (same order as Programme.tables). */
export interface ProgrammeContext {
  programme: Programme;
  tables: TableContext[];
}

export interface Detail {
  value: string;
  message: string;
  suggestion?: string | null;
  certain?: boolean;
}

/** A finding about an item's cell. */
export function itemFinding(ctx: TableContext, rule: RuleRef, item: Item, itemIndex: number, column: ColumnKey, d: Detail): Finding {
  return base(ctx, rule, item.tt, item.line, itemIndex, column, d);
}

/** A finding about a heading row (itemIndex null). */
export function sectionFinding(ctx: TableContext, rule: RuleRef, section: Section, column: ColumnKey, d: Detail): Finding {
  return base(ctx, rule, section.tt, section.line, null, column, d);
}

function base(ctx: TableContext, rule: RuleRef, tt: string, line: number, itemIndex: number | null, column: ColumnKey, d: Detail): Finding {
  const f: Finding = {
    rule: rule.id,
    severity: rule.severity,
    table: ctx.table.title,
    tableIndex: ctx.tableIndex,
    tt,
    line,
    itemIndex,
    column,
    value: d.value,
    message: d.message,
    suggestion: d.suggestion ?? null,
  };
  if (d.certain) f.certain = true;
  return f;
}

/** Sub-rows of an indicator ("- …", "+ …" under a numbered indicator). */
export const isSubRow = (item: Item): boolean => item.parentTt !== undefined && !item.tt;

/** A task sub-row under a number merged over several rows: it shares the number, so numbering skips it. */
export const sharesNumber = (item: Item): boolean => item.parentTt !== undefined && item.tt === item.parentTt;

/** Quote a value for a message, shortened when long. */
export function quote(value: string, max = 80): string {
  const v = value.replace(/\s+/g, ' ').trim();
  return `“${v.length > max ? `${v.slice(0, max - 1)}…` : v}”`;
}

/**
 * Text for comparing tasks: no case, diacritics, punctuation ("CT13" = "CT.13"). Most task texts
 * fold to printable ASCII: their key is read in one pass (`foldedAsciiWords`), the same as
 * `compareKeyOf` gives; the others are computed by it.
 */
export function compareKey(text: string): string {
  return foldedAsciiWords(text) ?? compareKeyOf(text);
}

/** The definition of `compareKey`. */
export function compareKeyOf(text: string): string {
  const f = fold(text); // lower case, spaces single: the only whitespace left is " "
  // Folded Vietnamese is mostly plain ASCII, where letters and digits are a-z and 0-9.
  const kept = /^[ -~]*$/.test(f) ? f.replace(/[^a-z0-9 ]+/g, '') : f.replace(/[^\p{L}\p{N}\s]+/gu, '');
  return kept.replace(/ {2,}/g, ' ').trim();
}

/**
 * Empty cells of a required column. When no task of the table fills it (a prose programme with
 * no owners, a Lai Châu table held to the Tuyên Quang profile) one finding says so, at the first
 * task, instead of one per row: `noneInTable(checked)`; otherwise `message` at every empty cell.
 */
export function reportMissing(
  ctx: TableContext,
  rule: RuleRef,
  column: ColumnKey,
  missing: Array<{ item: Item; index: number }>,
  checked: number,
  message: string,
  noneInTable: (checked: number) => string,
): void {
  if (missing.length >= 2 && missing.length === checked) {
    const { item, index } = missing[0];
    ctx.report(itemFinding(ctx, rule, item, index, column, { value: '', message: noneInTable(checked) }));
    return;
  }
  for (const { item, index } of missing) ctx.report(itemFinding(ctx, rule, item, index, column, { value: '', message }));
}
