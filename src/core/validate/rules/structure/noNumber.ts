import { defineRule } from '../../rule';
import { numberingFacts, numberingFinding } from '../../structure';

export default defineRule({
  meta: {
    id: 'structure.noNumber',
    severity: 'warning',
    label: 'Nhiệm vụ không có số thứ tự',
    description: 'A task without a number in a table whose tasks are numbered; the number it would take is suggested (and counted, so the rows after it are not a gap).',
    messages: {
      noNumber: () => 'Nhiệm vụ không có số thứ tự.',
    },
  },
  scope: 'table',
  check(ctx) {
    for (const ev of ctx.memo(numberingFacts)) {
      if (ev.kind === 'noNumber') ctx.report(numberingFinding(ctx, this.meta, ev, this.meta.messages.noNumber(), ev.suggestion));
    }
  },
});
