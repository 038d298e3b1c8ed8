/**
 * detectQuality's one-pass count (countMarked) against its definition (countMarkedPlain: split
 * the NFC text into words, fold each word's lower case, look it up), on random text built from
 * marked and unmarked common words, capitals, decomposed marks, İ, the Kelvin sign, Greek sigma,
 * astral and lone surrogate characters, digits and punctuation.
 */
import fc from 'fast-check';
import { countMarked, countMarkedPlain, detectQuality, detectQualityOfParts } from '../../../src/core/ocr/quality';

describe('countMarked equals its definition', () => {
  it('by hand', () => {
    // của, tỉnh, và, các, được, thực, hiện: 7 marked words; "cua", "VA" written bare: 2 more, unmarked.
    expect(countMarked('Ủy ban của tỉnh và các sở được giao thực hiện; cua VA 2026')).toEqual({ sample: 9, unmarked: 2 });
    // Decomposed "của" (u + U+0309 composes under NFC), capitals, a word glued to digits.
    expect(countMarked('CU\u0309A Tinh tinh2 \u212Aua')).toEqual({ sample: 2, unmarked: 1 });
    expect(countMarked('')).toEqual({ sample: 0, unmarked: 0 });
    expect(countMarked('truong truongg 😀va va😀 𝐀va')).toEqual({ sample: 3, unmarked: 3 });
  });
  it('on random text, and on parts as on the parts joined by spaces or newlines', () => {
    const pieces = [
      'cua',
      'của',
      'CỦA',
      'va',
      'và',
      'Và',
      'cac',
      'các',
      'duoc',
      'được',
      'ĐƯỢC',
      'truong',
      'trường',
      'nguoi',
      'người',
      'te',
      'tế',
      'tu',
      'từ',
      'tinh',
      'tỉnh',
      'nhiem',
      'nhiệm',
      'xay',
      'xây',
      'thoi',
      'thời',
      'a',
      'b',
      'c',
      'd',
      'đ',
      'Đ',
      'u',
      'ư',
      'o',
      'ơ',
      'e',
      'ê',
      'i',
      'İ',
      'ı',
      '\u212A',
      'Σ',
      'σ',
      'ς',
      '\u0300',
      '\u0301',
      '\u0309',
      '\u0323',
      '\u031b',
      '1',
      '2',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '-',
      '/',
      '.',
      ',',
      '😀',
      '𝐀',
      '\ud800',
      '\udc00',
      'ﬁ',
      '河',
      'ǅ',
      'ẞ',
      'ß',
      '\u0345',
    ];
    const piece = fc.oneof(
      fc.constantFrom(...pieces),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (ps) => {
        const s = ps.join('');
        expect(countMarked(s)).toEqual(countMarkedPlain(s));
        // The same pieces as parts (a part may start with a combining mark or end in a letter).
        expect(detectQualityOfParts(ps)).toEqual(detectQuality(ps.join(' ')));
        expect(detectQualityOfParts(ps)).toEqual(detectQuality(ps.join('\n')));
      }),
      { numRuns: 5000 },
    );
  });
  it('the verdict: 20 or more common words, 30 % of them bare', () => {
    const clean = 'của và các được thực hiện '.repeat(4);
    expect(detectQuality(clean).quality).toBe('clean');
    const scanned = 'cua va cac duoc thuc hien '.repeat(2) + 'của và các được thực hiện '.repeat(2);
    expect(detectQuality(scanned)).toEqual({ quality: 'ocr', unmarkedShare: 0.5, sample: 24 });
    // Parts: "cu" and "a" are no word of the list (never joined across parts); "của" is.
    expect(detectQualityOfParts(['cu', 'a', 'cu\u0309a', 'va'])).toEqual({ quality: 'clean', unmarkedShare: 0.5, sample: 2 });
  });
});
