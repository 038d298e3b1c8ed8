/**
 * Document order for a workbook table its users sorted (by Tình trạng, by agency …): the rows
 * are no longer in section order, so walking them by worksheet row gives false gaps and
 * duplicates. When the rows are out of section order, every section and item gets an `order`:
 * sections by the numbers in their Mục path ("I. …" before "II. …"), a heading before its
 * items, items by their TT within the section; ties keep the row order. A table still in
 * document order is left alone, so a real out-of-order number in the document is still found.
 */
import type { Item, Section } from '../model';
import { parseNumber } from '../validate/numbering';

const KIND_RANK = { letter: 0, roman: 1, arabic: 2, point: 3 } as const;

/** Sort key of a number as printed ("II", "3.2", "(4)"); unnumbered last. */
function numberKey(tt: string): number[] {
  const n = parseNumber(tt);
  return n ? [KIND_RANK[n.kind], ...n.parts] : [9];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** "II. Lĩnh vực …" → the key of "II"; a title without a number sorts by its first appearance. */
const componentKey = (c: string): number[] => {
  const m = /^\s*([^\s.]+(?:\.\d+)*)[.)]?\s/.exec(c);
  return m && parseNumber(m[1]) ? numberKey(m[1]) : [9];
};

interface Entry {
  path: string[];
  heading: boolean;
  tt: string;
  line: number;
  set: (order: number) => void;
}

function comparePaths(a: string[], b: string[], firstSeen: Map<string, number>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return compareKeys(componentKey(a[i]), componentKey(b[i])) || (firstSeen.get(a[i]) ?? 0) - (firstSeen.get(b[i]) ?? 0);
  }
  return a.length - b.length;
}

/** True when rows of one section are not together under their heading, or a section's numbers run backwards twice. */
function outOfOrder(entries: Entry[]): boolean {
  const byLine = [...entries].sort((a, b) => a.line - b.line);
  const closed = new Set<string>();
  let current = '';
  const lastTt = new Map<string, number[]>();
  const inversions = new Map<string, number>();
  for (const e of byLine) {
    const p = e.path.join('\u0001');
    if (p !== current) {
      if (closed.has(p)) return true;
      // Leaving a section closes it and its ancestors, except those the new row is still under:
      // "II" → "II/1" → back to "II" (points 2, 3 after subsection 1) → "II/4" is document order.
      const left = current ? current.split('\u0001') : [];
      for (let k = left.length; k >= 1; k--) {
        const prefix = left.slice(0, k);
        if (!(prefix.length <= e.path.length && prefix.every((c, i) => c === e.path[i]))) closed.add(prefix.join('\u0001'));
      }
      current = p;
    }
    if (e.heading) {
      // A heading after an item of its own section.
      if (byLine.some((x) => !x.heading && x.line < e.line && x.path.join('\u0001') === p)) return true;
      continue;
    }
    const k = numberKey(e.tt);
    const prev = lastTt.get(p);
    if (prev && compareKeys(k, prev) < 0) inversions.set(p, (inversions.get(p) ?? 0) + 1);
    lastTt.set(p, k);
  }
  return [...inversions.values()].some((n) => n >= 2);
}

/** Sets `order` on the sections and items of a table read back from a workbook when its rows were sorted. */
export function documentOrder(sections: Section[], sectionPaths: Map<Section, string[]>, items: Item[]): void {
  const entries: Entry[] = [
    ...sections.map((s) => ({ path: sectionPaths.get(s) ?? [], heading: true, tt: s.tt, line: s.line, set: (o: number) => (s.order = o) })),
    ...items.map((i) => ({ path: i.path, heading: false, tt: i.tt, line: i.line, set: (o: number) => (i.order = o) })),
  ];
  if (!outOfOrder(entries)) return;
  const firstSeen = new Map<string, number>();
  for (const e of [...entries].sort((a, b) => a.line - b.line)) for (const c of e.path) if (!firstSeen.has(c)) firstSeen.set(c, e.line);
  entries
    .sort((a, b) => comparePaths(a.path, b.path, firstSeen) || Number(b.heading) - Number(a.heading) || compareKeys(numberKey(a.tt), numberKey(b.tt)) || a.line - b.line)
    .forEach((e, i) => e.set(i + 1));
}
