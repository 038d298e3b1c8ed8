/**
 * Use case: import → validate → plan → keep users' cells → write. One path for `phuluc import`
 * (and `import --amend`), the pane's Nhập tab and its Điều chỉnh tab: the programme (and an
 * applied amendment) becomes a workbook plan; over a workbook Phụ lục wrote before, users' cells
 * are carried over (core/plan/keepUserCells.ts) and the old tables backed up; the port writes it.
 * A workbook may hold several programmes (core/plan/programmeChoice.ts): the incoming one is a
 * first import, a re-import of one it holds (the others redrawn from the workbook as users left
 * them), or another programme — then the request's `choice` says whether it replaces the old
 * ones (nothing of them merged; their sheets removed) or is kept beside them under the next tag;
 * without a choice nothing is prepared and the user is asked (ProgrammeAsk, programmes.ts).
 */
import type { AmendResult } from '../core/amend/types';
import type { Programme } from '../core/model';
import { amendedProgramme, buildProgrammesWorkbook, PlannedWorkbook } from '../core/plan';
import { KeepResult, reimport } from '../core/plan/keepUserCells';
import { placeProgramme, programmeParts, replacedSheets } from '../core/plan/programmeChoice';
import { programmeIdentity, programmeLabel } from '../core/plan/programmeIdentity';
import { CarriedSettings, carriedSettings, reimportLines } from '../core/plan/reimportMessage';
import type { WorkbookSnapshot } from '../core/plan/sheetData';
import type { WorkbookPlan } from '../core/plan/types';
import { userTracking } from '../core/plan/userTracking';
import { displayDate } from '../core/status/dates';
import { ok, Result } from '../core/result';
import { importFindings } from './check';
import type { Clock, WorkbookPort, WriteOptions, WrittenWorkbook } from './port';
import { ProgrammeAsk, programmeAsk, ProgrammeChoice, programmeLine, ProgrammePlacement } from './programmes';
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
  /**
   * What to do when the workbook holds another programme: `replace` it, or `keep-both`. Left out
   * (or null), such a workbook is not written: prepareImport answers with the question (ProgrammeAsk).
   */
  choice?: ProgrammeChoice | null;
  /** Called once the old workbook is read and no question is left, before the plan is built (a host's progress line). */
  onBuild?: () => void;
}

/** A write prepared, nothing written yet. */
export interface PreparedImport {
  /** The new workbook's plan before users' cells, its appendices (item counts) and expected summary values. */
  built: PlannedWorkbook;
  /** The workbook as it was (null: none yet). */
  before: WorkbookSnapshot | null;
  /** Where the incoming programme goes among the workbook's programmes. */
  programmes: ProgrammePlacement;
  /** The sentence about the programmes (programmes.ts programmeLine, no file copy named), or ''. */
  programmeLine: string;
  /** Existing sheets the write removes once it is done: the old programmes' on `replace` (else empty). */
  removeSheets: string[];
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
   * The plan merged with users' cells (null without an old workbook, and on `replace`: the old
   * programme's cells are not merged). `keepEdits`: users' corrections of the document's columns
   * win over the document's values (else they are replaced, each reported); the tables of the
   * other programmes, redrawn from the workbook, always keep them.
   */
  keep(keepEdits?: boolean): KeepResult | null;
}

/**
 * Builds the workbook plan for a programme and merges what users typed in the port's workbook
 * (nothing written). Answers with a ProgrammeAsk (a failure carrying the question) when the
 * workbook holds another programme and the request has no `choice`.
 */
