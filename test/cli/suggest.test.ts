import { didYouMean, editDistance, nearest } from '../../src/cli/suggest';

describe('suggestions for a mistyped name', () => {
  it('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('imprt', 'import')).toBe(1);
    expect(editDistance('asof', 'as-of')).toBe(1);
    expect(editDistance('valdiate', 'validate')).toBe(2);
    expect(editDistance('', 'json')).toBe(4);
  });

  it('the nearest name, only when it is close', () => {
    const commands = ['parse', 'amend', 'validate', 'import', 'split', 'merge', 'report'];
    expect(nearest('imprt', commands)).toBe('import');
    expect(nearest('IMPORT', commands)).toBe('import');
    expect(nearest('valdiate', commands)).toBe('validate');
    expect(nearest('xoa-het', commands)).toBeNull();
    expect(nearest('x', commands)).toBeNull();
  });

  it('the sentence a clerk reads', () => {
    expect(didYouMean('as-off', ['as-of', 'json'], '--')).toBe(' Có phải ý bạn là “--as-of”?');
    expect(didYouMean('zzz', ['as-of'])).toBe('');
  });
});
