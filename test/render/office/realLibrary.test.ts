/**
 * The Office.js renderer against Microsoft's own client library (@microsoft/office-js, the
 * Excel-on-the-web build) in a Node vm: the request bodies are the ones Excel would receive.
 * The executor (test/helpers/officeJsHost.ts) applies them to an in-memory workbook as strict as
 * Excel where these tests rely on it (5 MB request/response limit, names, tables, row heights,
 * array shapes, objects used after their request).
 */
import { createHost, FakeBook, libraryPresent, SyncRecord, WEB_LIMIT } from '../../helpers/officeJsHost';
import { realisticPlan } from '../../helpers/realisticPlan';
import { measureRealisticImport, renderOnRealLibrary, RequestSizes, sizesTable } from '../../helpers/officeRealRequests';
import { renderPlan } from '../../../src/render/office/renderPlan';
import { measureRender } from '../../../src/render/office/instrument';
import { workbookPlan } from './fixtures';
import type { WorkbookPlan } from '../../../src/core/plan/types';
import { formulaText } from '../../../src/core/plan/formulaText';

const present = libraryPresent();
if (!present) console.log('@microsoft/office-js is not installed: the real-library tests are skipped.');
const maybe = present ? describe : describe.skip;

/** Excel on the web refuses a request over 5 MB; we keep every request under 4 MB. */
const REQUEST_CEILING = 4_000_000;

const render = (plan: WorkbookPlan, book = new FakeBook()) => renderOnRealLibrary(plan, book);

const bodyOf = (plan: WorkbookPlan, sheet: string) => plan.sheets.find((s) => s.name === sheet)!.tables[0];

