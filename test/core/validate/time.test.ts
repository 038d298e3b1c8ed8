import { check, FOUR, table } from './helpers';

const L = 'Chi bộ Hành chính – Quản trị';
const only = (rows: ReturnType<typeof check>['rows'], prefix: string) => rows.filter((r) => r[0].startsWith(prefix));

describe('time rules', () => {
  const text = table(FOUR, [
    ['1', 'Nhiệm vụ không ghi thời gian', L, ''],
    ['2', 'Nhiệm vụ ghi thời gian lạ', L, 'Sớm nhất có thể'],
    ['3', 'Nhiệm vụ ghi năm bị cắt', L, 'Năm 2026 - 2'],
    ['4', 'Nhiệm vụ ghi khoảng ngược', L, 'Năm 2030 - 2026'],
    ['5', 'Nhiệm vụ ghi tên cơ quan ở cột thời gian', L, 'Sở Tài chính'],
    ['6', 'Nhiệm vụ kéo dài quá nhiệm kỳ', L, 'Năm 2031'],
    ['7', 'Nhiệm vụ hạn trước ngày ban hành', L, 'Tháng 3/2026'],
    ['8', 'Nhiệm vụ đã ban hành từ trước', L, 'Đã ban hành'],
    ['9', 'Nhiệm vụ thiếu năm', L, '6 tháng cuối năm'],
    ['10', 'Nhiệm vụ đúng hạn trong nhiệm kỳ', L, 'Quý II/2030'],
    ['11', 'Nhiệm vụ thường xuyên', L, 'Thực hiện thường xuyên'],
  ]);
  const { report, rows } = check(text, { term: { start: 2025, end: 2030 }, issuedOn: '2026-04-17' });
  const at = (line: number) => report.findings.find((f) => f.line === line && f.column === 'time')!;

  test('each broken time has its rule; good times raise nothing', () => {
    expect(only(rows, 'time.')).toEqual([
      ['time.missing', '', '1', 2, 'time'],
      ['time.unrecognised', '', '2', 3, 'time'],
      ['time.invalid', '', '3', 4, 'time'],
      ['time.reversed', '', '4', 5, 'time'],
      ['time.agency', '', '5', 6, 'time'],
      ['time.outsideTerm', '', '6', 7, 'time'],
      ['time.beforeIssue', '', '7', 8, 'time'],
      ['time.unrecognised', '', '9', 10, 'time'],
    ]);
  });

  test('severities: broken values are errors, doubtful ones warnings', () => {
    expect([2, 3, 4, 5, 6, 7, 8, 10].map((l) => at(l).severity)).toEqual(['error', 'warning', 'error', 'error', 'error', 'warning', 'warning', 'warning']);
  });

  test('messages quote the value and say why', () => {
    expect(at(3).message).toBe('Không hiểu được thời gian “Sớm nhất có thể”: Không nhận ra cụm thời gian.');
    expect(at(4).message).toContain('“Năm 2026 - 2”');
    expect(at(5).message).toContain('ngược');
    expect(at(6).message).toContain('“Sở Tài chính”');
    expect(at(7).message).toContain('2025 - 2030');
    expect(at(8).message).toContain('17/4/2026');
    expect(at(10).message).toContain('Thiếu năm');
  });

  test('without a time column (and not required) nothing is demanded', () => {
    const noTime = table(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Ghi chú'], [['1', 'Nhiệm vụ không có cột thời gian', L, '']]);
    expect(only(check(noTime).rows, 'time.')).toEqual([]);
    expect(only(check(noTime, { required: ['time'] }).rows, 'time.')).toEqual([['time.missing', '', '1', 2, 'time']]);
  });
});

describe('time rules — durations, recurrences with a day, schedules set elsewhere', () => {
  // None of these is "not understood": each is a time a reader can act on, even without a date.
  const text = table(FOUR, [
    ['1', 'Giải quyết hồ sơ đề nghị cấp phép', L, '15 ngày làm việc kể từ ngày nhận đủ hồ sơ'],
    ['2', 'Trả lời kiến nghị của cử tri', L, 'Trong vòng 30 ngày kể từ ngày nhận được kiến nghị'],
    ['3', 'Thẩm định hồ sơ', L, '05 ngày'],
    ['4', 'Báo cáo kết quả thực hiện', L, 'Hằng quý'],
    ['5', 'Tổng hợp số liệu thống kê', L, 'Trước ngày 15/12 hàng năm'],
    ['6', 'Sơ kết việc thực hiện', L, '6 tháng một lần'],
    ['7', 'Xây dựng cơ sở dữ liệu dùng chung', L, 'Theo lộ trình của Chính phủ'],
    ['8', 'Duy trì cổng dữ liệu mở', L, 'Năm 2026 và các năm tiếp theo'],
    ['9', 'Triển khai học liệu số', L, 'Bắt đầu triển khai từ năm 2026'],
    ['10', 'Ban hành quy chế phối hợp', L, 'Chậm nhất ngày 30 tháng 6 năm 2026'],
    ['11', 'Nhiệm vụ ghi ngày thiếu năm', L, 'Trước ngày 31 tháng 12'],
    ['12', 'Thủ tục không quy định thời hạn', L, 'Không quy định'],
    ['13', 'Thủ tục giải quyết ngay', L, 'Trong ngày làm việc'],
    ['14', 'Dự án đầu tư công', L, 'Theo quy định của pháp luật về đầu tư công'],
  ]);
  const { report, rows } = check(text, { term: { start: 2025, end: 2030 }, issuedOn: '2026-04-17' });

  test('only the day without its year is reported', () => {
    expect(only(rows, 'time.')).toEqual([['time.unrecognised', '', '11', 12, 'time']]);
    expect(report.findings.find((f) => f.line === 12)!.message).toContain('Thiếu năm: ngày 31 tháng 12');
  });
});
