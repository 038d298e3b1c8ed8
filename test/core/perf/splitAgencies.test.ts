/**
 * splitAgencies' cutting of a cell (cutPieces: one slice per piece) against its definition
 * (cutPiecesPlain: the piece built character by character), on random cells of names,
 * separators, "và" in any case and brackets, balanced or not.
 */
import fc from 'fast-check';
import { cutPieces, cutPiecesPlain, splitAgencies, splitAgenciesOf } from '../../../src/core/agencies/split';

describe('cutPieces equals its definition', () => {
  it('by hand', () => {
    expect(cutPieces('Sở Y tế; Sở Tài chính và Công an tỉnh')).toEqual([
      { sep: '', text: 'Sở Y tế' },
      { sep: ';', text: ' Sở Tài chính' },
      { sep: ' và ', text: 'Công an tỉnh' },
    ]);
    expect(cutPieces('Đảng ủy UBND tỉnh (Sở Y tế, Sở Nội vụ), Công an tỉnh')).toEqual([
      { sep: '', text: 'Đảng ủy UBND tỉnh (Sở Y tế, Sở Nội vụ)' },
      { sep: ',', text: ' Công an tỉnh' },
    ]);
    expect(splitAgencies('Sở Văn hóa, Thể thao và Du lịch; UBND các huyện')).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'UBND các huyện']);
  });
  it('on random cells', () => {
    const piece = fc.constantFrom('Sở Y tế', 'ban', ' ', ' và ', ' VÀ ', ' Và ', 'và', ';', ',', '(', ')', '[', ']', 'a', 'ủ', 'Đ', ' và', 'và ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (ps) => {
        const s = ps.join('');
        expect(cutPieces(s)).toEqual(cutPiecesPlain(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('splitAgencies (remembered) equals splitAgenciesOf (computed)', () => {
  it('for cells asked once and again, each answer a new array', () => {
    const piece = fc.constantFrom('Sở Y tế', 'Sở Tài chính', 'UBND tỉnh', 'ban', 'ngành', ' ', ' và ', ';', ',', '(', ')', 'Đảng ủy', '.', '\u200b');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 8 }), { maxLength: 10 }), (cells) => {
        const texts = cells.map((ps) => ps.join(''));
        for (const t of [...texts, ...texts]) expect(splitAgencies(t)).toEqual(splitAgenciesOf(t));
      }),
      { numRuns: 1000 },
    );
    // A caller may change its array: the next answer is unchanged.
    const first = splitAgencies('Sở Y tế; Sở Tài chính');
    first.push('Sở Nội vụ');
    expect(splitAgencies('Sở Y tế; Sở Tài chính')).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });
});
