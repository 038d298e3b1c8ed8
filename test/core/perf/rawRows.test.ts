import fc from 'fast-check';
import { expandTable } from '../../../src/core/document/grid';
import type { PlacedTable, SourceCell } from '../../../src/core/document/types';
import { eachRawRow, rawRows } from '../../../src/core/import/rawRows';
import { toRawRow } from '../../../src/core/import/rows';
import { isColumnNumberRow } from '../../../src/core/import/columns';

// rawRows(t) is defined as expandTable(t).map(toRawRow): the fused path must agree on every table.
const definition = (t: PlacedTable) => expandTable(t).map(toRawRow);

const cell = (text: string, o: Partial<SourceCell> = {}): SourceCell => ({ paragraphs: text ? text.split('\n') : [], bold: false, colSpan: 1, rowSpan: 1, ...o });

describe('rawRows equals expandTable + toRawRow', () => {
  it('on a table written by hand: a lead merged down, a heading merged across, a footnote', () => {
    const t: PlacedTable = {
      lines: [4, 5, 6, 8],
      rows: [
        { cells: [cell('TT'), cell('Nội dung'), cell('Chủ trì'), cell('Thời gian')] },
        { cells: [cell('I. Về hạ tầng', { bold: true, colSpan: 4 })] },
        { cells: [cell('1'), cell('Lắp trạm\nphát sóng'), cell('Sở Khoa học và Công nghệ', { rowSpan: 2 }), cell('Quý III', { notes: ['1. Lùi hạn'] })] },
        { cells: [cell('2'), cell('Phủ sóng xã'), cell('2027')] },
      ],
    };
    const rows = rawRows(t);
    expect(rows).toEqual(definition(t));
    expect(rows[1]).toMatchObject({ line: 6, cells: ['I. Về hạ tầng', '', '', ''], merged: true, bold: [true, true, true, true] });
    expect(rows[2]).toMatchObject({ cells: ['1', 'Lắp trạm\nphát sóng', 'Sở Khoa học và Công nghệ', 'Quý III'], notes: ['1. Lùi hạn'] });
    expect(rows[3]).toMatchObject({ line: 9, cells: ['2', 'Phủ sóng xã', 'Sở Khoa học và Công nghệ', '2027'], fromAbove: [false, false, true, false] });
  });

  it('on random tables with spans across and down, notes and paragraphs', () => {
    const sourceCell = fc.record({
      paragraphs: fc.array(fc.constantFrom('a', 'Sở Y tế', 'Quý I', '1.2'), { maxLength: 3 }),
      bold: fc.boolean(),
      colSpan: fc.integer({ min: 0, max: 4 }),
      rowSpan: fc.integer({ min: 0, max: 4 }),
      notes: fc.option(fc.array(fc.constantFrom('1. ghi chú', '2. khác'), { maxLength: 2 }), { nil: undefined }),
    });
    const table = fc
      .array(fc.array(sourceCell, { maxLength: 6 }), { maxLength: 8 })
      .map((rows): PlacedTable => ({ rows: rows.map((cells) => ({ cells: cells.map(({ notes, ...c }) => (notes ? { ...c, notes } : c)) })), lines: rows.map((_, i) => i * 2) }));
    fc.assert(
      fc.property(table, (t) => {
        expect(rawRows(t)).toEqual(definition(t));
        // Stopping early visits the same rows up to the stop.
        const seen: number[] = [];
        const stopped = eachRawRow(t, (_, i) => {
          seen.push(i);
          return i === 2;
        });
        expect(stopped).toBe(t.rows.length > 2);
        expect(seen).toEqual(t.rows.slice(0, 3).map((_, i) => i));
      }),
      { numRuns: 3000 },
    );
  });

  it('on random tables of mostly plain rows (one column, one row per cell) between merged ones', () => {
    const sourceCell = fc.record({
      paragraphs: fc.array(fc.constantFrom('a', 'Sở Y tế', 'Quý I'), { maxLength: 2 }),
      bold: fc.boolean(),
      colSpan: fc.constantFrom(1, 1, 1, 1, 1, 0, 2, 3),
      rowSpan: fc.constantFrom(1, 1, 1, 1, 1, 0, 2, 3),
      notes: fc.option(fc.array(fc.constantFrom('1. ghi chú'), { maxLength: 2 }), { nil: undefined }),
    });
    const table = fc
      .array(fc.array(sourceCell, { maxLength: 5 }), { maxLength: 10 })
      .map((rows): PlacedTable => ({ rows: rows.map((cells) => ({ cells: cells.map(({ notes, ...c }) => (notes ? { ...c, notes } : c)) })), lines: rows.map((_, i) => i) }));
    fc.assert(
      fc.property(table, (t) => {
        expect(rawRows(t)).toEqual(definition(t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isColumnNumberRow equals its definition', () => {
  // The definition: at least three filled cells, all "(n)" or "n", each one more than the last.
  const definition = (cells: string[]): boolean => {
    const filled = cells.map((c) => c.trim()).filter(Boolean);
    if (filled.length < 3) return false;
    const nums = filled.map((c) => /^\(?(\d{1,2})\)?$/.exec(c));
    if (nums.some((m) => !m)) return false;
    return nums.every((m, i) => i === 0 || Number(m![1]) === Number(nums[i - 1]![1]) + 1);
  };
  it('on rows written by hand and random rows', () => {
    expect(isColumnNumberRow(['(1)', '(2)', '', '(3)'])).toBe(true);
    expect(isColumnNumberRow(['1', '2', '4'])).toBe(false);
    expect(isColumnNumberRow(['1', 'Rà soát', '2', '3'])).toBe(false);
    expect(isColumnNumberRow(['1', '2'])).toBe(false);
    const cell = fc.constantFrom('', ' ', '1', '2', '3', '4', '(2)', '(3) ', '12', '007', 'a', '(5', 'Sở Y tế');
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (cells) => expect(isColumnNumberRow(cells)).toBe(definition(cells))),
      { numRuns: 5000 },
    );
  });
});
