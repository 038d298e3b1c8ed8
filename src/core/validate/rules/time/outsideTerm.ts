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
      if (verdict !== 'outsideTerm') continue;
      const text = item.time.text;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'time', { value: text, message: this.meta.messages.outside(text, term), suggestion: null }));
    }
  },
});
