import fc from 'fast-check';
import { fold } from '../../../src/core/text';

// The definition of fold (invisible characters aside), restated: fold's table path must give
// exactly this for every text, Latin or not.
const definition = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

describe('fold (table path) equals its definition', () => {
  it('on Vietnamese written by hand', () => {
    expect(fold('  Sở Tài chính\u00a0 tỉnh  ')).toBe('so tai chinh tinh');
    expect(fold('ĐẢNG ỦY Quân sự\ttỉnh')).toBe('dang uy quan su tinh');
    expect(fold('Nghị quyết số 12-NQ/TW')).toBe('nghi quyet so 12-nq/tw');
    // Decomposed input (marks typed separately), a lone mark between spaces, İ and ß.
    expect(fold('Tie\u0302\u0301n \u0301 đô\u0323')).toBe('tien do');
    expect(fold('İSTANBUL Straße')).toBe('istanbul straße');
  });
  it('falls back on Greek final sigma, CJK and astral characters', () => {
    expect(fold('ΟΔΟΣ')).toBe(definition('ΟΔΟΣ'));
    expect(fold('Hà Nội 河内 😀')).toBe('ha noi 河内 😀');
  });
  it('on random text over Latin, marks, spaces and beyond', () => {
    const alphabet = 'aAđĐăÂêÔơƯ ̣́̀̃̉\u0323\t\n\u00a0\u2003ǄǅİıſßẞΣσ河ﬁ-/.,'.split('');
    const char = fc.oneof(fc.constantFrom(...alphabet), fc.integer({ min: 0, max: 0x2fff }).map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (cs) => {
        const s = cs.join('').replace(/[\u00ad\u200b-\u200d\u2060\ufeff\ud800-\udfff]/g, '');
        expect(fold(s)).toBe(definition(s));
      }),
      { numRuns: 5000 },
    );
  });
});
