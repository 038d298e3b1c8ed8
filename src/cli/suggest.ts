/**
 * "Có phải ý bạn là …?" for a mistyped command or option: the nearest known name by edit
 * distance (Levenshtein), if it is close enough to be what the user meant.
 */

/** Edit distance (insertions, deletions, substitutions, each 1) between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known name nearest to `typed`, or null when none is within a third of its length (at least
 * 1, at most 3 edits) — "imprt" → "import", "asof" → "as-of", "xyz" → null.
 */
export function nearest(typed: string, known: string[]): string | null {
  const t = typed.toLowerCase();
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(t, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  const limit = Math.min(3, Math.max(1, Math.round(Math.max(t.length, best?.length ?? 0) / 3)));
  return best !== null && bestD <= limit ? best : null;
}

/** " Có phải ý bạn là “x”?" or "" when nothing is near. */
export function didYouMean(typed: string, known: string[], prefix = ''): string {
  const n = nearest(typed, known);
  return n ? ` Có phải ý bạn là “${prefix}${n}”?` : '';
}
