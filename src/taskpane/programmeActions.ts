/**
 * The Nhập tab's write when the workbook may hold programmes already (issue 13): thin wrappers
 * over the import use case (src/app/importWorkbook.ts, the same as `phuluc import`) with the open
 * workbook as its port. The incoming programme is
 *  - one the workbook holds: a re-import of it, users' cells kept (the other programmes redrawn
 *    from the workbook as users left them);
 *  - another one: the pane asks (ProgrammeChoiceDialog) — "Thay thế chương trình cũ" (the old
 *    programmes' sheets are removed only once the new ones are written) or "Giữ cả hai".
 * Beside actions.ts (whose exports keep their signatures); the exported names and shapes here are
 * the Nhập and Tình trạng tabs' contract.
 */
import { emptyReimportReport, prepareImport as prepareIn, systemClock, workbookPlanNow as planNow, writeMerged } from '../app';
import type { KeepResult, ProgrammeChoice, Result, WorkbookPlan } from '../app';
import { importSettings, Parsed, PreparedWrite, Settings } from './actions';
import { officePort } from './officePort';

export type { ProgrammeChoice } from '../app';

/** What the dialog shows: the programmes in the workbook ("CT1: số 15-KH/UBND (…)") and the one being imported (Vietnamese labels). */
export interface ProgrammeQuestion {
  held: string[];
  incoming: string;
}

/** A prepared write that also says which old sheets go and what happened to the programmes. */
export interface PreparedProgrammeWrite extends PreparedWrite {
  /** Old sheets removed once the new ones are written (replace); empty otherwise. */
  removeSheets: string[];
  /** One Vietnamese sentence about the programmes (added, replaced, re-imported), or ''. */
  programmeLine: string;
}

export type PreparedImport = { ask: ProgrammeQuestion } | { ask?: undefined; prepared: PreparedProgrammeWrite };

/** Stamps of the writes prepared now (what the use case names its backups with). */
const stamps = new WeakMap<KeepResult, string>();

/**
 * Reads the workbook and prepares the write of `parsed` (nothing written). Returns `ask` when the
 * workbook holds another programme and `choice` is null: ask the user, then call again with the
 * answer. A replaced programme is not merged: its plan comes back as a KeepResult that kept nothing.
 */
export async function prepareImport(parsed: Parsed, settings: Settings, choice: ProgrammeChoice | null = null): Promise<PreparedImport> {
  const r = await prepareIn(officePort(), { programme: parsed.programme, settings: importSettings(settings), clock: systemClock, choice });
  if (!r.ok) {
    if ('ask' in r) return { ask: { held: r.ask.held.map((h) => `${h.tag}: ${h.label}`), incoming: r.ask.incoming } };
    throw new Error(r.message);
  }
  const p = r.value;
  const keep = (edits: boolean): KeepResult => {
    const k = p.keep(edits) ?? { plan: p.built.plan, kept: 0, unmatched: 0, backupSheet: null, report: emptyReimportReport() };
    stamps.set(k, p.stamp);
    return k;
  };
  const replace = keep(false);
  return {
    prepared: {
      replace,
      keepEdits: () => (p.programmes.replacing ? replace : keep(true)),
      removeSheets: p.removeSheets,
      programmeLine: p.programmeLine,
      ...(p.settingsProblem ? { note: p.settingsProblem } : {}),
    },
  };
}

/**
 * Writes a prepared merge (as actions.commitWrite) and removes `removeSheets` once it is written.
 * `lines[0]` is the kept-cells sentence the tab shows in its notice (or ''), then the programme
 * sentence, then what was kept, replaced and where the old values are.
 */
export async function commitProgrammeWrite(keep: KeepResult, removeSheets: string[], programmeLine: string, onProgress: (done: number) => void) {
  const w = await writeMerged(officePort(), keep, stamps.get(keep) ?? systemClock.stamp(), onProgress, { removeSheets });
  if (!w.ok) throw new Error(w.message);
  const lines = keep.backupSheet ? w.value.lines : [''];
  return { ...keep, report: w.value.written, lines: [lines[0], ...(programmeLine ? [programmeLine] : []), ...lines.slice(1)] };
}

/**
 * The workbook's plan as it is now, for redrawing Tổng hợp (Tình trạng & Tổng hợp tab): every
 * programme it holds, each under its own tag, so the summary's formulas name the tables that
 * exist (CT2_PhuLuc_1 …). A workbook of one programme gives the plan the tab always drew.
 */
export async function workbookPlanNow(settings: Settings): Promise<Result<WorkbookPlan>> {
  return planNow(officePort(), settings, systemClock);
}
