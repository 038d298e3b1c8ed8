/**
 * What the thời gian rules (rules/time/*) read of a table, worked out in one walk: each task's
 * time cell sorted into what it is. Understood without a date, and not reported: ongoing,
 * recurring, conditional, relative ("15 ngày làm việc kể từ …") and "Không quy định" (none with
 * reason NO_TIME_LIMIT).
 */
import { NO_TIME_LIMIT, NOT_RECOGNISED } from '../time';
import type { Item } from '../model';
import { isSubRow, TableContext } from './context';
import { looksLikeAgency } from './agencyText';
import { matchesCatalogue } from './leadMatch';

/** What a filled time cell is, for the rules. */
export type TimeVerdict =
  /** kind 'invalid' (broken date, cut off), `reversed` when the range runs backwards. */
  | 'invalid'
  | 'reversed'
  /** Not a time: an agency name (the lead pasted into the time column). */
  | 'agency'
  /** Not understood, and not an agency. */
  | 'unrecognised'
  /** Understood, due after the programme's term or starting before it. */
  | 'outsideTerm'
  /** Understood, not done, due before the date of issue (and inside the term). */
  | 'beforeIssue'
  /** Nothing to report: understood ("Không quy định", a time with or without a due date). */
  | 'ok';

export interface TimeRow {
  item: Item;
  index: number;
  verdict: TimeVerdict;
}

export interface TimeFacts {
  /** The table has a time column or the profile requires one; otherwise no time rule applies. */
  applies: boolean;
  /** Tasks whose time text has something to report (verdict other than 'ok'), in table order. */
  rows: TimeRow[];
  /** Tasks whose required time is empty. */
  missing: Array<{ item: Item; index: number }>;
  /** Tasks looked at (sub-rows and removed rows are not). */
  checked: number;
}

/** The time facts of a table (use through `ctx.memo(timeFacts)`). */
export function timeFacts(ctx: TableContext): TimeFacts {
  const hasColumn = ctx.table.columns.some((c) => c.key === 'time');
  const required = ctx.required.has('time');
  const facts: TimeFacts = { applies: hasColumn || required, rows: [], missing: [], checked: 0 };
  if (!facts.applies) return facts;
  ctx.table.items.forEach((item, i) => {
    if (isSubRow(item) || item.removed) return;
    facts.checked++;
    const t = item.time;
    if (!t.text) {
      if (required) facts.missing.push({ item, index: i });
      return;
    }
    const v = verdict(ctx, item);
    if (v !== 'ok') facts.rows.push({ item, index: i, verdict: v });
  });
  return facts;
}

function verdict(ctx: TableContext, item: Item): TimeVerdict {
  const t = item.time;
  if (t.kind === 'invalid') return /ngược/.test(t.reason ?? '') ? 'reversed' : 'invalid';
  if (t.kind === 'none' && t.reason === NO_TIME_LIMIT) return 'ok'; // "Không quy định": understood, no time limit
  if (t.kind === 'none') {
    const agency = t.reason === NOT_RECOGNISED && (looksLikeAgency(t.text) || matchesCatalogue(t.text, ctx.catalogue));
    return agency ? 'agency' : 'unrecognised';
  }
  if (!t.due) return 'ok';
  if (ctx.term && outsideTerm(t.due, t.start, ctx.term)) return 'outsideTerm';
  if (t.kind !== 'done' && ctx.issuedOn && t.due < ctx.issuedOn) return 'beforeIssue';
  return 'ok';
}

/** Due after the term's last year, or started (due, without a start) before its first year. */
export function outsideTerm(due: string, start: string | null, term: { start: number; end: number }): boolean {
  return Number(due.slice(0, 4)) > term.end || Number((start ?? due).slice(0, 4)) < term.start;
}

/** A date for a message: "năm 2026" for the 1st of January (a year-only bound), else d/m/yyyy. */
export const vnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return m === '01' && d === '01' ? `năm ${y}` : `${Number(d)}/${Number(m)}/${y}`;
};
