/**
 * Which lead the appendix shows. A scanned (OCR) table prints its agencies with damaged
 * spellings ("Pang uy UBND tinh", "Pang vy UBND tinh" for Đảng ủy UBND tỉnh): its Cơ quan chủ trì
 * column shows the catalogue name instead, so one agency is one value — for the filter, the
 * drop-down list and the counts of Tổng hợp — and the text as found stays visible beside it in
 * the column "Chủ trì (nguyên văn)". A clean table shows its agencies as the authors wrote them
 * (different spellings there are the reviewers' finding, `lead.variant`).
 */
import type { Item, ProgrammeTable } from '../model';
import { HEADER } from '../columnRegistry';

/** Header of the column with the lead as the document printed it (scanned tables only). */
export const AS_FOUND_HEADER = HEADER.leadAsFound;

/** Does the table show catalogue names in Cơ quan chủ trì? Yes for OCR text and for a workbook table read back with them. */
export function showsCanonicalLeads(table: ProgrammeTable): boolean {
  return table.kind === 'tasks' && table.items.some((i) => i.ocr || i.leadAsFound !== undefined);
}

/** The Cơ quan chủ trì cell: the catalogue name when `canonical` and the lead resolved, else the lead as written. */
export function shownLead(item: Item, canonical: boolean): string {
  return canonical && item.leadCanonical ? item.leadCanonical : item.lead;
}

/** The "Chủ trì (nguyên văn)" cell: the lead as found when it differs from the cell shown, else ''. */
export function leadAsFound(item: Item, canonical: boolean): string {
  if (!canonical) return '';
  if (item.leadAsFound !== undefined) return item.leadAsFound;
  return shownLead(item, canonical) !== item.lead ? item.lead : '';
}

/** Does the table need the "Chủ trì (nguyên văn)" column? (`canonical`: showsCanonicalLeads(table), when known.) */
export function needsAsFoundColumn(table: ProgrammeTable, canonical = showsCanonicalLeads(table)): boolean {
  return canonical && table.items.some((i) => leadAsFound(i, canonical) !== '');
}
