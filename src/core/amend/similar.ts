/** How alike two texts are, ignoring diacritics, case, punctuation and common OCR damage. */
import { fold } from '../text';

function comparable(s: string): string {
  return fold(s)
    .replace(/[6]/g, 'o')
    .replace(/[^a-z0-9]+/g, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of character pairs, 0…1 (1 = same text). */
export function similarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (!x && !y) return 1;
  if (x.length < 2 || y.length < 2) return x === y ? 1 : 0;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const [k, n] of bx) common += Math.min(n, by.get(k) ?? 0);
  return (2 * common) / (x.length - 1 + (y.length - 1));
}

/** The quoted text is taken as confirming the target at or above this similarity. */
export const QUOTE_MATCH = 0.6;
