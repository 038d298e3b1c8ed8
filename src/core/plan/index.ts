/**
 * planWorkbook: programme (+ findings, amendment, catalogue) and settings → the workbook plan.
 * Sheet order: Tổng hợp, one sheet per appendix table, Kiểm tra, Danh mục, Điều chỉnh (when an
 * amendment was applied). Pure data; the renderers only draw it.
 */
import type { Catalogue } from '../agencies/types';
import type { AmendResult } from '../amend/types';
import type { NotImported, Programme, ProgrammeTable } from '../model';
import type { Finding } from '../validate/types';
import { AppendixLayout, appendixSheetName, planAppendix } from './appendixSheet';
import { CATALOGUE_SHEET, planCatalogue } from './catalogueSheet';
import { planChanges } from './changesSheet';
import { CHECK_SHEET, planCheck } from './checkSheet';
import { cutLongCells, enforceLimits, fitText } from './cellLimits';
import { fitHeights } from './heights';
import { xmlSafeTables } from './xmlSafeTables';
import { shortHash, withId, withIds } from '../cycle/ids';
import { sheetName } from './layout';
import { STYLES } from './palette';
import { CHANGES_SHEET } from './changesSheet';
import { ExpectedCell, planSummary, SUMMARY_SHEET } from './summarySheet';
import type { SheetPlan, WorkbookPlan } from './types';
import { pushAll } from '../arrays';
import { programmeIdentity, ProgrammeIdentity, programmeLabel } from './programmeIdentity';
import { planProgrammeSheet, programmeTag, PROGRAMME_SHEET, tagPrefix } from './programmeSheet';
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
  const { programme, findings, amendment, ...shared } = input;
  return buildProgrammesWorkbook([{ programme, findings, amendment, tag: programmeTag(1) }], shared);
}

/**
 * Item ids of the k-th programme (k ≥ 2) of a workbook: its ids as drawn alone, with the hash
 * redrawn over its tag ("N1-4K7Q2X" → "N1-" + hash("CT2|N1-4K7Q2X")), so two programmes numbered
 * alike (TT 1, 2, 3 under no section) never share an id; as stable as the ids themselves.
 * The first programme keeps its ids.
 */
function taggedIds(p: Programme, tag: string): Programme {
  if (tag === programmeTag(1)) return p;
  const tables = p.tables.map((t) => {
    const taken = new Set<string>();
    const items = t.items.map((item) => {
      if (!item.id) return item;
      const head = item.id.slice(0, item.id.indexOf('-') + 1);
      let id = `${head}${shortHash(`${tag}|${item.id}`)}`;
      for (let k = 2; taken.has(id); k++) id = `${head}${shortHash(`${tag}|${item.id}|${k}`)}`;
      taken.add(id);
      return withId(item, id);
    });
    return { ...t, items };
  });
  return { ...p, tables };
}

/** One programme of a workbook that holds several (programmeSheet.ts). */
export interface ProgrammePart {
  programme: Programme;
  /** Findings on the programme as shown (table indices of this programme's own tables). */
  findings?: Finding[];
  amendment?: AmendResult;
  /** "CT1", "CT2" …: CT1 keeps the single-programme names, the others prefix theirs. */
  tag: string;
  /** The identity the workbook records for a programme redrawn from it (else read from `programme`). */
  identity?: ProgrammeIdentity;
}

/**
 * Several programmes → one workbook: each part's appendix sheets in part order (names and table
 * names prefixed by its tag, CT1 unprefixed), then Kiểm tra and Danh mục over all of them, the
 * Điều chỉnh sheet of the (one) part with an amendment, and — with two parts or more — the
 * Chương trình sheet; Tổng hợp counts them all, plus a block per programme. One part gives
 * exactly the single-programme workbook. Item ids are drawn per programme (as when imported alone).
 */
