/**
 * The ExcelJS renderer: walks a WorkbookPlan and writes an .xlsx. Thin by design — every layout
 * decision is in the plan. ExcelJS writes formulas without cached results, so the workbook asks
 * to be fully recalculated on load. ExcelJS cannot draw charts: ChartPlans are skipped here
 * (the Office.js renderer draws them).
 */
import ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../../core/plan/types';
import { withCachedResults } from '../../core/plan/cachedResults';
import { singleLineHeaders } from '../../core/plan/tableHeaders';
import { drawSheet } from './sheet';
import { fixPackage } from './packageFixes';

export function renderWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = plan.creator;
  wb.title = plan.title;
  wb.calcProperties.fullCalcOnLoad = plan.fullCalcOnLoad;
  // Formula cells carry the values the core computed for the report date (Protected View,
  // previewers); table column names hold no line break (Excel would repair the table).
  const shown = withCachedResults(singleLineHeaders(plan));
  shown.sheets.forEach((s) => drawSheet(wb, shown, s));
  plan.names.forEach((n) => wb.definedNames.add(n.ref, n.name));
  return wb;
}

/** The .xlsx bytes of a plan. */
export async function workbookBytes(plan: WorkbookPlan): Promise<Buffer> {
  const data = await renderWorkbook(plan).xlsx.writeBuffer();
  // Internal links, calculated columns and growing list names: what ExcelJS cannot write (packageFixes.ts).
  return fixPackage(new Uint8Array(data as ArrayBuffer), plan);
}
