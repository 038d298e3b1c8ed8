import { quote, sectionFinding } from '../../context';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'structure.headingTime',
    severity: 'warning',
    label: 'Dòng tiêu đề mục có ghi thời gian',
    description: 'A section heading row with a time: the time belongs to each task under it.',
    messages: {
      headingTime: (heading: string, time: string) => `Dòng tiêu đề ${quote(heading, 60)} ghi thời gian ${quote(time)}: thời gian ghi ở từng nhiệm vụ.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const s of ctx.table.sections) {
      if (!s.time) continue;
      const message = this.meta.messages.headingTime(`${s.tt} ${s.title}`.trim(), s.time);
      ctx.report(sectionFinding(ctx, this.meta, s, 'time', { value: s.time, message }));
    }
  },
});