maybe('Office.js renderer on the real client library: size per import', () => {
  const rows: RequestSizes[] = [];
  afterAll(() => console.log(sizesTable(rows.sort((a, b) => a.items - b.items)).join('\n')));

  test.each([10, 350, 1000, 10000])(
    '%i realistic items: every request under 4 MB, at most 6 syncs, estimate not below the real body',
    async (n) => {
      const { plan, host, report, sizes } = await measureRealisticImport(n);
      const syncs: SyncRecord[] = host.syncs;
      expect(syncs.every((s) => !s.error)).toBe(true);
      expect(sizes.error).toBeUndefined();
      expect(sizes.requestBytes).toBe(syncs.reduce((a, s) => a + s.requestBytes, 0));
      rows.push(sizes);
      for (const s of syncs) expect(s.requestBytes).toBeLessThan(REQUEST_CEILING);
      expect(syncs.length).toBeLessThanOrEqual(6);
      expect(report.syncs).toBe(syncs.length);
      // The last sync recalculates (calculation was suspended while writing).
      expect(syncs[syncs.length - 1].byName).toEqual({ Calculate: 1 });
      // The renderer packs by its estimate: it must never be below what the library really sends,
      // and not so far above that requests are wasted (first sync: the read).
      const written = syncs.slice(1, -1);
      expect(report.requestBytes).toHaveLength(written.length);
      written.forEach((s, i) => {
        expect(report.requestBytes[i]).toBeGreaterThanOrEqual(s.requestBytes);
        expect(report.requestBytes[i]).toBeLessThan(s.requestBytes * 1.5 + 8192); // safe, and not wasteful
      });
      // What was drawn: every planned sheet and table under its name, every table's cells.
      expect(host.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
      const planned = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
      expect(host.book.tables.map((t) => t.name).sort()).toEqual([...planned].sort());
      expect(host.book.names.map((x) => x.name).sort()).toEqual(plan.names.map((x) => x.name).sort());
    },
    120_000,
  );

  test('the recorder the bench uses without the library stays within a third of the real request bytes', async () => {
    const { plan } = realisticPlan(1000);
    const { host } = await render(plan);
    const { recording } = await measureRender(plan);
    const real = host.syncs.reduce((a, s) => a + s.requestBytes, 0);
    const recorded = recording.requests.reduce((a, b) => a + b, 0);
    expect(Math.abs(recorded - real) / real).toBeLessThan(1 / 3);
  }, 60_000);

  test('a table with a section heading every 20 rows (500 headings in 10,000 items) still keeps every request under 4 MB', async () => {
    const plan = workbookPlan(10000);
    // The fixture's own table name "PL1" is a cell address (column PL, row 1): Excel refuses it
    // as a table name, and so does the fake. The real plan names tables PhuLuc_1 …
    expect(() => new FakeBook().checkDefinedName('PL1', null)).toThrow(/Invalid name/);
    plan.sheets[0].tables[0].name = 'PhuLuc_1';
    const { host } = await render(plan);
    expect(host.syncs.every((s) => !s.error)).toBe(true);
    for (const s of host.syncs) expect(s.requestBytes).toBeLessThan(REQUEST_CEILING);
    expect(host.syncs.length).toBeLessThanOrEqual(6);
  }, 60_000);

  test('styling is by ranges: 10,000 items cost no more commands than 30 times 10 items', async () => {
    const small = await render(realisticPlan(10).plan);
    const large = await render(realisticPlan(10000).plan);
    const actions = (h: typeof small) => h.host.syncs.reduce((a, s) => a + s.actions, 0);
    const setsOf = (h: typeof small, name: string) => h.host.syncs.reduce((a, s) => a + (s.byName[name] ?? 0), 0);
    // Borders: a handful of edges per table column and per block of cells, never per cell.
    expect(setsOf(large, 'Weight')).toBeLessThan(2000);
    // Row heights of table bodies are fitted by Excel in one command per table, not set per row.
    expect(setsOf(large, 'AutofitRows')).toBe(large.host.book.tables.length);
    expect(actions(large)).toBeLessThan(30 * actions(small));
  }, 120_000);
});

maybe('Office.js renderer on the real client library: what ends in the workbook', () => {
  test('the table body holds the planned values, headers included, text kept as text', async () => {
    const { plan } = realisticPlan(40);
    const { host } = await render(plan);
    const appendix = plan.sheets.find((s) => s.kind === 'appendix')!;
    const t = bodyOf(plan, appendix.name);
    const table = host.book.tables.find((x) => x.name === t.name)!;
    expect([table.r0 + 1, table.c0 + 1, table.nr, table.nc]).toEqual([t.row, t.col, t.rows.length + 1, t.columns.length]);
    const values = host.book.tableValues(table);
    expect(values[0]).toEqual(t.columns.map((c) => c.header));
    t.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && typeof v !== 'object') expect(values[i + 1][j]).toEqual(v);
      }),
    );
  });

  test('the drop-down list names stand for their table columns, so a row a user adds to Danh mục is in the list', async () => {
    const { plan } = realisticPlan(20);
    const { host } = await render(plan);
    const lists = plan.names.filter((n) => n.tableColumn);
    expect(lists.map((n) => n.name).sort()).toEqual(['DsCoQuan', 'DsNguonLuc', 'DsTienDo']);
    for (const n of lists) expect(host.book.names.find((x) => x.name === n.name)!.ref).toBe(`=${n.tableColumn}`);
    // The names over cells (report date, due-soon window) stay cell references.
    expect(host.book.names.find((x) => x.name === 'NgayBaoCao')!.ref).toBe(`='Tổng hợp'!$B$3`);
  });

  test('a second import over the first replaces the sheets, tables and names without a clash', async () => {
    const book = new FakeBook();
    await render(realisticPlan(30).plan, book);
    const { plan } = realisticPlan(60, 11);
    const { host } = await render(plan, book);
    expect(host.syncs.every((s) => !s.error)).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
    expect(book.sheets.some((s) => s.name.startsWith('~cũ'))).toBe(false);
    expect(book.names.map((x) => x.name).sort()).toEqual(plan.names.map((x) => x.name).sort());
    const t = bodyOf(plan, plan.sheets.find((s) => s.kind === 'appendix')!.name);
    expect(book.tables.find((x) => x.name === t.name)!.nr).toBe(t.rows.length + 1);
  });

  test.each([
    ['right after the old names were deleted', 'TabColor' as const],
    ['halfway through the first write', 0.5],
    ['at the start of a later write', 0],
  ])(
    'a write that fails %s leaves the workbook as it was: sheets, tables and defined names',
    async (_what, at) => {
      const book = new FakeBook();
      await render(realisticPlan(30).plan, book);
      const before = {
        sheets: book.sheets.map((s) => s.name),
        tables: book.tables.map((t) => `${t.name}@${t.sheet.name}`).sort(),
        names: book.names.map((x) => `${x.name}=${x.ref.replace(/^=/, '')}`).sort(),
      };
      expect(before.names.length).toBeGreaterThan(1);
      const host = createHost(book);
      // Excel keeps what ran before a failing command; the renderer must undo it.
      const later = at === 0;
      host.failSync(later ? 3 : 2, 'GeneralException', at);
      await expect(renderPlan(host.context(), realisticPlan(later ? 10000 : 50, 5).plan)).rejects.toThrow(/Sổ đã được giữ nguyên/);
      expect(host.syncs[later ? 2 : 1].error).toBe('GeneralException');
      expect(book.sheets.map((s) => s.name)).toEqual(before.sheets);
      expect(book.tables.map((t) => `${t.name}@${t.sheet.name}`).sort()).toEqual(before.tables);
      expect(book.names.map((x) => `${x.name}=${x.ref.replace(/^=/, '')}`).sort()).toEqual(before.names);
    },
    120_000,
  );
});

