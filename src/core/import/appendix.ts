import { cleanCell, fold } from '../text';

/** "PHỤ LỤC", "PHỤ LỤC 3", "**PHỤ LỤC 1****Danh mục …**", "## PHỤ LỤC II" … */
export interface AppendixLabel {
  label: string;
  /** Title text printed on the same line after the label, if any. */
  rest: string;
}

export function parseAppendixLabel(line: string): AppendixLabel | null {
  const text = cleanCell(line.replace(/\*\*\*\*/g, '\n').replace(/^#+\s*/, '')).replace(/\n/g, ' \n');
  const m = /^PHỤ LỤC(?:\s+(?:SỐ\s+)?([0-9]+|[IVX]+|[A-Z])\b)?\s*[:.\-–]?\s*([\s\S]*)$/u.exec(text.normalize('NFC'));
  if (!m) return null;
  const label = m[1] ? `PHỤ LỤC ${m[1]}` : 'PHỤ LỤC';
  // Lower-case text right after the label is a sentence, not a title block ("Phụ lục kèm theo …").
  const rest = m[2].replace(/\s*\n\s*/g, ' ').trim();
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

/** The document's own title: "CHƯƠNG TRÌNH HÀNH ĐỘNG …", "KẾ HOẠCH …". */
export function findDocumentTitle(lines: string[]): { title: string; lines: number[] } {
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const t = cleanCell(lines[i].replace(/^#+\s*/, ''));
    const f = fold(t);
    if (/^(chuong trinh( hanh dong)?|ke hoach)\b/.test(f) && t === t.toUpperCase()) {
      const used = [i];
      const parts = [t];
      for (let j = i + 1; j < lines.length && used.length < 3; j++) {
        const next = cleanCell(lines[j].replace(/^#+\s*/, ''));
        if (!next) break;
        if (next !== next.toUpperCase()) break;
        parts.push(next);
        used.push(j);
      }
      return { title: parts.join(' '), lines: used };
    }
  }
  return { title: '', lines: [] };
}
