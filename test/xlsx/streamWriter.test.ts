/**
 * The streaming writer (src/render/xlsx) writes the workbook the ExcelJS renderer writes: for
 * every seed (with its findings), a re-import plan and a cycle-style sheet (protection, print
 * area, unlocked cells), both workbooks are read back by ExcelJS and compared part by part —
 * values, formulas and cached results, styles, links, merges, widths, heights, tables and their
 * calculated columns, conditional formats, validations, panes, print setup, protection, names.
 * Each new workbook opens clean (xlsx-check: 0 DEFECT, 0 WARN).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { validateProgramme } from '../../src/core/validate';
import { workbookBytes } from '../../src/render/exceljs';
import { streamWorkbookBytes } from '../../src/render/xlsx';
import { builtinCatalogue } from '../../src/core/agencies';
import { splitByAgency } from '../../src/core/cycle/split';
import { readWorkbookTables } from '../../src/render/exceljs/readTables';
import { workbookModel } from '../helpers/workbookModel';
import { SEEDS, seedText } from '../helpers/seeds';
import { xlsxCheck } from '../helpers/xlsxCheck';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';
import JSZip from 'jszip';
import { readFileSync } from 'fs';

const AS_OF = '2026-06-30';
const dir = mkdtempSync(join(tmpdir(), 'phuluc-stream-'));
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, 3));

function planOf(prefix: string): WorkbookPlan {
  const programme = importProgramme(seedText(prefix));
  const findings = validateProgramme(programme, { asOf: AS_OF, profile: 'auto' }).findings;
  return buildWorkbook({ programme, findings, settings: { asOf: AS_OF, dueSoonDays: 30 } }).plan;
}

describe.each(seeds)('seed %s', (prefix) => {
  const plan = planOf(prefix);
  let fresh: Buffer;
  beforeAll(async () => {
    fresh = await streamWorkbookBytes(plan);
  });

  test('read back by ExcelJS, it equals the ExcelJS renderer’s workbook', async () => {
    const [a, b] = await Promise.all([workbookModel(await workbookBytes(plan)), workbookModel(fresh)]);
    expect(b).toEqual(a);
  });

  test('opens clean: 0 DEFECT, 0 WARN', () => {
    const file = join(dir, `${prefix}.xlsx`);
    writeFileSync(file, fresh);
    const c = xlsxCheck(file);
    if (!c) return;
    expect(c.output).toMatch(/'DEFECT': 0, 'WARN': 0/);
  });
});

/** A sheet with what the seeds' plans do not hold: protection, print area, hidden and unlocked cells, loose links, strike-through, a header with a line break. */
function oddSheet(): SheetPlan {
  const font = { name: 'Times New Roman', size: 12 };
  return {
    name: 'Thử & <ký tự>',
    kind: 'cycle',
    tabColor: '00b050',
    widths: [8, 30, 12],
    heights: { 1: 30, 9: 18 },
    font,
    cells: [
      { row: 1, col: 1, value: 'Tiêu đề gộp ô', style: 'title' },
      { row: 2, col: 1, value: '  có dấu cách đầu & cuối  ' },
      { row: 2, col: 2, value: 'dòng một\ndòng hai', hyperlink: "#'Tổng hợp'!A1" },
      { row: 2, col: 3, value: { formula: 'NgayBaoCao+1', result: 46204 }, hyperlink: "#'Tổng hợp'!B3", style: 'date' },
      { row: 3, col: 1, value: true },
      { row: 3, col: 2, value: 0.125, style: 'percent' },
      { row: 3, col: 3, value: '=1+1', style: 'text' },
    ],
    merges: ['A1:C1'],
    tables: [
      {
        name: 'Thu_Bang',
        row: 5,
        col: 1,
        tableStyle: 'TableStyleLight1',
        showRowStripes: true,
        showFilterButton: false,
        headerStyle: 'header',
        columns: [
          { header: 'Mã', width: 8, text: true, style: 'text' },
          { header: 'Nội dung\nghi chú', width: 30, style: 'editable' },
          { header: 'Ẩn', width: 12, hidden: true },
        ],
        rows: [
          ['A-1', 'mở khóa', 1],
          ['A-2', null, 2],
          [null, '', false],
        ],
        rowStyles: [null, 'header', null],
        hyperlinks: [{ row: 0, col: 0, target: "#'Tổng hợp'!A1" }],
      },
    ],
    conditionalFormats: [{ range: 'A6:C8', formula: '$A6="A-2"', fontColor: '808080', strike: true, priority: 1, stopIfTrue: true }],
    listValidations: [
      {
        range: 'B6:B8',
        source: 'DsTienDo',
        strict: true,
        errorTitle: 'Sai',
        errorMessage: 'Chọn "Hoàn thành" hoặc để trống.',
        promptTitle: 'Tiến độ',
        prompt: 'Chọn <một> giá trị.',
      },
    ],
    dateValidations: [],
    freeze: { rows: 5, cols: 1 },
    print: {
      paper: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      fitToWidth: true,
      fitToHeight: 1,
      differentFirstPage: false,
      printArea: 'A1:C8',
      titleRows: '5:5',
    },
    protect: true,
  };
}

