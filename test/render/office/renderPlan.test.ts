import { measureRender } from '../../../src/render/office/instrument';
import { workbookPlan } from './fixtures';
import { importProgramme } from '../../../src/core/import';
import { buildWorkbook } from '../../../src/core/plan';

describe('renderPlan: round trips and request size', () => {
  // Sync counts and request sizes are measured on Microsoft's real Office.js library in
  // realLibrary.test.ts (the recorder here only counts commands, not the bytes Office.js sends).
  it('splits a write that would pass the budget into requests under it (a 1 MB budget)', async () => {
    const { recording } = await measureRender(workbookPlan(10000), { requestBudget: 1024 * 1024, chunkBytes: 256 * 1024 });
    expect(recording.syncs).toBeGreaterThan(3);
    for (const bytes of recording.requests.slice(1)) expect(bytes).toBeLessThan(1.3 * 1024 * 1024);
  });
});

describe('renderPlan: what it queues', () => {
  const commands = async (n: number) => {
    const { recording } = await measureRender(workbookPlan(n));
    return recording.commands[1].map((c) => c.path);
  };

  it('suspends calculation first, sets "@" on text columns before any value, and adds "=" to formulas', async () => {
    const { recording } = await measureRender(workbookPlan(30));
    const cmds = recording.commands[1];
    expect(cmds[0].path).toBe('call context.workbook.application.suspendApiCalculationUntilNextSync');
    const firstFormat = cmds.findIndex((c) => c.path.endsWith('.numberFormat'));
    const firstValues = cmds.findIndex((c) => c.path.endsWith('.values'));
    expect(firstFormat).toBeGreaterThan(0);
    expect(firstFormat).toBeLessThan(firstValues);
  });

  it('reads once, then writes sheets, the table over the written range, rules, and deletes nothing it did not rename', async () => {
    const paths = await commands(30);
    const i = (p: string) => paths.findIndex((x) => x.includes(p));
    expect(i('call context.workbook.worksheets.add')).toBeGreaterThan(0);
    expect(i('tables.add')).toBeGreaterThan(i('.values'));
    expect(i('conditionalFormats.add')).toBeGreaterThan(i('tables.add'));
    for (const p of [
      'dataValidation.rule',
      'freezePanes.freezeAt',
      'pageLayout.setPrintTitleRows',
      'pageLayout.orientation',
      'headersFooters.defaultForAllPages.centerHeader',
      'charts.add',
      'call context.workbook.names.add',
      'copyFrom',
      '.activate',
    ]) {
      expect(i(p)).toBeGreaterThanOrEqual(0);
    }
    // Nothing existed, so nothing is renamed or deleted.
    expect(paths.some((p) => p.includes('.delete'))).toBe(false);
  });
});

describe('renderPlan: the print settings of the plan (ExcelApi 1.9)', () => {
  // An invented appendix: TT, Nhiệm vụ, Cơ quan chủ trì, Thời gian, Ghi chú are its document columns (A–E).
  const text = [
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ THỬ',
    'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\tGhi chú',
    '1\tRà soát quy hoạch vùng chè đặc sản\tSở Nông nghiệp và Môi trường\tQuý IV/2026\t',
  ].join('\n');
  const plan = buildWorkbook({ programme: importProgramme(text), settings: { asOf: '2026-11-30', dueSoonDays: 30 } }).plan;
  const paths = async (supports?: (set: string) => boolean) => {
    const { recording, report } = await measureRender(plan, supports ? { supports } : {});
    return { paths: recording.commands.flat().map((c) => c.path), report };
  };

  it('sets the print area over the document columns, the page number at the top and black and white', async () => {
    const { paths: p } = await paths();
    expect(plan.sheets.find((x) => x.kind === 'appendix')!.print!.printArea).toBe('A1:E7'); // the header at 6, the one item at 7
    expect(p.some((x) => x.includes('pageLayout.setPrintArea'))).toBe(true);
    expect(p.some((x) => x.includes('headersFooters.defaultForAllPages.centerHeader'))).toBe(true);
    expect(p.some((x) => x.includes('pageLayout.blackAndWhite'))).toBe(true);
  });

  it('skips them on an Excel without ExcelApi 1.9 and says so', async () => {
    const { paths: p, report } = await paths((set) => Number(set) <= 1.8);
    expect(p.some((x) => x.includes('pageLayout'))).toBe(false);
    expect(report.unavailable.join(' ')).toContain('vùng in chỉ gồm các cột của văn bản');
  });
});
