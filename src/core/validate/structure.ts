import type { Item, Section } from '../model';
import { sectionLabel } from '../import/tableBuilder';
import { isSubRow, itemFinding, sharesNumber, quote, sectionFinding, TableContext } from './context';
import { formatNumber, Num, numberLevel, parseNumber } from './numbering';
import { Sequences, Step } from './sequence';

interface Open {
  line: number;
  level: number;
  num: Num | null;
  /** The heading as items' paths name it ("4. Sở Xây dựng:"). */
  label?: string;
}

type Row =
  | { kind: 'section'; line: number; pos: number; section: Section }
  | { kind: 'item'; line: number; pos: number; item: Item; index: number };

const ROOT: Open = { line: 0, level: 0, num: null };

/**
 * Numbering of one table, walked in document order with the sections open above each row (the
 * `order` readBack gives rows of a table the user sorted, else the line):
 * gaps, duplicates, numbers from the wrong level, items without a number.
 */
export function checkNumbering(ctx: TableContext): void {
  const rows: Row[] = [
    ...ctx.table.sections.map((section): Row => ({ kind: 'section', line: section.line, pos: section.order ?? section.line, section })),
    ...ctx.table.items.map((item, index): Row => ({ kind: 'item', line: item.line, pos: item.order ?? item.line, item, index })),
  ].sort((a, b) => a.pos - b.pos);
  const numbered = ctx.table.items.some((it) => it.tt.trim());
  const itemNums = ctx.table.items.map((it) => parseNumber(it.tt)); // each number parsed once
  const points = itemNums.filter((n) => n?.kind === 'point').length * 2 > ctx.table.items.length;
  // A prose programme keeps only the sections that hold tasks ("I. Mục đích, yêu cầu" has none),
  // so its numbering need not start at 1.
  const seq = new Sequences(ctx.prose);
  const stack: Open[] = [ROOT];

  for (const row of rows) {
    if (row.kind === 'item' && (isSubRow(row.item) || sharesNumber(row.item))) continue;
    const tt = row.kind === 'item' ? row.item.tt : row.section.tt;
    const num = row.kind === 'item' ? itemNums[row.index] : parseNumber(tt);
    if (row.kind === 'section') {
      const level = numberLevel(num);
      while (stack.length > 1 && stack[stack.length - 1].level >= level) stack.pop();
    }
    // An item numbered at its heading's own level ("5." after the heading "4. Sở Xây dựng:" of a
    // prose plan) that the importer did not put under that heading is the heading's sibling: the
    // heading is closed. Under it ("4" below "3" in a table), it is a number from the wrong level.
    if (row.kind === 'item' && num?.kind === 'arabic') {
      const item = row.item;
      const top = () => stack[stack.length - 1];
      while (stack.length > 1 && top().num?.kind === 'arabic' && top().num!.parts.length >= num.parts.length && top().label && !item.path.includes(top().label!)) stack.pop();
    }
    const { container, heading } = enclosing(stack);
    const report = (rule: 'structure.gap' | 'structure.duplicate' | 'structure.order' | 'structure.wrongLevel' | 'structure.noNumber', message: string, suggestion: string | null) => {
      const d = { value: tt, message, suggestion };
      ctx.report(row.kind === 'item' ? itemFinding(ctx, rule, row.item, row.index, 'tt', d) : sectionFinding(ctx, rule, row.section, 'tt', d));
    };

    const parent = stack[stack.length - 1];
    if (!num) {
      if (row.kind === 'item' && !tt.trim() && numbered) {
        const prefix = heading && !points ? heading.parts : [];
        const key = points ? `${parent.line}|point` : scopeKey(container, heading, prefix);
        const value = seq.skip(key, points ? 'point' : family('arabic', prefix));
        report('structure.noNumber', 'Nhiệm vụ không có số thứ tự.', formatNumber(points ? 'point' : 'arabic', prefix, value));
      }
    } else if (num.kind === 'arabic') {
      checkArabic(num, row.line, container, heading, seq, report);
    } else {
      // Prose points "(3)" count within the section just above them; A/B and I/II within their container.
      const key = num.kind === 'point' ? `${parent.line}|point` : `${container.line}|${num.kind}`;
      const step = seq.add(key, num.kind, num.kind, [], num.parts[0], row.line);
      reportStep(step, tt, report);
    }
    if (row.kind === 'section') stack.push({ line: row.line, level: numberLevel(num), num, label: sectionLabel(row.section) });
  }
}

type Reporter = (rule: 'structure.gap' | 'structure.duplicate' | 'structure.order' | 'structure.wrongLevel', message: string, suggestion: string | null) => void;

function checkArabic(num: Num, line: number, container: Open, heading: Num | null, seq: Sequences, report: Reporter): void {
  const written = num.parts.join('.');
  if (heading) {
    const h = heading.parts;
    const fits = num.parts.length === h.length + 1 && h.every((p, i) => p === num.parts[i]);
    if (!fits) {
      const expected = formatNumber('arabic', h, seq.next(scopeKey(container, heading, h)));
      report('structure.wrongLevel', `Số ${written} không thuộc mục ${h.join('.')} (các nhiệm vụ của mục này đánh số ${h.join('.')}.x).`, expected);
      return;
    }
  } else if (num.parts.includes(0)) {
    report('structure.wrongLevel', `Số ${written} không hợp lệ (có thành phần 0).`, null);
    return;
  }
  const prefix = num.parts.slice(0, -1);
  const step = seq.add(scopeKey(container, heading, prefix), family('arabic', prefix), 'arabic', prefix, num.parts[num.parts.length - 1], line);
  reportStep(step, written, report);
}

function reportStep(step: Step, written: string, report: Reporter): void {
  if (step.kind === 'gap') {
    const missing = step.missing.join(', ');
    const from = step.previous ? `Số thứ tự nhảy từ ${step.previous} lên ${written}` : `Số thứ tự bắt đầu từ ${written}`;
    report('structure.gap', `${from}: thiếu ${missing}.`, step.missing[0] ?? null);
  } else if (step.kind === 'duplicate') {
    report('structure.duplicate', `Số thứ tự ${written} trùng với dòng ${step.firstLine}.`, null);
  } else if (step.kind === 'order') {
    report('structure.order', `Số thứ tự ${written} đứng sau ${step.previous}.`, null);
  }
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

function scopeKey(container: Open, heading: Num | null, prefix: number[]): string {
  return `${container.line}|${heading ? heading.parts.join('.') : ''}|${prefix.join('.')}`;
}

const family = (kind: string, prefix: number[]): string => `${kind}:${prefix.join('.')}`;

/** A heading row that carries a lead or a time: these belong to the tasks under it. */
export function checkHeadings(ctx: TableContext): void {
  for (const s of ctx.table.sections) {
    const name = quote(`${s.tt} ${s.title}`.trim(), 60);
    if (s.lead) {
      ctx.report(sectionFinding(ctx, 'structure.headingLead', s, 'lead', {
        value: s.lead,
        message: `Dòng tiêu đề ${name} ghi cơ quan chủ trì ${quote(s.lead)}: chủ trì ghi ở từng nhiệm vụ.`,
      }));
    }
    if (s.time) {
      ctx.report(sectionFinding(ctx, 'structure.headingTime', s, 'time', {
        value: s.time,
        message: `Dòng tiêu đề ${name} ghi thời gian ${quote(s.time)}: thời gian ghi ở từng nhiệm vụ.`,
      }));
    }
  }
}
