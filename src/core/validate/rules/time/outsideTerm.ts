import { itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';
import { timeFacts } from '../../time';

export default defineRule({
  meta: {
    id: 'time.outsideTerm',
    severity: 'warning',
    label: 'Thời hạn ngoài nhiệm kỳ, giai đoạn',
    description:
      'A dated time whose due year is after the programme\'s term, or whose start (or due) year is before it. The term is "nhiệm kỳ 2025 - 2030" or "giai đoạn 2026 - 2030" from the titles or the text (term.ts), or the option.',
    messages: {
      outside: (text: string, term: { start: number; end: number }) => `Thời gian ${quote(text)} nằm ngoài nhiệm kỳ, giai đoạn ${term.start} - ${term.end} của chương trình.`,
    },
  },
  scope: 'table',
  check(ctx) {
    const term = ctx.term;
    if (!term) return;
    for (const { item, index, verdict } of ctx.memo(timeFacts).rows) {
      const t = item.time;
      if (verdict !== 'understood' || !t.due || !outsideTerm(t.due, t.start, term)) continue;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'time', { value: t.text, message: this.meta.messages.outside(t.text, term), suggestion: null }));
    }
  },
});

/** Due after the term's last year, or started (due, without a start) before its first year. */
export function outsideTerm(due: string, start: string | null, term: { start: number; end: number }): boolean {
  return Number(due.slice(0, 4)) > term.end || Number((start ?? due).slice(0, 4)) < term.start;
}
