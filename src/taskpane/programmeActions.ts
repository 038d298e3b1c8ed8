/**
 * The Nhập tab's write when the workbook may hold programmes already (issue 13): the same core as
 * the command line (core/plan/programmeChoice.ts). The incoming programme is
 *  - one the workbook holds: a re-import of it, users' cells kept (the other programmes redrawn
 *    from the workbook as users left them);
 *  - another one: the pane asks (ProgrammeChoiceDialog) — "Thay thế chương trình cũ" (the old
 *    programmes' sheets are removed only once the new ones are written) or "Giữ cả hai".
 * New functions beside actions.ts (whose exports keep their signatures).
 */
import { buildProgrammesWorkbook, buildWorkbook } from '../core/plan';
import { workbookProgrammes } from '../core/plan/programmeSheet';
import { readBack } from '../core/plan/readBack';
import type { WorkbookPlan } from '../core/plan/types';
import { fail, ok, Result } from '../core/result';
import type { KeepResult, ReimportReport } from '../core/plan/keepUserCells';
import { backupStamp, reimport } from '../core/plan/keepUserCells';
import { placeProgramme, ProgrammeChoice, programmeParts, replacedSheets } from '../core/plan/programmeChoice';
import { programmeIdentity, programmeLabel } from '../core/plan/programmeIdentity';
import { carriedSettings, reimportLines } from '../core/plan/reimportMessage';
import type { WorkbookSnapshot } from '../core/plan/sheetData';
import { userTracking } from '../core/plan/userTracking';
import type { Programme } from '../core/model';
import { validateProgramme } from '../core/validate';
import { Parsed, PreparedWrite, Settings, todayIso, workbookCatalogue } from './actions';
import { readAppendixTables, writePlanRemoving } from './host';

export type { ProgrammeChoice } from '../core/plan/programmeChoice';

/** What the dialog shows: the programmes in the workbook and the one being imported (Vietnamese labels). */
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

function settingsFor(settings: Settings, before: WorkbookSnapshot): { asOf: string | null; dueSoonDays: number; note?: string } {
  if (settings.chosen || !before.summary) return settings;
  const c = carriedSettings(before.summary);
  return { asOf: c.asOf, dueSoonDays: c.dueSoonDays ?? settings.dueSoonDays, ...(c.problem ? { note: c.problem } : {}) };
}

const emptyReport = (): ReimportReport => ({
  keptBy: {}, otherSheets: [], normalised: [], replaced: [], keptEdits: [], ambiguous: [], addedRows: [], droppedRows: [], outside: [], recognised: [], unmatchedTables: [],
});

/**
 * Reads the workbook and prepares the write of `parsed` (nothing written). Returns `ask` when the
 * workbook holds another programme and `choice` is null: ask the user, then call again with the answer.
 */
export async function prepareImport(parsed: Parsed, settings: Settings, choice: ProgrammeChoice | null = null): Promise<PreparedImport> {
  const before = await readAppendixTables();
  const catalogue = workbookCatalogue(before.catalogueRows);
  const s = settingsFor(settings, before);
  const placement = placeProgramme(parsed.programme, before);
  const incoming = programmeLabel(programmeIdentity(parsed.programme));
  const held = placement.held.map((h) => `${h.tag}: ${programmeLabel(h.identity)}`);
  if (placement.kind === 'different' && !choice) return { ask: { held, incoming } };
  const findingsOf = (p: Programme) => validateProgramme(p, { catalogue }).findings;
  const parts = programmeParts({ programme: parsed.programme, findings: findingsOf(parsed.programme) }, placement, choice, findingsOf);
  const replacing = placement.kind === 'different' && choice === 'replace';
  const plan = buildProgrammesWorkbook(parts.parts, {
    catalogue,
    settings: { asOf: s.asOf, dueSoonDays: s.dueSoonDays, today: todayIso() },
    ...(replacing ? {} : { userTracking: userTracking(before.tables) }),
  }).plan;
  const note = s.note ? { note: s.note } : {};
  if (replacing) {
    const keep: KeepResult = { plan, kept: 0, unmatched: 0, backupSheet: null, report: emptyReport() };
    return {
      prepared: {
        replace: keep, keepEdits: () => keep, removeSheets: replacedSheets(placement, before),
        programmeLine: `Đã thay chương trình cũ (${held.join('; ')}) bằng chương trình ${incoming}.`, ...note,
      },
    };
  }
  const when = backupStamp(new Date());
  const options = { keepEditsIn: parts.heldTables };
  const programmeLine = placement.kind === 'different'
    ? `Đã thêm chương trình ${incoming} với ký hiệu ${parts.tag} (các trang bắt đầu bằng “${parts.tag}”), giữ nguyên: ${held.join('; ')}.`
    : placement.held.length > 1 ? `Nhập lại chương trình ${parts.tag}; các chương trình khác trong sổ giữ nguyên.` : '';
  return {
    prepared: {
      replace: reimport(plan, before, when, options),
      keepEdits: () => reimport(plan, before, when, { ...options, keepEdits: true }),
      removeSheets: [],
      programmeLine,
      ...note,
    },
  };
}

/**
 * Writes a prepared merge (as actions.commitWrite) and removes `removeSheets` once it is written.
 * `lines[0]` is the kept-cells sentence the tab shows in its notice (or ''), then the programme
 * sentence, then what was kept, replaced and where the old values are.
 */
export async function commitProgrammeWrite(keep: KeepResult, removeSheets: string[], programmeLine: string, onProgress: (done: number) => void) {
  const report = await writePlanRemoving(keep.plan, removeSheets, onProgress);
  const lines = keep.backupSheet ? reimportLines(keep) : [''];
  return { ...keep, report, lines: [lines[0], ...(programmeLine ? [programmeLine] : []), ...lines.slice(1)] };
}

/**
 * The workbook's plan as it is now, for redrawing Tổng hợp (Tình trạng & Tổng hợp tab): every
 * programme it holds, each under its own tag, so the summary's formulas name the tables that
 * exist (CT2_PhuLuc_1 …). A workbook of one programme gives the plan the tab always drew.
 */
export async function workbookPlanNow(settings: Settings): Promise<Result<WorkbookPlan>> {
  const before = await readAppendixTables();
  if (!before.tables.length) return fail('Sổ này chưa có bảng phụ lục do Phụ lục tạo. Hãy nhập văn bản ở thẻ «Nhập» trước.');
  const tracking = userTracking(before.tables);
  const s = { asOf: settings.asOf, dueSoonDays: settings.dueSoonDays, today: todayIso() };
  const held = workbookProgrammes(before);
  if (held.length <= 1) return ok(buildWorkbook({ programme: readBack(before.tables, '', before.summary).programme, settings: s, userTracking: tracking }).plan);
  const parts = held.map((h) => ({ programme: readBack(h.tables, h.identity.title).programme, tag: h.tag, identity: h.identity }));
  return ok(buildProgrammesWorkbook(parts, { settings: s, userTracking: tracking }).plan);
}
