/** The plan's print layout: widths for paper, rows sized by the printed text only, Kiểm tra for paper. */
import { importProgramme } from '../../../src/core/import';
import { buildWorkbook } from '../../../src/core/plan';
import { planCheck } from '../../../src/core/plan/checkSheet';
import { columnPoints, fitWidthsToPage, printableSize } from '../../../src/core/plan/printSetup';
import type { Finding } from '../../../src/core/validate/types';

const settings = { asOf: '2026-11-30', dueSoonDays: 30 };

describe('widths for paper', () => {
  it('A4 landscape between margins 30/15 mm is 252 mm = 714.3 pt wide', () => {
    expect(printableSize('landscape').width).toBeCloseTo(714.33, 1);
    // 10 characters of Calibri 11: 70 px + 5 px padding = 75 px = 56.25 pt.
    expect(columnPoints(10)).toBe(56.25);
  });

  it('keeps widths that fit and narrows the others above their minimums to fit at 100 %', () => {
    expect(fitWidthsToPage([7, 50, 24], [5, 30, 14])).toEqual([7, 50, 24]);
    const wide = [7, 50, 24, 20, 16, 20, 20, 18];
    const mins = [5, 30, 14, 12, 11, 11, 11, 10];
    const fitted = fitWidthsToPage(wide, mins);
    fitted.forEach((w, i) => expect(w >= mins[i] && w <= wide[i]).toBe(true));
    expect(fitted.reduce((a, w) => a + columnPoints(w), 0)).toBeLessThanOrEqual(714.33);
    // The task column stays the widest.
    expect(Math.max(...fitted)).toBe(fitted[1]);
  });
});

describe('the appendix on paper', () => {
  const longTitle = 'NHIỆM VỤ PHÁT TRIỂN KINH TẾ NÔNG NGHIỆP HÀNG HÓA GẮN VỚI XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU, BẢO VỆ MÔI TRƯỜNG SINH THÁI VÀ THÍCH ỨNG VỚI BIẾN ĐỔI KHÍ HẬU';
  const text = [
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ THỬ',
    'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\tGhi chú',
    `I\t${longTitle}\t\t\t`,
    '1\tRà soát vùng chè\tSở Tài chính\tQuý IV/2026\t',
  ].join('\n');
  const { appendices } = buildWorkbook({ programme: importProgramme(text), settings });
  const sheet = appendices[0].sheet;

  it('does not let the section path Mục set the height of an item row', () => {
    const row = appendices[0].itemRows[0];
    // "Rà soát vùng chè" and the other item cells fit one line; only Mục ("I. NHIỆM VỤ …", 150 characters) is long.
    expect(sheet.tables[0].rows[row - 7][sheet.tables[0].columns.findIndex((c) => c.key === 'section')]).toContain('NHIỆM VỤ PHÁT TRIỂN');
    expect(sheet.heights?.[row]).toBeUndefined();
  });

  it('prints columns A–E (TT … Ghi chú) down to the last row, the header row repeated, the title block over them', () => {
    // Rows 1–8: the title block, the header (6), heading I (7), item 1 (8).
    expect(sheet.print).toMatchObject({ printArea: 'A1:E8', titleRows: '6:6', orientation: 'landscape', blackAndWhite: true });
    expect(sheet.merges).toContain('A1:E1');
  });
});

describe('Kiểm tra on paper', () => {
  const finding = (severity: Finding['severity'], tt: string): Finding =>
    ({
      rule: 'lead.missing',
      severity,
      table: '',
      tableIndex: 0,
      tt,
      line: 1,
      itemIndex: null,
      column: 'lead',
      value: 'x'.repeat(300),
      message: `Thiếu cơ quan chủ trì (${tt})`,
    }) as Finding;
  const sheet = planCheck(
    [finding('warning', '1'), finding('error', '2'), finding('warning', '3'), finding('error', '4')],
    [],
    [{ line: 12, text: 'Đoạn văn mở đầu của kế hoạch nêu căn cứ ban hành và mục đích chung.'.repeat(4), reason: 'Văn bản ngoài bảng' }],
  );
  const findings = sheet.tables[0];

  it('lists errors first, then warnings, each in the order found, with an empty Đã xử lý column', () => {
    expect(findings.rows.map((r) => [r[1], r[3]])).toEqual([
      ['Lỗi', '2'],
      ['Lỗi', '4'],
      ['Cảnh báo', '1'],
      ['Cảnh báo', '3'],
    ]);
    expect(findings.columns.map((c) => c.header).pop()).toBe('Đã xử lý');
    expect(findings.rows.every((r) => r[9] === null)).toBe(true);
  });

  it('shortens a long Giá trị (the whole text is in the linked cell)', () => {
    expect(String(findings.rows[0][5]).length).toBeLessThanOrEqual(160);
    expect(String(findings.rows[0][5])).toMatch(/…$/);
  });

  it('fits the page width at 100 % and spreads the not-imported text over the wide middle columns', () => {
    expect(sheet.widths.reduce((a, w) => a + columnPoints(w), 0)).toBeLessThanOrEqual(714.33);
    // Findings in rows 5–8, the not-imported header at 4 + 4 + 3 = 11, its one row at 12.
    expect(sheet.print).toMatchObject({ printArea: 'A1:J12', orientation: 'landscape', titleRows: '4:4' });
    const textCell = sheet.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('Đoạn văn mở đầu'))!;
    expect(sheet.merges).toContain(`B${textCell.row}:H${textCell.row}`);
    // 4 × 67 = 268 characters over B–H (9+11+6+12+15+32+14 = 99, 98 characters a line): 3 lines of 15.75 pt.
    expect(sheet.heights?.[textCell.row]).toBe(47.25);
  });
});
