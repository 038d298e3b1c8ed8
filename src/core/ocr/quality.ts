/** Is this text an OCR scan that lost its Vietnamese diacritics? */
import { foldText } from '../time';
import { foldUnit } from '../time/normalize';
import { nfc } from '../text';

/** Common words that are never written without a diacritic in clean Vietnamese. */
const ALWAYS_MARKED = new Set([
  'cua',
  'va',
  'cac',
  'duoc',
  'nhung',
  'thuc',
  'hien',
  'tinh',
  'phat',
  'trien',
  'nhiem',
  'thoi',
  'voi',
  'xay',
  'viec',
  'truong',
  'nguoi',
  'dau',
  'tu',
  'te',
]);

export interface QualityReport {
  quality: 'clean' | 'ocr';
  /** Share of those common words found without any diacritic (0…1). */
  unmarkedShare: number;
  sample: number;
}

/** Words of the text (NFC) found in ALWAYS_MARKED after folding (`sample`), and how many of them carry no mark (`unmarked`). */
interface MarkedCount {
  sample: number;
  unmarked: number;
}

/**
 * The verdict on a text: 'ocr' when at least 20 of its words are ALWAYS_MARKED words and 30 % or
 * more of those are written in bare a–z (the marks lost in a scan), else 'clean'.
 */
export function detectQuality(text: string): QualityReport {
  return verdict(countMarked(text));
}

/**
 * `detectQuality(parts.join(' '))` (or joined by newlines: the same), without joining them: each
 * part counted on its own. Exact because a space or newline is a word boundary, and NFC never
 * joins anything across one (neither composes with the character before or after it), so the
 * joined text's NFC is the parts' NFC joined.
 */
export function detectQualityOfParts(parts: readonly string[]): QualityReport {
  const count = { sample: 0, unmarked: 0 };
  for (let i = 0; i < parts.length; i++) countMarked(parts[i], count);
  return verdict(count);
}

function verdict({ sample, unmarked }: MarkedCount): QualityReport {
  const unmarkedShare = sample ? unmarked / sample : 0;
  return { quality: sample >= 20 && unmarkedShare >= 0.3 ? 'ocr' : 'clean', unmarkedShare, sample };
}

/**
 * The definition of the count (the reference for `countMarked`): split the NFC text into runs of
 * letters and digits; a word counts when the fold of its lower case is in ALWAYS_MARKED, and is
 * unmarked when its lower case is bare a–z.
 */
export function countMarkedPlain(text: string): MarkedCount {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const count = { sample: 0, unmarked: 0 };
  for (const w of words) countWord(w, count);
  return count;
}

/** Adds one word (a run of letters and digits of NFC text) to the count, by the definition. */
function countWord(w: string, count: MarkedCount): void {
  const f = foldText(w.toLowerCase());
  if (!ALWAYS_MARKED.has(f)) return;
  count.sample++;
  if (/^[a-z]+$/.test(w.toLowerCase())) count.unmarked++;
}

/** A word of bare a–z as a number (base 27, a = 1): words of up to 6 letters fit an integer. */
const LONGEST = 6;
function wordKey(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) k = k * 27 + (w.charCodeAt(i) - 96);
  return k;
}
const MARKED_KEYS = new Set([...ALWAYS_MARKED].map(wordKey));
if ([...ALWAYS_MARKED].some((w) => w.length > LONGEST || !/^[a-z]+$/.test(w))) throw new Error('ALWAYS_MARKED: only words of bare a–z, up to 6 letters');

/**
 * Per UTF-16 unit (outside the surrogates), filled as met, bits:
 * WORD — a letter or digit (\p{L}\p{N}); LOWER_AZ — its lower case is one a–z letter;
 * the fold of its lower case (`foldText(c.toLowerCase())`) as a–z code in bits 8–15, 0 when that
 * is not one a–z letter. KNOWN marks a filled entry.
 */
const KNOWN = 1;
const WORD = 2;
const LOWER_AZ = 4;
const UNIT = new Uint16Array(0x10000);

function unitInfo(code: number): number {
  let info = UNIT[code];
  if (info === 0) {
    const c = String.fromCharCode(code);
    const lower = c.toLowerCase();
    info = KNOWN;
    if (/[\p{L}\p{N}]/u.test(c)) info |= WORD;
    if (/^[a-z]$/.test(lower)) info |= LOWER_AZ;
    // A lower case of two units (İ → i + U+0307) never folds to one a–z letter.
    const f = lower.length === 1 ? foldUnit(lower.charCodeAt(0)) : 0;
    if (f >= 0x61 && f <= 0x7a) info |= f << 8;
    UNIT[code] = info;
  }
  return info;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * `countMarkedPlain` (added to `count`) without splitting the text or folding every word: one pass over the code
 * units with a table. Exact because lower-casing a text is lower-casing each of its characters
 * (ECMAScript's default case conversion; its one context rule, Greek final sigma, gives a
 * non-Latin letter either way) and `foldText` folds unit by unit: a word is an ALWAYS_MARKED word
 * exactly when every unit's folded lower case is one a–z letter and these spell the word. A word
 * with a surrogate (an astral character, or a lone unit) is left to the definition.
 */
export function countMarked(raw: string, count: MarkedCount = { sample: 0, unmarked: 0 }): MarkedCount {
  const text = nfc(raw);
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip to the start of a word.
    let code = text.charCodeAt(i);
    if (isSurrogate(code)) {
      const end = surrogateWordEnd(text, i);
      if (end > i) {
        countWord(text.slice(i, end), count);
        i = end;
      } else i += isPair(text, i) ? 2 : 1;
      continue;
    }
    if (((UNIT[code] || unitInfo(code)) & WORD) === 0) {
      i++;
      continue;
    }
    // Read a word of BMP units; a surrogate inside hands the whole word to the definition.
    const start = i;
    let key = 0;
    let letters = true;
    let bare = true;
    for (; i < n; i++) {
      code = text.charCodeAt(i);
      if (isSurrogate(code)) break;
      const info = UNIT[code] || unitInfo(code);
      if ((info & WORD) === 0) break;
      const f = info >> 8;
      if (f === 0) letters = false;
      else key = key * 27 + (f - 96);
      if ((info & LOWER_AZ) === 0) bare = false;
    }
    if (i < n && isSurrogate(code)) {
      const end = surrogateWordEnd(text, start);
      countWord(text.slice(start, end), count);
      i = end;
      continue;
    }
    if (!letters || i - start > LONGEST || !MARKED_KEYS.has(key)) continue;
    count.sample++;
    if (bare) count.unmarked++;
  }
  return count;
}

const isPair = (text: string, i: number): boolean => {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
};

/** Where the word that starts at `i` (a run of \p{L}\p{N} code points) ends; `i` when none starts there. */
function surrogateWordEnd(text: string, i: number): number {
  const re = /[\p{L}\p{N}]+/uy;
  re.lastIndex = i;
  return re.exec(text) ? re.lastIndex : i;
}
