import { importProgramme } from '../../../src/core/import';
import { buildWorkbook, statusFormula } from '../../../src/core/plan';
import { formulaText } from '../../../src/core/plan/formulaText';
import type { FormulaValue, SheetPlan, TablePlan } from '../../../src/core/plan/types';
import { seedText } from '../../helpers/seeds';
import { handAmendment, handFindings } from '../../helpers/xlsxFixtures';

const p003 = importProgramme(seedText('003'));
const settings = { asOf: '2026-06-15', dueSoonDays: 30 };
const built = buildWorkbook({ programme: p003, settings, findings: handFindings() });
const sheet = (name: string): SheetPlan => built.plan.sheets.find((s) => s.name === name)!;
const appendix = sheet('Phụ lục');
const table: TablePlan = appendix.tables[0];
const col = (key: string): number => table.columns.findIndex((c) => c.key === key);
const bodyRow = (sheetRow: number) => table.rows[sheetRow - table.row - 1];

describe('workbook plan for 003', () => {
  it('has the summary first, the appendix, then Kiểm tra and Danh mục', () => {
    expect(built.plan.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']);
    expect(built.plan.fullCalcOnLoad).toBe(true);
  });

  it('keeps the document columns and adds the tracking columns', () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời gian',
      'Thẩm quyền ban hành',
      'Nguồn lực',
      'Ghi chú',
      'Loại thời hạn',
      'Hạn hoàn thành',
      'Tiến độ',
      'Ngày hoàn thành',
      'Tình trạng',
      'Mục',
      'Mã',
    ]);
  });

  it('writes the title block like the official appendix', () => {
    const at = (r: number) => appendix.cells.find((c) => c.row === r && c.col === 1)!;
    expect(at(1).value).toBe('PHỤ LỤC');
    expect(at(2).value).toBe('CÁC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XI CỦA ĐẢNG');
    expect(at(3).value).toBe('(Kèm theo Chương trình số 52-CTr/TU ngày 17/4/2026 của Ban Chấp hành Đảng bộ tỉnh)');
    expect(built.plan.styles[at(3).style!].font).toMatchObject({ name: 'Times New Roman', italic: true });
  });

  it('puts the 4 section headings as bold rows in document order, 44 items, no status on headings', () => {
    const headings = table.rows.map((r, i) => [r, table.rowStyles![i]] as const).filter(([, s]) => s === 'sectionRow');
    expect(headings.map(([r]) => r[0])).toEqual(['I', 'II', 'III', 'IV']);
    // A heading has no Loại thời hạn, so the status formula (one calculated column) gives it nothing.
    expect(headings.every(([r]) => r[col('kind')] === null)).toBe(true);
    expect(headings.every(([r]) => /^IF\(\$[A-Z]+\d+="",""/.test(formulaText(r[col('status')] as FormulaValue)))).toBe(true);
    expect(table.rows).toHaveLength(48);
    expect(bodyRow(built.appendices[0].itemRows[0])[1]).toMatch(/^Quy hoạch điều chỉnh tỉnh Tuyên Quang/);
  });

  it('keeps "- Chương trình …" (line 200, II.6) as text in a text column', () => {
    const r = bodyRow(built.appendices[0].itemRows[8]);
    expect(r[0]).toBe('6');
    expect(r[1]).toMatch(/^- Chương trình hành động thực hiện Nghị quyết số 72-NQ\/TW/);
    expect(table.columns[1].text).toBe(true);
    expect(built.plan.styles[table.columns[1].style!].numFmt).toBe('@');
  });

  it('gives each item its due date, time kind and the status formula of its own row', () => {
    const row = built.appendices[0].itemRows[1]; // I.2, Tháng 12/2026
    const r = bodyRow(row);
    expect(r[col('kind')]).toBe('Có hạn');
    expect(r[col('due')]).toBe(46387); // 31/12/2026
    // A formula cell (its text from the column's shared template), and the same JSON as a plain one.
    expect(formulaText(r[col('status')] as FormulaValue)).toBe(statusFormula({ kind: 'H', due: 'I', progress: 'J', doneDate: 'K' }, row));
    expect(JSON.parse(JSON.stringify(r[col('status')]))).toEqual({ formula: statusFormula({ kind: 'H', due: 'I', progress: 'J', doneDate: 'K' }, row) });
    expect(formulaText(r[col('status')] as FormulaValue)).toContain(`$I${row}`);
    expect(bodyRow(built.appendices[0].itemRows[0])[col('progress')]).toBe('Hoàn thành'); // "Đã ban hành"
  });

  it('writes no formula with a leading "=" in conditional formats or validations', () => {
    for (const s of built.plan.sheets) {
      s.conditionalFormats.forEach((c) => expect(c.formula.startsWith('=')).toBe(false));
      s.listValidations.forEach((v) => expect(v.source.startsWith('=')).toBe(false));
    }
  });

  it('colours rows by status with Excel preset palettes and lists progress strictly, leads as warning', () => {
    const overdue = appendix.conditionalFormats.find((c) => c.formula.endsWith('="Quá hạn"'))!;
    expect(overdue).toMatchObject({ fill: 'FFC7CE', fontColor: '9C0006', range: 'A7:N54' });
    expect(appendix.listValidations.map((v) => [v.range, v.source, v.strict])).toEqual([
      ['J7:J54', 'DsTienDo', true],
      ['C7:C54', 'DsCoQuan', false],
      ['F7:F54', 'DsNguonLuc', false],
    ]);
  });

  it('prints A4 landscape with NĐ 30/2020 margins, repeating the header row', () => {
    expect(appendix.print).toMatchObject({ paper: 'A4', orientation: 'landscape', titleRows: '6:6', centerHeader: '&"Times New Roman,Regular"&13&P', differentFirstPage: true });
    // The print area: the document's columns (up to Ghi chú), not the tracking columns from Loại thời hạn on.
    const headers = appendix.tables[0].columns.map((c) => c.header);
    expect(appendix.print!.printArea).toBe(`A1:${String.fromCharCode(64 + headers.indexOf('Ghi chú') + 1)}54`); // rows 1–54: the table ends at 54
    expect(headers[headers.indexOf('Ghi chú') + 1]).toBe('Loại thời hạn');
    expect(appendix.print!.margins).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(appendix.freeze).toEqual({ rows: 6, cols: 0 });
  });

  it('links each finding to its exact cell', () => {
    const check = sheet('Kiểm tra').tables[0];
    // Errors first: the time printed on heading I (the first body row; time is column D) is an error, the lead a warning.
    expect(check.hyperlinks).toEqual([
      { row: 0, col: 8, target: "#'Phụ lục'!D7" },
      { row: 1, col: 8, target: `#'Phụ lục'!C${built.appendices[0].itemRows[8]}` },
    ]);
  });

  it('names the report date and the due-soon window', () => {
    expect(built.plan.names.slice(0, 2)).toEqual([
      expect.objectContaining({ name: 'NgayBaoCao', ref: "'Tổng hợp'!$B$3" }),
      expect.objectContaining({ name: 'SoNgaySapDenHan', ref: "'Tổng hợp'!$B$4" }),
    ]);
    const b3 = sheet('Tổng hợp').cells.find((c) => c.row === 3 && c.col === 2)!;
    expect(b3.value).toBe(46188); // 15/06/2026
    const today = buildWorkbook({ programme: p003, settings: { asOf: null, dueSoonDays: 30 } });
    expect(today.plan.sheets[0].cells.find((c) => c.row === 3 && c.col === 2)!.value).toEqual({ formula: 'TODAY()' });
  });
});

