/** The Chu kỳ tab's logic without Office: agency books → .xlsx bytes → read back as replies → merge. */
import { buildWorkbook } from '../../src/core/plan';
import { importProgramme } from '../../src/core/import';
import { workbookBytes } from '../../src/render/exceljs';
import { readWorkbookTables } from '../../src/render/exceljs/readTables';
import { agencyBooks, base64, bookBytes, mergeInPane, periodNotice, readReplies, reportInPane, sentSheetOf, withoutLeadNotice, CycleState } from '../../src/taskpane/logic/cycle';
import type { CellScalar, SheetPlan } from '../../src/app';

const T = (...cells: string[]) => cells.join('\t');
const DOC = [
  T('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'),
  T('<b>I</b>', '<b>Lĩnh vực kinh tế</b>', '', ''),
  T('1', 'Xây dựng đề án phát triển hợp tác xã kiểu mới', 'Sở Tài chính', 'Quý I/2026'),
  T('2', 'Ban hành kế hoạch chuyển đổi số trong nông nghiệp', 'Sở Khoa học và Công nghệ', 'Tháng 3/2026'),
  T('3', 'Rà soát danh mục dự án đầu tư công', 'Sở Tài chính', 'Năm 2027'),
].join('\n');

async function state(doc = DOC): Promise<CycleState> {
  const plan = buildWorkbook({ programme: importProgramme(doc), settings: { asOf: '2026-06-30', dueSoonDays: 30 } }).plan;
  const wb = await readWorkbookTables(await workbookBytes(plan));
  return { tables: wb.tables, catalogueRows: wb.catalogueRows, sheets: wb.sheets, history: [], log: [], results: [] };
}

