import fc from 'fast-check';
import { bitDistance, distance } from '../../../src/core/agencies/key';

const plain = (a: string, b: string): number => {
  // The textbook full matrix, for comparison.
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
};

describe('distance (Levenshtein) with reused rows', () => {
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

describe('bitDistance equals the full matrix', () => {
  it('by hand, and null beyond 32 characters or outside ASCII', () => {
    expect(bitDistance('so y te', 'so y te')).toBe(0);
    expect(bitDistance('so noi vu', 'so ngoai vu')).toBe(2);
    expect(bitDistance('', 'abc')).toBe(3);
    expect(bitDistance('abc', '')).toBe(3);
    expect(bitDistance('x'.repeat(33), 'x')).toBeNull();
    expect(bitDistance('sở', 'so')).toBeNull();
    // A 32-character pattern (the last bit is the sign bit).
    expect(bitDistance('ban chi huy quan su tinh tuyen q', 'ban chi huy quan su tinh')).toBe(8);
  });
  it('on random keys up to 32 characters against texts of any length', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'd', ' ', '1', 'ơ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 32 }), fc.string({ unit, maxLength: 70 }), (a, b) => {
        const got = bitDistance(a, b);
        if (/[^\x00-\x7f]/.test(a)) expect(got).toBeNull();
        else expect(got).toBe(plain(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});
