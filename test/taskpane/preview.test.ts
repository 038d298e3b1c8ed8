import { parse } from '../../src/taskpane/actions';

// An invented plan: four columns under other headers than the appendix's, TT 3 missing.
const PLAN = [
  'KẾ HOẠCH',
  'Số hóa hồ sơ lưu trữ năm 2026',
  '',
  'STT\tNội dung công việc\tĐơn vị chủ trì\tThời hạn hoàn thành',
  '1\tRà soát danh mục hồ sơ lưu trữ của các phòng chuyên môn thuộc Sở, lập kế hoạch số hóa theo thứ tự ưu tiên\tSở Nội vụ\tQuý III/2026',
  '2\tTập huấn sử dụng phần mềm quản lý hồ sơ điện tử\tSở Khoa học và Công nghệ\tTháng 8/2026',
  '4\tKiểm tra việc cập nhật hồ sơ lên hệ thống\tSở Nội vụ\tThường xuyên',
].join('\n');

describe('import preview', () => {
  const r = parse(PLAN);
  if (!r.ok) throw new Error(r.message);
  const p = r.value.preview;
  const t = p.tables[0];

  it('says how each header of the document was mapped', () => {
    expect(t.mapping).toEqual([
      { source: 'STT', target: 'TT' },
      { source: 'Nội dung công việc', target: 'Nhiệm vụ' },
      { source: 'Đơn vị chủ trì', target: 'Cơ quan chủ trì' },
      { source: 'Thời hạn hoàn thành', target: 'Thời gian' },
    ]);
  });

  it('shows the first three rows: TT, the start of the task, lead, time and the due date it gives', () => {
    expect(t.samples).toEqual([
      { tt: '1', task: 'Rà soát danh mục hồ sơ lưu trữ của các phòng chuyên môn thuộc Sở, lập kế hoạch…', lead: 'Sở Nội vụ', time: 'Quý III/2026', due: '30/09/2026' },
      { tt: '2', task: 'Tập huấn sử dụng phần mềm quản lý hồ sơ điện tử', lead: 'Sở Khoa học và Công nghệ', time: 'Tháng 8/2026', due: '31/08/2026' },
      { tt: '4', task: 'Kiểm tra việc cập nhật hồ sơ lên hệ thống', lead: 'Sở Nội vụ', time: 'Thường xuyên', due: 'thường xuyên' },
    ]);
  });

  it('lists the problems by kind with their rows: the missing TT 3 before line 7', () => {
    const gap = p.problems.find((g) => g.rule === 'structure.gap');
    expect(gap?.rows).toEqual([{ table: '', tt: '4', line: 7, message: expect.stringContaining('thiếu 3') }]);
    expect(p.problems.reduce((n, g) => n + g.rows.length, 0)).toBe(p.errors + p.warnings);
  });
});
