import type { CellPlan, CellStyle, ChartPlan, PrintPlan, SheetPlan } from '../../core/plan/types';
import { cellAddress, mmToPoints, serialToIso, widthToPoints } from './address';
import { applyFont, applyStyle, looksLikeFormula } from './format';
import { Op, payloadBytes } from './payload';

type Styles = Record<string, CellStyle>;

/** Sheet-wide font, tab colour, column widths and row heights. */
export function layoutOp(ws: Excel.Worksheet, s: SheetPlan): void {
  if (s.tabColor) ws.tabColor = `#${s.tabColor}`;
  applyFont(ws.getRange().format.font, s.font);
  s.widths.forEach((w, i) => {
    if (w > 0) ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = widthToPoints(w);
  });
  for (const [row, h] of Object.entries(s.heights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = h;
}

/** Loose cells (title block, labels, summary formulas), then merges. */
export function cellsOps(sheet: () => Excel.Worksheet, s: SheetPlan, styles: Styles): Op[] {
  const ops: Op[] = s.cells.map((c) => ({ bytes: payloadBytes(c) + 64, run: () => writeCell(sheet(), c, styles) }));
  if (s.merges.length) ops.push({ bytes: payloadBytes(s.merges), run: () => s.merges.forEach((m) => sheet().getRange(m).merge(false)) });
  return ops;
}

function writeCell(ws: Excel.Worksheet, c: CellPlan, styles: Styles): void {
  const r = ws.getRange(cellAddress(c.row, c.col));
  const style = c.style ? styles[c.style] : undefined;
  const v = c.value;
  const fmt = style?.numFmt ?? (looksLikeFormula(v) ? '@' : null);
  if (fmt) r.numberFormat = [[fmt]];
  applyStyle(r, style, false);
  if (v !== null && typeof v === 'object') r.formulas = [[`=${v.formula}`]];
  else if (v !== null) r.values = [[v]];
  if (c.hyperlink) r.hyperlink = { documentReference: c.hyperlink.replace(/^#/, '') };
}

/** Conditional formats, validations, freeze panes, page layout and charts. */
export function rulesOps(sheet: () => Excel.Worksheet, s: SheetPlan): Op[] {
  const ops: Op[] = [];
  for (const cf of s.conditionalFormats) {
    ops.push({
      bytes: payloadBytes(cf) + 128,
      run: () => {
        const f = sheet().getRange(cf.range).conditionalFormats.add('Custom');
        f.custom.rule.formula = `=${cf.formula}`;
        if (cf.fill) f.custom.format.fill.color = `#${cf.fill}`;
        if (cf.fontColor) f.custom.format.font.color = `#${cf.fontColor}`;
        if (cf.strike) f.custom.format.font.strikethrough = true;
        f.priority = cf.priority;
        f.stopIfTrue = !!cf.stopIfTrue;
      },
    });
  }
  for (const v of s.listValidations) {
    ops.push({
      bytes: payloadBytes(v) + 128,
      run: () => {
        const dv = sheet().getRange(v.range).dataValidation;
        dv.rule = { list: { inCellDropDown: true, source: `=${v.source}` } };
        dv.errorAlert = { showAlert: true, style: v.strict ? 'Stop' : 'Warning', title: v.errorTitle, message: v.errorMessage };
        if (v.prompt) dv.prompt = { showPrompt: true, title: v.promptTitle ?? '', message: v.prompt };
      },
    });
  }
  for (const v of s.dateValidations) {
    ops.push({
      bytes: payloadBytes(v) + 128,
      run: () => {
        const dv = sheet().getRange(v.range).dataValidation;
        dv.rule = { date: { formula1: serialToIso(v.min), formula2: serialToIso(v.max), operator: 'Between' } };
        dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.errorMessage };
      },
    });
  }
  if (s.freeze) ops.push({ bytes: 64, run: () => freeze(sheet(), s.freeze!) });
  if (s.print) ops.push({ bytes: payloadBytes(s.print) + 256, run: () => pageLayout(sheet(), s.print!) });
  for (const ch of s.charts ?? []) ops.push({ bytes: payloadBytes(ch) + 128, run: () => chart(sheet(), ch) });
  return ops;
}

function freeze(ws: Excel.Worksheet, f: { rows: number; cols: number }): void {
  if (f.rows && f.cols) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.cols));
  else if (f.rows) ws.freezePanes.freezeRows(f.rows);
  else if (f.cols) ws.freezePanes.freezeColumns(f.cols);
}

function pageLayout(ws: Excel.Worksheet, p: PrintPlan): void {
  const pl = ws.pageLayout;
  pl.paperSize = 'A4';
  pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.topMargin = mmToPoints(p.margins.top);
  pl.bottomMargin = mmToPoints(p.margins.bottom);
  pl.leftMargin = mmToPoints(p.margins.left);
  pl.rightMargin = mmToPoints(p.margins.right);
  pl.headerMargin = mmToPoints(p.margins.header);
  pl.footerMargin = mmToPoints(p.margins.footer);
  if (p.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.titleRows) pl.setPrintTitleRows(p.titleRows.split(':').map((r) => `$${r.replace(/\$/g, '')}`).join(':'));
  if (p.printArea) pl.setPrintArea(p.printArea);
  if (p.centerHeader) {
    const hf = pl.headersFooters;
    hf.state = p.differentFirstPage ? 'FirstAndDefault' : 'Default';
    hf.defaultForAllPages.centerHeader = p.centerHeader;
    if (p.differentFirstPage) hf.firstPage.centerHeader = '';
  }
}

const CHART_TYPE = { columnClustered: 'ColumnClustered', columnStacked: 'ColumnStacked', pie: 'Pie', barStacked: 'BarStacked' } as const;

function chart(ws: Excel.Worksheet, c: ChartPlan): void {
  const ch = ws.charts.add(CHART_TYPE[c.type], ws.getRange(c.source), c.seriesBy === 'columns' ? 'Columns' : 'Rows');
  ch.title.text = c.title;
  ch.setPosition(c.anchor);
}
