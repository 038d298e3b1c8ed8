/**
 * The pieces a phrase is made of. Each parser finds parts (with their span in the
 * text); refiners merge or drop them; `compose` turns what is left into a TimeMeaning.
 */
import { isValidYear } from './calendar';
import type { Duration } from './types';

interface Span {
  /** Start index in the display text (= in the folded text: same length). */
  index: number;
  /** End index, exclusive. */
  end: number;
}

/** A calendar span: a day, month, quarter, half-year, year or a range of those. */
export interface DatePart extends Span {
  type: 'date';
  start: string;
  due: string;
  /** A range ("2026-2030", "Quý IV/2025 - Quý II/2026"): kind `period`. */
  range: boolean;
  /** Preceded by "Từ" and not closed by an end: only a start is known. */
  from?: boolean;
}

export type Part =
  | DatePart
  | (Span & { type: 'ongoing' })
  | (Span & { type: 'recurring'; recurrence: string; day?: { day: number; month: number | null } })
  /** "15 ngày làm việc", "trong vòng 30 ngày": a length of time, no date. */
  | (Span & { type: 'duration'; duration: Duration })
  | (Span & { type: 'condition' })
  | (Span & { type: 'done' })
  /** "Không quy định", "Không có thời hạn": no time limit, said outright. */
  | (Span & { type: 'noLimit' })
  /** A broken value: never turned into a date. */
  | (Span & { type: 'invalid'; reason: string })
  /** Understood, but no year to anchor it ("6 tháng cuối năm", "Quý IV"). */
  | (Span & { type: 'missingYear'; reason: string });

export interface Ctx {
  /** Display text (NFC, whitespace collapsed). */
  text: string;
  /** Folded text, same length. */
  folded: string;
}

/** A parser: one regular expression over the folded text, one extractor per match. */
export interface Parser {
  name: string;
  pattern: RegExp;
  /** Return null to ignore the match. */
  extract(m: RegExpExecArray, ctx: Ctx): Part | null;
}

export function runParser(p: Parser, ctx: Ctx): Part[] {
  const re = new RegExp(p.pattern.source, p.pattern.flags.includes('g') ? p.pattern.flags : p.pattern.flags + 'g');
  const out: Part[] = [];
  for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const part = p.extract(m, ctx);
    if (part) out.push(part);
  }
  return out;
}

/**
 * True when the character just before `index` matches `re` — a lookbehind done by hand,
 * because older Safari/WebKit (Excel for Mac) reject `(?<!…)` in regular expressions.
 */
export const after = (ctx: Ctx, index: number, re: RegExp): boolean => index > 0 && re.test(ctx.folded[index - 1]);

/** The span of a regex match. */
export const spanOf = (m: RegExpExecArray): Span => ({ index: m.index, end: m.index + m[0].length });

/** Original (display) text of a span. */
export const slice = (ctx: Ctx, s: Span): string => ctx.text.slice(s.index, s.end);

/** An `invalid` part for a year as written, or null when the year is fine. */
export function checkYear(digits: string, s: Span): Part | null {
  return isValidYear(digits) ? null : { ...s, type: 'invalid', reason: `Năm không hợp lệ: ${digits}` };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * A quarter numeral as folded text: roman (I–IV; OCR "l" read as "i") or arabic (1–4).
 * Returns null for anything else ("V", "5", "0", "11").
 */
export function quarterNumber(tok: string): number | null {
  if (/^\d+$/.test(tok)) {
    const n = Number(tok);
    return n >= 1 && n <= 4 ? n : null;
  }
  return ROMAN[tok.replace(/l/g, 'i')] ?? null;
}

/** Regex source of a quarter numeral (roman or arabic). */
export const QUARTER_NUM = '([ivxl]+|\\d+)';
/** Regex source of the separator between a quarter/month and its year: "/", "-", ".", " năm ", " ". */
export const YEAR_SEP = '(?:\\s*[/.,-]\\s*|\\s+)(?:nam\\s*)?';
/** Not followed by more digits or a slash (so "30/2020/NĐ-CP" is not a month and a year). */
export const NUM_END = '(?![\\d/])';
