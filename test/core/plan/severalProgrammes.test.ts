import { importProgramme } from '../../../src/core/import';
import { buildProgrammesWorkbook, buildWorkbook } from '../../../src/core/plan';
import { reimport } from '../../../src/core/plan/keepUserCells';
import { placeProgramme, programmeParts } from '../../../src/core/plan/programmeChoice';
import { PROGRAMME_SHEET, workbookProgrammes } from '../../../src/core/plan/programmeSheet';
import { isAppendixTable } from '../../../src/core/plan/sheetData';
import type { WorkbookPlan } from '../../../src/core/plan/types';
import { validateProgramme } from '../../../src/core/validate';
import { planSnapshot } from '../../helpers/planSnapshot';
import { disasterProgramme, tourismPlan, tourismPlanEdited } from '../../helpers/programmeTexts';

const settings = { asOf: '2026-07-15', dueSoonDays: 30 };
const tourism = importProgramme(tourismPlan());
const disaster = importProgramme(disasterProgramme());
const findingsOf = (p: Parameters<typeof validateProgramme>[0]) => validateProgramme(p, { asOf: settings.asOf }).findings;
const tables = (plan: WorkbookPlan) => plan.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, t })));
const col = (t: { columns: Array<{ header: string }> }, h: string) => t.columns.findIndex((c) => c.header === h);

/** The tourism workbook as users left it: item 1 of section I ("Xây dựng bãi đỗ xe …") marked done. */
const tourismBook = () =>
  planSnapshot(buildWorkbook({ programme: tourism, settings }).plan, (sheet, grid) => {
    if (sheet !== 'Phụ lục') return;
    const header = grid.findIndex((r) => r[0] === 'TT');
    const row = grid.findIndex((r) => String(r[1]).startsWith('Xây dựng bãi đỗ xe'));
    grid[row][grid[header].indexOf('Tiến độ')] = 'Hoàn thành';
  });

