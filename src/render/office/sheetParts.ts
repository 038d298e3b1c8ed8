import type { CellPlan, CellStyle, ChartPlan, FormulaValue, PrintPlan, SheetPlan } from '../../core/plan/types';
import { cellsAt, mmToPoints, serialToIso, widthToPoints } from './address';
import { ACTION_BYTES, applyFont, ARRAY_FACTOR, applyStyle, looksLikeFormula, PATH_BYTES, styleBytes } from './format';
import { Block, blocksOf, splitRows } from './blocks';
import { FEATURES } from './requirements';
import { Op, payloadBytes } from './payload';
import { formulaText } from '../../core/plan/formulaText';

type Styles = Record<string, CellStyle>;

/** Sheet-wide font, column widths and row heights (the tab colour is its own op: ExcelApi 1.7). */
export function layoutOp(ws: Excel.Worksheet, s: SheetPlan): void {
  applyFont(ws.getRange().format.font, s.font);
  s.widths.forEach((w, i) => {
    if (w > 0) cellsAt(ws, 0, i, 1, 1).getEntireColumn().format.columnWidth = widthToPoints(w);
  });
  for (const [row, h] of looseHeights(s)) ws.getRange(`${row}:${row}`).format.rowHeight = h;
}

/**
 * Planned heights of rows outside table bodies (title block, summary lists). Table body rows are
 * not set one by one: Excel fits them to their wrapped text itself (autofitRows, see tables.ts),
 * one command however many rows — the plan's heights exist for readers that cannot.
 */
export function looseHeights(s: SheetPlan): Array<[number, number]> {
  const inBody = (row: number) => s.tables.some((t) => row > t.row && row <= t.row + t.rows.length);
  return Object.entries(s.heights ?? {})
    .map(([r, h]) => [Number(r), h] as [number, number])
    .filter(([r]) => !inBody(r));
}

/**
 * Loose cells (title block, labels, summary formulas, lists), written by rectangles: number
 * formats first (text stays text), then values and formulas, styles, merges and links. A
 * rectangle of cells sharing a style is styled with one set of commands.
 */
export function cellsOps(sheet: () => Excel.Worksheet, s: SheetPlan, styles: Styles, chunkBytes = 1024 * 1024): Op[] {
  const ops: Op[] = [];
  const styleOf = (c: CellPlan) => (c.style ? styles[c.style] : undefined);
  const numFmt = (c: CellPlan) => styleOf(c)?.numFmt ?? (looksLikeFormula(c.value) ? '@' : null);
  const rangeOf = (b: Block<CellPlan>) => cellsAt(sheet(), b.row - 1, b.col - 1, b.rows, b.cols);
  for (const b of blocksOf(s.cells, numFmt)) {
    ops.push({
      bytes: PATH_BYTES + ACTION_BYTES + Math.ceil(ARRAY_FACTOR * (payloadBytes(b.key) + 1) * b.rows * b.cols),
      run: () => void (rangeOf(b).numberFormat = b.grid.map((r) => r.map(() => b.key))),
    });
  }
  const kind = (c: CellPlan) => (c.value === null ? null : isFormula(c.value) ? 'f' : 'v');
  const cellValue = (c: CellPlan) => (isFormula(c.value) ? `=${formulaText(c.value)}` : c.value);
  for (const whole of blocksOf(s.cells, kind)) {
    for (const b of splitRows(whole, (r) => payloadBytes(r.map(cellValue)), chunkBytes)) {
      const grid = b.grid.map((r) => r.map(cellValue));
      ops.push({
        bytes: PATH_BYTES + ACTION_BYTES + Math.ceil(ARRAY_FACTOR * payloadBytes(grid)),
        run: () => {
          const r = rangeOf(b);
          if (b.key === 'f') r.formulas = grid;
          else r.values = grid;
        },
      });
    }
  }
  for (const b of blocksOf(s.cells, (c) => (c.style && styles[c.style] ? c.style : null))) {
    const style = styles[b.key];
    const multi = b.rows * b.cols > 1;
    ops.push({ bytes: styleBytes(style, multi, s.font), run: () => applyStyle(rangeOf(b), style, multi, s.font) });
  }
  if (s.merges.length)
    ops.push({ bytes: (PATH_BYTES + ACTION_BYTES) * s.merges.length + payloadBytes(s.merges), run: () => s.merges.forEach((m) => sheet().getRange(m).merge(false)) });
  for (const c of s.cells) {
    const link = c.hyperlink;
    if (!link) continue;
    const target = linkTarget(link);
    ops.push({
      feature: FEATURES.links,
      bytes: PATH_BYTES + ACTION_BYTES + payloadBytes(target) + 48,
      run: () => void (cellsAt(sheet(), c.row - 1, c.col - 1, 1, 1).hyperlink = target),
    });
  }
  return ops;
}

