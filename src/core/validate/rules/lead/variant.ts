import { itemFinding, quote } from '../../context';
import { leadFacts } from '../../lead';
import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'lead.variant',
    severity: 'warning',
    label: 'Cùng một cơ quan viết nhiều cách',
    description:
      'One agency written in several forms in a table ("Sở TC", "Sở Tài chính"): every form but the usual one (the most written; the first written on a tie) is reported, the usual one suggested. Not for OCR text, whose spellings differ by scanning damage.',
    messages: {
      variant: (part: string, usual: string) => `Cơ quan ${quote(part)} được viết khác với cách viết thường dùng trong bảng ${quote(usual)}.`,
    },
  },
  scope: 'table',
  check(ctx) {
    const facts = ctx.memo(leadFacts);
    if (!facts.applies || ctx.ocr) return;
    // The usual spelling of each group, worked out once per group.
    const usualOf = new Map<string, [string, number]>();
    for (const w of facts.written) {
      const counts = facts.forms.get(w.group);
      if (!counts || counts.size < 2) continue;
      let usual = usualOf.get(w.group);
      if (!usual) usualOf.set(w.group, (usual = [...counts].sort((a, b) => b[1] - a[1])[0]));
      if (usual[0] === w.part) continue;
      ctx.report(itemFinding(ctx, this.meta, w.item, w.index, 'lead', { value: w.item.lead, message: this.meta.messages.variant(w.part, usual[0]), suggestion: usual[0] }));
    }
  },
});
