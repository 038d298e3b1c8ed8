import { itemFinding, quote } from '../../context';
import { resourceFacts } from '../../resources';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'resources.unknown',
    severity: 'warning',
    label: 'Nguồn lực không thuộc nhóm nguồn vốn thường dùng',
    description:
      'A funding text naming none of the usual categories (ngân sách, vốn, kinh phí, xã hội hóa, ODA, a fund …); when it names who pays instead ("UBND tỉnh", "doanh nghiệp"), the usual category is suggested.',
    messages: {
      unknown: (value: string) =>
        `Nguồn lực ${quote(value)} không thuộc nhóm nguồn vốn thường dùng (Ngân sách trung ương / địa phương / nhà nước, Vốn ngoài ngân sách, Xã hội hóa, Vốn doanh nghiệp, ODA, Nguồn vốn hợp pháp khác).`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const { item, index, value, funding, guess } of ctx.memo(resourceFacts).rows) {
      if (!funding) ctx.report(itemFinding(ctx, this.meta, item, index, 'resources', { value, message: this.meta.messages.unknown(value), suggestion: guess }));
    }
  },
});
