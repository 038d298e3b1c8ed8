/**
 * Use case: import → validate → plan → keep users' cells → write. One path for `phuluc import`
 * (and `import --amend`), the pane's Nhập tab and its Điều chỉnh tab: the programme (and an
 * applied amendment) becomes a workbook plan; over a workbook Phụ lục wrote before, users' cells
 * are carried over (core/plan/keepUserCells.ts) and the old tables backed up; the port writes it.
 */
import type { AmendResult } from '../core/amend/types';
import type { Programme } from '../core/model';
import { amendedProgramme, buildWorkbook, PlannedWorkbook } from '../core/plan';
import { KeepResult, reimport } from '../core/plan/keepUserCells';
import { CarriedSettings, carriedSettings, reimportLines } from '../core/plan/reimportMessage';
import type { WorkbookSnapshot } from '../core/plan/sheetData';
import type { WorkbookPlan } from '../core/plan/types';
import { userTracking } from '../core/plan/userTracking';
import { displayDate } from '../core/status/dates';
import { ok, Result } from '../core/result';
import { importFindings } from './check';
import type { Clock, WorkbookPort, WrittenWorkbook } from './port';
import { workbookCatalogue } from './workbook';

/**
 * The report settings of a write. Left out (undefined), each is carried from the old workbook's
 * Tổng hợp; `asOf: null` means =TODAY(). `defaultDueSoonDays`: when neither given nor carried (30).
 */
export interface ImportSettings {
  asOf?: string | null;
  dueSoonDays?: number;
  defaultDueSoonDays?: number;
}

export interface ImportRequest {
  programme: Programme;
  /** An amendment already applied to `programme` (amendProgramme / previewWorkbookAmendment). */
  amendment?: AmendResult;
  settings: ImportSettings;
  clock: Clock;
  /** Called once the old workbook is read, before the plan is built (a host's progress line). */
  onBuild?: () => void;
}

/** A write prepared, nothing written yet. */
export interface PreparedImport {
  /** The new workbook's plan before users' cells, its appendices (item counts) and expected summary values. */
  built: PlannedWorkbook;
  /** The workbook as it was (null: none yet). */
  before: WorkbookSnapshot | null;
  /** Report settings used. */
  asOf: string | null;
  dueSoonDays: number;
  /** Settings read from the old Tổng hợp. */
  carried: CarriedSettings;
  /** Set when the report date was carried from the old workbook: the line telling the user so (Vietnamese). */
  carriedLine?: string;
  /** A report setting on the old Tổng hợp that could not be read (Vietnamese), when it was not given. */
  settingsProblem?: string;
  /** The date-time naming the backup sheet and copies. */
  stamp: string;
  /**
   * The plan merged with users' cells (null without an old workbook). `keepEdits`: users'
   * corrections of the document's columns win over the document's values (else they are
   * replaced, each reported).
   */
  keep(keepEdits?: boolean): KeepResult | null;
}

/** Builds the workbook plan for a programme and merges what users typed in the port's workbook (nothing written). */
export async function prepareImport(port: WorkbookPort, req: ImportRequest): Promise<Result<PreparedImport>> {
  const read = await port.read();
  if (!read.ok) return read;
  const before = read.value;
  // Checked against the workbook's own agencies too, so the user's Danh mục rows are not flagged.
  const catalogue = workbookCatalogue(before?.catalogueRows);
  // The report settings users set on the old Tổng hợp survive unless given again.
  const carried = carriedSettings(before?.summary);
  const givenAsOf = req.settings.asOf !== undefined;
  const asOf = givenAsOf ? req.settings.asOf ?? null : carried.asOf;
  const dueSoonDays = req.settings.dueSoonDays ?? carried.dueSoonDays ?? req.settings.defaultDueSoonDays ?? 30;
  const today = req.clock.today();
  req.onBuild?.();
  const built = buildWorkbook({
    programme: req.programme,
    amendment: req.amendment,
    findings: importFindings(amendedProgramme(req.programme, req.amendment), asOf ?? today, catalogue),
    catalogue,
    settings: { asOf, dueSoonDays, today },
    ...(before ? { userTracking: userTracking(before.tables) } : {}),
  });
  const stamp = req.clock.stamp();
  const oldStatus = { asOf: carried.asOf ?? today, dueSoonDays: carried.dueSoonDays ?? 30 };
  const cache = new Map<boolean, KeepResult>();
  const keep = (keepEdits = false): KeepResult | null => {
    if (!before) return null;
    if (!cache.has(keepEdits)) cache.set(keepEdits, reimport(built.plan, before, stamp, { keepEdits, oldStatus }));
    return cache.get(keepEdits)!;
  };
  const carriedLine = !givenAsOf && before?.summary
    ? `Ngày báo cáo giữ như sổ cũ: ${carried.asOf ? displayDate(carried.asOf) : 'hôm nay (=TODAY())'}; số ngày cảnh báo: ${dueSoonDays}.`
    : undefined;
  return ok({
    built, before, asOf, dueSoonDays, carried, stamp, keep,
    ...(carriedLine ? { carriedLine } : {}),
    ...(!givenAsOf && carried.problem ? { settingsProblem: carried.problem } : {}),
  });
}

