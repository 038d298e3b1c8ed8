import { itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';
import { timeFacts, vnDate } from '../../time';

export default defineRule({
  meta: {
    id: 'time.beforeIssue',
    severity: 'warning',
    label: 'Thời hạn trước ngày ban hành',
    description:
      'A due date before the document\'s date of issue ("(Kèm theo … ngày 17/4/2026 …)", term.ts): a deadline already past when the programme was issued. Not for tasks written as done ("Đã ban hành"), nor when the time is outside the term (time.outsideTerm says that).',
    messages: {
      beforeIssue: (text: string, issuedOn: string) => `Thời hạn ${quote(text)} đã qua trước ngày ban hành văn bản (${vnDate(issuedOn)}).`,
    },
  },
  scope: 'table',
  check(ctx) {
    const issuedOn = ctx.issuedOn;
    if (!issuedOn) return;
    for (const { item, index, verdict } of ctx.memo(timeFacts).rows) {
      if (verdict !== 'beforeIssue') continue;
      const text = item.time.text;
      ctx.report(itemFinding(ctx, this.meta, item, index, 'time', { value: text, message: this.meta.messages.beforeIssue(text, issuedOn), suggestion: null }));
    }
  },
});
