/**
 * What the numbering rules (rules/structure/gap, duplicate, order, wrongLevel, noNumber) read of a
 * table: one walk of its rows in document order, with the sections open above each row, giving
 * every numbering event in row order.
 */
import type { Item, Section } from '../model';
import { sectionLabel } from '../import/tableBuilder';
import { isSubRow, itemFinding, RuleRef, sharesNumber, sectionFinding, TableContext } from './context';
import { formatNumber, Num, numberLevel, parseNumber } from './numbering';
import { Sequences, Step } from './sequence';

interface Open {
  line: number;
  level: number;
  num: Num | null;
  /** The heading as items' paths name it ("4. Sở Xây dựng:"). */
  label?: string;
}

type Row = { kind: 'section'; line: number; pos: number; section: Section } | { kind: 'item'; line: number; pos: number; item: Item; index: number };

const ROOT: Open = { line: 0, level: 0, num: null };

/** A numbered row of the table: a heading or a task. */
export type NumberedRow = { kind: 'section'; section: Section } | { kind: 'item'; item: Item; index: number };

/** Something wrong with one row's number; `tt` is the number as printed, `written` as read. */
export type NumberingEvent = { row: NumberedRow; tt: string } & (
  | { kind: 'noNumber'; suggestion: string }
  /** `heading`: the numbered heading the row sits under (null: a number with a 0 part). */
  | { kind: 'wrongLevel'; written: string; heading: number[] | null; suggestion: string | null }
  | { kind: 'gap'; written: string; previous: string; missing: string[] }
  | { kind: 'duplicate'; written: string; firstLine: number }
  | { kind: 'order'; written: string; previous: string }
);

/** The finding of a numbering event: at the task's or the heading's TT cell. */
export function numberingFinding(ctx: TableContext, rule: RuleRef, ev: NumberingEvent, message: string, suggestion: string | null) {
  const d = { value: ev.tt, message, suggestion };
  return ev.row.kind === 'item' ? itemFinding(ctx, rule, ev.row.item, ev.row.index, 'tt', d) : sectionFinding(ctx, rule, ev.row.section, 'tt', d);
}

/**
 * Numbering of one table (use through `ctx.memo(numberingFacts)`), walked in document order with
 * the sections open above each row (the `order` readBack gives rows of a table the user sorted,
 * else the line): gaps, duplicates, numbers out of order or from the wrong level, tasks without a
 * number.
 */
export function numberingFacts(ctx: TableContext): NumberingEvent[] {
  const events: NumberingEvent[] = [];
  const rows: Row[] = [];
  for (const section of ctx.table.sections) rows.push({ kind: 'section', line: section.line, pos: section.order ?? section.line, section });
  ctx.table.items.forEach((item, index) => rows.push({ kind: 'item', line: item.line, pos: item.order ?? item.line, item, index }));
  rows.sort((a, b) => a.pos - b.pos);
  const numbered = ctx.table.items.some((it) => it.tt.trim());
  // A table repeats the same few hundred numbers: each distinct TT is parsed once (results are never changed).
  const parsed = new Map<string, Num | null>();
  const numberOf = (tt: string): Num | null => {
    let n = parsed.get(tt);
    if (n === undefined) parsed.set(tt, (n = parseNumber(tt)));
    return n;
  };
  const itemNums = ctx.table.items.map((it) => numberOf(it.tt));
  const points = itemNums.filter((n) => n?.kind === 'point').length * 2 > ctx.table.items.length;
  // A prose programme keeps only the sections that hold tasks ("I. Mục đích, yêu cầu" has none),
  // so its numbering need not start at 1.
  const seq = new Sequences(ctx.prose);
  const stack: Open[] = [ROOT];
  const keys = new ScopeKeys();
  let enclosed: ReturnType<typeof enclosing> | null = null;

  // The row being walked and its TT, for `report` (one reporter for the walk, not one per row).
  let row: Row = rows[0];
  let tt = '';
  let at: NumberedRow | null = null;
  const report: Reporter = (e) => {
    at ??= row.kind === 'item' ? { kind: 'item', item: row.item, index: row.index } : { kind: 'section', section: row.section };
    events.push({ ...e, row: at, tt } as NumberingEvent);
  };
  for (row of rows) {
    if (row.kind === 'item' && (isSubRow(row.item) || sharesNumber(row.item))) continue;
    tt = row.kind === 'item' ? row.item.tt : row.section.tt;
    at = null;
    const num = row.kind === 'item' ? itemNums[row.index] : numberOf(tt);
    if (row.kind === 'section') {
      const level = numberLevel(num);
      while (stack.length > 1 && stack[stack.length - 1].level >= level) {
        stack.pop();
        enclosed = null;
      }
    }
    // An item numbered at its heading's own level ("5." after the heading "4. Sở Xây dựng:" of a
    // prose plan) that the importer did not put under that heading is the heading's sibling: the
    // heading is closed. Under it ("4" below "3" in a table), it is a number from the wrong level.
    if (row.kind === 'item' && num?.kind === 'arabic') {
      const item = row.item;
      const top = () => stack[stack.length - 1];
      while (stack.length > 1 && top().num?.kind === 'arabic' && top().num!.parts.length >= num.parts.length && top().label && !item.path.includes(top().label!)) {
        stack.pop();
        enclosed = null;
      }
    }
    // enclosing() reads the stack alone: worked out again only after the stack changed.
    const { container, heading } = (enclosed ??= enclosing(stack));

    const parent = stack[stack.length - 1];
    if (!num) {
      if (row.kind === 'item' && !tt.trim() && numbered) {
        const prefix = heading && !points ? heading.parts : [];
        const key = points ? `${parent.line}|point` : scopeKey(container, heading, prefix);
        const value = seq.skip(key, points ? 'point' : family('arabic', prefix));
        report({ kind: 'noNumber', suggestion: formatNumber(points ? 'point' : 'arabic', prefix, value) });
      }
    } else if (num.kind === 'arabic') {
      checkArabic(num, row.line, container, heading, seq, report, keys);
    } else {
      // Prose points "(3)" count within the section just above them; A/B and I/II within their container.
      const key = num.kind === 'point' ? `${parent.line}|point` : `${container.line}|${num.kind}`;
      const step = seq.add(key, num.kind, num.kind, [], num.parts[0], row.line);
      reportStep(step, tt, report);
    }
    if (row.kind === 'section') {
      stack.push({ line: row.line, level: numberLevel(num), num, label: sectionLabel(row.section) });
      enclosed = null;
    }
  }
  return events;
}

