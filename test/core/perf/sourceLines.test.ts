/**
 * sourceLines' blank-line shortcut against its definition: an empty line gives what `clean`
 * gives a line with nothing to show (a line of spaces goes the whole way and must agree).
 */
import fc from 'fast-check';
import { sourceLines } from '../../../src/core/import/prose/lines';

describe('sourceLines: a blank line as cleaned', () => {
  it('by hand', () => {
    expect(sourceLines(['', '**Nhiệm vụ**', ''])).toEqual([
      { index: 0, text: '', bold: false },
      { index: 1, text: 'Nhiệm vụ', bold: true },
      { index: 2, text: '', bold: false },
    ]);
    // The empty line (shortcut) and a line of a space (the whole cleaning) give the same.
    expect(sourceLines([''])).toEqual(sourceLines([' ']));
  });
  it('an empty line anywhere leaves the other lines as they were', () => {
    const line = fc.constantFrom('', ' ', '1. Xây dựng kế hoạch', '<b>II. NHIỆM VỤ</b>', '**A****B**', '- Cơ quan chủ trì: Sở Y tế', '\u200b');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const got = sourceLines(lines);
        const alone = lines.flatMap((l, i) => sourceLines([l]).map((x) => ({ ...x, index: i })));
        expect(got).toEqual(alone);
        const blank = sourceLines([' '])[0];
        for (const x of got) if (lines[x.index] === '') expect(x).toEqual({ ...blank, index: x.index });
      }),
      { numRuns: 500 },
    );
  });
});
