/** What the tabs do: core for the thinking, host.ts for Excel. */
import { builtinCatalogue, extendCatalogue } from '../core/agencies';
import type { Catalogue } from '../core/agencies/types';
import { applyAmendment } from '../core/amend';
import type { AmendResult } from '../core/amend/types';
import { importProgramme } from '../core/import';
import type { SourceDocument } from '../core/document';
import { InputDocument, readDocument, readPastedDocument } from '../core/input/read';
import type { Programme } from '../core/model';
import { amendedProgramme, planWorkbook } from '../core/plan';
import { userAgencies } from '../core/plan/catalogueSheet';
import { localIsoDate } from '../core/status/dates';
import { fail, ok, Result } from '../core/result';
import { validateProgramme } from '../core/validate';
import type { Finding } from '../core/validate/types';
import { readAppendixTables, writePlan } from './host';
import { backupStamp, KeepResult, reimport } from '../core/plan/keepUserCells';
import { carriedSettings, reimportLines } from '../core/plan/reimportMessage';
import type { WorkbookSnapshot } from '../core/plan/sheetData';
import { userTracking } from '../core/plan/userTracking';
import type { WorkbookPlan } from '../core/plan/types';
import { previewOf, ImportPreview } from './logic/preview';
import { readBack, ReadBack } from '../core/plan/readBack';
import { faultText } from '../render/office/errorSource';

export interface Settings {
  /** ISO date, or null for "today" (=TODAY() in the workbook). */
  asOf: string | null;
  dueSoonDays: number;
  /** True once the user set them on the Tình trạng tab; else a re-import keeps the workbook's own. */
  chosen?: boolean;
}

export function todayIso(): string {
  return localIsoDate(new Date());
}

/** The files the pane reads (the same readers as the command line). */
export const FILE_TYPES = '.txt,.md,.docx,.html,.htm';

/** A chosen file → its structured document and the TCVN3/VNI conversion note. */
export async function fileDocument(name: string, bytes: Uint8Array): Promise<Result<InputDocument>> {
  if (!/\.(txt|md|text|docx|html?)$/i.test(name)) return fail(`Không đọc được tệp "${name}": chỉ nhận .txt, .md, .docx, .html hoặc .htm.`);
  return readDocument(name, bytes);
}

export interface Parsed {
  programme: Programme;
  preview: ImportPreview;
  findings: Finding[];
  /** Set when pasted text in TCVN3/VNI was converted to Unicode. */
  note?: string;
  /** For a paste that came with the clipboard's HTML: which of the two forms was imported. */
  source?: 'html' | 'text';
}

/** What the pane says about the clipboard form a paste was imported from. */
export const PASTE_SOURCE: Record<'html' | 'text', string> = {
  html: 'Đã đọc bảng từ định dạng HTML của nội dung dán (giữ ô gộp, chữ đậm và các đoạn trong ô).',
  text: 'Nội dung dán không có bảng HTML: đã đọc văn bản thuần.',
};

/**
 * Pasted (or file) text → the programme and its preview. `html` is the clipboard's text/html of
 * the paste that filled the box: when it holds a table it is imported instead of the plain text
 * (merged cells, bold and cell paragraphs are only there).
 */
export function parse(pasted: string, html?: string): Result<Parsed> {
  if (!pasted.trim() && !html?.trim()) return fail('Chưa có nội dung: hãy dán văn bản hoặc chọn tệp.');
  const doc = readPastedDocument(pasted, html);
  if (!doc.ok) return fail(doc.message);
  return parseDocument(doc.value.document, doc.value.note, html ? doc.value.source : undefined);
}

/** A document read from a file or a paste → the programme, its preview and findings. */
export function parseDocument(document: SourceDocument, note?: string, source?: Parsed['source']): Result<Parsed> {
  const programme = importProgramme(document);
  if (programme.warning) return fail(programme.warning);
  if (!programme.tables.some((t) => t.items.length)) {
    return fail('Không tìm thấy nhiệm vụ nào: văn bản không có bảng phụ lục hay danh sách điểm được đánh số.');
  }
  const report = validateProgramme(programme);
  return ok({ programme, preview: previewOf(programme, report), findings: report.findings, ...(note ? { note } : {}), ...(source ? { source } : {}) });
}

/** The built-in agency catalogue extended with the agencies the user keeps on the Danh mục sheet. */
export function workbookCatalogue(rows: Array<Array<string | number | boolean | null>>): Catalogue {
  return extendCatalogue(builtinCatalogue(), userAgencies(rows));
}

const stamp = () => backupStamp(new Date());

/** The report settings a write uses: the user's choice on the Tình trạng tab, else the workbook's own (Tổng hợp). */
function effectiveSettings(settings: Settings, before: WorkbookSnapshot): { asOf: string | null; dueSoonDays: number; note?: string } {
  if (settings.chosen || !before.summary) return settings;
  const c = carriedSettings(before.summary);
  return { asOf: c.asOf, dueSoonDays: c.dueSoonDays ?? settings.dueSoonDays, ...(c.problem ? { note: c.problem } : {}) };
}

