/**
 * Checks of what users type into a workbook's tracking cells — things a document cannot get
 * wrong, so they run on tables read back from a workbook (plan/readBack.ts), not in
 * validateProgramme: the 'cell' rules (rules/tracking/progress, dateText) on every filled cell, in
 * sheet order, and the 'summary' rule (rules/tracking/reportDate) on Tổng hợp's settings. Each
 * finding carries its cell.
 */
import type { ProgrammeTable } from '../model';
import type { CellScalar, SummarySettings, TableData } from '../plan/sheetData';
import { text } from '../plan/sheetData';
import { workbookColumn, WorkbookColumn } from '../plan/workbookColumns';
import { CELL_RULES, SUMMARY_RULES } from './rules';
import { quoteSheet } from './rules/tracking/cellText';
import type { Finding } from './types';

/** The row a tracking cell is in, as findings name it. */
export interface TrackingPlace {
  table: string;
  tableIndex: number;
  tt: string;
  line: number;
  itemIndex: number | null;
}

/** What a 'cell' rule sees: one filled cell of a workbook table. */
export interface TrackingCell {
  /** What the cell's column holds (its header read as workbookColumn), or null. */
  column: WorkbookColumn | null;
  /** The cell's value (never null, undefined or ""). */
  value: CellScalar;
  place: TrackingPlace;
  /** The cell, e.g. "'Phụ lục'!C25". */
  address(): string;
  report(f: Finding): void;
}

/** What a 'summary' rule sees: Tổng hợp's settings. */
export interface TrackingSummary {
  summary: SummarySettings;
  report(f: Finding): void;
}

const letters = (c: number): string => (c <= 0 ? '' : letters(Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));

/** Findings of the tracking rules over the tables read back (`read`, same order as `tables`) and the summary. */
export function trackingFindings(tables: TableData[], read: ProgrammeTable[], summary?: SummarySettings | null): Finding[] {
  const out: Finding[] = [];
  const report = (f: Finding) => out.push(f);
  tables.forEach((t, tableIndex) => {
    const table = read[tableIndex];
    const meaning = t.headers.map((h) => workbookColumn(h));
    const ttCol = meaning.indexOf('tt');
    const itemAt = new Map((table?.items ?? []).map((it, k) => [it.line, k]));
    t.rows.forEach((r, i) => {
      const line = t.headerRow + 1 + i;
      const itemIndex = itemAt.get(line) ?? -1;
      const place: TrackingPlace = {
        table: table?.title ?? t.sheet,
        tableIndex,
        tt: ttCol >= 0 ? text(r[ttCol]) : '',
        line,
        itemIndex: itemIndex >= 0 ? itemIndex : null,
      };
      meaning.forEach((m, c) => {
        const v = r[c];
        if (v === null || v === undefined || v === '') return;
        const cell: TrackingCell = { column: m, value: v, place, address: () => `${quoteSheet(t.sheet)}!${letters(t.firstCol + c)}${line}`, report };
        for (const rule of CELL_RULES) rule.check(cell);
      });
    });
  });
  if (summary) for (const rule of SUMMARY_RULES) rule.check({ summary, report });
  return out;
}
