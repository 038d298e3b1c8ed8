/**
 * The Tình trạng column's formulas in the plan: one shared template per table column, each cell
 * its row (memory: not a ~1,000-character text per row), read through formulaText as the text
 * the row needs; the plan's JSON and a v8 round trip (the bench's plan file) keep both.
 */
import v8 from 'v8';
import { importProgramme } from '../../../src/core/import';
import { buildWorkbook, statusFormula } from '../../../src/core/plan';
import { formulaText } from '../../../src/core/plan/formulaText';
import type { FormulaValue, WorkbookPlan } from '../../../src/core/plan/types';

const TEXT = [
  'KẾ HOẠCH',
  'Triển khai mô hình chợ an toàn thực phẩm',
  '',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  'I\tCHUẨN BỊ\t\t',
  '1\tRà soát các chợ đủ điều kiện thí điểm\tSở Công Thương\tQuý II/2026',
  '2\tTập huấn cho ban quản lý chợ\tSở Y tế\tTháng 9/2026',
  'II\tTRIỂN KHAI\t\t',
  '3\tGắn biển chợ an toàn\tUBND các huyện\tThường xuyên',
].join('\n');

const statusCells = (plan: WorkbookPlan) => {
  const s = plan.sheets.find((x) => x.kind === 'appendix')!;
  const t = s.tables[0];
  const j = t.columns.findIndex((c) => c.key === 'status');
  const col = String.fromCharCode(64 + t.col + t.columns.findIndex((c) => c.key === 'kind'));
  return { t, j, kindCol: col, cells: t.rows.map((r, i) => ({ v: r[j] as FormulaValue, row: t.row + 1 + i })) };
};

describe('Tình trạng formulas from one template per column', () => {
  const { plan } = buildWorkbook({ programme: importProgramme(TEXT), settings: { asOf: '2026-06-30', dueSoonDays: 30 } });
  const { t, cells, kindCol } = statusCells(plan);

  test('every body row (headings too) holds a formula for its own sheet row, all sharing one template', () => {
    expect(cells).toHaveLength(5); // 2 headings + 3 tasks, by hand
    for (const { v, row } of cells) {
      expect(formulaText(v)).toMatch(new RegExp(`^IF\\(\\$${kindCol}${row}="",""`));
      expect(formulaText(v)).not.toMatch(new RegExp(`\\$${kindCol}${row + 1}\\b`));
    }
    expect(new Set(cells.map(({ v }) => v.formula)).size).toBe(1);
    expect(typeof cells[0].v.formula).toBe('object');
    // The calculated-column formula is the first body row's text.
    expect(t.columns.find((c) => c.key === 'status')!.calculated).toBe(formulaText(cells[0].v));
  });

  test('its JSON is the plain formula text; a v8 round trip keeps the text and the sharing', () => {
    const json = JSON.parse(JSON.stringify(cells[2].v));
    expect(json).toEqual({ formula: formulaText(cells[2].v) });
    const back = statusCells(v8.deserialize(v8.serialize(plan)) as WorkbookPlan);
    expect(back.cells.map(({ v }) => formulaText(v))).toEqual(cells.map(({ v }) => formulaText(v)));
    expect(new Set(back.cells.map(({ v }) => v.formula)).size).toBe(1);
  });

  test('the text is statusFormula of the same columns and row', () => {
    const letter = (key: string) => String.fromCharCode(64 + t.col + t.columns.findIndex((c) => c.key === key));
    const cols = { kind: letter('kind'), due: letter('due'), progress: letter('progress'), doneDate: letter('doneDate') };
    for (const { v, row } of cells) expect(formulaText(v)).toBe(statusFormula(cols, row));
  });
});
