/**
 * Use case: redraw the Tổng hợp sheet (counts, the overdue and due-soon list, charts in the
 * add-in) from the programmes in the workbook as users left them, as of a report date. A workbook
 * may hold several programmes (core/plan/programmeSheet.ts): each is redrawn under its own tag, so
 * the summary's formulas name the tables that exist (CT2_PhuLuc_1 …).
 */
import { buildProgrammesWorkbook, buildWorkbook } from '../core/plan';
import { programmeTag, workbookProgrammes } from '../core/plan/programmeSheet';
import { readBack } from '../core/plan/readBack';
import type { WorkbookPlan } from '../core/plan/types';
import { userTracking } from '../core/plan/userTracking';
import { fail, ok, Result } from '../core/result';
import type { Clock, WorkbookPort, WrittenWorkbook } from './port';
import { NO_TABLES } from './workbook';

/** Report settings of a redraw: `asOf` ISO date or null (=TODAY()), the due-soon window in days. */
export interface SummarySettings {
  asOf: string | null;
  dueSoonDays: number;
}

/**
 * The workbook's plan as it is now: every programme it holds, each under its tag, with users'
 * progress (tasks marked done leave the overdue list). A workbook of one programme (tag CT1)
 * gives the plan of that programme alone, its title read from Tổng hợp. Refused (Vietnamese) when
 * the port cannot read the workbook or it has no appendix table.
 */
export async function workbookPlanNow(port: WorkbookPort, settings: SummarySettings, clock: Clock): Promise<Result<WorkbookPlan>> {
  const read = await port.read();
  if (!read.ok) return fail(read.message);
  const snap = read.value;
  if (!snap || !snap.tables.length) return fail(NO_TABLES);
  const tracking = userTracking(snap.tables);
  const s = { asOf: settings.asOf, dueSoonDays: settings.dueSoonDays, today: clock.today() };
  const held = workbookProgrammes(snap);
  if (held.length <= 1 && (held[0]?.tag ?? programmeTag(1)) === programmeTag(1)) {
    return ok(buildWorkbook({ programme: readBack(snap.tables, '', snap.summary).programme, settings: s, userTracking: tracking }).plan);
  }
  // Several programmes, or the only one left under another tag (its tables keep their CTk names).
  const parts = held.map((h) => ({ programme: readBack(h.tables, h.identity.title).programme, tag: h.tag, identity: h.identity }));
  return ok(buildProgrammesWorkbook(parts, { settings: s, userTracking: tracking }).plan);
}

/** Draws Tổng hợp again; `asOf` null = =TODAY(). Refused when the workbook has no appendix table. */
export async function refreshSummary<W extends WrittenWorkbook>(
  port: WorkbookPort<W>,
  settings: SummarySettings,
  clock: Clock,
  onProgress?: (done: number) => void,
): Promise<Result<W>> {
  const plan = await workbookPlanNow(port, settings, clock);
  if (!plan.ok) return plan;
  return port.write({ ...plan.value, sheets: plan.value.sheets.filter((s) => s.kind === 'summary') }, { stamp: clock.stamp(), onProgress });
}
