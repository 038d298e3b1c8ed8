/**
 * Tổng hợp for the reporting cycle: the agency table lists the agencies with the most overdue
 * tasks first, and the overdue list says how many days late each task is on the report date.
 * Hand-made plan: Sở A has 1 overdue task, Sở B 2, Sở C none.
 */
import { importProgramme } from '../../../src/core/import';
import { buildWorkbook } from '../../../src/core/plan';
import { validateProgramme } from '../../../src/core/validate';

const TEXT = [
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tRà soát danh mục dự án\tSở Kế hoạch và Đầu tư\tTháng 1/2027',
  '2\tCông bố quy hoạch phân khu\tSở Xây dựng\tTháng 2/2027',
  '3\tHoàn thiện hồ sơ đất đai\tSở Xây dựng\t15/03/2027',
  '4\tTổ chức hội nghị tổng kết\tSở Nội vụ\tTháng 12/2027',
].join('\n');

describe('Tổng hợp, as of 31/03/2027', () => {
  const programme = importProgramme(TEXT);
  const built = buildWorkbook({
    programme,
    findings: validateProgramme(programme).findings,
    settings: { asOf: '2027-03-31', dueSoonDays: 30, today: '2027-03-31' },
  });
  const plan = built.plan;
  const summary = plan.sheets.find((s) => s.kind === 'summary')!;
  const rowOf = (text: string) => summary.cells.find((c) => c.col === 1 && c.value === text)?.row ?? -1;

  it('lists the agency with the most overdue tasks first', () => {
    const rows = ['Sở Xây dựng', 'Sở Kế hoạch và Đầu tư', 'Sở Nội vụ'].map(rowOf);
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it('gives the days overdue of each late task on the list (a live formula, its value checked too)', () => {
    const header = summary.cells.find((c) => c.value === 'Số ngày quá hạn')!;
    const listed = summary.cells.filter((c) => c.col === 7 && c.row > header.row);
    expect(listed.map((c) => (c.value as { formula: string }).formula)).toEqual(listed.map((c) => `IF(F${c.row}="Quá hạn",NgayBaoCao-E${c.row},"")`));
    // Tháng 1/2027 → 31/01: 59 days; Tháng 2/2027 → 28/02: 31 days; 15/03: 16 days.
    const days = built.expected
      .filter((e) => /Số ngày quá hạn/.test(e.what))
      .map((e) => e.value)
      .sort((a, b) => a - b);
    expect(days).toEqual([16, 31, 59]);
  });
});