describe('a workbook holding two programmes', () => {
  const built = buildProgrammesWorkbook(
    [
      { programme: tourism, tag: 'CT1' },
      { programme: disaster, tag: 'CT2' },
    ],
    { settings },
  );
  const names = built.plan.sheets.map((s) => s.name);

  it('gives each programme its own sheets and tables; the first keeps its single-programme names', () => {
    expect(names).toEqual(['Tổng hợp', 'Phụ lục', 'CT2 Phụ lục', 'Kiểm tra', 'Danh mục', PROGRAMME_SHEET]);
    const appendix = tables(built.plan)
      .filter((x) => isAppendixTable(x.t.name))
      .map((x) => `${x.sheet}/${x.t.name}`);
    expect(appendix).toEqual(['Phụ lục/PhuLuc_1', 'CT2 Phụ lục/CT2_PhuLuc_1']);
  });

  it('keeps sheet and table names unique and within Excel’s 31 characters', () => {
    const lower = names.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    const tn = tables(built.plan).map((x) => x.t.name.toLowerCase());
    expect(new Set(tn).size).toBe(tn.length);
    // A long appendix label is cut so "CT2 " still fits.
    const long = { ...disaster, tables: disaster.tables.map((t) => ({ ...t, label: 'PHỤ LỤC SỐ 01 DANH MỤC NHIỆM VỤ TRỌNG TÂM' })) };
    const b = buildProgrammesWorkbook(
      [
        { programme: tourism, tag: 'CT1' },
        { programme: long, tag: 'CT2' },
      ],
      { settings },
    );
    expect(b.plan.sheets.map((s) => s.name)).toContain('CT2 Phụ lục số 01 danh mục nhiệ');
  });

  it('records both programmes on the Chương trình sheet, numbers as the documents print them', () => {
    const reg = built.plan.sheets.find((s) => s.name === PROGRAMME_SHEET)!.tables[0];
    expect(reg.rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['CT1', '15-KH/UBND', 'Ủy ban nhân dân huyện', 'Phụ lục'],
      ['CT2', '07-CTr/HU', 'Ban Thường vụ Huyện ủy', 'CT2 Phụ lục'],
    ]);
  });

  it('counts all programmes on Tổng hợp, and each one in its own row (block 6)', () => {
    const exp = (what: string) => built.expected.find((e) => e.what === what)?.value;
    // Tourism: 6 tasks; disaster: 5 tasks — 11 in all.
    expect(exp('Tổng số nhiệm vụ')).toBe(11);
    expect(exp('Chương trình "CT1: số 15-KH/UBND (KẾ HOẠCH Phát triển du lịch cộng đồng giai đoạn 2026 - 2028)": Tổng')).toBe(6);
    const ct2 = built.expected.filter((e) => e.what.startsWith('Chương trình "CT2') && e.what.endsWith(': Tổng'));
    expect(ct2.map((e) => e.value)).toEqual([5]);
    // As of 15/07/2026 the disaster programme has one task overdue (Quý II/2026), one ongoing.
    expect(built.expected.find((e) => e.what.startsWith('Chương trình "CT2') && e.what.endsWith(': Quá hạn'))!.value).toBe(1);
    expect(built.expected.find((e) => e.what.startsWith('Chương trình "CT2') && e.what.endsWith(': Thường xuyên'))!.value).toBe(1);
  });

  it('never gives two programmes numbered alike the same Mã; each programme’s ids are stable', () => {
    const twin = importProgramme(disasterProgramme().replace('07-CTr/HU', '09-CTr/HU'));
    const ids = (plan: WorkbookPlan, sheet: string) => {
      const t = plan.sheets.find((s) => s.name === sheet)!.tables[0];
      return t.rows.map((r) => r[col(t, 'Mã')]).filter(Boolean);
    };
    const a = buildProgrammesWorkbook(
      [
        { programme: disaster, tag: 'CT1' },
        { programme: twin, tag: 'CT2' },
      ],
      { settings },
    ).plan;
    const b = buildProgrammesWorkbook(
      [
        { programme: disaster, tag: 'CT1' },
        { programme: twin, tag: 'CT2' },
      ],
      { settings },
    ).plan;
    expect(ids(a, 'Phụ lục')).toHaveLength(5);
    expect(ids(a, 'CT2 Phụ lục')).toHaveLength(5);
    expect(ids(a, 'Phụ lục').filter((x) => ids(a, 'CT2 Phụ lục').includes(x))).toEqual([]);
    // The first programme keeps the ids it has alone; the second's are the same at every build.
    expect(ids(a, 'Phụ lục')).toEqual(ids(buildWorkbook({ programme: disaster, settings }).plan, 'Phụ lục'));
    expect(ids(b, 'CT2 Phụ lục')).toEqual(ids(a, 'CT2 Phụ lục'));
  });

  it('is read back as two programmes, each with its identity', () => {
    const held = workbookProgrammes(planSnapshot(built.plan));
    expect(held.map((h) => [h.tag, h.identity.number, h.identity.printed, h.sheets])).toEqual([
      ['CT1', '15-KH/UBND', '15-KH/UBND', ['Phụ lục']],
      ['CT2', '7-CTR/HU', '07-CTr/HU', ['CT2 Phụ lục']],
    ]);
  });
});

