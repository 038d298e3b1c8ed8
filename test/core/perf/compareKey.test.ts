/**
 * validate's task comparison key (structure.duplicateTask): `compareKey`, read in one pass by
 * `foldedAsciiWords` for text that folds to printable ASCII, against its definition
 * `compareKeyOf` (fold, then letters, digits and single spaces kept).
 */
import fc from 'fast-check';
import { compareKey, compareKeyOf } from '../../../src/core/validate/context';

describe('compareKey equals compareKeyOf', () => {
  it('on tasks written by hand (expected values read off the text)', () => {
    expect(compareKey('Triển khai Chương trình CT.13 về chuyển đổi số')).toBe('trien khai chuong trinh ct13 ve chuyen doi so');
    expect(compareKey('  Đẩy mạnh  cải cách — hành chính;\tnăm 2026. ')).toBe('day manh cai cach hanh chinh nam 2026');
    expect(compareKey('Rà soát, sắp xếp (giai đoạn 2026-2030)')).toBe('ra soat sap xep giai doan 20262030');
    expect(compareKey('Tổ chức “Ngày hội” số\u00a0hóa')).toBe('to chuc ngay hoi so hoa');
    expect(compareKey('...')).toBe('');
    for (const t of ['Triển khai CT.13', 'Tổ chức “Ngày hội”', 'Ủy\u200bban', 'Qu\u00adốc', 'a\u0001b', 'ĐƯỜNG ǅ ß', '']) expect(compareKey(t)).toBe(compareKeyOf(t));
  });
  it('on random text over Vietnamese letters, marks, digits, punctuation, spaces and beyond', () => {
    const alphabet = 'aAăĂâÂđĐeEêÊoOôƠưƯyYzZ09 ̣́̀̃̉\t\n\r\u00a0\u2003\u3000\u00ad\u200b\u0001\u007f.,;:-–—/()“”"\'%*ǅßİıſΣ河'.split('');
    const char = fc.oneof(
      fc.constantFrom(...alphabet),
      fc.integer({ min: 0, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    );
    const text = fc.array(char, { maxLength: 24 }).map((cs) => cs.join('').replace(/[\ud800-\udfff]/g, ''));
    fc.assert(
      fc.property(text, (s) => {
        expect(compareKey(s)).toBe(compareKeyOf(s));
      }),
      { numRuns: 10000 },
    );
  });
});