describe('Chu kỳ tab logic', () => {
  it('prepares one book per lead agency, readable as a reply, and merges an edited reply', async () => {
    const s = await state();
    const books = agencyBooks(s, { asOf: '2026-06-30', replyBy: '2026-07-15', sendTo: 'Văn phòng UBND tỉnh', now: new Date(2026, 6, 1, 8, 0, 0) });
    expect(books.map((b) => [b.agency, b.leads])).toEqual([
      ['Sở Khoa học và Công nghệ', 1],
      ['Sở Tài chính', 2],
    ]);
    const bytes = await bookBytes(books[1]);
    expect(Buffer.from(base64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
    const { replies, refused } = await readReplies([
      { name: 'tc.xlsx', bytes },
      { name: 'khong-phai.xlsx', bytes: new Uint8Array([1, 2, 3]) },
    ]);
    expect(refused).toEqual(['khong-phai.xlsx']);
    expect(replies[0].identity.agency).toBe('Sở Tài chính');
    // The agency reports point 1 (due 31/03/2026) done on 15/04/2026.
    const h = replies[0].table.headers;
    const row = replies[0].table.rows.find((r) => r[h.indexOf('TT')] === '1')!;
    row[h.indexOf('Tiến độ')] = 'Hoàn thành';
    row[h.indexOf('Ngày hoàn thành')] = '15/04/2026';
    const m = mergeInPane(s, replies, { asOf: '2026-06-30', dueSoonDays: 30, now: new Date(2026, 6, 2, 9, 0, 0) });
    expect(m.result.conflicts).toEqual([]);
    expect(m.result.updated.map((u) => u.cells)).toEqual([['Tiến độ', 'Ngày hoàn thành']]);
    expect(m.result.notReplied).toEqual(['Sở Khoa học và Công nghệ']);
    // Point 1 done late, point 2 (Tháng 3/2026) overdue, point 3 (2027) in schedule.
    expect(m.report.counts['Hoàn thành quá hạn']).toBe(1);
    expect(m.report.counts['Quá hạn']).toBe(1);
    expect(m.report.counts['Trong hạn']).toBe(1);
    expect(m.backup).toMatch(/^Sao lưu gộp /);
    expect(m.merged).toBe(1);
    expect(m.sheets.map((x) => x.name)).toEqual([m.backup, 'Báo cáo', 'Lịch sử', 'Lần gộp', 'Kết quả báo cáo']);
    const r = reportInPane(s, { asOf: '2026-06-30', dueSoonDays: 30, now: new Date() });
    expect(r.sheets.map((x) => x.name)).toEqual(['Báo cáo', 'Lịch sử']);
    expect(r.report.counts['Quá hạn']).toBe(2); // before the merge: points 1 and 2
    // Lịch sử now has 30/06: preparing files for 30/06 again reminds to set the new period's date.
    const after = { ...s, history: [[46203]] as CellScalar[][] };
    expect(periodNotice(s, '2026-06-30')).toBe('');
    expect(periodNotice(after, '2026-06-30')).toMatch(/^Lưu ý: ngày báo cáo 30\/06\/2026 đã có số liệu ở trang «Lịch sử»/);
    expect(periodNotice(after, '2026-09-30')).toBe('');
  });

  it('says how many tasks no agency book gets, as phuluc split does (no lead written)', async () => {
    expect(withoutLeadNotice(await state(), '2026-06-30')).toBe('');
    const doc = [DOC, T('4', 'Tổng kết việc thực hiện chương trình', '', 'Tháng 12/2026'), T('5', 'Đánh giá giữa kỳ kết quả thực hiện', '', 'Tháng 6/2026')].join('\n');
    const s = await state(doc);
    expect(agencyBooks(s, { asOf: '2026-06-30', replyBy: null, sendTo: null, now: new Date(2026, 6, 1) }).reduce((n, b) => n + b.leads, 0)).toBe(3);
    expect(withoutLeadNotice(s, '2026-06-30')).toBe(
      'Cảnh báo: 2 nhiệm vụ chưa ghi cơ quan chủ trì nên không có trong tệp nào: điền cột “Cơ quan chủ trì” trong sổ rồi bấm lại «Chuẩn bị tệp cho các cơ quan».',
    );
  });

  it('records the prepared files on Lần gửi; a reply to an earlier preparation is then an older split', async () => {
    const s = await state();
    const april = new Date(2026, 3, 1, 8, 0, 0);
    const aprilBooks = agencyBooks(s, { asOf: '2026-03-31', replyBy: null, sendTo: null, now: april });
    const sheet = sentSheetOf(s, aprilBooks, { asOf: '2026-03-31', replyBy: null, now: april });
    expect(sheet.name).toBe('Lần gửi');
    // The sheet's data rows (below the header on row 3) as the pane reads them back.
    const rows = (p: SheetPlan): CellScalar[][] => {
      const out: CellScalar[][] = [];
      for (const c of p.cells) if (c.row > 3) (out[c.row - 4] ??= [])[c.col - 1] = c.value as CellScalar;
      return out;
    };
    expect(rows(sheet).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['01/04/2026 08:00:00', 'Sở Khoa học và Công nghệ', 1],
      ['01/04/2026 08:00:00', 'Sở Tài chính', 2],
    ]);
    const july = new Date(2026, 6, 1, 8, 0, 0);
    const julySheet = sentSheetOf({ ...s, sent: rows(sheet) }, agencyBooks(s, { asOf: '2026-06-30', replyBy: null, sendTo: null, now: july }), {
      asOf: '2026-06-30',
      replyBy: null,
      now: july,
    });
    expect(rows(julySheet)).toHaveLength(4);
    const { replies } = await readReplies([{ name: 'tc-thang-4.xlsx', bytes: await bookBytes(aprilBooks[1]) }]);
    const m = mergeInPane({ ...s, sent: rows(julySheet) }, replies, { asOf: '2026-06-30', dueSoonDays: 30, now: new Date(2026, 6, 5) });
    expect(m.result.conflicts.map((c) => `${c.kind} ${c.file}`)).toEqual(['older-split tc-thang-4.xlsx']);
    expect(m.merged).toBe(0); // the pane then writes nothing
  });
});
