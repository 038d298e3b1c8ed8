import fc from 'fast-check';
import { distance } from '../../../src/core/agencies/key';

describe('distance (Levenshtein) with reused rows', () => {
  const plain = (a: string, b: string): number => {
    // The textbook full matrix, for comparison.
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  it('by hand', () => {
    expect(distance('so y te', 'so y te')).toBe(0);
    expect(distance('so noi vu', 'so ngoai vu')).toBe(2);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('so tai chinh', 'cong an tinh', 2)).toBeGreaterThan(2);
  });
  it('equals the full matrix, and stays above the bound when it passes it, long strings after short', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'đ', ' '), maxLength: 90 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, bound) => {
        const d = plain(a, b);
        expect(distance(a, b)).toBe(d);
        const got = distance(a, b, bound);
        if (d <= bound) expect(got).toBe(d);
        else expect(got).toBeGreaterThan(bound);
      }),
      { numRuns: 2000 },
    );
  });
});
