import { itemFinding, quote } from '../../context';
import { resourceFacts } from '../../resources';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'resources.cutOff',
    severity: 'warning',
    label: 'Nguồn lực bị cắt',
    description: 'A funding text that stops mid-sentence (a trailing comma or connector, a bracket left open): cut when copied (tasks.ts looksCutOff).',
    messages: {
      cutOff: (value: string, how: string) => `Nguồn lực ${quote(value)} ${how}: có thể bị cắt khi sao chép.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, value, cut } of ctx.memo(resourceFacts).rows) {
      if (cut) ctx.report(itemFinding(ctx, this.meta, item, index, 'resources', { value, message: this.meta.messages.cutOff(value, cut), suggestion: null }));
    }
  },
});
