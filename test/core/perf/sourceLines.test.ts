/**
 * sourceLines' blank-line shortcut against its definition: an empty line gives what `clean`
 * gives a line with nothing to show (a line of spaces goes the whole way and must agree).
 */
import fc from 'fast-check';
import { sourceLines } from '../../../src/core/import/prose/lines';
import { documentFromText } from '../../../src/core/document/fromText';

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

describe('documentFromText: a blank line is one trim would empty', () => {
  it('for every code unit alone, and on random lines of spaces, TABs and text', () => {
    // A line of one character between two rows: kept as a merged row unless it is blank.
    const rowsAround = (mid: string) => documentFromText(`TT\tNội dung\tChủ trì\n1\tViệc\tSở Y tế\n${mid}\n2\tViệc\tSở Y tế`);
    for (let c = 0; c < 0x10000; c += c < 0x3100 ? 1 : 97) {
      const mid = String.fromCharCode(c);
      if (mid === '\n' || mid === '\r' || mid === '\t') continue;
      const rows = rowsAround(mid).tables.flatMap((t) => t.rows).length;
      expect(rows).toBe(mid.trim() ? 4 : 3);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028', 'a', 'ủ'), maxLength: 6 }), (mid) => {
        const doc = documentFromText(`TT\tNội dung\tChủ trì\n1\tViệc\tSở Y tế\n${mid}\n2\tViệc\tSở Y tế`);
        const reference = mid.trim() ? (mid.includes('\t') || mid.includes('\u2028') ? null : 4) : 3;
        if (reference !== null) expect(doc.tables.flatMap((t) => t.rows).length).toBe(reference);
      }),
      { numRuns: 500 },
    );
  });
});
