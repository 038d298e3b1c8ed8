'use strict';
// The cells of a workbook plan, sheet by sheet, as rows of plain values: what every writer in the
// bench writes (ours writes the plan itself, with its styles, tables, validations and formats).
// A value is a string, number, boolean, null or { formula } (the formula's full text: a plan
// formula cell may carry a shared template instead, expanded here, before any writer is timed).
const path = require('path');
const { formulaText } = require(path.join(__dirname, '..', '..', 'lib', 'core', 'plan', 'formulaText'));

/** plan → [{ name, rows: Array<Array<value> | undefined> }] (row and column 1-based, as in the plan). */
function planCells(plan) {
  return plan.sheets.map((s) => {
    const rows = [];
    const put = (r, c, v) => {
      (rows[r] ??= [])[c] = v && typeof v === 'object' && 'formula' in v ? { formula: formulaText(v) } : v;
    };
    for (const c of s.cells) put(c.row, c.col, c.value);
    for (const t of s.tables) {
      t.columns.forEach((col, j) => put(t.row, t.col + j, col.header));
      t.rows.forEach((r, i) => r.forEach((v, j) => put(t.row + 1 + i, t.col + j, v)));
    }
    return { name: s.name, rows };
  });
}

/** How many non-empty cells. */
const cellCount = (sheets) => sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r ? r.filter((v) => v !== undefined && v !== null && v !== '').length : 0), 0), 0);

module.exports = { planCells, cellCount };
