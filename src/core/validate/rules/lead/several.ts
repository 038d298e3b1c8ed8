import { itemFinding, quote } from '../../context';
import { leadFacts, LeadInfo } from '../../lead';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'lead.several',
    severity: 'warning',
    label: 'Nhiều cơ quan chủ trì trong một ô',
    description:
      'The lead cell names several agencies (split on ";", ",", "và", or several departments in brackets after a party committee). The reviewers\' rule: one lead per task, the others are partners (phối hợp).',
    messages: {
      several: (parts: string[]) =>
        `Ô chủ trì ghi ${parts.length} cơ quan (${parts.map((p) => quote(p, 50)).join(', ')}): mỗi nhiệm vụ nên có một cơ quan chủ trì, các cơ quan khác là phối hợp.`,
    },
  },
  scope: 'table',
  check(ctx) {
    // One message per lead text (rows with the same text share its LeadInfo): a table repeats its leads.
    const messages = new Map<LeadInfo, string>();
    for (const { item, index, lead, info } of ctx.memo(leadFacts).rows) {
      if (info.timeLike || info.parts.length <= 1) continue;
      let message = messages.get(info);
      if (message === undefined) messages.set(info, (message = this.meta.messages.several(info.parts)));
      ctx.report(itemFinding(ctx, this.meta, item, index, 'lead', { value: lead, message, suggestion: null }));
    }
  },
});
