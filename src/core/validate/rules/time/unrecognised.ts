import { itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';
import { timeFacts } from '../../time';

export default defineRule({
  meta: {
    id: 'time.unrecognised',
    severity: 'warning',
    label: 'Không hiểu được thời gian',
    description: "A time text the time parser (core/time) does not understand and that is not an agency name; the parser's reason is quoted.",
    messages: {
      unrecognised: (text: string, reason: string | null) => `Không hiểu được thời gian ${quote(text)}${reason ? `: ${reason}` : ''}.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, verdict } of ctx.memo(timeFacts).rows) {
      if (verdict !== 'unrecognised') continue;
      const t = item.time;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'time', { value: t.text, message: this.meta.messages.unrecognised(t.text, t.reason), suggestion: null }));
    }
  },
});
