/**
 * Vietnamese time phrases of action-programme tables → TimeMeaning.
 *
 *   parseTime('Quý II/2026')          → deadline, due 2026-06-30
 *   parseTime('Năm 2026 - 2030')      → period 2026-01-01 … 2030-12-31
 *   parseTime('Năm 2026-203')         → invalid, "Khoảng thời gian bị cắt: 2026-203"
 *
 * Pipeline (chrono-style): normalise (NFC, whitespace) → fold (lower case, no diacritics,
 * same length) → every parser finds its parts with their spans → refiners drop and merge
 * parts → compose decides the kind. Host-free: no Node APIs.
 */
import { compose } from './compose';
import { displayText, foldText } from './normalize';
import { Ctx, Part, runParser } from './parts';
import { PARSERS } from './parsers';
import { refine } from './refiners';
import type { TimeMeaning } from './types';
import { Memo } from '../memo';

export type { Duration, DurationUnit, TimeKind, TimeMeaning } from './types';
export { NO_TIME_LIMIT, NOT_RECOGNISED } from './compose';
export { displayText, foldText } from './normalize';
export { isIsoDate } from './calendar';

/**
 * The same phrases fill a whole column ("Năm 2026", "Thường xuyên"): results are remembered by
 * text (a bounded two-generation memo, core/memo.ts). Callers get a copy each time,
 * so changing one item's time never changes another's (nested `duration` and `recurrenceDay` too).
 */
const MEMO_SIZE = 2000;
const memo = new Memo<string, TimeMeaning>(MEMO_SIZE);

export function parseTime(raw: string): TimeMeaning {
  const meaning = memo.get(raw ?? '', parse);
  const copy = { ...meaning };
  if (copy.duration) copy.duration = { ...copy.duration };
  if (copy.recurrenceDay) copy.recurrenceDay = { ...copy.recurrenceDay };
  return copy;
}

function parse(raw: string): TimeMeaning {
  const text = displayText(raw);
  const ctx: Ctx = { text, folded: foldText(text) };
  const found: Part[] = PARSERS.flatMap((p) => runParser(p, ctx));
  return compose(refine(found, ctx), ctx);
}
