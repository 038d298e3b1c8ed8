import { itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';
import { timeFacts } from '../../time';

export default defineRule({
  meta: {
    id: 'time.reversed',
    severity: 'error',
    label: 'Khoảng thời gian ngược',
    description: 'A time range whose end is before its start ("Năm 2030 - 2026"), as the time parser reports it ("ngược").',
    messages: {
      reversed: (text: string, reason: string | null) => `Thời gian ${quote(text)} không dùng được: ${reason ?? 'sai định dạng'}.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, verdict } of ctx.memo(timeFacts).rows) {
      if (verdict !== 'reversed') continue;
      const t = item.time;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'time', { value: t.text, message: this.meta.messages.reversed(t.text, t.reason), suggestion: null }));
    }
  },
});
