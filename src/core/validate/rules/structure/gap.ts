import { defineRule } from '../../rule';
import { numberingFacts, numberingFinding } from '../../structure';

export default defineRule({
  meta: {
    id: 'structure.gap',
    severity: 'warning',
    label: 'Số thứ tự bị nhảy',
    description:
      "A number that skips others in its sequence (1, 2, 4), or a sequence that does not start at 1 (a prose programme's may: it keeps only the sections that hold tasks). The first missing number is suggested; one mistyped number is one finding when the rows after it resume the count (sequence.ts).",
    messages: {
      gap: (previous: string, written: string, missing: string[]) =>
        `${previous ? `Số thứ tự nhảy từ ${previous} lên ${written}` : `Số thứ tự bắt đầu từ ${written}`}: thiếu ${missing.join(', ')}.`,
    },
  },
  scope: 'table',
  check(ctx) {
    for (const ev of ctx.memo(numberingFacts)) {
      if (ev.kind === 'gap') ctx.report(numberingFinding(ctx, this.meta, ev, this.meta.messages.gap(ev.previous, ev.written, ev.missing), ev.missing[0] ?? null));
    }
  },
});
