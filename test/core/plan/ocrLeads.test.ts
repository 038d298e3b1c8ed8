import { builtinCatalogue } from '../../../src/core/agencies';
import { applyAmendment } from '../../../src/core/amend';
import { importProgramme } from '../../../src/core/import';
import { buildWorkbook, planWorkbook } from '../../../src/core/plan';
import { keepUserCells } from '../../../src/core/plan/keepUserCells';
import { AS_FOUND_HEADER } from '../../../src/core/plan/leads';
import { readBack } from '../../../src/core/plan/readBack';
import type { TableData } from '../../../src/core/plan/sheetData';
import type { TablePlan } from '../../../src/core/plan/types';
import { seedText } from '../../helpers/seeds';

// Seed 001 is OCR text: "Pang uy UBND tinh", "Pang vy UBND tinh", "Ddng 1iy UBND tinh" … are all
// Đảng ủy UBND tỉnh. The appendix shows the catalogue name and keeps the text as found beside it.
const settings = { asOf: '2026-06-15', dueSoonDays: 30 };
const p001 = importProgramme(seedText('001'));
const built = buildWorkbook({ programme: p001, settings });
const table = (plan: { sheets: { tables: TablePlan[] }[] }, name = 'PhuLuc_1') => plan.sheets.flatMap((s) => s.tables).find((t) => t.name === name)!;
const t = table(built.plan);
const col = (tb: { columns: { header: string }[] }, h: string) => tb.columns.findIndex((c) => c.header === h);
const asRead = (tb: TablePlan): TableData => ({
  sheet: 'Phụ lục',
  table: tb.name,
  headerRow: tb.row,
  firstCol: tb.col,
  headers: tb.columns.map((c) => c.header),
  rows: tb.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? '' : v))),
});
const catalogueNames = new Set(builtinCatalogue().agencies.map((a) => a.name));

describe('scanned leads in the appendix (001)', () => {
  const lead = col(t, 'Cơ quan chủ trì');
  const asFound = col(t, AS_FOUND_HEADER);

  it('puts "Chủ trì (nguyên văn)" right after Cơ quan chủ trì', () => {
    expect(asFound).toBe(lead + 1);
  });

  it('shows the catalogue name, the text as found beside it (1.1 (1), line 45 of the seed)', () => {
    const r = t.rows[built.appendices[0].itemRows[0] - t.row - 1];
    expect(r[0]).toBe('(1)');
    expect(r[lead]).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(r[asFound]).toBe('Ban Tuyén gido va Dan van Tinh uy');
  });

  it('has no OCR spelling left in Cơ quan chủ trì: catalogue names, several joined by "; "', () => {
    const shown = new Set(built.appendices[0].counted.map((c) => c.lead));
    for (const s of shown) expect(s.split('; ').every((n) => catalogueNames.has(n))).toBe(true);
    expect(shown.has('Pang uy UBND tinh')).toBe(false);
  });

  it('counts each agency once on Tổng hợp: Đảng ủy UBND tỉnh leads 74 points', () => {
    // Hand count: the label lines "Cơ quan chủ trì tham mưu: <one agency> UBND tinh." of the seed
    // (42 "Pang uy", 19 "Pang vy", 4 "Dang uy", 3 "Ddng 1iy", 2 "Ddang 1iy", 1 each of "Ddng ity",
    // "Ddng 1ty", "Dang vy", "DPang uy"); the cell "Van phong Tinh uy, Dang vy UBND tinh" is its own row.
    const rows = built.expected.filter((e) => e.what.startsWith('Cơ quan chủ trì') && e.what.endsWith(': Tổng'));
    const labels = rows.map((e) => /"(.*)"/.exec(e.what)![1]);
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    expect(rows.find((e) => e.what === 'Cơ quan chủ trì "Đảng ủy UBND tỉnh": Tổng')!.value).toBe(74);
    expect(rows.reduce((n, e) => n + e.value, 0)).toBe(112);
    const summary = built.plan.sheets.find((s) => s.name === 'Tổng hợp')!;
    expect(summary.cells.filter((c) => c.col === 1 && c.value === 'Đảng ủy UBND tỉnh')).toHaveLength(1);
  });

  it('lists catalogue names, not OCR spellings, for the drop-down (Danh mục)', () => {
    const agencies = table(built.plan, 'DanhMuc_CoQuan');
    expect(agencies.rows.map((r) => r[0])).not.toContain('Pang uy UBND tinh');
  });
});

