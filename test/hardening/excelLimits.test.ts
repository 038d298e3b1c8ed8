/**
 * Excel's limits in every workbook we write: cell text ≤ 32,767 characters (a longer cell is cut
 * and its rest kept on Kiểm tra, with a finding saying where), formulas ≤ 8,192 characters (the
 * summary over many appendix tables), row heights ≤ 409 pt — and the file passes xlsx-check.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import { CUT_MARK, longFormulas, MAX_CELL_CHARS, MAX_ROW_HEIGHT_PT } from '../../src/core/plan/cellLimits';
import type { CellValue, WorkbookPlan } from '../../src/core/plan/types';
import { HELPER_COL } from '../../src/core/plan/shortSums';
import { notImportedRowsOf } from '../../src/core/plan/checkSheet';
import { workbookBytes } from '../../src/render/exceljs';
import { runCli } from '../helpers/cli';
import { expectOpensClean } from '../helpers/xlsxCheck';
import { countMismatches } from '../helpers/xlsxChecks';
import { inspectXlsx } from '../helpers/xlsxInspect';
import { recalc } from '../helpers/xlsxRecalc';
import { writeFileSync } from 'fs';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-limits-'));
const SETTINGS = { asOf: '2026-05-01', dueSoonDays: 30 };

/** An invented task sentence repeated to exactly `n` characters, numbered so every piece differs. */
function longText(n: number): string {
  let s = '';
  for (let k = 1; s.length < n; k++) s += `Đợt ${k}: rà soát hồ sơ cấp phép khai thác nước mặt của các huyện, cập nhật vào hệ thống dữ liệu chung; `;
  return s.slice(0, n);
}

const strings = (plan: WorkbookPlan): string[] => {
  const out: string[] = [];
  const add = (v: CellValue): void => void (typeof v === 'string' && out.push(v));
  for (const s of plan.sheets) {
    s.cells.forEach((c) => add(c.value));
    s.tables.forEach((t) => t.rows.forEach((r) => r.forEach(add)));
  }
  return out;
};

describe('a task of 39,999 characters', () => {
  const task = longText(39_999);
  const doc = [
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ VỀ TÀI NGUYÊN NƯỚC',
    '',
    'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
    `1\t${task}\tSở Nông nghiệp và Môi trường\tQuý III/2026`,
    '2\tCông bố danh mục nguồn nước nội tỉnh\tSở Nông nghiệp và Môi trường\tNăm 2027',
  ].join('\n');
  const built = buildWorkbook({ programme: importProgramme(doc), settings: SETTINGS });
  const appendix = built.plan.sheets.find((s) => s.kind === 'appendix')!;
  const check = built.plan.sheets.find((s) => s.kind === 'check')!;

  test('no cell of the plan is longer than Excel allows', () => {
    expect(Math.max(0, ...strings(built.plan).map((s) => s.length))).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  test('the cell keeps its beginning and says it goes on; the rest is on Kiểm tra, nothing lost', () => {
    const cell = appendix.tables[0].rows[0][1] as string;
    expect(cell.endsWith(CUT_MARK)).toBe(true);
    const kept = cell.slice(0, -CUT_MARK.length);
    expect(task.startsWith(kept)).toBe(true);
    const left = notImportedRowsOf(check).filter((r) => String(r[2]).startsWith('Phần tiếp theo của ô'));
    expect(left).toHaveLength(1);
    expect(kept + String(left[0][1])).toBe(task);
    expect(String(left[0][2])).toContain(`${appendix.name}!B7`);
  });

  test('a finding names the cell and where the rest is', () => {
    const rows = check.tables[0].rows;
    const f = rows.find((r) => String(r[6]).includes('32.767'));
    expect(f).toBeDefined();
    expect(String(f![6])).toMatch(/phần còn lại .* trang “Kiểm tra”/);
    expect(String(f![8])).toBe(`${appendix.name}!B7`);
  });

  test('row heights stay within 409 pt', () => {
    for (const s of built.plan.sheets) for (const h of Object.values(s.heights ?? {})) expect(h).toBeLessThanOrEqual(MAX_ROW_HEIGHT_PT);
  });

  test('the command line writes a workbook xlsx-check accepts', () => {
    const input = join(dir, 'long.txt');
    writeFileSync(input, doc);
    const out = join(dir, 'long.xlsx');
    const r = runCli(['import', input, '-o', out]);
    expect(r.code).toBe(0);
    expectOpensClean(out);
  });
});

describe('a preamble of 39,999 characters (not imported text longer than a cell)', () => {
  const preamble = longText(39_999);
  const doc = [
    'KẾ HOẠCH',
    'bảo vệ tài nguyên nước năm 2026',
    '',
    preamble,
    '',
    'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
    '1\tKiểm kê nguồn nước mặt\tSở Nông nghiệp và Môi trường\tQuý IV/2026',
  ].join('\n');
  const built = buildWorkbook({ programme: importProgramme(doc), settings: SETTINGS });
  const check = built.plan.sheets.find((s) => s.kind === 'check')!;

  test('is kept whole on Kiểm tra, over rows that each fit a cell', () => {
    const rows = notImportedRowsOf(check).filter((r) => String(r[2]).includes('(phần '));
    expect(rows.length).toBe(2);
    expect(rows.map((r) => r[1]).join('')).toContain(preamble.trim());
    for (const r of rows) expect(String(r[1]).length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });
});

describe('a summary over 62 appendix tables', () => {
  const lines = ['KẾ HOẠCH', 'chuyển đổi số các ngành năm 2026', ''];
  for (let k = 1; k <= 62; k++) {
    lines.push(
      `PHỤ LỤC ${k}`,
      `NHIỆM VỤ CHUYỂN ĐỔI SỐ NGÀNH THỨ ${k}`,
      '',
      'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
      `1\tSố hóa hồ sơ lưu trữ của ngành thứ ${k}\tSở Nội vụ\tQuý II/2026`,
      `2\tKết nối dữ liệu ngành thứ ${k} với cổng dịch vụ công\tSở Khoa học và Công nghệ\tNăm 2027`,
      '',
    );
  }
  const built = buildWorkbook({ programme: importProgramme(lines.join('\n')), settings: SETTINGS });

  test('has its 62 tables', () => {
    expect(built.appendices.filter((a) => a.table.kind === 'tasks')).toHaveLength(62);
  });

  test('no formula is longer than 8,192 characters: long sums go through helper cells', () => {
    expect(longFormulas(built.plan)).toEqual([]);
    const summary = built.plan.sheets.find((s) => s.kind === 'summary')!;
    expect(summary.cells.some((c) => c.col >= HELPER_COL && typeof c.value === 'object' && c.value !== null)).toBe(true);
  });

  test('LibreOffice recalculates every count to what the core computes, and xlsx-check accepts the file', async () => {
    const file = join(dir, 'many.xlsx');
    writeFileSync(file, await workbookBytes(built.plan));
    const xml = readFileSync(file);
    expect(xml.length).toBeGreaterThan(0);
    expect(countMismatches(built, inspectXlsx(recalc(file), true))).toEqual([]);
    expectOpensClean(file);
  });
});
