import { check, FOUR, table } from './helpers';

const rowsOf = (text: string) => check(text).rows.filter((r) => r[0].startsWith('structure.'));
const L = 'Chi bộ Hành chính – Quản trị';
const T = 'Năm 2026';

describe('structure rules', () => {
  test('gap, duplicate and out-of-order numbers among siblings', () => {
    const text = table(FOUR, [
      ['I', 'Mục một', '', ''],
      ['1', 'Nhiệm vụ thứ nhất của mục một', L, T],
      ['2', 'Nhiệm vụ thứ hai của mục một', L, T],
      ['4', 'Nhiệm vụ thứ tư của mục một', L, T],
      ['4', 'Nhiệm vụ thứ tư lặp số của mục một', L, T],
      ['5', 'Nhiệm vụ thứ năm của mục một', L, T],
      ['3', 'Nhiệm vụ thứ ba đặt sau của mục một', L, T],
      ['III', 'Mục ba', '', ''],
      ['1', 'Nhiệm vụ đầu tiên của mục ba', L, T],
    ]);
    const { report, rows } = check(text);
    expect(rows).toEqual([
      ['structure.gap', '', '4', 5, 'tt'],
      ['structure.duplicate', '', '4', 6, 'tt'],
      ['structure.order', '', '3', 8, 'tt'],
      ['structure.gap', '', 'III', 9, 'tt'],
    ]);
    expect(report.findings[0].message).toBe('Số thứ tự nhảy từ 2 lên 4: thiếu 3.');
    expect(report.findings[1].message).toBe('Số thứ tự 4 trùng với dòng 5.');
    expect(report.findings[2].message).toBe('Số thứ tự 3 đứng sau 5.');
    expect(report.findings[3].message).toBe('Số thứ tự nhảy từ I lên III: thiếu II.');
    expect(report.findings[3].itemIndex).toBeNull();
  });

  test('one mistyped or misplaced number is one finding, not a cascade', () => {
    const typo = table(
      FOUR,
      [1, 2, 3, 9, 5, 6].map((n) => [String(n), `Nhiệm vụ số ${n} trong danh sách`, L, T]),
    );
    expect(rowsOf(typo)).toEqual([['structure.gap', '', '9', 5, 'tt']]);
    expect(check(typo).report.findings[0].suggestion).toBe('4');
    const swapped = table(
      FOUR,
      [1, 2, 4, 3, 5].map((n) => [String(n), `Nhiệm vụ số ${n} trong danh sách`, L, T]),
    );
    expect(rowsOf(swapped)).toEqual([['structure.gap', '', '4', 4, 'tt']]);
  });

  test('numbering may restart in each section or run on through the table', () => {
    const restart = table(FOUR, [
      ['I', 'Một', '', ''],
      ['1', 'Nhiệm vụ a của mục một', L, T],
      ['2', 'Nhiệm vụ b của mục một', L, T],
      ['II', 'Hai', '', ''],
      ['1', 'Nhiệm vụ a của mục hai', L, T],
    ]);
    const runOn = restart.replace('1\tNhiệm vụ a của mục hai', '3\tNhiệm vụ a của mục hai');
    expect(rowsOf(restart)).toEqual([]);
    expect(rowsOf(runOn)).toEqual([]);
    const neither = restart.replace('1\tNhiệm vụ a của mục hai', '5\tNhiệm vụ a của mục hai');
    expect(rowsOf(neither)).toEqual([['structure.gap', '', '5', 6, 'tt']]);
  });

  test('a number from the wrong level under a numbered heading, and the row without a number', () => {
    const text = table(FOUR, [
      ['<b>1</b>', '<b>Nhóm một</b>', '', ''],
      ['1.1', 'Nhiệm vụ 1.1 của nhóm', L, T],
      ['1.2', 'Nhiệm vụ 1.2 của nhóm', L, T],
      ['', 'Nhiệm vụ chưa đánh số của nhóm', L, T],
      ['1.4', 'Nhiệm vụ 1.4 của nhóm', L, T],
      ['2.0', 'Nhiệm vụ ghi nhầm 2.0 của nhóm', L, T],
      ['<b>2</b>', '<b>Nhóm hai</b>', '', ''],
      ['1', 'Nhiệm vụ ghi nhầm 1 của nhóm hai', L, T],
      ['2.1', 'Nhiệm vụ 2.1 của nhóm hai', L, T],
    ]);
    const { report, rows } = check(text);
    expect(rows).toEqual([
      ['structure.noNumber', '', '', 5, 'tt'],
      ['structure.wrongLevel', '', '2.0', 7, 'tt'],
      ['structure.wrongLevel', '', '1', 9, 'tt'],
    ]);
    expect(report.findings.map((f) => f.suggestion)).toEqual(['1.3', '1.5', '2.1']);
  });

  test('indicator sub-rows have no number and no time by design', () => {
    const text = table(
      ['STT', 'Chỉ tiêu', 'Mục tiêu 2026 - 2030', 'Đơn vị tham mưu'],
      [
        ['<b>I</b>', '<b>Về kinh tế</b>', '', ''],
        ['1', '- Tốc độ tăng trưởng GRDP', 'Bình quân 10%', 'Chi bộ Tổng hợp – Nội chính'],
        ['', '- GRDP bình quân đầu người', '90 triệu đồng', ''],
        ['', '+ Trong đó khu vực nông nghiệp', '5%', ''],
        ['2', 'Thu ngân sách nhà nước trên địa bàn', '> 4.500 tỷ đồng', ''],
      ],
    );
    const { programme, rows } = check(text);
    expect(programme.tables[0].kind).toBe('indicators');
    expect(rows).toEqual([]);
  });

  test('no numbers at all: nothing to say about numbering', () => {
    const text = table(FOUR, [
      ['', 'Nhiệm vụ không đánh số một', L, T],
      ['', 'Nhiệm vụ không đánh số hai', L, T],
    ]);
    expect(rowsOf(text)).toEqual([]);
  });

  test('empty task, cut-off task, heading with lead or time', () => {
    const text = table(FOUR, [
      ['<b>1</b>', '<b>Nhóm có chủ trì và thời gian</b>', L, 'Năm 2027'],
      ['1.1', '', L, T],
      ['1.2', 'Xây dựng kế hoạch triển khai thực hiện Đề án của', L, T],
      ['1.3', 'Nghị quyết về phát triển du lịch (giai đoạn 2026 - 2030', L, T],
      ['1.4', 'Nhiệm vụ về đầu tư', L, T],
      ['1.5', 'Phát triển các ngành dịch vụ, thương mại, du lịch...', L, T],
    ]);
    const { report, rows } = check(text);
    expect(rows.filter((r) => r[0].startsWith('structure.'))).toEqual([
      ['structure.headingLead', '', '1', 2, 'lead'],
      ['structure.headingTime', '', '1', 2, 'time'],
      ['structure.emptyTask', '', '1.1', 3, 'task'],
      ['structure.cutOff', '', '1.2', 4, 'task'],
      ['structure.cutOff', '', '1.3', 5, 'task'],
    ]);
    expect(report.findings.find((f) => f.line === 4)!.message).toContain('(“của”)');
  });

  test('the same task twice in a document, after normalising case, accents and punctuation', () => {
    const a = table(FOUR, [
      ['1', 'Cao tốc Bảo Hà (Lào Cai) - Lai Châu (CT13).', L, T],
      ['2', 'Hầm đường bộ qua đèo Khau Co.', L, T],
    ]);
    const b = table(FOUR, [
      ['1', 'CAO TỐC BẢO HÀ (LÀO CAI) – LAI CHÂU (CT.13)', L, T],
      ['2', 'Hầm đường bộ qua đèo Hoàng Liên.', L, T],
    ]);
    const { report, rows } = check(`PHỤ LỤC 1\nA\n\n${a}\n\nPHỤ LỤC 2\nB\n\n${b}`);
    expect(rows).toEqual([['structure.duplicateTask', 'PHỤ LỤC 2', '1', 12, 'task']]);
    expect(report.findings[0].message).toContain('PHỤ LỤC 1, mục 1, dòng 5');
  });
});
