import fc from 'fast-check';
import { samePath } from '../../../src/core/validate/lead';

// leadFacts compares section paths part by part; the answer must be that of joining them (the definition).
describe('samePath equals comparing the joined paths', () => {
  it('on paths written by hand', () => {
    expect(samePath(['I. Kinh tế', '1. Nông nghiệp'], ['I. Kinh tế', '1. Nông nghiệp'])).toBe(true);
    expect(samePath(['I. Kinh tế'], ['I. Kinh tế', '1. Nông nghiệp'])).toBe(false);
    expect(samePath([], [''])).toBe(true);
    expect(samePath(['a\u0000b'], ['a', 'b'])).toBe(true);
  });
  it('for any paths', () => {
    const part = fc.constantFrom('', 'I. Kinh tế', 'II. Xã hội', 'a', 'b', 'a\u0000b', '\u0000');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 3 }), fc.array(part, { maxLength: 3 }), (a, b) => {
        expect(samePath(a, b)).toBe(a.join('\u0000') === b.join('\u0000'));
        expect(samePath(a, [...a])).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
