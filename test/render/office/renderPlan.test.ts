import { measureRender } from '../../../src/render/office/instrument';
import { workbookPlan } from './fixtures';

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
    for (const p of ['dataValidation.rule', 'freezePanes.freezeAt', 'pageLayout.setPrintTitleRows', 'pageLayout.orientation',
      'headersFooters.defaultForAllPages.centerHeader', 'charts.add', 'call context.workbook.names.add', 'copyFrom', '.activate']) {
      expect(i(p)).toBeGreaterThanOrEqual(0);
    }
    // Nothing existed, so nothing is renamed or deleted.
    expect(paths.some((p) => p.includes('.delete'))).toBe(false);
  });
});
