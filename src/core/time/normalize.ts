/**
 * Text preparation for the time parser.
 *
 * `displayText` is what we keep (`TimeMeaning.text`): NFC, whitespace collapsed.
 * `foldText` is what the parsers match against: lower case, diacritics removed,
 * đ→d, dashes unified — and crucially *the same length* as the display text, so a
 * span found in the folded text can be cut out of the display text unchanged.
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u3000]+/g;

/** NFC, every run of whitespace (incl. NBSP, newlines) → one space, trimmed. */
export function displayText(raw: string): string {
  return raw.normalize('NFC').replace(SPACES, ' ').trim();
}

const DASHES = /[\u2010-\u2015\u2212]/; // ‐ ‑ ‒ – — ― −

function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  if (DASHES.test(c)) return '-';
  const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base.length !== 1) return c.length === 1 ? c : ' ';
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/**
 * Fold a display text for matching. Per UTF-16 unit, 1:1, so indices line up with
 * the input ("Quí IV–2025" → "qui iv-2025").
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}
