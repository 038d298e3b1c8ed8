/** Draws one SheetPlan on an ExcelJS worksheet. */
import type ExcelJS from 'exceljs';
import type { CellPlan, CellValue, ConditionalFormatPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../core/plan/types';
import { applyStyle, argb, StyleCache, toFont } from './styles';
import { formulaText } from '../../core/plan/formulaText';

const MM_PER_INCH = 25.4;

/** Plan value → ExcelJS value. Strings stay strings ("=1+1", "- task" are text, never formulas). */
function toValue(v: CellValue): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object')
    return (v.result === undefined || v.result === null ? { formula: formulaText(v) } : { formula: formulaText(v), result: v.result }) as ExcelJS.CellFormulaValue;
  return v;
}

/** "#'Phụ lục 3'!D17" → ExcelJS internal link (written as a `location`). */
function link(text: ExcelJS.CellValue, target: string): ExcelJS.CellValue {
  return { text: String(text ?? ''), hyperlink: target.replace(/^#/, '') };
}

export function drawSheet(wb: ExcelJS.Workbook, plan: WorkbookPlan, s: SheetPlan): void {
  const ws = wb.addWorksheet(s.name, {
    properties: s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : {},
    views: s.freeze ? [{ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows }] : [],
  });
  const cache = new StyleCache();
  const style: StyleOf = (key) => cache.get(key ? plan.styles[key] : undefined, s.font);
  s.widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    col.font = toFont(s.font);
  });
  Object.entries(s.heights ?? {}).forEach(([r, h]) => (ws.getRow(Number(r)).height = h));
  s.tables.forEach((t) => drawTable(ws, t, style));
  s.cells.forEach((c) => drawCell(ws, c, style));
  s.merges.forEach((m) => ws.mergeCells(m));
  s.conditionalFormats.forEach((cf) => drawConditional(ws, cf));
  drawValidations(ws, s);
  if (s.print) drawPrint(ws, s);
  // No password (nobody is locked out); the promise settles at once without one.
  if (s.protect) void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true });
}

/** The shared ExcelJS style of a plan style key (no key: the sheet font only). */
type StyleOf = (key?: string) => Partial<ExcelJS.Style>;

function drawCell(ws: ExcelJS.Worksheet, c: CellPlan, style: StyleOf): void {
  const cell = ws.getCell(c.row, c.col);
  applyStyle(cell, style(c.style)); // number format first: text stays text
  if (!c.hyperlink) cell.value = toValue(c.value);
  else if (c.value !== null && typeof c.value === 'object') {
    // ExcelJS links only plain values: a formula cell gets the HYPERLINK function instead.
    const formula = `HYPERLINK("${c.hyperlink.replace(/"/g, '""')}",${formulaText(c.value)})`;
    // HYPERLINK shows its second argument: the same cached value.
    cell.value = (c.value.result === undefined || c.value.result === null ? { formula } : { formula, result: c.value.result }) as ExcelJS.CellFormulaValue;
  } else cell.value = link(c.value, c.hyperlink);
}

function drawTable(ws: ExcelJS.Worksheet, t: TablePlan, style: StyleOf): void {
  // Style (and "@" number format) the body before the values go in.
  const columnStyles = t.columns.map((c) => style(c.style));
  t.rows.forEach((_, i) => {
    const row = ws.getRow(t.row + 1 + i);
    const rowStyle = t.rowStyles?.[i];
    const shared = rowStyle != null ? style(rowStyle) : null;
    columnStyles.forEach((cs, j) => applyStyle(row.getCell(t.col + j), shared ?? cs));
  });
  ws.addTable({
    name: t.name,
    ref: ws.getCell(t.row, t.col).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.tableStyle as ExcelJS.TableStyleProperties['theme'], showRowStripes: t.showRowStripes },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: t.showFilterButton })),
    rows: t.rows.map((r) => r.map(toValue)),
  });
  t.columns.forEach((c, j) => {
    applyStyle(ws.getCell(t.row, t.col + j), style(t.headerStyle));
    if (c.hidden) ws.getColumn(t.col + j).hidden = true;
  });
  for (const h of t.hyperlinks ?? []) {
    const cell = ws.getCell(t.row + 1 + h.row, t.col + h.col);
    cell.value = link(cell.value, h.target);
  }
}

function drawConditional(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan): void {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor || cf.strike) style.font = { ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}), ...(cf.strike ? { strike: true } : {}) };
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [
      {
        type: 'expression',
        formulae: [cf.formula.replace(/^=/, '')],
        style,
        priority: cf.priority,
        ...(cf.stopIfTrue ? { stopIfTrue: true } : {}),
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
}

/** Date objects for ExcelJS date validations (it reads plain numbers as milliseconds). */
const serialDate = (serial: number): Date => new Date(Date.UTC(1899, 11, 30) + serial * 86400000);

/**
 * Validations are added per range: ExcelJS's per-cell merging sorts addresses as text
 * ("C10" before "C7") and writes overlapping ranges.
 */
function drawValidations(ws: ExcelJS.Worksheet, s: SheetPlan): void {
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of s.listValidations) {
    dv.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [v.source.replace(/^=/, '')],
      showErrorMessage: true,
      errorStyle: v.strict ? 'stop' : 'warning',
      errorTitle: v.errorTitle,
      error: v.errorMessage,
      ...(v.prompt ? { showInputMessage: true, promptTitle: v.promptTitle, prompt: v.prompt } : {}),
    });
  }
  for (const v of s.dateValidations) {
    dv.add(v.range, {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [serialDate(v.min), serialDate(v.max)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    });
  }
}

function drawPrint(ws: ExcelJS.Worksheet, s: SheetPlan): void {
  const p = s.print!;
  const inch = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    margins: {
      top: inch(p.margins.top),
      bottom: inch(p.margins.bottom),
      left: inch(p.margins.left),
      right: inch(p.margins.right),
      header: inch(p.margins.header),
      footer: inch(p.margins.footer),
    },
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: p.fitToHeight ?? 0 } : {}),
    ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
    // ExcelJS writes "$" + each end ("A1" → "$A1"): given "A$1" it writes the absolute "$A$1".
    ...(p.printArea ? { printArea: p.printArea.replace(/\$/g, '').replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
    ...(p.blackAndWhite ? { blackAndWhite: true } : {}),
    ...(p.firstPageNumber ? { firstPageNumber: p.firstPageNumber } : {}),
  };
  if (p.centerHeader || p.centerFooter) {
    ws.headerFooter = {
      ...ws.headerFooter,
      differentFirst: p.differentFirstPage,
      ...(p.centerHeader ? { oddHeader: `&C${p.centerHeader}` } : {}),
      ...(p.centerFooter ? { oddFooter: `&C${p.centerFooter}` } : {}),
      ...(p.differentFirstPage ? { firstHeader: '', ...(p.centerFooter ? { firstFooter: `&C${p.centerFooter}` } : {}) } : {}),
    };
  }
}
