/** Header words seen in real plans of provinces and ministries name their column (issue: real documents). */
import { classifyHeader } from '../../../src/core/import/columns';

describe('header words', () => {
  it.each([
    ['Tên nhiệm vụ', 'task'],
    ['Nội dung công việc', 'task'],
    ['Nhiệm vụ, giải pháp', 'task'],
    ['Tên đề án', 'task'],
    ['Đơn vị chủ trì', 'lead'],
    ['Cơ quan thực hiện', 'lead'],
    ['Cơ quan/đơn vị chủ trì', 'lead'],
    ['Đơn vị/ người thực hiện', 'lead'],
    ['Người thực hiện', 'lead'],
    ['Thời gian hoàn thành', 'time'],
    ['Thời hạn', 'time'],
    ['Thời gian dự kiến hoàn thành', 'time'],
    ['Nguồn kinh phí', 'resources'],
    ['Kinh phí thực hiện', 'resources'],
    ['Tổng kinh phí', 'resources'],
    ['Sản phẩm dự kiến', 'notes'],
    ['Sản phẩm đầu ra', 'notes'],
    ['Kết quả dự kiến', 'notes'],
    ['Văn bản giao nhiệm vụ', 'notes'],
    ['Hình thức văn bản', 'notes'],
    ['Tiến độ', 'progress'],
    ['Kết quả thực hiện', 'progress'],
    ['Cơ quan phối hợp', 'partners'],
    ['Thẩm quyền ban hành', 'authority'],
    ['STT', 'tt'],
    ['Số TT', 'tt'],
  ])('"%s" → %s', (header, key) => {
    expect(classifyHeader(header)).toBe(key);
  });

  it('words that name no column stay unrecognised (their cells go to Ghi chú, the user is told)', () => {
    expect(classifyHeader('Mã số')).toBeNull();
    expect(classifyHeader('Diện tích (ha)')).toBeNull();
  });
});
