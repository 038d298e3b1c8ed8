/**
 * Cached values: a workbook opened without recalculation (Protected View, phone viewers,
 * previewers) shows the status the core computed for the report date. Read with openpyxl
 * data_only, which reads the cached values and never calculates.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import { withCachedResults } from '../../src/core/plan/cachedResults';
import { workbookBytes } from '../../src/render/exceljs';
import { streamWorkbookBytes } from '../../src/render/xlsx';
import type { WorkbookPlan } from '../../src/core/plan/types';

/** Both writers: the ExcelJS renderer and the command line's streaming writer. */
const WRITERS: Array<[string, (p: WorkbookPlan) => Promise<Buffer>]> = [
  ['ExcelJS', workbookBytes],
  ['streaming', (p) => streamWorkbookBytes(p)],
];
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';

const TEXT = [
  'PHỤ LỤC',
  'DANH MỤC NHIỆM VỤ THỰC HIỆN ĐỀ ÁN NƯỚC SẠCH NÔNG THÔN',
  '',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tKhảo sát hiện trạng công trình cấp nước tập trung\tSở Xây dựng\tTháng 3/2026',
  '2\tBan hành quy chế vận hành công trình sau đầu tư\tSở Tài chính\tTrước ngày 15/7/2026',
  '3\tTổng kết giai đoạn thí điểm\tSở Nội vụ\tNăm 2027',
  '4\tTuyên truyền sử dụng nước sạch tiết kiệm\tSở Y tế\tThường xuyên',
].join('\n');

/** By hand, for 30/06/2026 and a 30-day window: March 2026 is past; 15/7 is 15 days away; 2027 far; ongoing. */
const EXPECTED = ['Quá hạn', 'Sắp đến hạn', 'Trong hạn', 'Thường xuyên'];