const isFormula = (v: CellPlan['value']): v is FormulaValue => typeof v === 'object' && v !== null;

/** An internal link ("#'Sheet'!A1") as Office.js takes it: a place in this workbook, not a file. */
export function linkTarget(link: string): Excel.RangeHyperlink {
  return link.startsWith('#') ? { documentReference: link.slice(1) } : { address: link };
}

/** Conditional formats, validations, freeze panes, page layout and charts. */
export function rulesOps(sheet: () => Excel.Worksheet, s: SheetPlan): Op[] {
  const ops: Op[] = [];
  for (const cf of s.conditionalFormats) {
    ops.push({
      feature: FEATURES.colours,
      bytes: payloadBytes(cf) + 7 * PATH_BYTES + 8 * ACTION_BYTES,
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
      feature: FEATURES.dropDowns,
      bytes: payloadBytes(v) + 3 * PATH_BYTES + 4 * ACTION_BYTES,
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
      feature: FEATURES.dropDowns,
      bytes: payloadBytes(v) + 3 * PATH_BYTES + 4 * ACTION_BYTES,
      run: () => {
        const dv = sheet().getRange(v.range).dataValidation;
        dv.rule = { date: { formula1: serialToIso(v.min), formula2: serialToIso(v.max), operator: 'Between' } };
        dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.errorMessage };
      },
    });
  }
  if (s.freeze) ops.push({ feature: FEATURES.freeze, bytes: 3 * PATH_BYTES + 2 * ACTION_BYTES, run: () => freeze(sheet(), s.freeze!) });
  if (s.print) ops.push({ feature: FEATURES.print, bytes: payloadBytes(s.print) + 5 * PATH_BYTES + 16 * ACTION_BYTES, run: () => pageLayout(sheet(), s.print!) });
  for (const ch of s.charts ?? []) ops.push({ bytes: payloadBytes(ch) + 5 * PATH_BYTES + 4 * ACTION_BYTES, run: () => chart(sheet(), ch) });
  return ops;
}

function freeze(ws: Excel.Worksheet, f: { rows: number; cols: number }): void {
  if (f.rows && f.cols) ws.freezePanes.freezeAt(cellsAt(ws, 0, 0, f.rows, f.cols));
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
  if (p.titleRows)
    pl.setPrintTitleRows(
      p.titleRows
        .split(':')
        .map((r) => `$${r.replace(/\$/g, '')}`)
        .join(':'),
    );
  if (p.printArea) pl.setPrintArea(p.printArea);
  if (p.blackAndWhite) pl.blackAndWhite = true;
  if (p.firstPageNumber) pl.firstPageNumber = p.firstPageNumber;
  if (p.centerHeader || p.centerFooter) {
    const hf = pl.headersFooters;
    hf.state = p.differentFirstPage ? 'FirstAndDefault' : 'Default';
    if (p.centerHeader) hf.defaultForAllPages.centerHeader = p.centerHeader;
    if (p.centerFooter) hf.defaultForAllPages.centerFooter = p.centerFooter;
    if (p.differentFirstPage) {
      if (p.centerHeader) hf.firstPage.centerHeader = '';
      if (p.centerFooter) hf.firstPage.centerFooter = p.centerFooter;
    }
  }
}

const CHART_TYPE = { columnClustered: 'ColumnClustered', columnStacked: 'ColumnStacked', pie: 'Pie', barStacked: 'BarStacked' } as const;

function chart(ws: Excel.Worksheet, c: ChartPlan): void {
  const ch = ws.charts.add(CHART_TYPE[c.type], ws.getRange(c.source), c.seriesBy === 'columns' ? 'Columns' : 'Rows');
  ch.title.text = c.title;
  ch.setPosition(c.anchor);
}
