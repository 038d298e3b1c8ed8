import { compareKey, isSubRow, itemFinding, quote } from '../../context';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'structure.duplicateTask',
    severity: 'warning',
    label: 'Nhiệm vụ trùng lặp',
    description:
      'The same task twice in one document, in any of its tables, after normalisation (case, diacritics, punctuation: "CT13" = "CT.13"); texts under 8 characters are not compared. The later row is reported, naming the first. One Map of normalised text, so thousands of tasks stay fast.',
    messages: {
      duplicate: (task: string, where: string) => `Nhiệm vụ ${quote(task)} trùng với nhiệm vụ ở ${where}.`,
    },
  },
  scope: 'programme',
  check({ programme, tables }) {
    const first = new Map<string, { table: string; tt: string; line: number }>();
    tables.forEach((ctx, t) => {
      programme.tables[t].items.forEach((item, i) => {
        if (isSubRow(item) || item.removed) return;
        const key = compareKey(item.task);
        if (key.length < 8) return;
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { table: ctx.table.label || ctx.table.title, tt: item.tt, line: item.line });
          return;
        }
        const where = `${seen.table ? `${seen.table}, ` : ''}${seen.tt ? `mục ${seen.tt}, ` : ''}dòng ${seen.line}`;
        ctx.report(itemFinding(ctx, this.meta, item, i, 'task', { value: item.task, message: this.meta.messages.duplicate(item.task, where) }));
      });
    });
  },
});
