import { reportMissing } from '../../context';
import { leadFacts } from '../../lead';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'lead.missing',
    severity: 'error',
    label: 'Thiếu cơ quan chủ trì',
    description:
      'A task without a lead agency (chủ trì) where the table has that column or the profile requires it. An indicator row under a section whose first row names the lead (merged cell) is not missing. When no task of the table has a lead, one finding at the first task says so.',
    messages: {
      missing: () => 'Chưa ghi cơ quan chủ trì.',
      noneInTable: (checked: number) => `Không nhiệm vụ nào trong bảng ghi cơ quan chủ trì (${checked} nhiệm vụ).`,
    },
  },
  scope: 'table',
  check(ctx) {
    const facts = ctx.memo(leadFacts);
    if (!facts.applies) return;
    const { messages } = this.meta;
    reportMissing(ctx, this.meta, 'lead', facts.missing, facts.checked, messages.missing(), messages.noneInTable);
  },
});