describe('cached values of formula cells', () => {
  const built = buildWorkbook({ programme: importProgramme(TEXT), settings: { asOf: '2026-06-30', dueSoonDays: 30 } });
  const appendix = built.plan.sheets.find((s) => s.kind === 'appendix')!;

  test('every Tình trạng formula in the plan gets the status for the report date; the plan itself is unchanged', () => {
    const shown = withCachedResults(built.plan);
    const t = shown.sheets.find((s) => s.kind === 'appendix')!.tables[0];
    const col = t.columns.findIndex((c) => c.key === 'status');
    const results = t.rows
      .map((r) => r[col])
      .filter((v) => v && typeof v === 'object')
      .map((v) => (v as { result?: unknown }).result);
    expect(results).toEqual(EXPECTED);
    const original = appendix.tables[0].rows.map((r) => r[col]).filter((v) => v && typeof v === 'object');
    expect(original.every((v) => !('result' in (v as object)))).toBe(true);
  });

  test('a completion date typed into the final plan (as re-import carries it over) changes the cached status', () => {
    const plan = structuredClone(built.plan);
    const t = plan.sheets.find((s) => s.kind === 'appendix')!.tables[0];
    const at = (k: string) => t.columns.findIndex((c) => c.key === k);
    const first = t.rows.findIndex((r) => r[at('status')] && typeof r[at('status')] === 'object');
    t.rows[first][at('doneDate')] = 46150; // 8 May 2026: after the deadline, 31 March 2026
    const shown = withCachedResults(plan).sheets.find((s) => s.kind === 'appendix')!.tables[0];
    expect((shown.rows[first][at('status')] as { result?: unknown }).result).toBe('Hoàn thành quá hạn');
  });

  test('with the report date =TODAY() no result is cached (it would be wrong the next day)', () => {
    const today = buildWorkbook({ programme: importProgramme(TEXT), settings: { asOf: null, dueSoonDays: 30, today: '2026-06-30' } });
    expect(withCachedResults(today.plan)).toBe(today.plan);
  });

  test.each(WRITERS)('openpyxl, reading cached values without recalculating, sees the statuses and the report-date line (%s writer)', async (_, write) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-cache-'));
    const file = path.join(dir, 'so.xlsx');
    fs.writeFileSync(file, await write(built.plan));
    const dump = inspectXlsx(file, true);
    const sheet = sheetOf(dump, appendix.name);
    const t = appendix.tables[0];
    const col = t.columns.findIndex((c) => c.key === 'status');
    const letter = String.fromCharCode(64 + t.col + col);
    const shown = t.rows
      .map((r, i) => ({ r, row: t.row + 1 + i }))
      .filter(({ r }) => r[col] && typeof r[col] === 'object')
      .map(({ row }) => sheet.cells[`${letter}${row}`]);
    expect(shown).toEqual(EXPECTED);
    expect(Object.values(sheet.cells)).toContain('Dữ liệu tính đến ngày 30/06/2026');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('cached values of the summary (Tổng hợp)', () => {
  test.each(WRITERS)('the four counts of the hand-made fixture, its total and its share done, as openpyxl reads them without recalculating (%s writer)', async (_, write) => {
    const built = buildWorkbook({ programme: importProgramme(TEXT), settings: { asOf: '2026-06-30', dueSoonDays: 30 } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-cache-'));
    const file = path.join(dir, 'so.xlsx');
    fs.writeFileSync(file, await write(built.plan));
    const summary = sheetOf(inspectXlsx(file, true), 'Tổng hợp');
    fs.rmSync(dir, { recursive: true, force: true });
    // Column A holds each status label, column B its count (block 1 of Tổng hợp).
    const countOf = (label: string) => {
      const at = Object.entries(summary.cells).find(([a, v]) => /^A\d+$/.test(a) && v === label)![0];
      return summary.cells[`B${at.slice(1)}`];
    };
    expect(['Quá hạn', 'Sắp đến hạn', 'Trong hạn', 'Thường xuyên', 'Hoàn thành đúng hạn'].map(countOf)).toEqual([1, 1, 1, 1, 0]);
    expect(countOf('Tổng số nhiệm vụ (không tính điểm đã lược bỏ)')).toBe(4);
    expect(countOf('Tỷ lệ hoàn thành đúng hạn')).toBe(0);
  });

  test('on a realistic plan of 400 items, every summary cell the core counts on its own gets that count as its cached value', () => {
    const { realisticPlan } = require('../helpers/realisticPlan') as typeof import('../helpers/realisticPlan');
    const built = realisticPlan(400);
    const shown = withCachedResults(built.plan);
    expect(built.expected.length).toBeGreaterThan(20);
    for (const e of built.expected) {
      const sheet = shown.sheets.find((s) => s.name === e.sheet)!;
      const m = /^([A-Z]+)(\d+)$/.exec(e.cell)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const cell = sheet.cells.find((c) => c.row === Number(m[2]) && c.col === col)!;
      expect([e.what, (cell.value as { result?: unknown }).result]).toEqual([e.what, e.value]);
    }
  });
});

test.each(WRITERS)('the overdue list shows the task, its TT, lead, due date and status before recalculation (%s writer)', async (_, write) => {
  const built = buildWorkbook({ programme: importProgramme(TEXT), settings: { asOf: '2026-06-30', dueSoonDays: 30 } });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-cache-'));
  const file = path.join(dir, 'so.xlsx');
  fs.writeFileSync(file, await write(built.plan));
  const summary = sheetOf(inspectXlsx(file, true), 'Tổng hợp');
  fs.rmSync(dir, { recursive: true, force: true });
  // The fixture's overdue item (1, Tháng 3/2026) and its due-soon item (2, 15/7/2026).
  const rowOf = (task: string) =>
    Object.entries(summary.cells)
      .find(([a, v]) => /^A\d+$/.test(a) && v === task)?.[0]
      .slice(1);
  const overdue = rowOf('Khảo sát hiện trạng công trình cấp nước tập trung');
  const soon = rowOf('Ban hành quy chế vận hành công trình sau đầu tư');
  expect(overdue && soon).toBeTruthy();
  expect(['C', 'D', 'F'].map((c) => summary.cells[`${c}${overdue}`])).toEqual(['1', 'Sở Xây dựng', 'Quá hạn']);
  expect(['C', 'D', 'F'].map((c) => summary.cells[`${c}${soon}`])).toEqual(['2', 'Sở Tài chính', 'Sắp đến hạn']);
  expect(summary.cells[`E${overdue}`]).toMatch(/^2026-03-31/);
});
