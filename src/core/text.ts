/** Text normalisation shared by every importer. */

/** NFC, invisible characters and markup removed, whitespace collapsed. Nothing else rewritten. */
export function cleanCell(raw: string): string {
  if (!UNCLEAN.test(raw)) return raw;
  return collapse(stripMarkup(stripInvisible(nfc(raw))));
}

/**
 * Anything `cleanCell` may change: a character other than printable ASCII without "<" and "*"
 * (markup) and the Latin letters of MAYBE_NOT_NFC (so no odd or invisible space, TAB or newline),
 * two spaces in a row, a space at either end. Most cells have none: they are returned as they are.
 */
const UNCLEAN = /[^\u0020-\u0029\u002b-\u003b\u003d-\u007e\u00c0-\u02ff\u1e00-\u1eff]| {2}|^ | $/;

/**
 * Characters outside Latin-1, Latin Extended-A/B, IPA and Latin Extended Additional (which holds
 * every precomposed Vietnamese letter). Text without any is already in NFC: none of these
 * characters changes under NFC and none composes with another without a combining mark
 * (U+0300 and above).
 */
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff]/;

/** `s.normalize('NFC')`, without the call for the Latin text that is already NFC. */
export function nfc(s: string): string {
  return MAYBE_NOT_NFC.test(s) ? s.normalize('NFC') : s;
}

/**
 * Characters that print nothing but make two equal texts differ: soft hyphen U+00AD, zero-width
 * space U+200B, zero-width non-joiner / joiner U+200C–U+200D, word joiner U+2060, BOM U+FEFF.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_RUN = /[\u00ad\u200b-\u200d\u2060\ufeff]+/g;
const VOWELS = /[aeiouy]/;

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => /\p{Nd}/u.test(c);
const isVowel = (c: string): boolean => VOWELS.test(fold(c));

/**
 * Removes the invisible characters above. Vietnamese is written one syllable per word, with a
 * space between syllables, and is only ever broken between syllables — so an invisible
 * character that sits where two words meet stands for the space between them, and one inside a
 * syllable is simply removed. A run of them becomes a space:
 *  - between a lower-case and an upper-case letter ("Sở\u200BTài chính" → "Sở Tài chính");
 *  - between two syllables: letters on both sides, each side with a vowel, and not a vowel
 *    meeting a vowel ("Ủy\u200Bban" → "Ủy ban", "Tỉnh\u00ADủy" → "Tỉnh ủy");
 *  - between a letter and a digit ("năm\u200B2026" → "năm 2026").
 * Otherwise it is removed: inside a syllable ("Tỉ\u200Bnh" → "Tỉnh", "Qu\u00ADốc" → "Quốc"),
 * next to a space or punctuation ("NQ/\u200BTW" → "NQ/TW"), between digits.
 * Cost: one regex test for text without them.
 */
export function stripInvisible(s: string): string {
  if (!INVISIBLE.test(s)) return s;
  return s.replace(INVISIBLE_RUN, (m: string, at: number, all: string) => {
    const left = /[\p{L}\p{Nd}]+$/u.exec(all.slice(0, at))?.[0] ?? '';
    const right = /^[\p{L}\p{Nd}]+/u.exec(all.slice(at + m.length))?.[0] ?? '';
    return wordBreak(left, right) ? ' ' : '';
  });
}