export async function prepareImport(port: WorkbookPort, req: ImportRequest): Promise<Result<PreparedImport> | ProgrammeAsk> {
  const read = await port.read();
  if (!read.ok) return read;
  const before = read.value;
  // Checked against the workbook's own agencies too, so the user's Danh mục rows are not flagged.
  const catalogue = workbookCatalogue(before?.catalogueRows);
  // The report settings users set on the old Tổng hợp survive unless given again.
  const carried = carriedSettings(before?.summary);
  const givenAsOf = req.settings.asOf !== undefined;
  const asOf = givenAsOf ? (req.settings.asOf ?? null) : carried.asOf;
  const dueSoonDays = req.settings.dueSoonDays ?? carried.dueSoonDays ?? req.settings.defaultDueSoonDays ?? 30;
  const today = req.clock.today();
  // Which programme of the workbook this is, if any: a different one needs the user's choice.
  const placement = placeProgramme(req.programme, before);
  const choice = req.choice ?? null;
  const held = placement.held.map((h) => ({ tag: h.tag, label: programmeLabel(h.identity) }));
  const incoming = programmeLabel(programmeIdentity(req.programme));
  if (placement.kind === 'different' && !choice) return programmeAsk({ held, incoming });
  req.onBuild?.();
  const findingsOf = (p: Programme) => importFindings(p, asOf ?? today, catalogue);
  const parts = programmeParts(
    { programme: req.programme, amendment: req.amendment, findings: findingsOf(amendedProgramme(req.programme, req.amendment)) },
    placement,
    choice,
    findingsOf,
  );
  // A replaced programme is not merged: its users' cells do not go into the new programme.
  const merging = before && (parts.merge || placement.kind === 'new') ? before : null;
  const replacing = placement.kind === 'different' && choice === 'replace';
  const built = buildProgrammesWorkbook(parts.parts, {
    catalogue,
    settings: { asOf, dueSoonDays, today },
    ...(merging ? { userTracking: userTracking(merging.tables) } : {}),
  });
  const stamp = req.clock.stamp();
  const oldStatus = { asOf: carried.asOf ?? today, dueSoonDays: carried.dueSoonDays ?? 30 };
  const cache = new Map<boolean, KeepResult>();
  const keep = (keepEdits = false): KeepResult | null => {
    if (!merging) return null;
    if (!cache.has(keepEdits)) cache.set(keepEdits, reimport(built.plan, merging, stamp, { keepEdits, oldStatus, keepEditsIn: parts.heldTables }));
    return cache.get(keepEdits)!;
  };
  const carriedLine =
    !givenAsOf && before?.summary ? `Ngày báo cáo giữ như sổ cũ: ${carried.asOf ? displayDate(carried.asOf) : 'hôm nay (=TODAY())'}; số ngày cảnh báo: ${dueSoonDays}.` : undefined;
  const programmes: ProgrammePlacement = { kind: placement.kind, choice, tag: parts.tag, held, incoming, replacing };
  return ok({
    built,
    before,
    asOf,
    dueSoonDays,
    carried,
    stamp,
    keep,
    programmes,
    programmeLine: programmeLine(programmes),
    removeSheets: replacing && before ? replacedSheets(placement, before) : [],
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
  /** The sentence about the programmes, naming the port's copy of the old workbook on `replace` (programmes.ts), or ''. */
  programmeLine: string;
}

/** Writes a prepared import through the port. */
export async function writeImport<W extends WrittenWorkbook>(
  port: WorkbookPort<W>,
  prepared: PreparedImport,
  options: { keepEdits?: boolean; onProgress?: (done: number) => void } = {},
): Promise<Result<ImportWritten<W>>> {
  const keep = prepared.keep(options.keepEdits);
  const sheets = { removeSheets: prepared.removeSheets, replacing: prepared.programmes.replacing };
  let written: W;
  let lines: string[] = [];
  if (keep) {
    const m = await writeMerged(port, keep, prepared.stamp, options.onProgress, sheets);
    if (!m.ok) return m;
    ({ written, lines } = m.value);
  } else {
    const w = await port.write(prepared.built.plan, { stamp: prepared.stamp, onProgress: options.onProgress, ...sheets });
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
    programmeLine: programmeLine(prepared.programmes, written.copy),
  });
}

/**
 * Writes a plan merged with users' cells (a KeepResult of prepareImport) and words what was kept,
 * normalised and replaced, one fact a line; sheets the port carried into the new workbook (the
 * reporting cycle's) are not reported as left out. `sheets`: old sheets to remove once written
 * (PreparedImport.removeSheets) and whether the plan replaces the workbook's programmes.
 */
export async function writeMerged<W extends WrittenWorkbook>(
  port: WorkbookPort<W>,
  keep: KeepResult,
  stamp: string,
  onProgress?: (done: number) => void,
  sheets: Pick<WriteOptions, 'removeSheets' | 'replacing'> = {},
): Promise<Result<{ written: W; lines: string[] }>> {
  const written = await port.write(keep.plan, { stamp, onProgress, ...sheets });
  if (!written.ok) return written;
  const names = new Set(written.value.sheets.map((n) => n.toLowerCase()));
  keep.report.otherSheets = keep.report.otherSheets.filter((n) => !names.has(n.toLowerCase()));
  const copy = written.value.copy ? `tệp ${written.value.copy}` : undefined;
  return ok({ written: written.value, lines: reimportLines(keep, copy) });
}

/** prepareImport then writeImport: the whole import in one call (the question, when there is one, comes back unwritten). */
export async function importIntoWorkbook<W extends WrittenWorkbook>(
  port: WorkbookPort<W>,
  req: ImportRequest,
  options: { keepEdits?: boolean; onProgress?: (done: number) => void } = {},
): Promise<Result<ImportWritten<W> & { prepared: PreparedImport }> | ProgrammeAsk> {
  const prepared = await prepareImport(port, req);
  if (!prepared.ok) return prepared;
  const w = await writeImport(port, prepared.value, options);
  return w.ok ? ok({ ...w.value, prepared: prepared.value }) : w;
}
