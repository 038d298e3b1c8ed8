import { quote, sectionFinding } from '../../context';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'structure.headingLead',
    severity: 'warning',
    label: 'Dòng tiêu đề mục có ghi chủ trì',
    description: 'A section heading row with a lead agency: the lead belongs to each task under it.',
    messages: {
      headingLead: (heading: string, lead: string) => `Dòng tiêu đề ${quote(heading, 60)} ghi cơ quan chủ trì ${quote(lead)}: chủ trì ghi ở từng nhiệm vụ.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const s of ctx.table.sections) {
      if (!s.lead) continue;
      const message = this.meta.messages.headingLead(`${s.tt} ${s.title}`.trim(), s.lead);
      ctx.report(sectionFinding(ctx, this.meta, s, 'lead', { value: s.lead, message }));
    }
  },
});
