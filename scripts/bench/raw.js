'use strict';
// The baseline: ExcelJS writing the same cells as our workbook (values and formulas, one sheet per
// planned sheet) with none of our logic — no styles, tables, validations or conditional formats.
const ExcelJS = require('exceljs');

async function rawWrite(plan) {
  const wb = new ExcelJS.Workbook();
  for (const s of plan.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const c of s.cells) ws.getCell(c.row, c.col).value = value(c.value);
    for (const t of s.tables) {
      ws.getRow(t.row).values = [...new Array(t.col - 1), ...t.columns.map((c) => c.header)];
      t.rows.forEach((r, i) => {
        ws.getRow(t.row + 1 + i).values = [...new Array(t.col - 1), ...r.map(value)];
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function value(v) {
  return v && typeof v === 'object' && 'formula' in v ? { formula: v.formula } : v;
}

module.exports = { rawWrite };
