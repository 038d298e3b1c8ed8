/** Appendix sheet names in sentence case keep their numbers as the document prints them. */
import { sentenceCase } from '../../../src/core/plan/layout';

describe('sentenceCase of an appendix label', () => {
  test.each([
    ['PHỤ LỤC', 'Phụ lục'],
    ['PHỤ LỤC 3', 'Phụ lục 3'],
    ['PHỤ LỤC II', 'Phụ lục II'],
    ['PHỤ LỤC IV.', 'Phụ lục IV.'],
    ['PHỤ LỤC 1A', 'Phụ lục 1A'],
    ['PHỤ LỤC A', 'Phụ lục A'],
    ['PHỤ LỤC KÈM THEO KẾ HOẠCH SỐ 12/KH-UBND', 'Phụ lục kèm theo kế hoạch số 12/KH-UBND'],
    ['DANH MỤC NHIỆM VỤ', 'Danh mục nhiệm vụ'],
    ['Phụ lục ii', 'Phụ lục ii'],
  ])('%s → %s', (label, name) => expect(sentenceCase(label)).toBe(name));
});
