/** Comparison keys for agency names. Never shown to users. */
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

/** A key with the usual OCR damage undone, for near-miss comparison. */
export function ocrKey(key: string): string {
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
