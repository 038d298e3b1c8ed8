import { isSubRow, itemFinding } from '../../context';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'structure.emptyTask',
    severity: 'error',
    label: 'Nhiệm vụ để trống',
    description: 'A task row with a number but no task text.',
    messages: {
      empty: () => 'Dòng có số thứ tự nhưng không có nội dung nhiệm vụ.',
    },
  },
  scope: 'table',
  check(ctx) {
    ctx.table.items.forEach((item, i) => {
      if (isSubRow(item) || item.removed || item.task.trim()) return;
      ctx.report(itemFinding(ctx, this.meta, item, i, 'task', { value: '', message: this.meta.messages.empty() }));
    });
  },
});