/** Do the letter/digit runs either side of an invisible character belong to two words? */
function wordBreak(left: string, right: string): boolean {
  if (!left || !right) return false;
  const a = left[left.length - 1];
  const b = right[0];
  if (isDigit(a) && isDigit(b)) return false;
  if (isDigit(a) || isDigit(b)) return true;
  if (!isLetter(a) || !isLetter(b)) return false;
  if (a === a.toLowerCase() && a !== a.toUpperCase() && b === b.toUpperCase() && b !== b.toLowerCase()) return true;
  const hasVowel = (w: string): boolean => [...w].some(isVowel);
  return hasVowel(left) && hasVowel(right) && !(isVowel(a) && isVowel(b));
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
  if (!s.includes('\n'))
    return s
      .replace(ODD_SPACES, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim();
  return s
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** True when the raw cell is wholly bold (<b>…</b> or **…**). */
export function isBold(raw: string): boolean {
  // Both forms need a "<" or a "*": most cells have neither.
  if (!raw.includes('<') && !raw.includes('*')) return false;
  const t = raw.trim();
  if (!t) return false;
  return /^<b>[\s\S]*<\/b>$/i.test(t) || /^\*\*[\s\S]*\*\*$/.test(t);
}

/** Lower case, diacritics and invisible characters removed, đ→d: for matching labels, never for output. */
export function fold(s: string): string {
  const visible = stripInvisible(s);
  return foldLatin(visible) ?? foldSlow(visible);
}

/** The definition of `fold` (after `stripInvisible`), for any text. */
function foldSlow(s: string): string {
  return foldLetters(s).replace(/\s+/g, ' ').trim();
}

/** `fold` without its last step (whitespace collapsed and trimmed). */
function foldLetters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * Per character code below U+1F00, what `foldLetters` makes of that character alone: the code of
 * the one character it gives, DROP when it gives none (a removed mark), SLOW where the character
 * may fold differently inside a text (outside the Latin blocks and the combining marks
 * U+0300–U+036F, decomposing into anything else, or folding to two characters), UNKNOWN until
 * first met.
 */
const LATIN_END = 0x1f00;
const UNKNOWN = -1;
const SLOW = -2;
const DROP = -3;
const FOLDED = new Int32Array(LATIN_END).fill(UNKNOWN);

const isLatin = (q: number): boolean => q < 0x250 || (q >= 0x300 && q < 0x370) || (q >= 0x1e00 && q < LATIN_END);

function foldCode(code: number): number {
  if (!isLatin(code)) return SLOW;
  const c = String.fromCharCode(code);
  // Every piece of the decomposition must be Latin or a removed mark, so that canonical
  // reordering (which only moves marks) cannot change the result.
  for (const p of c.normalize('NFD')) if (!isLatin(p.charCodeAt(0))) return SLOW;
  const f = foldLetters(c);
  return f.length === 0 ? DROP : f.length === 1 ? f.charCodeAt(0) : SLOW;
}

const UNTIDY_SPACE = /[\t\n\v\f\r\u00a0]| {2}|^ | $/;
let buffer = new Uint16Array(256);
/** The folded code units back to a string (they are all below U+1F00: no surrogate to mangle). */
const UTF16 = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

/**
 * UTF-16 code units → the string they spell, in one call (no argument list, whatever the length).
 * Lone surrogates would come back as U+FFFD: callers pass units without any (0xD800–0xDFFF).
 */
export const unitsToString = (units: Uint16Array): string => UTF16.decode(units);

/**
 * `foldSlow` by table for text written in Latin letters (Vietnamese included), which folds
 * character by character: the same result, without decomposing the whole text. Undefined when a
 * character lies outside the table (the caller falls back to `foldSlow`).
 */
function foldLatin(s: string): string | undefined {
  if (buffer.length < s.length) buffer = new Uint16Array(s.length * 2);
  let n = 0;
  let same = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // ASCII other than capitals folds to itself (spaces are tidied below).
    if (code < 0x80 && !(code >= 0x41 && code <= 0x5a)) {
      buffer[n++] = code;
      continue;
    }
    if (code >= LATIN_END) return undefined;
    let f = FOLDED[code];
    if (f === UNKNOWN) f = FOLDED[code] = foldCode(code);
    if (f === SLOW) return undefined;
    same = false;
    if (f !== DROP) buffer[n++] = f;
  }
  const out = same ? s : UTF16.decode(buffer.subarray(0, n));
  return UNTIDY_SPACE.test(out) ? out.replace(/\s+/g, ' ').trim() : out;
}

/**
 * The ASCII letters and digits of `fold(s)`, its words (runs of them between white space, other
 * characters dropped) joined by single spaces — when every character of `fold(s)` is printable
 * ASCII; undefined otherwise (a character outside `foldLatin`'s table, an invisible one, a folded
 * character outside ASCII, a control character), and the caller computes its own definition. In
 * one pass over `s`, folding each character by the table, without building the folded text. For
 * comparison keys of whole cells (validate's duplicate tasks: "CT.13" and "CT13" the same).
 */
export function foldedAsciiWords(s: string): string | undefined {
  if (buffer.length < s.length) buffer = new Uint16Array(s.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let f = code;
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) {
      if (code >= LATIN_END) return undefined;
      f = FOLDED[code];
      if (f === UNKNOWN) f = FOLDED[code] = foldCode(code);
      if (f === SLOW) return undefined;
      if (f === DROP) continue;
    }
    if ((f >= 0x61 && f <= 0x7a) || (f >= 0x30 && f <= 0x39)) {
      if (space && n > 0) buffer[n++] = 0x20;
      space = false;
      buffer[n++] = f;
    } else if (isSpaceCode(f)) space = true;
    else if (f < 0x20 || f > 0x7e) return undefined;
  }
  return UTF16.decode(buffer.subarray(0, n));
}

/** Is the code a white-space character (what `\s` matches)? */
const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * `fold(s).startsWith(prefix)`, without building the folded text when `s` is written in the
 * Latin letters of `foldLatin`'s table: the folded characters are compared one by one as they come
 * (spaces collapsed, leading ones dropped) until they decide, and a character outside the table
 * met before that hands the question to the definition. Stopping early is exact: what comes
 * later in `s` cannot change the folded text before it (decomposition reorders only the marks
 * after a letter, lower-casing and invisible characters change only their own place, spaces
 * collapse only with later spaces). `prefix`: folded text (lower case, no
 * diacritics, single spaces, no leading space). For the classifiers that ask the same few
 * questions of every cell ("does it start with 'ten '?") and mostly hear no. `start`, `end`: ask
 * of `s.slice(start, end)` without cutting it out (a cell of a TAB line).
 */
export function foldStartsWith(s: string, prefix: string, start = 0, end = s.length): boolean {
  let matched = 0;
  let space = false;
  if (prefix.length === 0) return true;
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    let f = code;
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) {
      // Invisible characters (stripInvisible) and anything outside the table: the definition.
      if (code >= LATIN_END || code === 0xad) return fold(s.slice(start, end)).startsWith(prefix);
      f = FOLDED[code];
      if (f === UNKNOWN) f = FOLDED[code] = foldCode(code);
      if (f === SLOW) return fold(s.slice(start, end)).startsWith(prefix);
      if (f === DROP) continue;
    }
    if (isSpaceCode(f)) {
      if (matched > 0) space = true;
      continue;
    }
    if (space) {
      space = false;
      if (prefix.charCodeAt(matched) !== 32) return false;
      if (++matched === prefix.length) return true;
    }
    if (prefix.charCodeAt(matched) !== f) return false;
    if (++matched === prefix.length) return true;
  }
  return false;
}
