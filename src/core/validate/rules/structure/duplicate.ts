import { defineRule } from '../../rule';
import { numberingFacts, numberingFinding } from '../../structure';

export default defineRule({
  meta: {
    id: 'structure.duplicate',
    severity: 'error',
    label: 'Số thứ tự trùng',
    description: 'A number written twice in the same sequence (same section, same prefix); the line of the first is named.',
    messages: {
      duplicate: (written: string, firstLine: number) => `Số thứ tự ${written} trùng với dòng ${firstLine}.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const ev of ctx.memo(numberingFacts)) {
      if (ev.kind === 'duplicate') ctx.report(numberingFinding(ctx, this.meta, ev, this.meta.messages.duplicate(ev.written, ev.firstLine), null));
    }
  },
});
