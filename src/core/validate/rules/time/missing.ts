import { reportMissing } from '../../context';
import { defineRule } from '../../rule';
import { timeFacts } from '../../time';

export default defineRule({
  meta: {
    id: 'time.missing',
    severity: 'error',
    label: 'Thiếu thời gian',
    description:
      'A task without a time (thời gian thực hiện / thời hạn hoàn thành) where the table has that column or the profile requires it. When no task of the table has one, one finding at the first task says so.',
    messages: {
      missing: () => 'Chưa ghi thời gian thực hiện / thời hạn hoàn thành.',
      noneInTable: (checked: number) => `Không nhiệm vụ nào trong bảng ghi thời gian (${checked} nhiệm vụ).`,
    },
  },
  scope: 'table',
  check(ctx) {
    const facts = ctx.memo(timeFacts);
    if (!facts.applies) return;
    const { messages } = this.meta;
    reportMissing(ctx, this.meta, 'time', facts.missing, facts.checked, messages.missing(), messages.noneInTable);
  },
});
