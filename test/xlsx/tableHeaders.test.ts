/**
 * A header a user typed with Alt+Enter (kept by re-import) must not make Excel repair the table:
 * in the file, the table column name equals its header cell.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import { singleLineHeaders } from '../../src/core/plan/tableHeaders';
import { workbookBytes } from '../../src/render/exceljs';
import { streamWorkbookBytes } from '../../src/render/xlsx';
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';
import type { WorkbookPlan } from '../../src/core/plan/types';

const TEXT = [
  'PHỤ LỤC',
  'NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG',
  '',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tXây dựng bộ tiêu chí homestay đạt chuẩn\tSở Văn hóa, Thể thao và Du lịch\tQuý IV/2026',
].join('\n');

/** The plan as re-import leaves it: two columns the user added, headers typed on two lines. */
function withUserColumns(): WorkbookPlan {
  const plan = structuredClone(buildWorkbook({ programme: importProgramme(TEXT), settings: { asOf: '2026-06-30', dueSoonDays: 30 } }).plan);
  const t = plan.sheets.find((s) => s.kind === 'appendix')!.tables[0];
  t.columns.push({ header: 'Kết quả\nquý III', width: 20 }, { header: 'Kết quả quý III', width: 20 });
  t.rows = t.rows.map((r) => [...r, 'Đã khảo sát 12 hộ', '']);
  return plan;
}

test('line breaks become spaces and a header that then repeats another gets (2); the plan given is unchanged', () => {
  const plan = withUserColumns();
  const t = singleLineHeaders(plan).sheets.find((s) => s.kind === 'appendix')!.tables[0];
  expect(t.columns.slice(-2).map((c) => c.header)).toEqual(['Kết quả quý III', 'Kết quả quý III (2)']);
  expect(plan.sheets.find((s) => s.kind === 'appendix')!.tables[0].columns.slice(-2)[0].header).toBe('Kết quả\nquý III');
});

test.each([
  ['ExcelJS', workbookBytes],
  ['streaming', (p: WorkbookPlan) => streamWorkbookBytes(p)],
] as Array<[string, (p: WorkbookPlan) => Promise<Buffer>]>)('in the file the %s writer wrote every table column name equals its header cell (openpyxl)', async (_, write) => {
  const plan = withUserColumns();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-head-'));
  const file = path.join(dir, 'so.xlsx');
  fs.writeFileSync(file, await write(plan));
  const appendix = plan.sheets.find((s) => s.kind === 'appendix')!;
  const sheet = sheetOf(inspectXlsx(file), appendix.name);
  fs.rmSync(dir, { recursive: true, force: true });
  const t = appendix.tables[0];
  const table = sheet.tables[t.name];
  const headerCells = table.columns.map((_, j) => {
    let n = t.col + j;
    let col = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
    return sheet.cells[`${col}${t.row}`];
  });
  expect(table.columns).toEqual(headerCells);
  expect(table.columns.slice(-2)).toEqual(['Kết quả quý III', 'Kết quả quý III (2)']);
});