maybe('the fake workbook is as strict as Excel', () => {
  test('a row over 409.5 pt, a request over 5 MB, a clashing name and an object reused after its request are refused', async () => {
    const host = createHost();
    const ctx = host.context();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('3:3').format.rowHeight = 420;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const big = host.context();
    big.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').values = [['x'.repeat(3_000_000)], ['y'.repeat(3_000_000)]];
    await expect(big.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const names = host.context();
    names.workbook.names.add('NgayBaoCao', '=Sheet1!$A$1');
    names.workbook.names.add('ngaybaocao', '=Sheet1!$A$2');
    await expect(names.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    const reuse = host.context();
    const ws = reuse.workbook.worksheets.add('Mới');
    await reuse.sync();
    const write = async () => {
      ws.getRange('A1').values = [[1]];
      await reuse.sync();
    };
    await expect(write()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  test('a read before a load is refused by the library itself', async () => {
    const host = createHost();
    const ctx = host.context();
    const sheets = ctx.workbook.worksheets;
    await ctx.sync();
    expect(() => sheets.items).toThrow(/load/);
  });
});

maybe("the pane's read-back on the real client library", () => {
  const withExcel = async <T>(host: ReturnType<typeof createHost>, fn: () => Promise<T>): Promise<T> => {
    const g = globalThis as unknown as { Excel?: unknown };
    const saved = g.Excel;
    g.Excel = { run: host.run };
    try {
      return await fn();
    } finally {
      g.Excel = saved;
    }
  };

  test('10,000 items written, then read back: every response under 5 MB, every cell as written', async () => {
    const { plan } = realisticPlan(10000);
    const book = new FakeBook();
    await render(plan, book);
    const host = createHost(book);
    const { readAppendixTables } = await import('../../../src/taskpane/host');
    const read = await withExcel(host, readAppendixTables);
    for (const s of host.syncs) expect(s.responseBytes).toBeLessThan(WEB_LIMIT);
    expect(host.syncs.every((s) => !s.error)).toBe(true);
    const t = plan.sheets.find((s) => s.kind === 'appendix')!.tables[0];
    const got = read.tables.find((x) => x.table === t.name)!;
    expect(got.rows).toHaveLength(t.rows.length);
    expect(got.headers).toEqual(t.columns.map((c) => c.header));
    // The read-back gives an empty cell as null (core/plan/snapshot.ts), as the .xlsx reader does.
    const inBook = host.book.tableValues(host.book.tables.find((x) => x.name === t.name)!)[9999 - 99];
    expect(got.rows[9999 - 100]).toEqual(inBook.map((v: unknown) => (v === '' ? null : v)));
  }, 120_000);

  test('rows too long for one response are read again in halves, nothing lost', async () => {
    const book = new FakeBook(['Phụ lục 1']);
    const sheet = book.sheets[0];
    const table = book.addTable(sheet, 'A6:C2506');
    table.name = 'PhuLuc_1';
    for (let c = 0; c < 3; c++) sheet.cell(5, c).v = `Cột ${c + 1}`;
    // 2,500 rows of three 900-character cells: about 6.8 MB, over the 5 MB a response may carry.
    for (let r = 1; r <= 2500; r++) for (let c = 0; c < 3; c++) sheet.cell(5 + r, c).v = `${r}.${c} ${'nhiệm vụ '.repeat(100)}`;
    const host = createHost(book);
    const { readAppendixTables } = await import('../../../src/taskpane/host');
    const read = await withExcel(host, readAppendixTables);
    expect(host.syncs.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    const rows = read.tables[0].rows;
    expect(rows).toHaveLength(2500);
    expect(rows.map((r) => String(r[0]).split(' ')[0])).toEqual(Array.from({ length: 2500 }, (_, i) => `${i + 1}.0`));
  }, 120_000);
});

maybe('an older Excel: parts needing a newer requirement set are skipped and named', () => {
  /** An Excel with ExcelApi up to `max` (e.g. 1.8 = Excel 2019 volume licence). */
  const upTo = (max: number) => (set: string) => Number(set) <= max + 1e-9;

  test('ExcelApi 1.8 (Excel 2019): no page layout, no copyFrom; formulas all written; the user is told about printing only', async () => {
    const { plan } = realisticPlan(300);
    const host = createHost();
    const report = await renderPlan(host.context(), plan, { supports: upTo(1.8) });
    const used = (name: string) => host.syncs.reduce((a, s) => a + (s.byName[name] ?? 0), 0);
    expect(used('CopyFrom')).toBe(0);
    expect(used('SetPrintTitleRows') + used('PaperSize') + used('SetPrintArea') + used('BlackAndWhite')).toBe(0);
    expect(used('Rule')).toBeGreaterThan(0); // drop-downs (1.8) are there
    expect(report.unavailable).toEqual(['thiết lập trang in (khổ A4, lề, vùng in chỉ gồm các cột của văn bản, dòng tiêu đề lặp lại, số trang)']);
    // Every status cell of the appendix holds its formula, though none was copied down.
    const s = plan.sheets.find((x) => x.kind === 'appendix')!;
    const t = s.tables[0];
    const statusCol = t.columns.findIndex((c) => c.key === 'status');
    const sheet = host.book.sheet(s.name)!;
    t.rows.forEach((r, i) => {
      const v = r[statusCol];
      if (v && typeof v === 'object') expect(sheet.cell(t.row + i, t.col - 1 + statusCol).f).toBe(`=${formulaText(v)}`);
    });
  }, 60_000);

  test('ExcelApi 1.4: tables, values, formulas and names only; colours, tab colours, freeze, links and drop-downs are named as missing', async () => {
    const { plan } = realisticPlan(100);
    const host = createHost();
    const report = await renderPlan(host.context(), plan, { supports: upTo(1.4) });
    const used = (name: string) => host.syncs.reduce((a, s) => a + (s.byName[name] ?? 0), 0);
    for (const newer of ['SuspendApiCalculationUntilNextSync', 'TabColor', 'FreezeRows', 'FreezeAt', 'Hyperlink', 'Rule', 'Priority', 'CopyFrom', 'PaperSize'])
      expect([newer, used(newer)]).toEqual([newer, 0]);
    expect(host.book.tables.map((t) => t.name).sort()).toEqual(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort());
    expect(host.book.names).toHaveLength(plan.names.length);
    expect(report.unavailable).toHaveLength(6);
    // No ExcelApi ≥ 1.5 object either: getRangeByIndexes (1.7), conditional formats (1.6), data validation (1.8).
    const paths = (name: string) => host.syncs.reduce((a, s) => a + (s.byPath[name] ?? 0), 0);
    expect(paths('GetRangeByIndexes') + paths('ConditionalFormats') + paths('DataValidation') + paths('PageLayout') + paths('FreezePanes')).toBe(0);
    expect(paths('GetRange')).toBeGreaterThan(0);
  }, 60_000);
});
