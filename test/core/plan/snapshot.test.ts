import { buildSnapshot, SheetGrid } from '../../../src/core/plan/snapshot';
import type { CellScalar } from '../../../src/core/plan/sheetData';

/** A grid from rows of values; cells starting with "=" are formulas (their value: ''). */
function grid(name: string, rows: CellScalar[][], rowIndex = 0, columnIndex = 0): SheetGrid {
  return {
    name,
    rowIndex,
    columnIndex,
    values: rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? '' : v))),
    formulas: rows.map((r) => r.map((v) => typeof v === 'string' && v.startsWith('='))),
  };
}

describe('the workbook snapshot both hosts read', () => {
  // "Phụ lục" after Convert to Range: the header on row 3 (used range from A2), two items and a
  // note under the table after one empty row; Tổng hợp with a typed report date and a count row.
  const appendix = grid(
    'Phụ lục',
    [
      ['PHỤ LỤC', null, null, null, null, null],
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Loại thời hạn', 'Tiến độ', 'Mục'],
      ['1', 'Lập danh mục dữ liệu mở', 'Sở Tài chính', 'Có hạn', 'Hoàn thành', 'I. Dữ liệu'],
      ['2', 'Công bố dữ liệu mở', 'Sở Tài chính', 'Có hạn', null, 'I. Dữ liệu'],
      [null, null, null, null, null, null],
      [null, 'Ghi chú: chờ ý kiến Sở Tư pháp', null, null, null, null],
    ],
    1,
    0,
  );
  const summary = grid('Tổng hợp', [
    ['TỔNG HỢP', null, null, null],
    [null, null, null, null],
    ['Ngày báo cáo', '30/11/2026', null, null],
    ['Số ngày cảnh báo sắp đến hạn', 20, null, null],
    ['Sở Tài chính', '=COUNTIF(x)', '=COUNTIF(y)', 'gọi điện nhắc'],
  ]);
  const snap = buildSnapshot([summary, appendix], []);

  it('finds an appendix that is no Excel table any more by its header row, up to the first empty row', () => {
    expect(snap.tables).toHaveLength(1);
    const t = snap.tables[0];
    expect([t.sheet, t.table, t.found, t.headerRow, t.firstCol]).toEqual(['Phụ lục', '', 'layout', 3, 1]);
    expect(t.rows.map((r) => r[0])).toEqual(['1', '2']);
  });

  it('reads the report settings as typed', () => {
    expect(snap.summary).toEqual({ reportDate: '30/11/2026', reportDateFormula: false, dueSoonDays: 20 });
  });

  it('lists the cells outside the tables, marking those among a row’s formulas as Phụ lục’s', () => {
    const loose = (snap.looseCells ?? []).map((c) => `${c.sheet}!${c.row},${c.col}=${c.value}${c.formulaRow ? ' (f)' : ''}`);
    expect(loose).toEqual(expect.arrayContaining(['Phụ lục!7,2=Ghi chú: chờ ý kiến Sở Tư pháp', 'Tổng hợp!5,1=Sở Tài chính (f)', 'Tổng hợp!5,4=gọi điện nhắc']));
    expect(loose).not.toContain('Tổng hợp!5,4=gọi điện nhắc (f)');
  });
});
