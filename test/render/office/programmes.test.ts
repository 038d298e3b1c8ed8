/**
 * Several programmes through the Office.js renderer on Microsoft's own client library and the
 * in-memory workbook (test/helpers/officeJsHost.ts): "Giữ cả hai" draws both programmes' sheets and
 * tables without a clash; "Thay thế" removes the old programme's sheets only once the new ones are
 * written — a write that fails leaves the old programme whole.
 */
import { importProgramme } from '../../../src/core/import';
import { buildProgrammesWorkbook, buildWorkbook } from '../../../src/core/plan';
import { renderPlan } from '../../../src/render/office/renderPlan';
import { createHost, FakeBook, libraryPresent } from '../../helpers/officeJsHost';
import { disasterProgramme, tourismPlan } from '../../helpers/programmeTexts';

const maybe = libraryPresent() ? describe : describe.skip;
const settings = { asOf: '2026-07-15', dueSoonDays: 30 };
const tourism = importProgramme(tourismPlan());
const disaster = importProgramme(disasterProgramme());
const both = buildProgrammesWorkbook(
  [
    { programme: tourism, tag: 'CT1' },
    { programme: disaster, tag: 'CT2' },
  ],
  { settings },
).plan;
const alone = buildWorkbook({ programme: importProgramme(disasterProgramme().replace('07-CTr/HU', '09-CTr/HU')), settings }).plan;

/** What a user sees of a workbook: sheets, tables with their sheets, names, and one task cell per appendix. */
function state(book: FakeBook) {
  return {
    sheets: book.sheets.map((s) => s.name).filter((n) => n !== 'Sheet1'), // the fake's blank first sheet
    tables: book.tables.map((t) => `${t.name}@${t.sheet.name}`).sort(),
    names: book.names.map((x) => `${x.name}=${x.ref.replace(/^=/, '')}`).sort(),
    // Row 7, column B: the first body row's task.
    firstTasks: book.sheets.filter((s) => /Phụ lục$/.test(s.name)).map((s) => `${s.name}: ${String(s.value(6, 1))}`),
  };
}

async function bookWithBoth(): Promise<FakeBook> {
  const book = new FakeBook();
  await renderPlan(createHost(book).context(), both);
  return book;
}

maybe('several programmes in the pane’s renderer', () => {
  test('keep both: each programme’s sheets and tables, one set of names', async () => {
    const book = await bookWithBoth();
    const s = state(book);
    expect(s.sheets).toEqual(both.sheets.map((x) => x.name));
    expect(s.tables).toEqual(expect.arrayContaining(['PhuLuc_1@Phụ lục', 'CT2_PhuLuc_1@CT2 Phụ lục', 'DsChuongTrinh@Chương trình']));
    expect(s.firstTasks).toEqual(['Phụ lục: Hạ tầng du lịch', 'CT2 Phụ lục: Rà soát các hộ dân sống ven suối có nguy cơ sạt lở']);
  });

  test.each([
    ['halfway through the write', 2, 0.5 as number | string],
    ['at a tab colour', 2, 'TabColor'],
  ])(
    'replace: a write that fails %s leaves the old programmes whole',
    async (_what, n, at) => {
      const book = await bookWithBoth();
      const before = state(book);
      const host = createHost(book);
      host.failSync(n, 'GeneralException', at);
      await expect(renderPlan(host.context(), alone, { removeSheets: ['Phụ lục', 'CT2 Phụ lục', 'Chương trình'] })).rejects.toThrow(/Sổ đã được giữ nguyên/);
      expect(state(book)).toEqual(before);
    },
    60_000,
  );

  test('replace: once written, the old programmes’ sheets are gone and only the new one is there', async () => {
    const book = await bookWithBoth();
    const host = createHost(book);
    await renderPlan(host.context(), alone, { removeSheets: ['Phụ lục', 'CT2 Phụ lục', 'Chương trình'] });
    expect(host.syncs.every((x) => !x.error)).toBe(true);
    const s = state(book);
    expect(s.sheets).toEqual(['Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']);
    expect(s.tables.filter((t) => /CT2|DsChuongTrinh/.test(t))).toEqual([]);
    expect(s.firstTasks).toEqual(['Phụ lục: Rà soát các hộ dân sống ven suối có nguy cơ sạt lở']);
  }, 60_000);
});
