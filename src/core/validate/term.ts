import type { Programme } from '../model';
import { fold } from '../text';

export interface Term {
  start: number;
  end: number;
}

const TERM = /nhiem ky\s*(\d{4})\s*[-–]\s*(\d{4})/g;
const PERIOD = /giai doan\s*(\d{4})\s*[-–]\s*(\d{4})/g;

/** The most frequent "start-end" pair the pattern finds in the texts (first seen wins a tie). */
function mostFrequent(texts: string[], re: RegExp): Term | null {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const m of fold(t).matchAll(re)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b <= a || b - a > 15) continue;
      const key = `${a}-${b}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  if (!best) return null;
  const [start, end] = best.split('-').map(Number);
  return { start, end };
}

/**
 * The programme's term: "nhiệm kỳ 2025 - 2030" in the title or appendix titles, then in the
 * text outside the tables; failing that "giai đoạn 2026 - 2030" in the same places.
 */
export function deriveTerm(p: Programme): Term | null {
  const heads = [p.title, ...p.tables.flatMap((t) => [t.title, t.attachedTo ?? ''])];
  const body = p.notImported.map((n) => n.text);
  return mostFrequent(heads, TERM) ?? mostFrequent(body, TERM) ?? mostFrequent(heads, PERIOD) ?? mostFrequent(body, PERIOD);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Date of issue from "(Kèm theo Chương trình số 52-CTr/TU ngày 17/4/2026 …)". When only the
 * year is printed ("ngày tháng năm 2026", a draft) the 1st of January of that year is the bound.
 */
export function deriveIssuedOn(p: Programme): string | null {
  for (const t of p.tables) {
    const f = fold(t.attachedTo ?? '');
    const full = /ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(f);
    if (full) {
      const [d, m, y] = [Number(full[1]), Number(full[2]), Number(full[3])];
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return `${y}-${pad(m)}-${pad(d)}`;
    }
    const year = /ngay\s+thang\s+nam\s+(\d{4})/.exec(f);
    if (year) return `${year[1]}-01-01`;
  }
  return null;
}