describe('placing an incoming programme', () => {
  it('a workbook of one programme: the same plan edited is a re-import, another plan is different', () => {
    const book = tourismBook();
    expect(placeProgramme(importProgramme(tourismPlanEdited()), book)).toMatchObject({ kind: 'same', tag: 'CT1' });
    expect(placeProgramme(disaster, book).kind).toBe('different');
    expect(placeProgramme(disaster, null).kind).toBe('new');
  });

  it('a different programme needs a choice', () => {
    const book = tourismBook();
    expect(() => programmeParts({ programme: disaster }, placeProgramme(disaster, book), null, findingsOf)).toThrow();
  });

  it('keep both: the old programme is redrawn with users’ cells, the new one added as CT2', () => {
    const book = tourismBook();
    const r = programmeParts({ programme: disaster }, placeProgramme(disaster, book), 'keep-both', findingsOf);
    expect(r.parts.map((p) => p.tag)).toEqual(['CT1', 'CT2']);
    const plan = buildProgrammesWorkbook(r.parts, { settings }).plan;
    const keep = reimport(plan, book, '15-07-2026 09-00-00', { keepEditsIn: r.heldTables });
    const t = keep.plan.sheets.find((s) => s.name === 'Phụ lục')!.tables[0];
    const row = t.rows.find((x) => String(x[col(t, 'Nhiệm vụ')]).startsWith('Xây dựng bãi đỗ xe'))!;
    expect(row[col(t, 'Tiến độ')]).toBe('Hoàn thành');
    expect(keep.report.replaced).toEqual([]);
    expect(keep.report.droppedRows).toEqual([]);
    expect(keep.plan.sheets.find((s) => s.name === 'CT2 Phụ lục')!.tables[0].rows).toHaveLength(5);
  });

  it('a later re-import of CT2 keeps users’ cells in CT2 and leaves CT1 as it was', () => {
    const book = tourismBook();
    const first = programmeParts({ programme: disaster }, placeProgramme(disaster, book), 'keep-both', findingsOf);
    const twoPlan = reimport(buildProgrammesWorkbook(first.parts, { settings }).plan, book, 's1', { keepEditsIn: first.heldTables }).plan;
    // Users mark CT2's "Diễn tập ứng phó lũ quét" in progress and correct CT1's lead of "Nâng cấp đường vào bản Lướt".
    const two = planSnapshot(twoPlan, (sheet, grid) => {
      const header = grid.findIndex((r) => r[0] === 'TT');
      if (header < 0) return;
      if (sheet === 'CT2 Phụ lục') grid[grid.findIndex((r) => String(r[1]).startsWith('Diễn tập'))][grid[header].indexOf('Tiến độ')] = 'Đang thực hiện';
      if (sheet === 'Phụ lục') grid[grid.findIndex((r) => String(r[1]).startsWith('Nâng cấp'))][2] = 'Phòng Kinh tế và Hạ tầng';
    });
    const again = importProgramme(disasterProgramme().replace('Quý III/2026', 'Tháng 10/2026'));
    const place = placeProgramme(again, two);
    expect(place).toMatchObject({ kind: 'same', tag: 'CT2' });
    const r = programmeParts({ programme: again }, place, null, findingsOf);
    const keep = reimport(buildProgrammesWorkbook(r.parts, { settings }).plan, two, 's2', { keepEditsIn: r.heldTables });
    const ct2 = keep.plan.sheets.find((s) => s.name === 'CT2 Phụ lục')!.tables[0];
    const drill = ct2.rows.find((x) => String(x[1]).startsWith('Diễn tập'))!;
    expect(drill[col(ct2, 'Tiến độ')]).toBe('Đang thực hiện');
    expect(drill[ct2.columns.findIndex((c) => c.key === 'time')]).toBe('Tháng 10/2026');
    const ct1 = keep.plan.sheets.find((s) => s.name === 'Phụ lục')!.tables[0];
    expect(ct1.rows.find((x) => String(x[1]).startsWith('Nâng cấp'))![2]).toBe('Phòng Kinh tế và Hạ tầng');
    expect(ct1.rows.find((x) => String(x[1]).startsWith('Xây dựng bãi đỗ xe'))![col(ct1, 'Tiến độ')]).toBe('Hoàn thành');
    expect(keep.plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Phụ lục', 'CT2 Phụ lục', PROGRAMME_SHEET]));
  });

  it('a workbook left with only CT2 (users deleted CT1’s sheets): re-importing it keeps its names, so its cells pair by table name', () => {
    const only = buildProgrammesWorkbook([{ programme: disaster, tag: 'CT2' }], { settings }).plan;
    const book = planSnapshot(only, (sheet, grid) => {
      if (sheet !== 'CT2 Phụ lục') return;
      const header = grid.findIndex((r) => r[0] === 'TT');
      grid[grid.findIndex((r) => String(r[1]).startsWith('Diễn tập'))][grid[header].indexOf('Tiến độ')] = 'Đang thực hiện';
    });
    const r = programmeParts({ programme: disaster }, placeProgramme(disaster, book), null, findingsOf);
    expect(r.tag).toBe('CT2');
    const keep = reimport(buildProgrammesWorkbook(r.parts, { settings }).plan, book, 's', {});
    const t = keep.plan.sheets.find((s) => s.name === 'CT2 Phụ lục')!.tables[0];
    expect(t.name).toBe('CT2_PhuLuc_1');
    expect(t.rows.find((x) => String(x[1]).startsWith('Diễn tập'))![col(t, 'Tiến độ')]).toBe('Đang thực hiện');
    expect(keep.report.unmatchedTables).toEqual([]);
  });

  it('replace: only the new programme, no merge with the old cells', () => {
    const book = tourismBook();
    const r = programmeParts({ programme: disaster }, placeProgramme(disaster, book), 'replace', findingsOf);
    expect(r).toMatchObject({ merge: false, tag: 'CT1' });
    expect(r.parts.map((p) => p.programme)).toEqual([disaster]);
  });
});
