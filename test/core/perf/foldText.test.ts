/**
 * The time parser's foldText (a table per UTF-16 unit, a buffer) against its definition
 * (foldTextPlain: foldChar of each unit, concatenated), for every unit and for random text.
 */
import fc from 'fast-check';
import { foldText, foldTextPlain } from '../../../src/core/time/normalize';

describe('foldText equals its definition', () => {
  it('by hand', () => {
    expect(foldText('Quí IV–2025')).toBe('qui iv-2025');
    expect(foldText('Đến hết năm 2026')).toBe('den het nam 2026');
    expect(foldText('năm 2026')).toBe('nam 2026');
    const plain = 'nam 2026';
    expect(foldText(plain)).toBe(plain);
  });
  it('for every UTF-16 unit alone, lone surrogates included', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      expect(foldText(s)).toBe(foldTextPlain(s));
    }
  });
  it('on random text, long text included', () => {
    const char = fc.oneof(
      fc.constantFrom(...'aAđĐăÂêÔơƯ ̣́̀̃̉–—−İΣ😀\ud800\udc00'.split('')),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (cs) => {
        const s = cs.join('');
        expect(foldText(s)).toBe(foldTextPlain(s));
      }),
      { numRuns: 3000 },
    );
    const long = 'Quý IV–2026 của Sở Nội vụ 😀 \ud800 '.repeat(700);
    expect(foldText(long)).toBe(foldTextPlain(long));
  });
});
