import { itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';
import { timeFacts } from '../../time';

export default defineRule({
  meta: {
    id: 'time.invalid',
    severity: 'error',
    label: 'Thời gian sai hoặc bị cắt',
    description: 'A time the parser reads as broken: an impossible date ("31/02/2026"), a phrase cut off ("Quý II/20"). A range running backwards is time.reversed.',
    messages: {
      invalid: (text: string, reason: string | null) => `Thời gian ${quote(text)} không dùng được: ${reason ?? 'sai định dạng'}.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, verdict } of ctx.memo(timeFacts).rows) {
      if (verdict !== 'invalid') continue;
      const t = item.time;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'time', { value: t.text, message: this.meta.messages.invalid(t.text, t.reason), suggestion: null }));
    }
  },
});
