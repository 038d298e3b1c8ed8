import { itemFinding, quote } from '../../context';
import { leadFacts } from '../../lead';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'lead.unknown',
    severity: 'warning',
    label: 'Cơ quan chủ trì không có trong danh mục',
    description: 'A lead agency the agency catalogue (danh mục cơ quan) does not know, with the nearest catalogue name as the suggestion. Skipped without a catalogue.',
    messages: {
      unknown: (names: string[]) => `Cơ quan chủ trì ${names.map((p) => quote(p, 60)).join(', ')} không có trong danh mục cơ quan.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, lead, info } of ctx.memo(leadFacts).rows) {
      if (info.timeLike || !info.unknown.length) continue;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'lead', { value: lead, message: this.meta.messages.unknown(info.unknown), suggestion: info.suggestion }));
    }
  },
});
