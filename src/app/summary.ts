/**
 * Use case: redraw the Tổng hợp sheet (counts, the overdue and due-soon list, charts in the
 * add-in) from the programme in the workbook as users left it, as of a report date.
 */
import { planWorkbook } from '../core/plan';
import { fail, Result } from '../core/result';
import type { Clock, WorkbookPort, WrittenWorkbook } from './port';
import { workbookProgramme } from './workbook';

/** Draws Tổng hợp again; `asOf` null = =TODAY(). Refused when the workbook has no appendix table. */
export async function refreshSummary<W extends WrittenWorkbook>(
  port: WorkbookPort<W>, settings: { asOf: string | null; dueSoonDays: number }, clock: Clock, onProgress?: (done: number) => void,
): Promise<Result<W>> {
  const rb = await workbookProgramme(port);
  if (!rb.ok) return fail(rb.message);
  // Users' progress leaves tasks marked done out of the overdue list.
  const plan = planWorkbook({ programme: rb.value.programme, settings: { ...settings, today: clock.today() }, userTracking: rb.value.userTracking });
  return port.write({ ...plan, sheets: plan.sheets.filter((s) => s.kind === 'summary') }, { stamp: clock.stamp(), onProgress });
}
