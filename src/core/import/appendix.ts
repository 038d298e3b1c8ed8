import { cleanCell, fold } from '../text';

/** "PHỤ LỤC", "PHỤ LỤC 3", "**PHỤ LỤC 1****Danh mục …**", "## PHỤ LỤC II" … */
export interface AppendixLabel {
  label: string;
  /** Title text printed on the same line after the label, if any. */
  rest: string;
}

/**
 * "PHỤ LỤC", "PHỤ LỤC 3", "Phụ lục II", "Phụ lục số 01", "PHỤ LỤC 1A", "Biểu số 01",
 * "**PHỤ LỤC 1****Danh mục …**", "## PHỤ LỤC II". In ordinary case the label must stand alone,
 * carry a number, or be followed by a title in capitals: "Phụ lục kèm theo …" is a sentence.
 */
export function parseAppendixLabel(line: string): AppendixLabel | null {
  const text = cleanCell(line.replace(/\*\*\*\*/g, '\n').replace(/^#+\s*/, ''))
    .replace(/\n/g, ' \n')
    .normalize('NFC');
  const m = /^(PHỤ LỤC|Phụ lục|BIỂU|Biểu)(?:\s+(SỐ\s+|số\s+)?([0-9]+[A-Za-z]?|[IVX]+[A-Z]?|[A-Z])(?![\p{L}\p{N}]))?\s*[:.\-–]?\s*([\s\S]*)$/u.exec(text);
  if (!m) return null;
  const word = m[1].toUpperCase();
  const id = m[3];
  const rest = m[4].replace(/\s*\n\s*/g, ' ').trim();
  const caps = m[1] === word;
  if (word === 'BIỂU' && !m[2]) return null; // "Biểu" alone is a word, "Biểu số 01" a label
  if (!caps && !id && rest) return null;
  if (!caps && id && rest && rest !== rest.toUpperCase()) return null;
  if (!id && rest && /^\p{Ll}/u.test(rest)) return null;
  const label = word === 'BIỂU' ? `BIỂU SỐ ${id}` : id ? `PHỤ LỤC ${id.toUpperCase()}` : 'PHỤ LỤC';
  return { label, rest };
}

export function isAttachedLine(line: string): boolean {
  return /^\(?\s*kem theo\b/.test(fold(cleanCell(line)));
}

/** Signature lines and page rules printed around an appendix block. */
export function isPageArtefact(line: string): boolean {
  const t = cleanCell(line);
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  return /^ky boi\s*:/.test(fold(t));
}

const DOCUMENT_TYPE = /^(chuong trinh( hanh dong)?|ke hoach( hanh dong)?|de an|quyet dinh|nghi quyet|chi thi|quy che|quy dinh|huong dan)\b/;
// Lines that end a title block: "Căn cứ …", numbers and bullets, and the issuing authority
// printed under a decision's title ("ỦY BAN NHÂN DÂN …", "CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ").
const NOT_TITLE =
  /^(can cu|so\s*:|kinh gui|noi nhan|phan\b|chuong\b|dieu\b|[ivx]+\.|\d+[.)]|[a-z]\)|[-+•*]|(uy ban nhan dan|chinh phu|thu tuong|bo truong|chu tich|hoi dong nhan dan|ban chap hanh|ban thuong vu|tinh uy|thanh uy)\b)/;

const isUpper = (t: string) => t === t.toUpperCase() && /\p{Lu}/u.test(t);

/**
 * The document's own title: "CHƯƠNG TRÌNH HÀNH ĐỘNG …", "KẾ HOẠCH …", "ĐỀ ÁN …" — the first line
 * that is the document type in capitals, wherever the title block is (after a long preamble
 * too), with the lines that continue it: more lines in capitals, or a subtitle in ordinary case
 * right under the type ("KẾ HOẠCH" / "Phát triển dữ liệu số năm 2026"), across blank lines
 * (a title split over paragraphs). Lines of a table (with TAB) and appendix labels are not titles.
 */
export function findDocumentTitle(lines: string[]): { title: string; lines: number[] } {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('\t')) continue;
    const t = cleanCell(lines[i].replace(/^#+\s*/, ''));
    if (!t || !isUpper(t) || !DOCUMENT_TYPE.test(fold(t))) continue;
    if (parseAppendixLabel(t)) break;
    const used = [i];
    const parts = [t];
    let blanks = 0;
    let subtitle = false;
    for (let j = i + 1; j < lines.length && used.length < 8; j++) {
      if (lines[j].includes('\t')) break;
      const next = cleanCell(lines[j].replace(/^#+\s*/, ''));
      if (!next) {
        if (++blanks > 2) break;
        continue;
      }
      blanks = 0;
      const f = fold(next);
      if (parseAppendixLabel(next) || NOT_TITLE.test(f) || /[;:]$/.test(next) || next.length > 250) break;
      if (isUpper(next) && !subtitle) {
        parts.push(next);
        used.push(j);
        continue;
      }
      // One subtitle in ordinary case, and the lines it wraps onto (starting in lower case).
      const wraps = subtitle && /^\p{Ll}/u.test(next);
      if ((used.length === 1 && !subtitle) || wraps) {
        subtitle = true;
        parts.push(next);
        used.push(j);
        continue;
      }
      break;
    }
    return { title: parts.join(' '), lines: used };
  }
  return { title: '', lines: [] };
}
