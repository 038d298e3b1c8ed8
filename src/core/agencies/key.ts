/** Comparison keys for agency names. Never shown to users. */
import { Memo } from '../memo';
import { fold, nfc } from '../text';

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bdbqh\b/g, 'dai bieu quoc hoi'],
  [/\btw\b/g, 'trung uong'],
  [/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc'],
];

/**
 * The normalised comparison key: NFC, case, diacritics (so both tone-mark placements ủy/uỷ,
 * hòa/hoà), invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM — see
 * `stripInvisible`, applied by `fold`), UBND/HĐND/MTTQ written out, every dash the same, spacing
 * and end punctuation.
 */
export function agencyKey(text: string): string {
  return keys.get(text, keyOf);
}

/**
 * The same names are keyed again and again (a lead cell's pieces when it is split, matched,
 * checked for its level; validation's lead checks): keys are remembered by text, in a bounded
 * two-generation memo (core/memo.ts).
 */
const keys = new Memo<string, string>(4096);

/** The definition of `agencyKey`, computed. */
export function keyOf(text: string): string {
  let k = fold(nfc(text))
    .replace(/[\u2010-\u2015\u2212-]/g, ' - ')
    .replace(/[“”"'‘’«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–•+*.,;:\s]+|[.,;:\s]+$/g, '');
  for (const [re, full] of ABBREVIATIONS) k = k.replace(re, full);
  return k.replace(/\s+/g, ' ').trim();
}

/** Tokens that OCR makes of "ủy" ("iiy", "1ty", "viy") and "Đảng" ("Pang", "Ddng", "Pdang"). */
function ocrToken(t: string): string {
  if (/^[uiv1lt]{1,3}y$/.test(t)) return 'uy';
  if (/^[pdb]{1,2}a{0,2}n?g$/.test(t) && t.length >= 3) return 'dang';
  if (/^ch[iutr]{1,3}[ce]{1,2}$/.test(t)) return 'chuc';
  if (/^t[o6e0]{0,2}$/.test(t)) return 'to';
  if (/^tr[ad]{1,2}n$/.test(t)) return 'tran';
  if (/^m[ad]{0,2}t$/.test(t)) return 'mat';
  if (/^qu[oe]c$/.test(t)) return 'quoc';
  return t.replace(/[6]/g, 'o').replace(/0/g, 'o');
}

/**
 * A key with the usual OCR damage undone, for near-miss comparison. Remembered by key in a
 * bounded two-generation memo, as `agencyKey` is: every index of a catalogue (the import's and
 * the check's) and every split lead piece asks it of the same few keys again and again.
 */
export function ocrKey(key: string): string {
  return ocrKeys.get(key, ocrKeyOf);
}

const ocrKeys = new Memo<string, string>(4096);

/** The definition of `ocrKey`, computed. */
export function ocrKeyOf(key: string): string {
  return key
    .split(' ')
    .map(ocrToken)
    .join(' ')
    .replace(/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc');
}

/** Levenshtein distance (two rows, reused between calls). Beyond `bound`: some value > bound. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
export function distance(a: string, b: string, bound = Infinity): number {
  if (a === b) return 0;
  // Edit distance is at least the length difference: skip hopeless pairs early.
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      let v = prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

/**
 * The exact Levenshtein distance by Myers' bit-vector method (Hyyrö's formulation): one pass over
 * `text` with the columns of the edit table kept as bit masks of `pattern`. Only for a pattern of
 * at most 32 characters, all below U+0080 (folded keys): null otherwise, and the caller uses
 * `distance`. The same value as `distance(pattern, text)`, in time linear in `text`.
 */
export function bitDistance(pattern: string, text: string): number | null {
  const m = pattern.length;
  if (m === 0) return text.length;
  if (m > 32) return null;
  const peq = PEQ;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c >= 128) {
      for (let k = 0; k < i; k++) peq[pattern.charCodeAt(k)] = 0;
      return null;
    }
    peq[c] |= 1 << i;
  }
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? peq[c] : 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return score;
}
/** Per character code below 128: the positions of the pattern where it occurs (cleared after each use). */
const PEQ = new Int32Array(128);
