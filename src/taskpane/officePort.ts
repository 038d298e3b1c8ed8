/**
 * The Office.js port of the use cases (src/app/port.ts): the workbook open in Excel. Reading is
 * host.ts readAppendixTables (a snapshot in a fixed number of syncs, under Excel on the web's
 * response limit); writing is the Office.js renderer (render/office), which replaces the sheets
 * the plan names, deletes those WriteOptions.removeSheets names once all is written, and leaves
 * every other sheet as it is. Faults of Excel are thrown (the pane
 * shows them with errorText); nothing is refused.
 */
import { ok } from '../app';
import type { WorkbookPort, WrittenWorkbook } from '../app';
import type { RenderReport } from '../render/office';
import { ExcelRun, readAppendixTables, writePlan } from './host';

/** What a write into the open workbook reports: the renderer's report (sheets drawn, parts this Excel lacks). */
export type WrittenInExcel = WrittenWorkbook & RenderReport;

/** The open workbook as a port; `run` is Excel.run unless given. */
export function officePort(run?: ExcelRun): WorkbookPort<WrittenInExcel> {
  return {
    read: async () => ok(await readAppendixTables(run)),
    // The old programme's sheets (on replace) go only once the new ones are written.
    write: async (plan, { onProgress, removeSheets }) => ok(await writePlan(plan, onProgress, run, removeSheets)),
  };
}
