/**
 * Refiners: small passes over the parts found by the parsers (chrono-style).
 * Order matters; `refine` runs them in the order listed.
 */
import { Ctx, DatePart, Part } from './parts';

type Refiner = (parts: Part[], ctx: Ctx) => Part[];

const byIndex = (a: Part, b: Part): number => a.index - b.index || b.end - a.end;
const len = (p: Part): number => p.end - p.index;
const overlaps = (a: Part, b: Part): boolean => a.index < b.end && b.index < a.end;
const inside = (a: Part, b: Part): boolean => a.index >= b.index && a.end <= b.end;
const isDateish = (p: Part): boolean => p.type === 'date' || p.type === 'missingYear';

/** Dates mentioned inside a condition describe the condition ("Sau khi có Nghị định năm 2026"): drop them. */
const dropDatesInsideConditions: Refiner = (parts) => {
  const conds = parts.filter((p) => p.type === 'condition');
  return parts.filter((p) => !(isDateish(p) && conds.some((c) => inside(p, c))));
};

/**
 * Overlapping parts: the longest wins ("Quý III Năm 2026" beats "Năm 2026",
 * "Năm 2026-203" beats "Năm 2026"); on equal length the earlier parser in the list wins.
 * Conditions take part too, so a condition never swallows a longer date.
 */
const removeOverlaps: Refiner = (parts) => {
  const ranked = parts.map((p, i) => ({ p, i })).sort((a, b) => len(b.p) - len(a.p) || a.i - b.i);
  const kept: Part[] = [];
  for (const { p } of ranked) if (!kept.some((k) => overlaps(k, p))) kept.push(p);
  return kept.sort(byIndex);
};

/**
 * What makes a date a start: "Từ năm 2026", "Kể từ ngày 01/7/2026", "Bắt đầu triển khai từ năm
 * 2026", "bắt đầu thực hiện năm 2026" (checked on the folded text just before the date).
 */
const FROM_BEFORE = /\b(?:tu|ke tu|bat dau(?:\s+(?:trien khai|thuc hien|ap dung))?(?:\s+tu)?)(?:\s+ngay)?\s*$/;
const RANGE_BETWEEN = /^\s*(?:-|den(?:\s+het)?|toi)\s*$/;

/**
 * "Quý IV/2025 - Quý II/2026", "từ tháng 6/2026 đến tháng 12/2026" → one range part;
 * a lone "Từ tháng 6/2026" → a date part with `from`. A range whose end is before its
 * start is reported as invalid.
 */
const mergeRanges: Refiner = (parts, ctx) => {
  const out: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.type !== 'date') {
      out.push(p);
      continue;
    }
    const from = FROM_BEFORE.test(ctx.folded.slice(Math.max(0, p.index - 32), p.index));
    const next = parts[i + 1];
    if (next && next.type === 'date' && RANGE_BETWEEN.test(ctx.folded.slice(p.end, next.index))) {
      const span = { index: p.index, end: next.end };
      if (next.due < p.start) {
        out.push({
          ...span,
          type: 'invalid',
          reason: `Khoảng thời gian ngược (kết thúc trước khi bắt đầu): ${ctx.text.slice(span.index, span.end)}`,
        });
      } else {
        out.push({ ...span, type: 'date', range: true, start: p.start, due: next.due });
      }
      i++;
      continue;
    }
    out.push(from ? ({ ...p, from: true } as DatePart) : p);
  }
  return out;
};

const REFINERS: Refiner[] = [dropDatesInsideConditions, removeOverlaps, mergeRanges];

export function refine(parts: Part[], ctx: Ctx): Part[] {
  return REFINERS.reduce((ps, r) => r(ps, ctx), parts.slice().sort(byIndex));
}