/**
 * The scope keys of numbers under a numbered heading, made once per heading and container line
 * (`scopeKey` and `family` are the definitions): a table of thousands of tasks has a few hundred
 * headings, and the sequences look each key up as one shared text (hashed once).
 */
export class ScopeKeys {
  private readonly scopes = new Map<number, Map<string, string>>();

  /** `parts.join('.')` (a short text: made each time, cheaper than looking it up). */
  join(parts: number[]): string {
    return parts.join('.');
  }

  /** family('arabic', parts) */
  arabicFamily(parts: number[]): string {
    return `arabic:${this.join(parts)}`;
  }

  /** scopeKey(container, heading, heading.parts) */
  underHeading(container: Pick<Open, 'line'>, heading: Num): string {
    const h = this.join(heading.parts);
    let byHeading = this.scopes.get(container.line);
    if (!byHeading) this.scopes.set(container.line, (byHeading = new Map()));
    let k = byHeading.get(h);
    if (k === undefined) byHeading.set(h, (k = `${container.line}|${h}|${h}`));
    return k;
  }
}

/** An event of the row being walked (the walk adds the row and its TT). */
type Reporter = (e: DistributiveOmit<NumberingEvent, 'row' | 'tt'>) => void;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function checkArabic(num: Num, line: number, container: Open, heading: Num | null, seq: Sequences, report: Reporter, keys: ScopeKeys): void {
  const written = keys.join(num.parts);
  if (heading) {
    const h = heading.parts;
    let fits = num.parts.length === h.length + 1;
    for (let i = 0; fits && i < h.length; i++) fits = h[i] === num.parts[i];
    if (!fits) {
      const expected = formatNumber('arabic', h, seq.next(keys.underHeading(container, heading)));
      report({ kind: 'wrongLevel', written, heading: h, suggestion: expected });
      return;
    }
    // It fits: its prefix is the heading's number, and so are its scope and family.
    const step = seq.add(keys.underHeading(container, heading), keys.arabicFamily(h), 'arabic', h, num.parts[num.parts.length - 1], line);
    reportStep(step, written, report);
    return;
  } else if (num.parts.includes(0)) {
    report({ kind: 'wrongLevel', written, heading: null, suggestion: null });
    return;
  }
  const prefix = num.parts.slice(0, -1);
  const step = seq.add(scopeKey(container, heading, prefix), family('arabic', prefix), 'arabic', prefix, num.parts[num.parts.length - 1], line);
  reportStep(step, written, report);
}

function reportStep(step: Step, written: string, report: Reporter): void {
  if (step.kind === 'gap') report({ kind: 'gap', written, previous: step.previous, missing: step.missing });
  else if (step.kind === 'duplicate') report({ kind: 'duplicate', written, firstLine: step.firstLine });
  else if (step.kind === 'order') report({ kind: 'order', written, previous: step.previous });
}

/** The nearest open letter/roman section (or the table), and the nearest numbered heading below it. */
function enclosing(stack: Open[]): { container: Open; heading: Num | null } {
  let heading: Num | null = null;
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = stack[i];
    if (s.num?.kind === 'arabic') {
      if (!heading) heading = s.num;
      continue;
    }
    if (s === ROOT || s.num) return { container: s, heading };
  }
  return { container: ROOT, heading };
}

/** The key of a sibling sequence: the container's line, the heading's number, the number's prefix. */
export function scopeKey(container: Pick<Open, 'line'>, heading: Num | null, prefix: number[]): string {
  return `${container.line}|${heading ? heading.parts.join('.') : ''}|${prefix.join('.')}`;
}

/** The family a scope carries its count over to (Phụ lục 1 numbers 1…22 straight through its sections). */
export const family = (kind: string, prefix: number[]): string => `${kind}:${prefix.join('.')}`;