describe('clean text keeps its agencies as written', () => {
  it('003 has no "Chủ trì (nguyên văn)" column and shows "Đảng ủy Ủy ban nhân dân tỉnh (…)" as printed', () => {
    const b = buildWorkbook({ programme: importProgramme(seedText('003')), settings });
    const tb = table(b.plan);
    expect(col(tb, AS_FOUND_HEADER)).toBe(-1);
    expect(tb.rows.map((r) => r[col(tb, 'Cơ quan chủ trì')])).toContain('Đảng ủy Ủy ban nhân dân tỉnh (Sở Y tế)');
  });
});

describe('read back and re-import of a scanned table', () => {
  const read = asRead(t);
  const rb = readBack([read]);
  const items = rb.programme.tables[0].items;

  it('reads Cơ quan chủ trì as the lead (what Kiểm tra checks and users edit) and keeps the text as found', () => {
    expect(items[0]).toMatchObject({ tt: '(1)', lead: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', leadAsFound: 'Ban Tuyén gido va Dan van Tinh uy' });
    expect(items).toHaveLength(112);
    expect(rb.programme.tables[0].sections.map((s) => s.tt)).toEqual(t.rows.filter((_, i) => t.rowStyles![i] === 'sectionRow').map((r) => r[0]));
  });

  it('a sheet drawn again from what was read back is the same (as the add-in does to apply an amendment)', () => {
    const again = table(planWorkbook({ programme: rb.programme, settings }));
    expect(again.columns.map((c) => c.header)).toEqual(t.columns.map((c) => c.header));
    const cells = (tb: TablePlan, h: string) => tb.rows.map((r) => r[col(tb, h)] ?? '');
    expect(cells(again, 'Cơ quan chủ trì')).toEqual(cells(t, 'Cơ quan chủ trì'));
    expect(cells(again, AS_FOUND_HEADER)).toEqual(cells(t, AS_FOUND_HEADER));
  });

  it('re-import carries no "Chủ trì (nguyên văn)" over as a column the user added', () => {
    // The same table name in a workbook of a clean document: the new plan has no such column.
    const clean = planWorkbook({ programme: importProgramme(seedText('003')), settings });
    const r = keepUserCells(
      clean,
      [{ ...read, sheet: 'Phụ lục' }],
      '15-06-2026 10-00',
      clean.sheets.map((s) => s.name),
    );
    expect(col(table(r.plan), AS_FOUND_HEADER)).toBe(-1);
    const withUserColumn = { ...read, headers: [...read.headers, 'Người theo dõi'], rows: read.rows.map((x) => [...x, 'anh Minh']) };
    const r2 = keepUserCells(
      built.plan,
      [withUserColumn],
      '15-06-2026 10-00',
      built.plan.sheets.map((s) => s.name),
    );
    expect(
      table(r2.plan)
        .columns.map((c) => c.header)
        .filter((h) => h === AS_FOUND_HEADER || h === 'Người theo dõi'),
    ).toEqual([AS_FOUND_HEADER, 'Người theo dõi']);
    expect(r2.unmatched).toBe(0);
  });
});

describe('amendment 000 applied to 001 (from the document, and from the sheet read back as the add-in does)', () => {
  const leadTotals = (b: ReturnType<typeof buildWorkbook>) =>
    b.expected.filter((e) => e.what.startsWith('Cơ quan chủ trì') && e.what.endsWith(': Tổng')).map((e) => /"(.*)"/.exec(e.what)![1]);
  const fromDocument = buildWorkbook({ programme: p001, amendment: applyAmendment(p001, seedText('000')), settings });
  const base = readBack([asRead(t)]).programme;
  const fromSheet = buildWorkbook({ programme: base, amendment: applyAmendment(base, seedText('000')), settings });

  it.each([
    ['document', fromDocument],
    ['sheet', fromSheet],
  ])('from the %s: one Tổng hợp row per agency, catalogue names only', (_w, b) => {
    const labels = leadTotals(b);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l.split('; ').every((n) => catalogueNames.has(n))).toBe(true);
    // 1.4 (4): the amendment writes "Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh" — shown as the catalogue name.
    const tb = table(b.plan);
    const i = b.appendices[0].table.items.findIndex((it) => it.tt === '(4)' && it.path[it.path.length - 1].startsWith('1.4.'));
    const row = tb.rows[b.appendices[0].itemRows[i] - tb.row - 1];
    expect([row[col(tb, 'Cơ quan chủ trì')], row[col(tb, AS_FOUND_HEADER)]]).toEqual(['Đảng ủy MTTQ tỉnh', 'Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh']);
  });

  it('the two agree row for row on Cơ quan chủ trì', () => {
    const cells = (b: ReturnType<typeof buildWorkbook>) => table(b.plan).rows.map((r) => r[col(table(b.plan), 'Cơ quan chủ trì')] ?? '');
    expect(cells(fromSheet)).toEqual(cells(fromDocument));
  });
});
