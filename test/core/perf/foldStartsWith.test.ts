import fc from 'fast-check';
import { fold, foldStartsWith } from '../../../src/core/text';

// foldStartsWith(s, p) is defined as fold(s).startsWith(p): the fast path must agree everywhere.
describe('foldStartsWith equals fold(s).startsWith(prefix)', () => {
  it('on Vietnamese written by hand', () => {
    expect(foldStartsWith('Tên thủ tục hành chính', 'ten ')).toBe(true);
    expect(foldStartsWith('  TÊN\u00a0 TTHC nội bộ', 'ten tthc')).toBe(true);
    expect(foldStartsWith('Tên', 'ten ')).toBe(false);
    expect(foldStartsWith('Tên  ', 'ten ')).toBe(false);
    expect(foldStartsWith('Tiến độ', 'ten ')).toBe(false);
    expect(foldStartsWith('Te\u0302\u0301n gọi', 'ten ')).toBe(true);
    expect(foldStartsWith('Chương II', 'chuong ')).toBe(true);
    expect(foldStartsWith('Điều 5.', 'dieu ')).toBe(true);
    expect(foldStartsWith('', '')).toBe(true);
    // Outside the table (CJK, soft hyphen): the definition answers.
    expect(foldStartsWith('Tên 河', 'ten ')).toBe(true);
    expect(foldStartsWith('Tê\u00adn thủ tục', 'ten ')).toBe(true);
    expect(foldStartsWith('Tên\u00adthủ', 'ten ')).toBe(fold('Tên\u00adthủ').startsWith('ten '));
  });
  it('on random text and prefixes over Latin, marks, spaces and beyond', () => {
    const alphabet = 'tTeEnNêÊếđĐ ̣́̀̃̉\u0323\t\n\u00a0\u00ad\u2003ǄǅİıſßẞΣσ河-/.'.split('');
    const char = fc.oneof(
      fc.constantFrom(...alphabet),
      fc.integer({ min: 0, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    );
    const text = fc.array(char, { maxLength: 12 }).map((cs) => cs.join('').replace(/[\ud800-\udfff]/g, ''));
    fc.assert(
      fc.property(text, text, fc.nat(8), (s, other, cut) => {
        // Prefixes that match (a start of s's folded text) and that may not (of another text).
        for (const p of [fold(s).slice(0, cut), fold(other).slice(0, cut), 'ten ', 'ten', 'te']) {
          expect(foldStartsWith(s, p)).toBe(fold(s).startsWith(p));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