export function buildProgrammesWorkbook(parts: ProgrammePart[], input: Omit<PlanInput, 'programme' | 'findings' | 'amendment'>): PlannedWorkbook {
  const { settings } = input;
  const several = parts.length > 1;
  const statusDate = settings.asOf ?? settings.today ?? null;
  const taken = new Set([SUMMARY_SHEET, CHECK_SHEET, CATALOGUE_SHEET, CHANGES_SHEET, ...(several ? [PROGRAMME_SHEET] : [])].map((s) => s.toLowerCase()));
  const appendices: AppendixLayout[] = [];
  const findings: Finding[] = [];
  const notImported: NotImported[] = [];
  const allTables: ProgrammeTable[] = [];
  const byPart: Array<{ part: ProgrammePart; appendices: AppendixLayout[] }> = [];
  let changes: SheetPlan | null = null;
  for (const part of parts) {
    const target = part.amendment ? amendedTableIndex(part.programme) : -1;
    const offset = appendices.length;
    const prefix = tagPrefix(part.tag);
    // Characters no .xlsx can hold: replaced in every table, a finding for each cell that had some.
    const safe = xmlSafeTables(taggedIds(withIds(amendedProgramme(part.programme, part.amendment)), part.tag).tables);
    let taskNo = 0;
    let indicatorNo = 0;
    const own = safe.tables.map((table, i) =>
      planAppendix({
        table,
        tableIndex: offset + i,
        sheetName: sheetName(prefix ? `${prefix} ${appendixSheetName(table)}` : appendixSheetName(table), taken),
        tableName: `${prefix ? `${prefix}_` : ''}${table.kind === 'tasks' ? `PhuLuc_${++taskNo}` : `ChiTieu_${++indicatorNo}`}`,
        amended: i === target,
        settings: { asOf: statusDate ?? '1900-01-01', dueSoonDays: settings.dueSoonDays },
        userTracking: input.userTracking,
      }),
    );
    pushAll(appendices, own);
    pushAll(allTables, safe.tables);
    const shift = (f: Finding): Finding => (offset ? { ...f, tableIndex: f.tableIndex + offset } : f);
    pushAll(findings, [...(part.findings ?? []), ...safe.findings].map(shift));
    pushAll(notImported, part.programme.notImported);
    if (part.amendment && target >= 0 && !changes) changes = planChanges(part.amendment, own[target].sheet.name);
    byPart.push({ part, appendices: own });
  }
  const identityOf = (p: ProgrammePart) => p.identity ?? programmeIdentity(p.programme);
  const labels = byPart.map((b) => `${b.part.tag}: ${programmeLabel(identityOf(b.part))}`);
  const title = several ? `${parts.length} chương trình — ${labels.join('; ')}` : parts[0].programme.title;
  const summary = planSummary({
    title,
    appendices,
    asOf: settings.asOf,
    dueSoonDays: settings.dueSoonDays,
    listDate: statusDate,
    ...(several ? { programmes: byPart.map((b, i) => ({ label: labels[i], appendices: b.appendices })) } : {}),
  });
  const catalogue = planCatalogue(allTables, input.catalogue);
  // Cells over Excel's 32,767 characters: cut, the rest kept on Kiểm tra with a finding saying where.
  const long = cutLongCells(appendices);
  const sheets = [summary.sheet, ...appendices.map((a) => a.sheet), planCheck([...findings, ...long.findings], appendices, [...notImported, ...long.rest]), catalogue.sheet];
  if (changes) sheets.push(changes);
  if (several) {
    sheets.push(planProgrammeSheet(byPart.map((b) => ({ tag: b.part.tag, identity: identityOf(b.part), sheets: b.appendices.map((a) => a.sheet.name) }))));
  }
  sheets.forEach((s) => fitHeights(s, STYLES));
  const plan: WorkbookPlan = {
    sheets,
    names: [...summary.names, ...catalogue.names],
    styles: STYLES,
    fullCalcOnLoad: true,
    title: fitText(title || 'Phụ lục nhiệm vụ', 255),
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
