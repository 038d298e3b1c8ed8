/** Text normalisation shared by every importer. */

/** NFC, markup removed, whitespace collapsed. Nothing else rewritten. */
export function cleanCell(raw: string): string {
  return collapse(stripMarkup(raw.normalize('NFC')));
}

export function stripMarkup(s: string): string {
  // Most cells carry no markup: every rule below needs a "<" or a "*".
  if (!s.includes('<') && !s.includes('*')) return s;
  return s
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<\/?(b|p|i|u|strong|em|br)\s*\/?>/gi, ' ')
    .replace(/\*\*/g, '');
}

const ODD_SPACES = /[\u00a0\u2000-\u200b\u3000]/g;
/** Inside a line, anything `collapse` changes: TAB, newline, odd spaces, two spaces in a row. */
const UNCOLLAPSED = /[\t\n\u00a0\u2000-\u200b\u3000]| {2}/;

/** Collapse runs of spaces (keeping single newlines between paragraphs of a cell). */
export function collapse(s: string): string {
  // Fast paths, same result: most cells are already collapsed, and most have one line.
  if (s.trim().length === s.length && !UNCOLLAPSED.test(s)) return s;
  if (!s.includes('\n')) return s.replace(ODD_SPACES, ' ').replace(/[ \t]+/g, ' ').trim();
  return s
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** True when the raw cell is wholly bold (<b>…</b> or **…**). */
export function isBold(raw: string): boolean {
  const t = raw.trim();
  if (!t) return false;
  return /^<b>[\s\S]*<\/b>$/i.test(t) || /^\*\*[\s\S]*\*\*$/.test(t);
}

/** Lower case, diacritics removed, đ→d: for matching labels, never for output. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