/**
 * A write prepared but not done: the merge with users' cells (corrections replaced by the
 * document's values), and the same merge keeping the corrections — the pane asks which when the
 * first replaces any (KeepResult.report.replaced).
 */
export interface PreparedWrite {
  replace: KeepResult;
  keepEdits: () => KeepResult;
  /** A report date on Tổng hợp that could not be read, to tell the user. */
  note?: string;
}

/** Builds the workbook for the programme and merges what users typed in the workbook (nothing written yet). */
export async function prepareProgramme(parsed: Parsed, settings: Settings): Promise<PreparedWrite> {
  const before = await readAppendixTables();
  // Checked against the workbook's own agencies too, so the user's Danh mục rows are not flagged.
  const catalogue = workbookCatalogue(before.catalogueRows);
  const s = effectiveSettings(settings, before);
  const plan = planWorkbook({
    programme: parsed.programme,
    findings: validateProgramme(parsed.programme, { catalogue }).findings,
    catalogue,
    settings: { asOf: s.asOf, dueSoonDays: s.dueSoonDays, today: todayIso() },
    userTracking: userTracking(before.tables),
  });
  const when = stamp();
  return { replace: reimport(plan, before, when), keepEdits: () => reimport(plan, before, when, { keepEdits: true }), ...(s.note ? { note: s.note } : {}) };
}

/** Writes a prepared merge; the message lines say what was kept, replaced and where the old values are. */
export async function commitWrite(keep: KeepResult, onProgress: (done: number) => void) {
  const report = await writePlan(keep.plan, onProgress);
  return { ...keep, report, lines: keep.backupSheet ? reimportLines(keep) : [] };
}

/** Writes the programme as new sheets, keeping users' cells from an earlier import (corrections replaced, and reported). */
export async function writeProgramme(parsed: Parsed, settings: Settings, onProgress: (done: number) => void) {
  const prepared = await prepareProgramme(parsed, settings);
  onProgress(0.1);
  return commitWrite(prepared.replace, (d) => onProgress(0.1 + 0.9 * d));
}

/** The programme as it is now in the workbook. */
export async function programmeInWorkbook(): Promise<Result<ReadBack & { catalogue: Catalogue; userTracking: ReturnType<typeof userTracking> }>> {
  const { tables, catalogueRows, summary } = await readAppendixTables();
  if (!tables.length) return fail('Sổ này chưa có bảng phụ lục do Phụ lục tạo. Hãy nhập văn bản ở thẻ «Nhập» trước.');
  // Users' progress by Mục + TT: the summary's overdue list leaves out tasks marked done.
  return ok({ ...readBack(tables, '', summary), catalogue: workbookCatalogue(catalogueRows), userTracking: userTracking(tables) });
}

/** What to show for a failure: our Vietnamese message as is; otherwise who failed — Excel only when it was Excel. */
export function errorText(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return /[àáảãạăâđèéêìíòóôơùúưỳý]/i.test(m) ? m : faultText(e);
}

export interface AmendPreview {
  base: Programme;
  result: AmendResult;
  catalogue: Catalogue;
}

/** Applies an amending document to the programme in the workbook, without writing anything. */
export async function previewAmendment(text: string): Promise<Result<AmendPreview>> {
  if (!text.trim()) return fail('Chưa có văn bản điều chỉnh: hãy dán nội dung vào ô bên trên.');
  const rb = await programmeInWorkbook();
  if (!rb.ok) return rb;
  const base = rb.value.programme;
  if (!base.tables.some((t) => t.kind === 'tasks' && t.items.length)) return fail('Sổ không có bảng nhiệm vụ nào để điều chỉnh.');
  return ok({ base, result: applyAmendment(base, text), catalogue: rb.value.catalogue });
}

/** Writes the consolidated programme and the change-log sheet, keeping users' cells. */
export async function writeAmendment(p: AmendPreview, settings: Settings, onProgress: (done: number) => void) {
  // The Kiểm tra sheet checks the programme as amended, as `phuluc import --amend` does.
  const findings = validateProgramme(amendedProgramme(p.base, p.result), { catalogue: p.catalogue }).findings;
  const before = await readAppendixTables();
  const s = effectiveSettings(settings, before);
  const plan: WorkbookPlan = planWorkbook({
    programme: p.base,
    amendment: p.result,
    findings,
    catalogue: p.catalogue,
    settings: { asOf: s.asOf, dueSoonDays: s.dueSoonDays, today: todayIso() },
    userTracking: userTracking(before.tables),
  });
  // The amendment's changes are the point: the document's values replace, each one reported.
  return commitWrite(reimport(plan, before, stamp()), onProgress);
}
