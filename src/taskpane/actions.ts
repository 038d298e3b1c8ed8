/**
 * What the tabs do: thin wrappers over the use cases (src/app) with the open workbook as their
 * port (officePort.ts) and the machine's clock. The exported names and shapes are the tabs'
 * contract.
 */
import {
  amendmentFromPaste,
  checkProgramme,
  importIntoWorkbook,
  prepareImport,
  previewWorkbookAmendment,
  programmeOf,
  readFile,
  readPaste,
  refreshSummary as refreshSummaryIn,
  systemClock,
  workbookCatalogue as catalogueOf,
  workbookProgramme,
  writeMerged,
} from '../app';
import type { AmendResult, Catalogue, Finding, ImportSettings, InputDocument, KeepResult, Programme, Result, SourceDocument, ValidationReport, WorkbookProgramme } from '../app';
import { checkWorkbook, fail, ok } from '../app';
import { previewOf, ImportPreview } from './logic/preview';
import { faultText } from '../render/office/errorSource';
import { officePort } from './officePort';

export interface Settings {
  /** ISO date, or null for "today" (=TODAY() in the workbook). */
  asOf: string | null;
  dueSoonDays: number;
  /** True once the user set them on the Tình trạng tab; else a re-import keeps the workbook's own. */
  chosen?: boolean;
}

export function todayIso(): string {
  return systemClock.today();
}

/** The files the pane reads (the same readers as the command line). */
export const FILE_TYPES = '.txt,.md,.docx,.html,.htm';

/** A chosen file → its structured document and the TCVN3/VNI conversion note. */
export async function fileDocument(name: string, bytes: Uint8Array): Promise<Result<InputDocument>> {
  if (!/\.(txt|md|text|docx|html?)$/i.test(name)) return fail(`Không đọc được tệp "${name}": chỉ nhận .txt, .md, .docx, .html hoặc .htm.`);
  return readFile(name, bytes);
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
/** A parse's result; a refusal of a text that is not a programme (a regulation …) says so in `notProgramme`. */
export type ParseResult = { ok: true; value: Parsed } | { ok: false; message: string; notProgramme?: true };

export function parse(pasted: string, html?: string): ParseResult {
  if (!pasted.trim() && !html?.trim()) return fail('Chưa có nội dung: hãy dán văn bản hoặc chọn tệp.');
  const doc = readPaste(pasted, html);
  if (!doc.ok) return fail(doc.message);
  return parseDocument(doc.value.document, doc.value.note, html ? doc.value.source : undefined);
}

/** A document read from a file or a paste → the programme, its preview and findings. */
export function parseDocument(document: SourceDocument, note?: string, source?: Parsed['source']): ParseResult {
  const programme = programmeOf(document);
  if (!programme.ok) return programme.reason === 'document-kind' ? { ok: false, message: programme.message, notProgramme: true } : fail(programme.message);
  const report = checkProgramme(programme.value);
  return ok({ programme: programme.value, preview: previewOf(programme.value, report), findings: report.findings, ...(note ? { note } : {}), ...(source ? { source } : {}) });
}

/** The built-in agency catalogue extended with the agencies the user keeps on the Danh mục sheet. */
export function workbookCatalogue(rows: Array<Array<string | number | boolean | null>>): Catalogue {
  return catalogueOf(rows);
}

/** The pane's settings as a write takes them: the user's choice on the Tình trạng tab, else the workbook's own (Tổng hợp). */
export function importSettings(settings: Settings): ImportSettings {
  return settings.chosen ? { asOf: settings.asOf, dueSoonDays: settings.dueSoonDays } : { defaultDueSoonDays: settings.dueSoonDays };
}

/** Stamps of backups made by the writes prepared now. */
const stamps = new WeakMap<KeepResult, string>();

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
  const prepared = await prepareImport(officePort(), { programme: parsed.programme, settings: importSettings(settings), clock: systemClock });
  if (!prepared.ok) throw new Error(prepared.message);
  const p = prepared.value;
  const keep = (edits: boolean): KeepResult => {
    const k = p.keep(edits)!; // the open workbook is always read (never null)
    stamps.set(k, p.stamp);
    return k;
  };
  return { replace: keep(false), keepEdits: () => keep(true), ...(p.settingsProblem ? { note: p.settingsProblem } : {}) };
}

/** Writes a prepared merge; the message lines say what was kept, replaced and where the old values are. */
export async function commitWrite(keep: KeepResult, onProgress: (done: number) => void) {
  const w = await writeMerged(officePort(), keep, stamps.get(keep) ?? systemClock.stamp(), onProgress);
  if (!w.ok) throw new Error(w.message);
  return { ...keep, report: w.value.written, lines: keep.backupSheet ? w.value.lines : [] };
}

/** Writes the programme as new sheets, keeping users' cells from an earlier import (corrections replaced, and reported). */
export async function writeProgramme(parsed: Parsed, settings: Settings, onProgress: (done: number) => void) {
  const prepared = await prepareProgramme(parsed, settings);
  onProgress(0.1);
  return commitWrite(prepared.replace, (d) => onProgress(0.1 + 0.9 * d));
}

/** The programme as it is now in the workbook. */
export async function programmeInWorkbook(): Promise<Result<WorkbookProgramme>> {
  const rb = await workbookProgramme(officePort());
  return rb.ok ? rb : fail(rb.message);
}

/** The workbook checked as its users left it (Kiểm tra tab): the read-back and its report. */
export async function checkInWorkbook(): Promise<Result<{ workbook: WorkbookProgramme; report: ValidationReport }>> {
  const r = await checkWorkbook(officePort());
  return r.ok ? r : fail(r.message);
}

/** Draws Tổng hợp again for the settings (Tình trạng tab); the sheets written. */
export async function refreshSummary(settings: Settings, onProgress?: (done: number) => void): Promise<Result<string[]>> {
  const r = await refreshSummaryIn(officePort(), settings, systemClock, onProgress);
  return r.ok ? ok(r.value.sheets) : r;
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
  /** Set when the pasted amendment was TCVN3/VNI text, converted. */
  note?: string;
}

/** Applies an amending document (pasted; TCVN3/VNI converted) to the programme in the workbook, without writing anything. */
export async function previewAmendment(text: string): Promise<Result<AmendPreview>> {
  if (!text.trim()) return fail('Chưa có văn bản điều chỉnh: hãy dán nội dung vào ô bên trên.');
  const amendment = amendmentFromPaste(text);
  if (!amendment.ok) return amendment;
  return previewWorkbookAmendment(officePort(), amendment.value);
}

/** Writes the consolidated programme and the change-log sheet, keeping users' cells. */
export async function writeAmendment(p: AmendPreview, settings: Settings, onProgress: (done: number) => void) {
  // The amendment's changes are the point: the document's values replace, each one reported.
  const r = await importIntoWorkbook(officePort(), { programme: p.base, amendment: p.result, settings: importSettings(settings), clock: systemClock }, { onProgress });
  if (!r.ok) throw new Error(r.message);
  const keep = r.value.keep!;
  return { ...keep, report: r.value.written, lines: keep.backupSheet ? r.value.lines : [] };
}
