/** Ministries and provincial departments: known, and a near miss never crosses the level. */
import { builtinCatalogue, matchAgency } from '../../../src/core/agencies';

const cat = builtinCatalogue();

describe('agency levels', () => {
  it.each(['Bộ Xây dựng', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'Trung ương Mặt trận Tổ quốc Việt Nam'])(
    '"%s" is in the catalogue',
    (name) => expect(matchAgency(name, cat).canonical).not.toBeNull(),
  );

  it('a typo in a ministry suggests the ministry, a typo in a department the department', () => {
    expect(matchAgency('Bộ Xây dựg', cat).suggestion).toBe('Bộ Xây dựng');
    expect(matchAgency('Sở Xây dựg', cat).suggestion).toBe('Sở Xây dựng');
  });

  it('an unknown ministry is never "corrected" into a provincial department', () => {
    const m = matchAgency('Bộ Ngoại thương', cat);
    expect(m.canonical).toBeNull();
    expect(m.suggestion === null || m.suggestion.startsWith('Bộ')).toBe(true);
  });
});
