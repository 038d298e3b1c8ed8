/**
 * Text preparation for the time parser.
 *
 * `displayText` is what we keep (`TimeMeaning.text`): NFC, whitespace collapsed.
 * `foldText` is what the parsers match against: lower case, diacritics removed,
 * đ→d, dashes unified — and crucially *the same length* as the display text, so a
 * span found in the folded text can be cut out of the display text unchanged.
 */

import { unitsToString } from '../text';

const SPACES = /[\s\u00a0\u2000-\u200b\u3000]+/g;

/** NFC, every run of whitespace (incl. NBSP, newlines) → one space, trimmed. */
export function displayText(raw: string): string {
  return raw.normalize('NFC').replace(SPACES, ' ').trim();
}

const DASHES = /[\u2010-\u2015\u2212]/; // ‐ ‑ ‒ – — ― −

/** The fold of one UTF-16 unit: always exactly one unit (the definition `foldText` is built on). */
export function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  if (DASHES.test(c)) return '-';
  const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base.length !== 1) return c.length === 1 ? c : ' ';
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/**
 * `foldChar` of every UTF-16 unit, by its code; -1 until first asked. 128 KB, filled as the
 * units are met: `foldChar` is a pure function of one unit, so an entry never goes stale.
 */
const FOLDED_UNIT = new Int32Array(0x10000).fill(-1);

/** `foldChar(String.fromCharCode(code)).charCodeAt(0)`, by table. */
export function foldUnit(code: number): number {
  let f = FOLDED_UNIT[code];
  if (f < 0) f = FOLDED_UNIT[code] = foldChar(String.fromCharCode(code)).charCodeAt(0);
  return f;
}

let buffer = new Uint16Array(256);

/**
 * Fold a display text for matching. Per UTF-16 unit, 1:1, so indices line up with
 * the input ("Quí IV–2025" → "qui iv-2025"): `foldChar` of each unit, looked up in a table and
 * written to a buffer; the text itself when nothing changes (lower-case ASCII, the usual case).
 */
export function foldText(text: string): string {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(n * 2);
  let same = true;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // A surrogate (astral character, or a lone one a decoder would replace): the definition.
    if (code >= 0xd800 && code <= 0xdfff) return foldTextPlain(text);
    const f = foldUnit(code);
    if (f !== code) same = false;
    buffer[i] = f;
  }
  return same ? text : unitsToString(buffer.subarray(0, n));
}

/** The definition of `foldText`: `foldChar` of each unit, concatenated (the reference for tests). */
export function foldTextPlain(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}
