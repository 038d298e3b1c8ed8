/**
 * Resolving an agency name (the importer's lead matching) against its definition
 * (matchReference): the near-miss search that skips entries too far apart in length, the exact
 * key by map, and — outside OCR mode — the whole text's near-miss search left until the
 * bracketed reading has failed. Random names built from catalogue names with typos, level words
 * swapped, brackets, several agencies, in both modes.
 */
import fc from 'fast-check';
import { agencyKey, builtinCatalogue, matchReference } from '../../../src/core/agencies';
import { keyOf, ocrKey, ocrKeyOf } from '../../../src/core/agencies/key';

const cat = builtinCatalogue();
const names = cat.agencies.flatMap((a) => [a.name, ...a.aliases]);

/** A name with one typo (a letter dropped, doubled or replaced) at a given place. */
const typo = (s: string, at: number, kind: number): string => {
  const i = at % Math.max(1, s.length);
  if (kind === 0) return s.slice(0, i) + s.slice(i + 1);
  if (kind === 1) return s.slice(0, i) + s[i] + s.slice(i);
  return `${s.slice(0, i)}x${s.slice(i + 1)}`;
};

const name = fc.oneof(
  fc.constantFrom(...names),
  fc.tuple(fc.constantFrom(...names), fc.nat(60), fc.nat(2)).map(([s, at, k]) => typo(s, at, k)),
  fc.tuple(fc.constantFrom(...names), fc.nat(60), fc.nat(2), fc.nat(60), fc.nat(2)).map(([s, a, k, b, l]) => typo(typo(s, a, k), b, l)),
  fc.constantFrom(
    'Sở Văn hóa và Thể thao',
    'Bộ Tài chính',
    'Phòng Nội vụ',
    'Các sở, ngành',
    'Ban Chỉ đạo',
    'Hội Nông dân xã',
    'Iiy ban nhan dan tinh',
    'Ban T6 chire Tinh viy',
    '',
  ),
);
const lead = fc.oneof(
  name,
  fc.tuple(name, fc.array(name, { minLength: 1, maxLength: 3 })).map(([outer, inner]) => `${outer} (${inner.join('; ')})`),
  fc.tuple(name, name).map(([a, b]) => `${a} (${b}`),
);

describe('agency resolution equals its definition', () => {
  it('by hand', () => {
    const r = matchReference.resolveFast('Đảng ủy UBND tỉnh (Sở Y tế; Sở Tài chính)', cat, {});
    expect(r).toEqual(matchReference.resolve('Đảng ủy UBND tỉnh (Sở Y tế; Sở Tài chính)', cat, {}));
    expect(r.canonical).toMatch(/^Đảng ủy .*\(Sở Y tế; Sở Tài chính\)$/);
    // A near miss: no canonical name, the catalogue name as a suggestion.
    expect(matchReference.resolveFast('Sở Tài chinhh', cat, {})).toEqual({ canonical: null, suggestion: 'Sở Tài chính' });
  });
  it('on random names and bracketed leads, in both modes', () => {
    fc.assert(
      fc.property(lead, fc.boolean(), (text, ocr) => {
        expect(matchReference.resolveFast(text, cat, { ocr })).toEqual(matchReference.resolve(text, cat, { ocr }));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('agencyKey (remembered) equals keyOf (computed)', () => {
  it('for names asked once and again, more than the memo holds', () => {
    const text = fc.oneof(fc.constantFrom(...names), fc.string({ unit: fc.constantFrom('U', 'B', 'N', 'D', 'ủ', 'y', ' ', '-', '–', '“', '.', 'T', 'W', 'a'), maxLength: 16 }));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), (texts) => {
        for (const t of [...texts, ...texts]) expect(agencyKey(t)).toBe(keyOf(t));
      }),
      { numRuns: 1000 },
    );
    expect(agencyKey('UBND tỉnh')).toBe('uy ban nhan dan tinh');
    expect(agencyKey(' Sở Y tế. ')).toBe('so y te');
  });
});

describe('ocrKey (remembered) equals ocrKeyOf (computed)', () => {
  it('for keys asked once and again, OCR-damaged tokens among them', () => {
    const token = fc.constantFrom('uy', 'iiy', '1ty', 'viy', 'pang', 'ddng', 'chirc', 't6', 'tran', 'trdn', 'mdt', 'quoc', 'so', 'y', 'te', 'x0', '');
    const key = fc.oneof(
      fc.constantFrom(...names).map(agencyKey),
      fc.array(token, { maxLength: 8 }).map((ts) => ts.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 20 }), (keys) => {
        for (const k of [...keys, ...keys]) expect(ocrKey(k)).toBe(ocrKeyOf(k));
      }),
      { numRuns: 1000 },
    );
    // Read by hand: "iiy" is OCR's "ủy", "t6" its "tô", "ddng" its "Đảng".
    expect(ocrKey('iiy ban nhan dan tinh')).toBe('uy ban nhan dan tinh');
    expect(ocrKey('ban t6 chuc tinh uy')).toBe('ban to chuc tinh uy');
    expect(ocrKey('ddng uy xa')).toBe('dang uy xa');
  });
});