describe('what the seeds do not show', () => {
  test('an odd sheet (protection, print area, links, hidden column, line-break header) equals the ExcelJS renderer’s', async () => {
    const plan = planOf('003');
    const styles = { ...plan.styles, editable: { ...plan.styles.text, locked: false } };
    const odd = { ...plan, styles, sheets: [...plan.sheets, oddSheet()] };
    const fresh = await streamWorkbookBytes(odd);
    expect(await workbookModel(fresh)).toEqual(await workbookModel(await workbookBytes(odd)));
    const file = join(dir, 'odd.xlsx');
    writeFileSync(file, fresh);
    const c = xlsxCheck(file);
    if (c) expect(c.output).toMatch(/'DEFECT': 0, 'WARN': 0/);
  });

  test('split books (protected sheets, unlocked reply cells) equal the ExcelJS renderer’s', async () => {
    const master = await readWorkbookTables(await streamWorkbookBytes(planOf('003')));
    const books = splitByAgency(master.tables, {
      title: 'Kế hoạch thử',
      asOf: AS_OF,
      replyBy: '2026-07-15',
      programmeKey: 'CT-KEY',
      stamp: '2026-07-01T08:00:00.000',
      catalogue: builtinCatalogue(),
    });
    expect(books.length).toBeGreaterThan(2);
    for (const b of books.slice(0, 2)) {
      const fresh = await streamWorkbookBytes(b.plan);
      expect(await workbookModel(fresh)).toEqual(await workbookModel(await workbookBytes(b.plan)));
      const file = join(dir, b.fileName);
      writeFileSync(file, fresh);
      const c = xlsxCheck(file);
      if (c) expect(c.output).toMatch(/'DEFECT': 0, 'WARN': 0/);
    }
  });
});

describe('the command line', () => {
  // Needs lib/ built (npx tsc -p tsconfig.cli.json), as every CLI test.
  test('phuluc import writes with the streaming writer: the workbook of the plan, no ExcelJS parts', async () => {
    const file = join(dir, 'cli.xlsx');
    const run = runCli(['import', seedPath('003'), '-o', file, '--as-of', '30/06/2026']);
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    // ExcelJS writes totalsRowShown="1"; the streaming writer "0". Both write the Office theme
    // (a workbook without one gets a dangling theme relationship once ExcelJS loads and saves it).
    expect(zip.file('xl/theme/theme1.xml')).not.toBeNull();
    expect(await zip.file('xl/tables/table1.xml')!.async('string')).toMatch(/totalsRowShown="0"/);
    const c = xlsxCheck(file);
    if (c) expect(c.output).toMatch(/'DEFECT': 0, 'WARN': 0/);
  });
});