/** What a write did. */
export interface ImportWritten<W extends WrittenWorkbook> {
  /** The plan written (users' cells merged). */
  plan: WorkbookPlan;
  /** The merge with users' cells, null when there was no workbook before. */
  keep: KeepResult | null;
  written: W;
  /** Rows of tasks and indicators in the new appendices. */
  items: number;
  /** Findings on the Kiểm tra sheet. */
  findings: number;
  /** What was kept, normalised and replaced of users' work, one fact a line (Vietnamese); [] without an old workbook. */
  lines: string[];
}

/** Writes a prepared import through the port. */
export async function writeImport<W extends WrittenWorkbook>(
  port: WorkbookPort<W>, prepared: PreparedImport, options: { keepEdits?: boolean; onProgress?: (done: number) => void } = {},
): Promise<Result<ImportWritten<W>>> {
  const keep = prepared.keep(options.keepEdits);
  let written: W;
  let lines: string[] = [];
  if (keep) {
    const m = await writeMerged(port, keep, prepared.stamp, options.onProgress);
    if (!m.ok) return m;
    ({ written, lines } = m.value);
  } else {
    const w = await port.write(prepared.built.plan, { stamp: prepared.stamp, onProgress: options.onProgress });
    if (!w.ok) return w;
    written = w.value;
  }
  return ok({
    plan: keep?.plan ?? prepared.built.plan,
    keep,
    written,
    items: prepared.built.appendices.reduce((n, a) => n + a.table.items.length, 0),
    findings: prepared.built.plan.sheets.find((s) => s.kind === 'check')?.tables[0].hyperlinks?.length ?? 0,
    lines,
  });
}

/**
 * Writes a plan merged with users' cells (a KeepResult of prepareImport) and words what was kept,
 * normalised and replaced, one fact a line; sheets the port carried into the new workbook (the
 * reporting cycle's) are not reported as left out.
 */
export async function writeMerged<W extends WrittenWorkbook>(
  port: WorkbookPort<W>, keep: KeepResult, stamp: string, onProgress?: (done: number) => void,
): Promise<Result<{ written: W; lines: string[] }>> {
  const written = await port.write(keep.plan, { stamp, onProgress });
  if (!written.ok) return written;
  const names = new Set(written.value.sheets.map((n) => n.toLowerCase()));
  keep.report.otherSheets = keep.report.otherSheets.filter((n) => !names.has(n.toLowerCase()));
  const copy = written.value.copy ? `tệp ${written.value.copy}` : undefined;
  return ok({ written: written.value, lines: reimportLines(keep, copy) });
}

/** prepareImport then writeImport: the whole import in one call. */
export async function importIntoWorkbook<W extends WrittenWorkbook>(
  port: WorkbookPort<W>, req: ImportRequest, options: { keepEdits?: boolean; onProgress?: (done: number) => void } = {},
): Promise<Result<ImportWritten<W> & { prepared: PreparedImport }>> {
  const prepared = await prepareImport(port, req);
  if (!prepared.ok) return prepared;
  const w = await writeImport(port, prepared.value, options);
  return w.ok ? ok({ ...w.value, prepared: prepared.value }) : w;
}

