/**
 * A formula in a position-free form: every relative A1 reference is rewritten as an offset from
 * the cell that holds it (`$J7` in row 7 → `$JR[0]`), so two cells whose formulas are "the same
 * formula copied down" get the same form. The renderer writes such a run once and copies it down
 * (Range.copyFrom), which keeps the request size independent of the number of rows.
 * String literals, quoted sheet names and [structured references] are left untouched.
 */

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d{1,7})/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function relativeForm(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  let depth = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || (ch === "'" && depth === 0)) {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') depth++;
    if (ch === ']') depth = Math.max(0, depth - 1);
    const prev = i > 0 ? formula[i - 1] : '';
    if (depth === 0 && !/[A-Za-z0-9_.\\]/.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      const next = m ? (formula[i + m[0].length] ?? '') : '';
      if (m && !/[A-Za-z0-9_(.[!]/.test(next)) {
        const c = m[1] ? `$${m[2]}` : `C[${columnNumber(m[2]) - col}]`;
        const r = m[3] ? `$${m[4]}` : `R[${Number(m[4]) - row}]`;
        out += c + r;
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
