import { itemFinding, quote } from '../../context';
import { leadFacts } from '../../lead';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'lead.time',
    severity: 'error',
    label: 'Thời gian ghi vào cột chủ trì',
    description:
      'The lead cell holds a time phrase ("Quý II/2026", "Thường xuyên"): a cell pasted into the wrong column. Only texts with a digit or a time word that are not an agency name ("Phòng nghiệp vụ số 1234") are parsed as time.',
    messages: {
      time: (lead: string) => `Cột chủ trì ghi thời gian ${quote(lead)}: có thể đã dán nhầm cột.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, lead, info } of ctx.memo(leadFacts).rows) {
      if (info.timeLike) ctx.report(itemFinding(ctx, this.meta, item, index, 'lead', { value: lead, message: this.meta.messages.time(lead), suggestion: null }));
    }
  },
});
