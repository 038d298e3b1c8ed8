import fc from 'fast-check';
import { family, ScopeKeys, scopeKey } from '../../../src/core/validate/structure';
import type { Num } from '../../../src/core/validate/numbering';

// numberingFacts makes the keys of numbers under a heading once per heading (ScopeKeys); they
// must be exactly scopeKey and family, the definitions, whatever order headings come in.
describe('ScopeKeys equal scopeKey and family', () => {
  it('on a heading written by hand', () => {
    const keys = new ScopeKeys();
    const heading: Num = { kind: 'arabic', parts: [3, 2] };
    expect(keys.underHeading({ line: 12 }, heading)).toBe('12|3.2|3.2');
    expect(keys.underHeading({ line: 0 }, heading)).toBe('0|3.2|3.2');
    expect(keys.arabicFamily(heading.parts)).toBe('arabic:3.2');
    expect(keys.join([1, 10])).toBe('1.10');
  });
  it('for any headings and containers, asked in any order and again', () => {
    const parts = fc.array(fc.nat(40), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(parts, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(5), fc.nat(300)), { maxLength: 50 }), (headings, asks) => {
        const nums: Num[] = headings.map((p) => ({ kind: 'arabic', parts: p }));
        const keys = new ScopeKeys();
        for (const [h, line] of asks) {
          const heading = nums[h % nums.length];
          expect(keys.underHeading({ line }, heading)).toBe(scopeKey({ line }, heading, heading.parts));
          expect(keys.arabicFamily(heading.parts)).toBe(family('arabic', heading.parts));
          expect(keys.join(heading.parts)).toBe(heading.parts.join('.'));
        }
      }),
    );
  });
});
