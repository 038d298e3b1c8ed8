import fc from 'fast-check';
import { fold, foldStartsWith } from '../../../src/core/text';
import { classifyDocument } from '../../../src/core/import/documentKind';

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
  it('on a part of a text (start, end) as on that part cut out', () => {
    const alphabet = 'tTeEnNêÊếđĐ ̣́̀̃̉\u0323\t\n\u00a0\u00ad河-'.split('');
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.nat(16), fc.nat(16), fc.constantFrom('ten ', 'ten', 'te', 't', 'e', 'chuong '), (s, x, y, p) => {
        const start = Math.min(x, y, s.length);
        const end = Math.min(Math.max(x, y), s.length);
        expect(foldStartsWith(s, p, start, end)).toBe(fold(s.slice(start, end)).startsWith(p));
      }),
      { numRuns: 5000 },
    );
    // "Tên" in the first cell is no "ten ": the TAB after it is outside the part.
    expect(foldStartsWith('Tên\tthủ tục', 'ten ', 0, 3)).toBe(false);
    expect(foldStartsWith('Mã số\tTên thủ tục', 'ten ', 6, 16)).toBe(true);
  });
});

describe('classifyDocument asks each cell of a TAB line in place', () => {
  it('finds a procedures header in any cell, and none across a TAB', () => {
    const header = 'TT\tTên thủ tục hành chính\tMã số TTHC\tLĩnh vực';
    expect(classifyDocument([header, '1\tCấp giấy phép\t1.001\tY tế']).kind).toBe('procedures');
    // "Tên" ends its cell: "Tên\tthủ tục…" is no procedure-name header.
    expect(classifyDocument(['TT\tTên\tthủ tục hành chính\tMã số TTHC']).kind).toBe('programme');
    expect(classifyDocument(['TT\t<b>Tên thủ tục hành chính</b>\tLĩnh vực']).kind).toBe('procedures');
  });
});

// TableBuilder.isRepeatedHeader asks foldStartsWith(cell, h) before fold(cell) === h (h: a folded
// header cell): the pre-check must never turn away a cell that folds to h.
describe('a cell folding to a folded text starts with it', () => {
  it('by hand and on random cells', () => {
    expect(foldStartsWith('  Cơ quan  CHỦ TRÌ ', fold('Cơ quan chủ trì'))).toBe(true);
    expect(foldStartsWith('1.4', fold('TT'))).toBe(false);
    const alphabet = 'tTeEnNêÊếđĐ ̣́̀̃̉\u0323\t\n\u00a0\u00ad\u2003ǄǅİıſßẞΣσ河-/.'.split('');
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 10 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, (cell, header) => {
        const h = fold(header);
        expect(foldStartsWith(cell, h) && fold(cell) === h).toBe(fold(cell) === h);
        expect(foldStartsWith(header, h)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
