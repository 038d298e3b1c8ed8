/**
 * What kind of document a text is, before any task is read from it: a programme or plan (tasks,
 * leads, times) or something that merely looks structured — a regulation (Chương, Điều, khoản) or
 * a list of administrative procedures (a table headed "Tên thủ tục hành chính"). Importing those
 * as tasks would give a list of "tasks" nobody assigned, so the importer refuses them, saying why.
 */
import { fold, foldStartsWith } from '../text';

export type DocumentKind = 'programme' | 'regulation' | 'procedures';

export interface DocumentKindResult {
  kind: DocumentKind;
  /** Vietnamese, for the user; empty for a programme. */
  warning: string;
}

/** Shown to the user when a document is not a programme (exit status 2 in the CLI). */
export const DOCUMENT_KIND_WARNING: Record<Exclude<DocumentKind, 'programme'>, string> = {
  regulation: 'Văn bản có vẻ là một quy chế (Chương, Điều, khoản), không phải chương trình hay kế hoạch: không nhập nhiệm vụ nào.',
  procedures: 'Văn bản có vẻ là danh mục thủ tục hành chính (bảng có cột "Tên thủ tục hành chính"), không phải chương trình hay kế hoạch: không nhập nhiệm vụ nào.',
};

// "Chương I", "CHƯƠNG II. …" at the start of a line (folded, markup dropped).
const CHAPTER = /^chuong [ivx]+\b/;
// "Điều 5. Trình tự …", "Điều 12: …".
const ARTICLE = /^dieu (\d{1,3})\s*[.:]/;
// Header cells of a procedures catalogue: a procedure's name ("Tên thủ tục hành chính", "Tên TTHC
// nội bộ") beside what only a catalogue has: its code ("Mã số TTHC", "Mã TTHC"), field ("Lĩnh
// vực") or legal basis ("Căn cứ pháp lý").
const PROCEDURE_NAME = /^ten (thu tuc hanh chinh|thu tuc|tthc)\b/;
const CATALOGUE_COLUMN = /^(ma (so )?(tthc|thu tuc)|linh vuc$|can cu phap ly)/;

const plain = (line: string): string => fold(line.replace(/<[^>]*>|\*\*|^\s*#+/g, ' '));

/**
 * Can `plain(text)` start with one of `starts` (folded)? False only when it cannot: text without
 * markup characters is `fold(text)`, asked without folding it all. Most lines and cells start with
 * none of them, so `plain` runs on few.
 */
const mayStart = (text: string, starts: readonly string[]): boolean => /[<*#]/.test(text) || starts.some((p) => foldStartsWith(text, p));
/**
 * `line.split('\t').some((c) => mayStart(c, starts))`, without splitting the line: a markup
 * character anywhere is one in some cell; otherwise each cell is asked in place.
 */
const someCellMayStart = (line: string, starts: readonly string[]): boolean => {
  if (/[<*#]/.test(line)) return true;
  for (let a = 0; a <= line.length;) {
    let b = line.indexOf('\t', a);
    if (b < 0) b = line.length;
    for (const p of starts) if (foldStartsWith(line, p, a, b)) return true;
    a = b + 1;
  }
  return false;
};
/** What PROCEDURE_NAME, CHAPTER and ARTICLE need at the start. */
const PROCEDURE_START = ['ten '];
const BODY_START = ['chuong ', 'dieu '];

/**
 * Classifies a document by its lines (NFC text; table rows as TAB-separated cells).
 * - regulation: at least three distinct articles ("Điều n.") and either a chapter heading or
 *   more than five articles. A decision that issues a plan has "Điều 1–3" only, and stays a
 *   programme.
 * - procedures: a table header with a procedure-name column and a catalogue column (code, field
 *   or legal basis), and no task column ("Nhiệm vụ", "Nội dung công việc"). A table of procedures
 *   with only a processing time and an agency ("Thời hạn giải quyết", "Cơ quan thực hiện") can be
 *   followed like tasks and stays a programme.
 * Everything else is a programme. The rule is structural, never a title word: a plan titled
 * "Kế hoạch … quy chế" is still a plan.
 */
export function classifyDocument(lines: string[]): DocumentKindResult {
  let chapters = 0;
  const articles = new Set<string>();
  for (const raw of lines) {
    if (raw.includes('\t')) {
      if (!someCellMayStart(raw, PROCEDURE_START)) continue;
      const cells = raw.split('\t').map(plain);
      const catalogue = cells.some((c) => PROCEDURE_NAME.test(c)) && cells.some((c) => CATALOGUE_COLUMN.test(c));
      if (catalogue && !cells.some((c) => /^(nhiem vu|noi dung cong viec)\b/.test(c))) {
        return { kind: 'procedures', warning: DOCUMENT_KIND_WARNING.procedures };
      }
      continue;
    }
    if (!mayStart(raw, BODY_START)) continue;
    const t = plain(raw);
    if (CHAPTER.test(t)) chapters++;
    const a = ARTICLE.exec(t);
    if (a) articles.add(a[1]);
  }
  if (articles.size >= 3 && (chapters > 0 || articles.size > 5)) return { kind: 'regulation', warning: DOCUMENT_KIND_WARNING.regulation };
  return { kind: 'programme', warning: '' };
}
