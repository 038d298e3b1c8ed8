/** New text of an amendment → points with their fields. */
import { splitFields, PointFields } from '../import/prose/fields';

export interface NewPoint {
  tt: string;
  text: string;
  line: number;
  fields: PointFields;
}

const POINT = /^\(?(\d{1,2})\)\s*/;

/** Joins wrapped lines (a lower-case start continues the line), keeps label lines apart. */
function join(lines: string[]): string {
  return lines.reduce((acc, l) => (!acc ? l : /^[\p{Ll}]/u.test(l) ? `${acc} ${l}` : `${acc}\n${l}`), '');
}

export function readPoint(text: string): PointFields {
  return splitFields(text.replace(POINT, ''));
}

/** Groups new text into points "(n) …" with the label lines that follow them. */
export function newPoints(after: string[], lines: number[]): NewPoint[] {
  const out: { tt: string; lines: string[]; line: number }[] = [];
  after.forEach((l, i) => {
    const m = POINT.exec(l);
    if (m) out.push({ tt: `(${Number(m[1])})`, lines: [l], line: lines[i] });
    else if (out.length) out[out.length - 1].lines.push(l);
  });
  return out.map((p) => {
    const text = join(p.lines);
    return { tt: p.tt, text, line: p.line, fields: readPoint(text) };
  });
}

export function joinLines(lines: string[]): string {
  return join(lines);
}
