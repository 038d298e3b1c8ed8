/**
 * Turn the refined parts into one TimeMeaning. Precedence, first that applies:
 *   invalid part          → 'invalid' (a broken value is never turned into a date)
 *   done part             → 'done' (due = the date written with it, if any)
 *   recurring part        → 'recurring' (with `recurrenceDay` when a day is written)
 *   duration part and no end date
 *                         → 'relative' with `duration` ("15 ngày làm việc kể từ ngày nhận đủ hồ sơ";
 *                           `start` when it counts from a written date)
 *   date parts            → 'period' if any is a range or a "Từ …" start plus an end,
 *                           'ongoing' with `start` if there is only a "Từ …" start,
 *                           else 'deadline' (several deadlines: the latest one)
 *   missing-year part     → 'none' with reason "Thiếu năm: …"
 *   ongoing part          → 'ongoing'
 *   condition part        → 'conditional'
 *   no-limit part         → 'none' with reason NO_TIME_LIMIT ("Không quy định": understood, no date)
 *   nothing               → 'none' (reason "Không nhận ra cụm thời gian" unless the text is empty)
 * A condition found alongside any of these is kept in `condition`; an ongoing part alongside a
 * deadline or period sets `ongoingAfter`; a duration written next to a deadline is kept in `duration`.
 */
import { Ctx, DatePart, Part } from './parts';
import type { TimeMeaning } from './types';

export const NOT_RECOGNISED = 'Không nhận ra cụm thời gian';
/** The reason of `none` for "Không quy định", "Không có thời hạn": understood, no time limit. */
export const NO_TIME_LIMIT = 'Không quy định thời hạn';

/** ISO dates sort as strings. */
const latest = (isos: string[]): string => isos.reduce((a, b) => (b > a ? b : a));

const cleanCondition = (s: string): string => s.replace(/^[\s(“"]+|[\s)”".,;:]+$/g, '');

export function compose(parts: Part[], ctx: Ctx): TimeMeaning {
  const base: TimeMeaning = {
    text: ctx.text,
    kind: 'none',
    due: null,
    start: null,
    condition: null,
    recurrence: null,
    reason: null,
  };
  const conds = parts.filter((p) => p.type === 'condition');
  const condition = conds.length ? conds.map((c) => cleanCondition(ctx.text.slice(c.index, c.end))).join('; ') : null;
  const withCond = { ...base, condition };
  const find = <T extends Part['type']>(t: T) => parts.filter((p): p is Extract<Part, { type: T }> => p.type === t);

  const invalid = find('invalid');
  if (invalid.length) return { ...withCond, kind: 'invalid', reason: invalid.map((p) => p.reason).join('; ') };

  const dates = find('date');
  const latestDue = dates.length ? latest(dates.map((d) => d.due)) : null;

  if (find('done').length) return { ...withCond, kind: 'done', due: latestDue };

  const recurring = find('recurring');
  if (recurring.length) {
    const from = dates.find((d) => d.from);
    const r = recurring[0];
    const day = r.day ? { recurrenceDay: r.day } : {};
    return { ...withCond, kind: 'recurring', recurrence: r.recurrence, start: from ? from.start : null, ...day };
  }

  const durations = find('duration');
  if (durations.length && dates.every((d) => d.from)) {
    const start = dates.length ? dates.map((d) => d.start).sort()[0] : null;
    return { ...withCond, kind: 'relative', start, duration: durations[0].duration };
  }
  const withDuration = durations.length ? { ...withCond, duration: durations[0].duration } : withCond;

  const ongoing = find('ongoing').length > 0;
  if (dates.length) return composeDates(dates, withDuration, ongoing);

  const missing = find('missingYear');
  if (missing.length) return { ...withCond, kind: 'none', reason: missing.map((p) => p.reason).join('; ') };

  if (ongoing) return { ...withCond, kind: 'ongoing' };
  if (condition) return { ...withCond, kind: 'conditional' };
  if (find('noLimit').length) return { ...base, reason: NO_TIME_LIMIT };
  return { ...base, reason: ctx.text ? NOT_RECOGNISED : null };
}

function composeDates(dates: DatePart[], m: TimeMeaning, ongoing: boolean): TimeMeaning {
  const starts = dates.filter((d) => d.from);
  const ends = dates.filter((d) => !d.from);
  const after = ongoing ? { ongoingAfter: true } : {};
  // "Từ tháng 6/2026" alone: a start and no end. We call it 'ongoing' (work goes on from
  // that start, with no deadline) rather than a 'period' without an end.
  if (!ends.length) return { ...m, kind: 'ongoing', start: starts.map((d) => d.start).sort()[0] };
  const due = latest(ends.map((d) => d.due));
  if (starts.length || ends.some((d) => d.range)) {
    const startCandidates = starts.length ? starts : ends.filter((d) => d.range);
    const start = startCandidates.map((d) => d.start).sort()[0];
    if (due < start) {
      return { ...m, kind: 'invalid', reason: 'Khoảng thời gian ngược (kết thúc trước khi bắt đầu)' };
    }
    return { ...m, kind: 'period', start, due, ...after };
  }
  return { ...m, kind: 'deadline', due, ...after };
}
