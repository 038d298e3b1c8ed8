'use strict';
// The writers we are measured against, all writing the same cells (cells.js): ExcelJS in memory,
// ExcelJS's streaming writer, and the floor — the sheet XML as strings, deflated with zlib, with
// nothing else an .xlsx needs (no styles, shared strings, package parts or zip directory).
const fs = require('fs');
const zlib = require('zlib');

const excelValue = (v) => (v === undefined ? null : v);

/** ExcelJS, the whole workbook in memory, written to a buffer. */
async function exceljsMemory(sheets) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      if (r) ws.getRow(i).values = r.map(excelValue);
    });
  }
  return (await wb.xlsx.writeBuffer()).byteLength;
}

/** ExcelJS's streaming WorkbookWriter, each row committed as written, to a file. */
async function exceljsStream(sheets, file) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      if (r) ws.getRow(i).values = r.map(excelValue);
      ws.getRow(i).commit();
    });
    ws.commit();
  }
  await wb.commit();
  return fs.statSync(file).size;
}

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function colName(c) {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The floor: each sheet's XML built as strings (inline strings) and deflated. */
function floor(sheets) {
  let bytes = 0;
  for (const s of sheets) {
    const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
    s.rows.forEach((r, i) => {
      if (!r) return;
      let x = `<row r="${i}">`;
      r.forEach((v, j) => {
        if (v === undefined || v === null || v === '') return;
        const ref = colName(j) + i;
        if (typeof v === 'number') x += `<c r="${ref}"><v>${v}</v></c>`;
        else if (typeof v === 'boolean') x += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
        else if (typeof v === 'object') x += `<c r="${ref}"><f>${esc(v.formula.replace(/^=/, ''))}</f></c>`;
        else x += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
      });
      parts.push(`${x}</row>`);
    });
    parts.push('</sheetData></worksheet>');
    bytes += zlib.deflateRawSync(Buffer.from(parts.join(''), 'utf8')).length;
  }
  return bytes;
}

module.exports = { exceljsMemory, exceljsStream, floor };
