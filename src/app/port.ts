/**
 * What a use case needs from its host: the workbook it reads and writes (a port, one per
 * renderer: an .xlsx file through ExcelJS for the command line, the open workbook through
 * Office.js for the add-in) and the clock. Host-free: no Node, no Office here.
 */
import type { WorkbookPlan } from '../core/plan/types';
import type { WorkbookSnapshot } from '../core/plan/sheetData';
import type { Result } from '../core/result';
import { backupStamp } from '../core/plan/keepUserCells';
import { localIsoDate } from '../core/status/dates';

/** What a port reports after writing: the sheets the written workbook holds from this plan, and more per host. */
export interface WrittenWorkbook {
  /** Names of the sheets written (for a file: every sheet of the new file). */
  sheets: string[];
  /** Where the old workbook was copied before it was replaced (a file port), to name in the message. */
  copy?: string | null;
}

export interface WriteOptions {
  /** The date-time that names the backup sheet and copies ("30-11-2026 14-05-09", Clock.stamp). */
  stamp: string;
  /** Share of the write done, 0..1 (a port that cannot tell calls it once at the end, or never). */
  onProgress?: (done: number) => void;
  /**
   * Existing sheets to delete once the plan is all written — the old programmes' sheets when the
   * user chose to replace them (core/plan/programmeChoice.ts replacedSheets). A port that writes
   * into the open workbook deletes them after the new sheets are drawn (a failed write leaves
   * them); a port writing a whole new file has nothing to delete.
   */
  removeSheets?: string[];
  /**
   * The plan replaces the workbook's programmes (the user chose to replace them): nothing of the
   * old workbook is carried into the new one (a file port still copies the old file aside first,
   * but does not carry its reporting-cycle sheets over).
   */
  replacing?: boolean;
}

/**
 * One workbook as the use cases see it.
 * - `read()`: the workbook as its users left it (core/plan/snapshot.ts), `ok(null)` when there is
 *   none yet (a new file); `fail` with a Vietnamese message when it exists but must not be used.
 * - `write(plan)`: draws the plan (sheets it names are replaced, others stay — or, for a file,
 *   a new file is written); `fail` for a refusal the user can fix, a thrown error for a fault of
 *   the host (the pane shows it with errorText).
 */
export interface WorkbookPort<W extends WrittenWorkbook = WrittenWorkbook> {
  read(): Promise<Result<WorkbookSnapshot | null>>;
  write(plan: WorkbookPlan, options: WriteOptions): Promise<Result<W>>;
}

/** The time as the use cases need it. */
export interface Clock {
  /** Today's local date, ISO "2026-11-30" (the status date when no report date is set). */
  today(): string;
  /** Local date-time naming a backup ("30-11-2026 14-05-09"). */
  stamp(): string;
  /** Local date-time of a log row ("2026-11-30T14:05:09"); with `ms`, "…:09.042" (a split's stamp). */
  time(ms?: boolean): string;
}

/** The machine's clock. */
export const systemClock: Clock = {
  today: () => localIsoDate(new Date()),
  stamp: () => backupStamp(new Date()),
  time: (ms = false) => localTime(new Date(), ms),
};

/** Local "2026-07-01T08:30:05" (with `ms`, "…:05.042"). */
export function localTime(d: Date, ms = false): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const base = `${localIsoDate(d)}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  return ms ? `${base}.${String(d.getMilliseconds()).padStart(3, '0')}` : base;
}
