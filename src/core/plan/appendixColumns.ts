/** The columns of an appendix sheet: the document's columns, then the tracking columns. */
import type { ColumnKey, Item, ProgrammeTable } from '../model';
import { COLUMNS, ColumnDef, columnDef, SheetColumnKey, TrackingKey } from '../columnRegistry';
import { needsAsFoundColumn, showsCanonicalLeads } from './leads';
import { fitWidthsToPage } from './printSetup';
import type { ColumnPlan } from './types';

export type { SheetColumnKey, TrackingKey };

const plan = (s: ColumnDef, header = s.header): ColumnPlan => ({
  header,
  width: s.width,
  style: s.style,
  key: s.key,
  ...(s.text ? { text: true } : {}),
  ...(s.setsHeight ? {} : { setsHeight: false }),
});

/**
 * The columns with widths for paper: the printing columns (the document's, leading) narrowed
 * where needed so they fit an A4 landscape page at 100 % (printSetup.ts), each kept at least its
 * registry minimum; the others as they are. Returns the columns and how many lead the print area.
 */
export function withPrintWidths(columns: ColumnPlan[]): { columns: ColumnPlan[]; printed: number } {
  const prints = (c: ColumnPlan): boolean => !c.key || columnDef(c.key as SheetColumnKey)?.prints !== false;
  let printed = 0;
  while (printed < columns.length && prints(columns[printed])) printed++;
  const head = columns.slice(0, printed);
  const mins = head.map((c) => (c.key ? columnDef(c.key as SheetColumnKey)?.minPrintWidth : undefined) ?? c.width);
  const widths = fitWidthsToPage(
    head.map((c) => c.width),
    mins,
  );
  return { columns: columns.map((c, i) => (i < printed && widths[i] !== c.width ? { ...c, width: widths[i] } : c)), printed };
}

/**
 * Task tables: canonical headers (so summaries can name them), optional columns when present,
 * and "Chủ trì (nguyên văn)" right after Cơ quan chủ trì when that shows catalogue names
 * (`canonical`: showsCanonicalLeads(table), when the caller knows it already).
 */
export function taskColumns(table: ProgrammeTable, canonical = showsCanonicalLeads(table)): ColumnPlan[] {
  const present = new Set<string>(table.columns.map((c) => c.key));
  if (needsAsFoundColumn(table, canonical)) present.add('leadAsFound');
  return COLUMNS.filter((c) => c.role === 'tracking' || (!c.indicatorOnly && (c.always || present.has(c.key)))).map((c) => plan(c));
}

/** Indicator tables: the document's own columns and headers ("Mục tiêu 2026 - 2030"). */
export function indicatorColumns(table: ProgrammeTable): ColumnPlan[] {
  const seen = new Set<string>();
  return table.columns.map((c) => {
    const base = c.header || columnDef(c.key).header;
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLowerCase());
    return plan(columnDef(c.key), header);
  });
}

/** The text of a document column for an item. */
export function docValue(item: Item, key: ColumnKey): string {
  if (key === 'tt') return item.tt;
  if (key === 'time') return item.time.text;
  if (key === 'target') return item.target ?? '';
  return item[key] ?? '';
}
