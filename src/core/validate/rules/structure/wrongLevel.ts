import { defineRule } from '../../rule';
import { numberingFacts, numberingFinding } from '../../structure';

export default defineRule({
  meta: {
    id: 'structure.wrongLevel',
    severity: 'error',
    label: 'Số thứ tự sai cấp',
    description:
      'A dotted number that does not belong under its numbered heading ("2.1" under "3."; tasks of heading 3 are numbered 3.x), with the number expected there suggested; or a number with a 0 part ("1.0").',
    messages: {
      notUnder: (written: string, heading: number[]) => `Số ${written} không thuộc mục ${heading.join('.')} (các nhiệm vụ của mục này đánh số ${heading.join('.')}.x).`,
      zeroPart: (written: string) => `Số ${written} không hợp lệ (có thành phần 0).`,
    },
  },
  scope: 'table',
  check(ctx) {
    const { messages } = this.meta;
    for (const ev of ctx.memo(numberingFacts)) {
      if (ev.kind !== 'wrongLevel') continue;
      const message = ev.heading ? messages.notUnder(ev.written, ev.heading) : messages.zeroPart(ev.written);
      ctx.report(numberingFinding(ctx, this.meta, ev, message, ev.suggestion));
    }
  },
});
