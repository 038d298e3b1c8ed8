import { defineRule } from '../../rule';
import { numberingFacts, numberingFinding } from '../../structure';

export default defineRule({
  meta: {
    id: 'structure.order',
    severity: 'warning',
    label: 'Số thứ tự không theo thứ tự',
    description: 'A number smaller than the one before it in its sequence (3 after 5), not seen before (that is structure.duplicate).',
    messages: {
      order: (written: string, previous: string) => `Số thứ tự ${written} đứng sau ${previous}.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const ev of ctx.memo(numberingFacts)) {
      if (ev.kind === 'order') ctx.report(numberingFinding(ctx, this.meta, ev, this.meta.messages.order(ev.written, ev.previous), null));
    }
  },
});
