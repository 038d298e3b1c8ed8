import { NO_TIME_LIMIT, NOT_RECOGNISED } from '../time';
import type { Item } from '../model';
import { isSubRow, itemFinding, quote, reportMissing, TableContext } from './context';
import { looksLikeAgency } from './agencyText';
import { matchesCatalogue } from './leadMatch';

/**
 * Thời gian: missing, not understood, broken, reversed, an agency typed in, outside the term or before issue.
 * Understood without a date, and not reported: ongoing, recurring, conditional, relative ("15 ngày
 * làm việc kể từ …") and "Không quy định" (none with reason NO_TIME_LIMIT).
 */
export function checkTime(ctx: TableContext): void {
  const hasColumn = ctx.table.columns.some((c) => c.key === 'time');
  const required = ctx.required.has('time');
  if (!hasColumn && !required) return;
  const missing: Array<{ item: Item; index: number }> = [];
  let checked = 0;
  ctx.table.items.forEach((item, i) => {
    if (isSubRow(item) || item.removed) return;
    checked++;
    const t = item.time;
    const at = (rule: Parameters<typeof itemFinding>[1], message: string, suggestion: string | null = null) =>
      ctx.report(itemFinding(ctx, rule, item, i, 'time', { value: t.text, message, suggestion }));

    if (!t.text) {
      if (required) missing.push({ item, index: i });
      return;
    }
    if (t.kind === 'invalid') {
      const reversed = /ngược/.test(t.reason ?? '');
      at(reversed ? 'time.reversed' : 'time.invalid', `Thời gian ${quote(t.text)} không dùng được: ${t.reason ?? 'sai định dạng'}.`);
      return;
    }
    if (t.kind === 'none' && t.reason === NO_TIME_LIMIT) return; // "Không quy định": understood, no time limit
    if (t.kind === 'none') {
      const agency = t.reason === NOT_RECOGNISED && (looksLikeAgency(t.text) || matchesCatalogue(t.text, ctx.catalogue));
      if (agency) {
        const same = item.lead && item.lead === t.text ? ' (trùng với cột chủ trì)' : '';
        at('time.agency', `Cột thời gian ghi tên cơ quan ${quote(t.text)}${same}: có thể đã dán nhầm cột.`);
      } else {
        at('time.unrecognised', `Không hiểu được thời gian ${quote(t.text)}${t.reason ? `: ${t.reason}` : ''}.`);
      }
      return;
    }
    checkDates(ctx, t.due, t.start, t.kind === 'done', at, t.text);
  });
  reportMissing(ctx, 'time.missing', 'time', missing, checked, 'thời gian', 'Chưa ghi thời gian thực hiện / thời hạn hoàn thành.');
}

type At = (rule: 'time.outsideTerm' | 'time.beforeIssue', message: string) => void;

function checkDates(ctx: TableContext, due: string | null, start: string | null, done: boolean, at: At, text: string): void {
  if (!due) return;
  const year = Number(due.slice(0, 4));
  if (ctx.term && (year > ctx.term.end || Number((start ?? due).slice(0, 4)) < ctx.term.start)) {
    at('time.outsideTerm', `Thời gian ${quote(text)} nằm ngoài nhiệm kỳ, giai đoạn ${ctx.term.start} - ${ctx.term.end} của chương trình.`);
    return;
  }
  if (!done && ctx.issuedOn && due < ctx.issuedOn) {
    at('time.beforeIssue', `Thời hạn ${quote(text)} đã qua trước ngày ban hành văn bản (${vnDate(ctx.issuedOn)}).`);
  }
}

const vnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return m === '01' && d === '01' ? `năm ${y}` : `${Number(d)}/${Number(m)}/${y}`;
};
