/**
 * planWorkbook: programme (+ findings, amendment, catalogue) and settings → the workbook plan.
 * Sheet order: Tổng hợp, one sheet per appendix table, Kiểm tra, Danh mục, Điều chỉnh (when an
 * amendment was applied). Pure data; the renderers only draw it.
 */
import type { Catalogue } from '../agencies/types';
import type { AmendResult } from '../amend/types';
import type { Programme, ProgrammeTable } from '../model';
import type { Finding } from '../validate/types';
import { AppendixLayout, appendixSheetName, planAppendix } from './appendixSheet';
import { CATALOGUE_SHEET, planCatalogue } from './catalogueSheet';
import { planChanges } from './changesSheet';
import { CHECK_SHEET, planCheck } from './checkSheet';
import { cutLongCells, enforceLimits, fitText } from './cellLimits';
import { fitHeights } from './heights';
import { xmlSafeTables } from './xmlSafeTables';
import { withIds } from '../cycle/ids';
import { sheetName } from './layout';
import { STYLES } from './palette';
import { CHANGES_SHEET } from './changesSheet';
import { ExpectedCell, planSummary, SUMMARY_SHEET } from './summarySheet';
import type { WorkbookPlan } from './types';
import type { UserTrackingRow } from './userTracking';

export type { ExpectedCell } from './summarySheet';
export { statusFormula, REPORT_DATE_NAME, DUE_SOON_NAME } from './statusFormula';
export { findingCell } from './checkSheet';

export interface PlanSettings {
  /** Report date (ISO yyyy-mm-dd); null = the workbook uses TODAY(). */
  asOf: string | null;
  /** Due-soon window in days (default 30). */
  dueSoonDays: number;
  /**
   * Today's date (ISO), only used when asOf is null: for the overdue list and the counts
   * computed in TypeScript. The core never reads the clock itself.
   */
  today?: string;
}

export interface PlanInput {
  programme: Programme;
  /** Findings on the programme as shown: with an amendment, on amendedProgramme(programme, amendment). */
  findings?: Finding[];
  /** An applied amendment: its items replace those of the first task table. */
  amendment?: AmendResult;
  settings: PlanSettings;
  catalogue?: Catalogue;
  /** On re-import: users' progress in the old workbook (userTracking.ts), so the overdue list leaves out tasks marked done. */
  userTracking?: Map<string, UserTrackingRow>;
}

export interface PlannedWorkbook {
  plan: WorkbookPlan;
  appendices: AppendixLayout[];
  /** Summary cells with the value the core computes (for the report date or `today`). */
  expected: ExpectedCell[];
}

/** The table the amendment rewrites: the first task table. */
export function amendedTableIndex(p: Programme): number {
  return p.tables.findIndex((t) => t.kind === 'tasks');
}

/** The programme as the workbook shows it: the amended items in place of the first task table's. */
export function amendedProgramme(p: Programme, amendment?: AmendResult): Programme {
  const target = amendment ? amendedTableIndex(p) : -1;
  if (!amendment || target < 0) return p;
  const tables: ProgrammeTable[] = p.tables.map((t, i) => (i === target ? { ...t, items: amendment.items } : t));
  return { ...p, tables };
}

export function buildWorkbook(input: PlanInput): PlannedWorkbook {
  const { programme, settings } = input;
  const statusDate = settings.asOf ?? settings.today ?? null;
  const target = input.amendment ? amendedTableIndex(programme) : -1;
  // Characters no .xlsx can hold: replaced in every table, a finding for each cell that had some.
  const safe = xmlSafeTables(withIds(amendedProgramme(programme, input.amendment)).tables);
  const tables = safe.tables;
  const taken = new Set([SUMMARY_SHEET, CHECK_SHEET, CATALOGUE_SHEET, CHANGES_SHEET].map((s) => s.toLowerCase()));
  let taskNo = 0;
  let indicatorNo = 0;
  const appendices = tables.map((table, tableIndex) =>
    planAppendix({
      table,
      tableIndex,
      sheetName: sheetName(appendixSheetName(table), taken),
      tableName: table.kind === 'tasks' ? `PhuLuc_${++taskNo}` : `ChiTieu_${++indicatorNo}`,
      amended: tableIndex === target,
      settings: { asOf: statusDate ?? '1900-01-01', dueSoonDays: settings.dueSoonDays },
      userTracking: input.userTracking,
    }),
  );
  const summary = planSummary({
    title: programme.title,
    appendices,
    asOf: settings.asOf,
    dueSoonDays: settings.dueSoonDays,
    listDate: statusDate,
  });
  const catalogue = planCatalogue(tables, input.catalogue);
  // Cells over Excel's 32,767 characters: cut, the rest kept on Kiểm tra with a finding saying where.
  const long = cutLongCells(appendices);
  const sheets = [
    summary.sheet,
    ...appendices.map((a) => a.sheet),
    planCheck([...(input.findings ?? []), ...safe.findings, ...long.findings], appendices, [...programme.notImported, ...long.rest]),
    catalogue.sheet,
  ];
  if (input.amendment && target >= 0) sheets.push(planChanges(input.amendment, appendices[target].sheet.name));
  sheets.forEach((s) => fitHeights(s, STYLES));
  const plan: WorkbookPlan = {
    sheets,
    names: [...summary.names, ...catalogue.names],
    styles: STYLES,
    fullCalcOnLoad: true,
    title: fitText(programme.title || 'Phụ lục nhiệm vụ', 255),
    creator: 'Phụ lục (phuluc)',
  };
  enforceLimits(plan);
  return {
    plan,
    appendices,
    expected: statusDate ? summary.expected : [],
  };
}

export function planWorkbook(input: PlanInput): WorkbookPlan {
  return buildWorkbook(input).plan;
}
