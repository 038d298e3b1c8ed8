/** Small workbook plans shaped like the real appendix plan, built by hand for renderer tests. */
import { importProgramme } from '../../../src/core/import';
import type { CellValue, SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';
import { seedText } from '../../helpers/seeds';

const HEADERS = [
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
];
const TEXT = new Set([0, 1, 2, 3, 4, 5, 6, 7, 9, 12]);

/** The status formula of row `r` (same shape and length as the plan's: A1 refs to its own row). */
export const statusFormula = (r: number) =>
  `IF($H${r}="","",IF(OR($J${r}="Hoàn thành",ISNUMBER($K${r})),IF(AND(ISNUMBER($I${r}),ISNUMBER($K${r})),` +
  `IF($K${r}>$I${r},"Hoàn thành quá hạn","Hoàn thành đúng hạn"),"Hoàn thành đúng hạn"),IF(ISNUMBER($I${r}),` +
  `IF(NgayBaoCao>$I${r},"Quá hạn",IF($I${r}-NgayBaoCao<=SoNgaySapDenHan,"Sắp đến hạn","Trong hạn")),` +
  `IF(OR($H${r}="thường xuyên",$H${r}="hằng năm"),"Thường xuyên",IF($H${r}="chờ hướng dẫn","Chờ hướng dẫn","Không hạn")))))`;

let seedRows: CellValue[][] | null = null;
/** Rows of the real seed 003 (Tuyên Quang) items, as the appendix sheet shows them. */
function seed003Rows(): CellValue[][] {
  if (seedRows) return seedRows;
  const p = importProgramme(seedText('003'));
  seedRows = p.tables.flatMap((t) =>
    t.items.map((it) => [it.tt, it.task, it.lead, it.time.text, it.authority, it.resources, it.notes, it.time.kind, 46203, '', null, null, it.path.join(' / ')]),
  );
  return seedRows;
}

/** An appendix sheet with `n` items (seed 003's items over and over), a heading row every 20. */
export function appendixSheet(n: number, name = 'Phụ lục', table = 'PL1', top = 6): SheetPlan {
  const src = seed003Rows();
  const rows: CellValue[][] = [];
  const rowStyles: Array<string | null> = [];
  for (let i = 0; i < n; i++) {
    if (i % 20 === 0) {
      rows.push([String(i / 20 + 1), `Mục ${i / 20 + 1}`, '', '', '', '', '', '', null, '', null, '', '']);
      rowStyles.push('heading');
    }
    const r = [...src[i % src.length]];
    r[11] = { formula: statusFormula(top + 1 + rows.length) };
    rows.push(r);
    rowStyles.push(null);
  }
  const last = top + rows.length;
  return {
    name,
    kind: 'appendix',
    tabColor: '217346',
    widths: [7, 50, 24, 16, 20, 20, 18, 13, 12, 15, 12, 17, 24],
    cells: [
      { row: 1, col: 1, value: 'PHỤ LỤC', style: 'title' },
      { row: 2, col: 1, value: '- Kèm theo chương trình số 52-CTr/TU', style: 'title' },
      { row: 4, col: 1, value: { formula: '"Dữ liệu tính đến ngày "&TEXT(NgayBaoCao,"dd/mm/yyyy")' } },
    ],
    merges: ['A1:M1', 'A2:M2'],
    tables: [
      {
        name: table,
        row: top,
        col: 1,
        columns: HEADERS.map((header, c) => ({ header, width: 10, ...(TEXT.has(c) ? { text: true } : {}), style: c === 8 || c === 10 ? 'date' : 'body' })),
        rows,
        rowStyles,
        tableStyle: 'TableStyleLight9',
        showRowStripes: false,
        showFilterButton: true,
      },
    ],
    conditionalFormats: [
      { range: `A${top + 1}:M${last}`, formula: `$L${top + 1}="Quá hạn"`, fill: 'FFC7CE', fontColor: '9C0006', priority: 1, stopIfTrue: true },
      { range: `A${top + 1}:M${last}`, formula: `$L${top + 1}="Sắp đến hạn"`, fill: 'FFEB9C', fontColor: '9C5700', priority: 2 },
    ],
    listValidations: [{ range: `J${top + 1}:J${last}`, source: "'Danh mục'!$A$2:$A$4", strict: true, errorTitle: 'Tiến độ', errorMessage: 'Chọn một giá trị trong danh sách.' }],
    dateValidations: [{ range: `K${top + 1}:K${last}`, min: 36526, max: 73051, errorTitle: 'Ngày hoàn thành', errorMessage: 'Nhập một ngày (dd/mm/yyyy).' }],
    freeze: { rows: top, cols: 2 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      titleRows: `${top}:${top}`,
      fitToWidth: true,
      centerHeader: '&P',
      differentFirstPage: true,
    },
    font: { name: 'Times New Roman', size: 12 },
  };
}

export function summarySheet(): SheetPlan {
  return {
    name: 'Tổng hợp',
    kind: 'summary',
    widths: [30, 12, 12],
    font: { name: 'Times New Roman', size: 12 },
    cells: [
      { row: 1, col: 1, value: 'TỔNG HỢP', style: 'title' },
      { row: 3, col: 1, value: 'Tình trạng' },
      { row: 3, col: 2, value: 'Số nhiệm vụ' },
      { row: 4, col: 1, value: 'Quá hạn' },
      { row: 4, col: 2, value: { formula: 'COUNTIFS(PL1[Tình trạng],"Quá hạn")' } },
      { row: 5, col: 1, value: 'Trong hạn' },
      { row: 5, col: 2, value: { formula: 'COUNTIFS(PL1[Tình trạng],"Trong hạn")' } },
    ],
    merges: [],
    tables: [],
    conditionalFormats: [],
    listValidations: [],
    dateValidations: [],
    charts: [{ type: 'columnClustered', title: 'Nhiệm vụ theo tình trạng', source: 'A3:B5', anchor: 'D3', seriesBy: 'columns' }],
  };
}

export function settingsSheet(): SheetPlan {
  return {
    name: 'Cài đặt',
    kind: 'settings',
    widths: [30, 14],
    font: { name: 'Times New Roman', size: 12 },
    cells: [
      { row: 3, col: 1, value: 'Ngày báo cáo' },
      { row: 3, col: 2, value: { formula: 'TODAY()' }, style: 'date' },
      { row: 4, col: 1, value: 'Số ngày sắp đến hạn' },
      { row: 4, col: 2, value: 30 },
    ],
    merges: [],
    tables: [],
    conditionalFormats: [],
    listValidations: [],
    dateValidations: [],
  };
}

export function workbookPlan(n: number): WorkbookPlan {
  return {
    sheets: [appendixSheet(n), summarySheet(), settingsSheet()],
    names: [
      { name: 'NgayBaoCao', ref: "'Cài đặt'!$B$3" },
      { name: 'SoNgaySapDenHan', ref: "'Cài đặt'!$B$4" },
    ],
    styles: {
      title: { font: { name: 'Times New Roman', size: 14, bold: true }, horizontal: 'center' },
      heading: { font: { name: 'Times New Roman', size: 12, bold: true }, border: true, numFmt: '@' },
      body: { font: { name: 'Times New Roman', size: 12 }, wrap: true, vertical: 'top', border: true },
      date: { font: { name: 'Times New Roman', size: 12 }, numFmt: 'dd/mm/yyyy', border: true },
    },
    fullCalcOnLoad: true,
    title: 'Phụ lục',
    creator: 'Phụ lục',
  };
}
