/**
 * What ExcelJS cannot write, set right in the package (render/exceljs/packageFixes.ts): links
 * inside the workbook jump by `location` only (no external relationship to a "file" named
 * 'Phụ lục'!C7), and Tình trạng is one calculated column (a row a user adds gets its status).
 * The streaming writer (src/render/xlsx), which writes them so in the first place, is held to the same.
 */
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importProgramme } from '../../src/core/import';
import { planWorkbook } from '../../src/core/plan';
import { validateProgramme } from '../../src/core/validate';
import { workbookBytes } from '../../src/render/exceljs';
import { streamWorkbookBytes } from '../../src/render/xlsx';
import { readWorkbookTables } from '../../src/render/exceljs/readTables';
import { xlsxCheck } from '../helpers/xlsxCheck';
import { seedText } from '../helpers/seeds';
import { formulaText } from '../../src/core/plan/formulaText';
import type { FormulaValue } from '../../src/core/plan/types';

const WRITERS: Array<[string, (p: ReturnType<typeof planWorkbook>) => Promise<Buffer>]> = [
  ['ExcelJS', workbookBytes],
  ['streaming', (p) => streamWorkbookBytes(p)],
];

describe.each(WRITERS)('the package the %s writer wrote, set right', (_, write) => {
  const programme = importProgramme(seedText('003'));
  const plan = planWorkbook({ programme, findings: validateProgramme(programme).findings, settings: { asOf: '2026-06-30', dueSoonDays: 30, today: '2026-06-30' } });
  let zip: JSZip;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await write(plan);
    zip = await JSZip.loadAsync(bytes);
  });
  const text = (name: string) => zip.file(name)!.async('string');
  const parts = (re: RegExp) => Object.keys(zip.files).filter((n) => re.test(n));

  it('links inside the workbook carry a location and no relationship', async () => {
    let links = 0;
    for (const name of parts(/^xl\/worksheets\/sheet\d+\.xml$/)) {
      for (const m of (await text(name)).matchAll(/<hyperlink\b[^>]*>/g)) {
        if (!/location=/.test(m[0])) continue;
        links++;
        expect(m[0]).not.toMatch(/r:id=/);
      }
    }
    expect(links).toBeGreaterThan(3);
    for (const name of parts(/^xl\/worksheets\/_rels\/.+\.rels$/)) expect(await text(name)).not.toMatch(/relationships\/hyperlink/);
  });

  it('Tình trạng declares its calculated-column formula, that of the first body row', async () => {
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === 'PhuLuc_1')!;
    const status = table.columns.find((c) => c.header === 'Tình trạng')!;
    const first = formulaText(table.rows[0][table.columns.indexOf(status)] as FormulaValue);
    expect(status.calculated).toBe(first);
    const all = await Promise.all(parts(/^xl\/tables\/table\d+\.xml$/).map(text));
    const mine = all.find((x) => /name="PhuLuc_1"/.test(x))!;
    const decl = /<tableColumn\b[^>]*name="Tình trạng"[^>]*><calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/.exec(mine);
    expect(
      decl?.[1]
        .replace(/&quot;/g, '"')
        .replace(/&gt;/g, '>')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&'),
    ).toBe(first);
  });

  it('the workbook still reads back (ExcelJS cannot read the declaration: it is dropped for reading)', async () => {
    const snap = await readWorkbookTables(bytes);
    expect(snap.tables.find((t) => t.table === 'PhuLuc_1')!.rows).toHaveLength(48);
  });

  it('the offline Excel check finds no defect and no warning', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phuluc-pkg-')), 'so.xlsx');
    writeFileSync(file, bytes);
    const c = xlsxCheck(file);
    if (!c) return; // no ../shared here: CI runs it
    expect(c.output).toMatch(/'DEFECT': 0, 'WARN': 0/);
  });
});
