/** The change log on screen shows where a long text changed, not two identical beginnings. */
import { clipPair } from '../../../src/core/amend/summary';

const opening =
  'Xây dựng và triển khai kế hoạch chuyển đổi số trong các cơ quan hành chính nhà nước cấp tỉnh, cấp xã, bảo đảm kết nối liên thông dữ liệu giữa các phần mềm dùng chung, ';

describe('clipPair', () => {
  it('keeps short texts whole', () => {
    expect(clipPair('Sở Tài chính', 'Sở Kế hoạch')).toEqual(['Sở Tài chính', 'Sở Kế hoạch']);
  });

  it('shows the first difference of two long texts that share their beginning', () => {
    const [before, after] = clipPair(`${opening}hoàn thành trong năm 2026.`, `${opening}hoàn thành trong quý II năm 2027.`);
    expect(before).toMatch(/^…/);
    expect(before).toContain('trong năm 2026');
    expect(after).toContain('trong quý II năm 2027');
    expect(before).not.toBe(after);
    expect(before.length).toBeLessThanOrEqual(160);
  });

  it('cuts at the end only when the difference is near the start', () => {
    const [before, after] = clipPair(`Triển khai ${opening.repeat(2)}`, `Tổ chức ${opening.repeat(2)}`);
    expect(before.startsWith('Triển khai')).toBe(true);
    expect(after.startsWith('Tổ chức')).toBe(true);
    expect(before.endsWith('…')).toBe(true);
  });

  it('leaves an empty side empty (an addition or a removal)', () => {
    expect(clipPair('', `${opening}mới.`)[0]).toBe('');
    expect(clipPair(`${opening}cũ.`, '')[1]).toBe('');
  });
});
