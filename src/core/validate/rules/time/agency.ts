import { itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';
import { timeFacts } from '../../time';

export default defineRule({
  meta: {
    id: 'time.agency',
    severity: 'error',
    label: 'Tên cơ quan ghi vào cột thời gian',
    description:
      'The time cell holds an agency name (it starts like one — "Sở …", "Đảng ủy …" — or the catalogue knows it): a cell pasted into the wrong column. Said so when it repeats the lead cell.',
    messages: {
      agency: (text: string, sameAsLead: boolean) => `Cột thời gian ghi tên cơ quan ${quote(text)}${sameAsLead ? ' (trùng với cột chủ trì)' : ''}: có thể đã dán nhầm cột.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, verdict } of ctx.memo(timeFacts).rows) {
      if (verdict !== 'agency') continue;
      const t = item.time;
      const same = !!item.lead && item.lead === t.text;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'time', { value: t.text, message: this.meta.messages.agency(t.text, same), suggestion: null }));
    }
  },
});
