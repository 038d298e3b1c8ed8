import fc from 'fast-check';
import { fitRow, fitRows, MAX_CELL_CHARS } from '../../../src/core/plan/cellLimits';
import type { CellValue } from '../../../src/core/plan/types';

// fitRows fits a value only when it differs from the one above it; the rows must be those of
// fitting every row (fitRow, the definition).
const long = 'Nội dung dài '.repeat(Math.ceil(MAX_CELL_CHARS / 13) + 1);

describe('fitRows equals fitting every row', () => {
  it('on rows written by hand: a repeated bad value is fixed in every row', () => {
    const rows: CellValue[][] = [
      ['Sở Y tế', 'a\u0001b', null],
      ['Sở Y tế', 'a\u0001b', 3],
    ];
    const out = fitRows(rows);
    expect(out[1][1]).toBe('a\uFFFDb');
    expect(out[0][1]).toBe('a\uFFFDb');
    expect(out[1][0]).toBe('Sở Y tế');
    expect(out[1]).not.toBe(rows[1]);
  });
  it('for any rows', () => {
    const value = fc.constantFrom<CellValue>('', 'Sở Y tế', 'a\u0001b', long, null, 0, 3, { formula: 'A1' }, '\uD800');
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        expect(fitRows(rows)).toEqual(rows.map(fitRow));
      }),
    );
  });
});
