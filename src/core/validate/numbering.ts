/** Numbers as printed in the TT column: "II", "B", "3", "3.10", "12.", and prose points "(3)". */
export type NumberKind = 'letter' | 'roman' | 'arabic' | 'point';

export interface Num {
  kind: NumberKind;
  /** Roman/letter/point: one value (I = 1, A = 1, (3) = 3); arabic: the dotted parts. */
  parts: number[];
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function parseNumber(tt: string): Num | null {
  const point = /^\((\d+)\)$/.exec(tt.trim());
  if (point) return { kind: 'point', parts: [Number(point[1])] };
  const t = tt.trim().replace(/^\(/, '').replace(/[.)]$/, '').trim();
  if (!t) return null;
  if (/^[IVX]+$/.test(t) && ROMAN.test(t)) return { kind: 'roman', parts: [romanValue(t)] };
  if (/^[A-Z]$/.test(t)) return { kind: 'letter', parts: [t.charCodeAt(0) - 64] };
  if (/^\d+(\.\d+)*$/.test(t)) return { kind: 'arabic', parts: t.split('.').map(Number) };
  return null;
}

/** Heading level by number shape, as the importer nests sections: A above I above 1 above 1.1. */
export function numberLevel(n: Num | null): number {
  if (!n) return 6;
  if (n.kind === 'letter') return 1;
  if (n.kind === 'roman') return 2;
  if (n.kind === 'point') return 6;
  return 3 + n.parts.length - 1;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** The number written back: prefix + value in the kind's own notation. */
export function formatNumber(kind: NumberKind, prefix: number[], value: number): string {
  if (kind === 'roman') return toRoman(value);
  if (kind === 'letter') return String.fromCharCode(64 + value);
  if (kind === 'point') return `(${value})`;
  return [...prefix, value].join('.');
}
