import { isSubRow, itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';
import { looksCutOff } from '../../tasks';

/** The end of a long text, from a word boundary: "… trên địa bàn tỉnh Tuyên Quang,". */
function tail(text: string): string {
  if (text.length <= 60) return text;
  const end = text.slice(-60);
  return `…${end.slice(end.indexOf(' ') + 1)}`;
}

export default defineRule({
  meta: {
    id: 'structure.cutOff',
    severity: 'warning',
    label: 'Nội dung nhiệm vụ bị cắt',
    description:
      'A task text that stops mid-sentence: a trailing comma, semicolon, dash or open bracket, a connector word ("và", "của", "theo" …) at the end, or a bracket left open (tasks.ts looksCutOff). A colon is not: it introduces the rows below.',
    messages: {
      cutOff: (task: string, how: string) => `Nội dung nhiệm vụ ${quote(tail(task))} ${how}: có thể bị cắt khi sao chép.`,
    },
  },
  scope: 'table',
  check(ctx) {
    ctx.table.items.forEach((item, i) => {
      if (isSubRow(item) || item.removed || !item.task.trim()) return;
      const cut = looksCutOff(item.task);
      if (cut) ctx.report(itemFinding(ctx, this.meta, item, i, 'task', { value: item.task, message: this.meta.messages.cutOff(item.task, cut) }));
    });
  },
});
