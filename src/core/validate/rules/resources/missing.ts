import { reportMissing } from '../../context';
import { resourceFacts } from '../../resources';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'resources.missing',
    severity: 'error',
    label: 'Thiếu nguồn lực',
    description:
      "A task without a funding source (nguồn lực) where the table has that column or the profile requires it (the Tuyên Quang 7-column appendix does, Lai Châu's 4 columns do not). When no task of the table has one, one finding at the first task says so.",
    messages: {
      missing: () => 'Chưa ghi nguồn lực thực hiện.',
      noneInTable: (checked: number) => `Không nhiệm vụ nào trong bảng ghi nguồn lực (${checked} nhiệm vụ).`,
    },
  },
  scope: 'table',
  check(ctx) {
    const facts = ctx.memo(resourceFacts);
    if (!facts.applies) return;
    const { messages } = this.meta;
    reportMissing(ctx, this.meta, 'resources', facts.missing, facts.checked, messages.missing(), messages.noneInTable);
  },
});
