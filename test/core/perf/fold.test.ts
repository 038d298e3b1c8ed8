import fc from 'fast-check';
import { cleanCell, collapse, fold, nfc, stripInvisible, stripMarkup } from '../../../src/core/text';

// The definition of fold (invisible characters aside), restated: fold's table path must give
// exactly this for every text, Latin or not.
const definition = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

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
    const char = fc.oneof(
      fc.constantFrom(...alphabet),
      fc.integer({ min: 0, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (cs) => {
        const s = cs.join('').replace(/[\u00ad\u200b-\u200d\u2060\ufeff\ud800-\udfff]/g, '');
        expect(fold(s)).toBe(definition(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('nfc equals normalize("NFC")', () => {
  it('for every character of the ranges it skips, alone and after a combining mark', () => {
    for (let c = 0; c < 0x1f00; c++) {
      if (c >= 0x300 && c < 0x1e00) continue;
      const s = String.fromCharCode(c);
      expect(nfc(s)).toBe(s.normalize('NFC'));
      expect(nfc(`e${s}`)).toBe(`e${s}`.normalize('NFC'));
    }
  });
  it('on random text with decomposed marks, Hangul jamo, compatibility characters', () => {
    const alphabet = 'aeEoOuđĐ \u0300\u0301\u0302\u0303\u0309\u0323\u031b\u1100\u1161\u11a8\u212b\u2126\uf900ỗếự'.split('');
    const char = fc.oneof(
      fc.constantFrom(...alphabet),
      fc.integer({ min: 0, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 20 }), (cs) => {
        const s = cs.join('').replace(/[\ud800-\udfff]/g, '');
        expect(nfc(s)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cleanCell returns clean cells as they are, and cleans the others', () => {
  it('by hand', () => {
    expect(cleanCell('Sở Tài chính')).toBe('Sở Tài chính');
    expect(cleanCell(' Sở  Tài chính ')).toBe('Sở Tài chính');
    expect(cleanCell('<b>Sở Y tế</b>')).toBe('Sở Y tế');
    expect(cleanCell('Tie\u0302\u0301n đo\u0323')).toBe('Tiến đọ');
    expect(cleanCell('Ủy\u200Bban')).toBe('Ủy ban');
  });
  it('equals the full cleaning on random cells', () => {
    const full = (raw: string) => collapse(stripMarkup(stripInvisible(raw.normalize('NFC'))));
    const alphabet = 'aAđĐ ơ<>*b/p\t\n\u00a0\u00ad\u200b\u0301\u0323ếỗ-.,;:()'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 25 }), (cs) => {
        const s = cs.join('');
        expect(cleanCell(s)).toBe(full(s));
      }),
      { numRuns: 5000 },
    );
  });
});