describe('workbook plan with an amendment (hand-made AmendResult)', () => {
  const amended = buildWorkbook({ programme: p003, settings, amendment: handAmendment(p003) });
  const t = amended.plan.sheets[1].tables[0];
  it('keeps the removed point, marked "Đã lược bỏ", and adds the change log sheet', () => {
    const removed = t.rows.find((r) => r[0] === '2' && String(r[1]).startsWith('Chương trình phát triển đô thị'))!;
    expect(removed[7]).toBe('Đã lược bỏ');
    expect(amended.plan.sheets.map((s) => s.name)).toContain('Điều chỉnh');
    const log = amended.plan.sheets.find((s) => s.name === 'Điều chỉnh')!;
    expect(log.tables[0].rows.map((r) => r[1])).toEqual(['Lược bỏ điểm', 'Điều chỉnh thời gian', 'Bổ sung điểm']);
    expect(log.tables[1].rows[0][1]).toBe('Trùng số điểm');
  });
  it('strikes removed rows through', () => {
    const cf = amended.plan.sheets[1].conditionalFormats.find((c) => c.formula.endsWith('="Đã lược bỏ"'))!;
    expect(cf.strike).toBe(true);
  });
  it('rebuilds headings from item paths: still I, II, III, IV', () => {
    expect(t.rows.filter((_, i) => t.rowStyles![i] === 'sectionRow').map((r) => r[0])).toEqual(['I', 'II', 'III', 'IV']);
  });
});

describe('workbook plan for 004', () => {
  const b = buildWorkbook({ programme: importProgramme(seedText('004')), settings });
  it('has one sheet per appendix; the indicator table keeps its own columns and has no status', () => {
    expect(b.plan.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4', 'Kiểm tra', 'Danh mục']);
    const ind = b.plan.sheets[1].tables[0];
    expect(ind.columns.map((c) => c.header)).toEqual(['STT', 'Chỉ tiêu', 'Mục tiêu 2026 - 2030', 'Đơn vị tham mưu']);
    expect(b.plan.sheets[1].conditionalFormats).toHaveLength(0);
    expect(b.plan.sheets[4].tables[0].columns.map((c) => c.header)).toEqual([
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời gian',
      'Ghi chú',
      'Loại thời hạn',
      'Hạn hoàn thành',
      'Tiến độ',
      'Ngày hoàn thành',
      'Tình trạng',
      'Mục',
      'Mã',
    ]);
  });
  it('never turns a broken time ("Năm 2026-203") into a date', () => {
    const t = b.plan.sheets[4].tables[0];
    const broken = t.rows.filter((r) => r[3] === 'Năm 2026-203');
    expect(broken).toHaveLength(7);
    broken.forEach((r) => expect([r[5], r[6]]).toEqual(['Lỗi thời gian', null]));
  });
});
