/** Headings and labels the table importer meets between and above tables. */
import { AppendixLabel, parseAppendixLabel } from './appendix';

/**
 * "… văn bản trước. PHỤ LỤC DANH MỤC … (Kèm theo …)": an appendix label in capitals inside a
 * paragraph, after a sentence, followed by its title in capitals. null when there is none.
 */
export function labelInside(text: string): { before: string; label: AppendixLabel; name: string; attachedTo?: string } | null {
  const m = /[.;:!?)”"]\s+((?:PHỤ LỤC|BIỂU SỐ)\b.*)$/u.exec(text);
  if (!m) return null;
  const label = parseAppendixLabel(m[1]);
  if (!label || !label.rest || !/^\p{Lu}/u.test(label.rest)) return null;
  const at = label.rest.search(/\(\s*Kèm theo\b/iu);
  const name = (at >= 0 ? label.rest.slice(0, at) : label.rest).replace(/[\s*]+$/, '').trim();
  const attachedTo = at >= 0 ? label.rest.slice(at).trim() : undefined;
  return { before: text.slice(0, m.index + 1).trim(), label, name, ...(attachedTo ? { attachedTo } : {}) };
}

/** "1. Các nhiệm vụ về hạ tầng", "2. Nhiệm vụ về dữ liệu": a short numbered heading line. */
export function isTableHeading(text: string): boolean {
  return text.length <= 200 && /^(\d{1,2}|[IVX]{1,4}|[A-ZĐ])[.)]\s+\S/u.test(text) && !/[;:]$/.test(text);
}
