/** The columns of an appendix sheet: the document's columns, then the tracking columns. */
import type { ColumnKey, Item, ProgrammeTable } from '../model';
import { COLUMNS, ColumnDef, columnDef, SheetColumnKey, TrackingKey } from '../columnRegistry';
import { needsAsFoundColumn } from './leads';
import type { ColumnPlan } from './types';

export type { SheetColumnKey, TrackingKey };

const plan = (s: ColumnDef, header = s.header): ColumnPlan => ({
  header,
  width: s.width,
  style: s.style,
  key: s.key,
  ...(s.text ? { text: true } : {}),
});

/**
 * Task tables: canonical headers (so summaries can name them), optional columns when present,
 * and "Chủ trì (nguyên văn)" right after Cơ quan chủ trì when that shows catalogue names.
 */
export function taskColumns(table: ProgrammeTable): ColumnPlan[] {
  const present = new Set<string>(table.columns.map((c) => c.key));
  if (needsAsFoundColumn(table)) present.add('leadAsFound');
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
