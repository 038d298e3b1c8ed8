/**
 * One worksheet of the streaming writer, as XML text produced piece by piece: the table bodies
 * (nearly all of a workbook's cells) are read row by row from the plan and never copied, so the
 * memory a sheet needs beyond its plan is its loose cells (title block, Tổng hợp's counts and
 * lists), the current chunk of text and the shared strings. What is drawn is what the ExcelJS
 * renderer draws (../exceljs/sheet.ts, with its package fixes): column widths and the sheet font
 * as column style, row heights, table bodies styled per column (or per row style), header cells
 * in the header style, loose cells over them, merged areas (the other cells take the first
 * cell's style), internal links as `location` only, conditional formats, list and date
 * validations, frozen panes, tab colour, print setup, sheet protection without a password.
 * Host-free.
 */
import type { CachedResults } from '../../core/plan/cachedResults';
import type { CellStyle, CellValue, FontPlan, FormulaTemplate, Scalar, SheetPlan, TablePlan } from '../../core/plan/types';
import { formulaXml } from './formulaXml';
import type { SharedStrings } from './sharedStrings';
import type { StyleSheet } from './styleSheet';
import { colLetters, esc, escText, parseRange } from './xml';
import { formulaText } from '../../core/plan/formulaText';

/** A cell to write: value, cellXfs index and the cached result that replaces its own (CachedResults). */
interface Cell {
  v: CellValue;
  s: number;
  r?: Scalar;
}

export interface SheetBook {
  styles: StyleSheet;
  strings: SharedStrings;
  /** The plan's named styles (WorkbookPlan.styles). */
  named: Record<string, CellStyle>;
  /** The cached results of the plan's formulas (cachedResultsOf on the plan being written), if any. */
  results?: CachedResults | null;
}

/** Chunks are yielded once about this many characters are gathered. */
const CHUNK = 1 << 14;
const MM_PER_INCH = 25.4;
const inch = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;

/**
 * A cell's XML. Strings are shared; formulas carry their cached result when they have one:
 * `result` when given (CachedResults), else their own.
 */
function cellXml(ref: string, v: CellValue, s: number, strings: SharedStrings, escaped: Map<FormulaTemplate, string[]>, result?: Scalar): string {
  if (v === null || v === undefined) return `<c r="${ref}" s="${s}"/>`;
  switch (typeof v) {
    case 'string':
      return `<c r="${ref}" s="${s}" t="s"><v>${strings.id(v)}</v></c>`;
    case 'number':
      return Number.isFinite(v) ? `<c r="${ref}" s="${s}"><v>${v}</v></c>` : `<c r="${ref}" s="${s}"/>`;
    case 'boolean':
      return `<c r="${ref}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
    default: {
      const f = `<f>${formulaXml(v, escaped)}</f>`;
      const r = result !== undefined ? result : v.result;
      if (typeof r === 'string') return `<c r="${ref}" s="${s}" t="str">${f}<v>${escText(r)}</v></c>`;
      if (typeof r === 'number' && Number.isFinite(r)) return `<c r="${ref}" s="${s}">${f}<v>${r}</v></c>`;
      if (typeof r === 'boolean') return `<c r="${ref}" s="${s}" t="b">${f}<v>${r ? 1 : 0}</v></c>`;
      return `<c r="${ref}" s="${s}">${f}</c>`;
    }
  }
}

/**
 * A link cell's value: its text (a number shows as its digits), or HYPERLINK(…) around a formula
 * with its cached result (`result` when given, else its own).
 */
function linked(v: CellValue, target: string, result?: Scalar): CellValue {
  if (v !== null && typeof v === 'object') {
    const formula = `HYPERLINK("${target.replace(/"/g, '""')}",${formulaText(v)})`;
    const r = result !== undefined ? result : v.result;
    return r === undefined || r === null ? { formula } : { formula, result: r };
  }
  return String(v ?? '');
}

/** A table body link cell's value: its text (the link jumps, the cell shows what it held). */
const linkText = (v: CellValue): CellValue => (v !== null && typeof v === 'object' ? v : String(v ?? ''));

/** What a table body needs while its rows are written. */
interface Body {
  t: TablePlan;
  first: number;
  last: number;
  columnXf: number[];
  rowXf: Map<string, number>;
  /** Link cells by body row index: column indices. */
  links: Map<number, Set<number>>;
  /** The cached results of one column's formulas, by body row index (CachedResults.tables). */
  known?: { col: number; values: Array<Scalar | undefined> };
}

/** The sheet's parts beside its XML: table ids and link targets are known before writing. */
export interface SheetTables {
  /** Workbook-wide id of each table of the sheet, in order (table{id}.xml). */
  ids: number[];
}

/**
 * The worksheet XML of `s` in chunks. `tables.ids[i]` is the part number of s.tables[i]; the
 * sheet's relationships are rId1…rIdN for its tables, in order (sheetRels below).
 */
export function* sheetXml(s: SheetPlan, book: SheetBook, tables: SheetTables): Generator<string> {
  const { styles, strings, results } = book;
  // Each formula template's escaped pieces, found once (formulaXml.ts).
  const escaped = new Map<FormulaTemplate, string[]>();
  const font: FontPlan = s.font;
  const xf = (key?: string | null): number => styles.xf(key ? book.named[key] : undefined, font);

  // Loose cells: table headers first, then the plan's cells over them, then merged areas.
  const loose = new Map<number, Map<number, Cell>>();
  const put = (row: number, col: number, cell: Cell): void => {
    let r = loose.get(row);
    if (!r) loose.set(row, (r = new Map()));
    r.set(col, cell);
  };
  const hyperlinks: Array<[string, string]> = [];
  const bodies: Body[] = s.tables.map((t) => {
    const headerXf = xf(t.headerStyle);
    t.columns.forEach((c, j) => put(t.row, t.col + j, { v: c.header, s: headerXf }));
    const links = new Map<number, Set<number>>();
    for (const h of t.hyperlinks ?? []) {
      let set = links.get(h.row);
      if (!set) links.set(h.row, (set = new Set()));
      set.add(h.col);
      hyperlinks.push([`${colLetters(t.col + h.col)}${t.row + 1 + h.row}`, h.target]);
    }
    return { t, first: t.row + 1, last: t.row + t.rows.length, columnXf: t.columns.map((c) => xf(c.style)), rowXf: new Map(), links, known: results?.tables.get(t) };
  });
  const cellResults = results?.cells.get(s);
  s.cells.forEach((c, i) => {
    const r = cellResults?.[i];
    put(c.row, c.col, c.hyperlink ? { v: linked(c.value, c.hyperlink, r), s: xf(c.style) } : { v: c.value, s: xf(c.style), r });
    if (c.hyperlink && (c.value === null || typeof c.value !== 'object')) hyperlinks.push([`${colLetters(c.col)}${c.row}`, c.hyperlink]);
  });
  const bodyXf = (b: Body, i: number, j: number): number => {
    const key = b.t.rowStyles?.[i];
    if (key == null) return b.columnXf[j];
    let id = b.rowXf.get(key);
    if (id === undefined) b.rowXf.set(key, (id = xf(key)));
    return id;
  };
  const styleAt = (row: number, col: number): number => {
    const l = loose.get(row)?.get(col);
    if (l) return l.s;
    const b = bodies.find((x) => row >= x.first && row <= x.last && col >= x.t.col && col < x.t.col + x.t.columns.length);
    return b ? bodyXf(b, row - b.first, col - b.t.col) : xf();
  };
  const merges = s.merges.map((m) => ({ ref: m, box: parseRange(m) }));
  for (const { box } of merges) {
    if (!box) continue;
    const master = styleAt(box.r1, box.c1);
    for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) if (r !== box.r1 || c !== box.c1) put(r, c, { v: null, s: master });
  }

  // Extent of the written cells.
  let r1 = Infinity,
    c1 = Infinity,
    r2 = 0,
    c2 = 0;
  for (const [row, cols] of loose) {
    for (const col of cols.keys()) {
      r1 = Math.min(r1, row);
      r2 = Math.max(r2, row);
      c1 = Math.min(c1, col);
      c2 = Math.max(c2, col);
    }
  }
  for (const b of bodies) {
    if (b.last >= b.first) {
      r1 = Math.min(r1, b.first);
      r2 = Math.max(r2, b.last);
      c1 = Math.min(c1, b.t.col);
      c2 = Math.max(c2, b.t.col + b.t.columns.length - 1);
    }
  }
  const heights = s.heights ?? {};
  let lastRow = r2;
  for (const k of Object.keys(heights)) lastRow = Math.max(lastRow, Number(k));
  const dimension = r2 ? `${colLetters(c1)}${r1}:${colLetters(c2)}${r2}` : 'A1';

  let out =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  const fit = s.print?.fitToWidth;
  if (s.tabColor || fit) out += `<sheetPr>${s.tabColor ? `<tabColor rgb="FF${s.tabColor.toUpperCase()}"/>` : ''}${fit ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`;
  out += `<dimension ref="${dimension}"/>${sheetView(s)}<sheetFormatPr defaultRowHeight="15"/>${colsXml(s, xf())}<sheetData>`;

  for (let row = 1; row <= lastRow; row++) {
    const l = loose.get(row);
    let active: Body[] | null = null;
    for (const b of bodies) if (row >= b.first && row <= b.last) (active ??= []).push(b);
    const h = heights[row];
    if (!l && !active && h === undefined) continue;
    out += h === undefined ? `<row r="${row}">` : `<row r="${row}" ht="${h}" customHeight="1">`;
    if (active && active.length === 1 && !l) {
      const b = active[0];
      const i = row - b.first;
      const values = b.t.rows[i];
      const links = b.links.get(i);
      const known = b.known;
      for (let j = 0; j < b.t.columns.length; j++) {
        const v = values[j] === undefined ? null : values[j];
        const r = known && known.col === j ? known.values[i] : undefined;
        out += cellXml(`${colLetters(b.t.col + j)}${row}`, links?.has(j) ? linkText(v) : v, bodyXf(b, i, j), strings, escaped, r);
      }
    } else {
      const cells = new Map<number, Cell>();
      for (const b of active ?? []) {
        const i = row - b.first;
        const links = b.links.get(i);
        for (let j = 0; j < b.t.columns.length; j++) {
          const v = b.t.rows[i][j] === undefined ? null : b.t.rows[i][j];
          const r = b.known && b.known.col === j ? b.known.values[i] : undefined;
          cells.set(b.t.col + j, { v: links?.has(j) ? linkText(v) : v, s: bodyXf(b, i, j), r });
        }
      }
      if (l) for (const [col, cell] of l) cells.set(col, cell);
      for (const col of [...cells.keys()].sort((a, b) => a - b)) {
        const cell = cells.get(col)!;
        out += cellXml(`${colLetters(col)}${row}`, cell.v, cell.s, strings, escaped, cell.r);
      }
    }
    out += '</row>';
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  out += '</sheetData>';
  if (s.protect) out += '<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>';
  if (merges.length) out += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.ref}"/>`).join('')}</mergeCells>`;
  for (const cf of s.conditionalFormats) {
    out +=
      `<conditionalFormatting sqref="${esc(cf.range)}"><cfRule type="expression" dxfId="${styles.dxf(cf)}" priority="${cf.priority}"${cf.stopIfTrue ? ' stopIfTrue="1"' : ''}>` +
      `<formula>${escText(cf.formula.replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`;
  }
  out += validationsXml(s);
  if (out.length >= CHUNK) {
    yield out;
    out = '';
  }
  if (hyperlinks.length) {
    out += '<hyperlinks>';
    for (const [ref, target] of hyperlinks) {
      out += `<hyperlink ref="${ref}" location="${esc(target.replace(/^#/, ''))}"/>`;
      if (out.length >= CHUNK) {
        yield out;
        out = '';
      }
    }
    out += '</hyperlinks>';
  }
  out += printXml(s);
  if (s.tables.length) out += `<tableParts count="${s.tables.length}">${tables.ids.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join('')}</tableParts>`;
  yield `${out}</worksheet>`;
}

function sheetView(s: SheetPlan): string {
  const f = s.freeze;
  if (!f || (f.rows <= 0 && f.cols <= 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''} topLeftCell="${colLetters(f.cols + 1)}${f.rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** Column widths (with the sheet font as column style) and hidden table columns. */
function colsXml(s: SheetPlan, fontXf: number): string {
  const hidden = new Set<number>();
  for (const t of s.tables) t.columns.forEach((c, j) => c.hidden && hidden.add(t.col + j));
  let last = s.widths.length;
  for (const c of hidden) last = Math.max(last, c);
  let out = '';
  for (let c = 1; c <= last; c++) {
    const w = s.widths[c - 1];
    const has = typeof w === 'number' && Number.isFinite(w);
    if (!has && !hidden.has(c)) continue;
    out += `<col min="${c}" max="${c}"${has ? ` width="${w}" style="${fontXf}" customWidth="1"` : ''}${hidden.has(c) ? ' hidden="1"' : ''}/>`;
  }
  return out ? `<cols>${out}</cols>` : '';
}

function validationsXml(s: SheetPlan): string {
  const items: string[] = [];
  for (const v of s.listValidations) {
    items.push(
      `<dataValidation type="list" allowBlank="1"${v.prompt ? ` showInputMessage="1"${v.promptTitle ? ` promptTitle="${esc(v.promptTitle)}"` : ''} prompt="${esc(v.prompt)}"` : ''}` +
        ` showErrorMessage="1" errorStyle="${v.strict ? 'stop' : 'warning'}" errorTitle="${esc(v.errorTitle)}" error="${esc(v.errorMessage)}" sqref="${esc(v.range)}">` +
        `<formula1>${escText(v.source.replace(/^=/, ''))}</formula1></dataValidation>`,
    );
  }
  for (const v of s.dateValidations) {
    items.push(
      `<dataValidation type="date" operator="between" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${esc(v.errorTitle)}" error="${esc(v.errorMessage)}" sqref="${esc(v.range)}">` +
        `<formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`,
    );
  }
  return items.length ? `<dataValidations count="${items.length}">${items.join('')}</dataValidations>` : '';
}

/** Margins (inches), A4 paper, orientation, fit to width, the centred header from page 2. */
function printXml(s: SheetPlan): string {
  const p = s.print;
  if (!p) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const m = p.margins;
  let out =
    `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="${inch(m.header)}" footer="${inch(m.footer)}"/>` +
    `<pageSetup paperSize="9" orientation="${p.orientation}"${p.fitToWidth ? ` fitToWidth="1" fitToHeight="${p.fitToHeight ?? 0}"` : ''}` +
    `${p.blackAndWhite ? ' blackAndWhite="1"' : ''}${p.firstPageNumber ? ` firstPageNumber="${p.firstPageNumber}" useFirstPageNumber="1"` : ''}/>`;
  if (p.centerHeader || p.centerFooter) {
    // Header on pages 2…; the footer on every page (the first page's own footer when it differs).
    const footer = p.centerFooter ? escText(`&C${p.centerFooter}`) : '';
    out +=
      `<headerFooter${p.differentFirstPage ? ' differentFirst="1"' : ''}>${p.centerHeader ? `<oddHeader>${escText(`&C${p.centerHeader}`)}</oddHeader>` : ''}` +
      `${footer ? `<oddFooter>${footer}</oddFooter>` : ''}${footer && p.differentFirstPage ? `<firstFooter>${footer}</firstFooter>` : ''}</headerFooter>`;
  }
  return out;
}

/** table{id}.xml of one table: columns, calculated-column formulas, filter buttons, style. */
export function tableXml(t: TablePlan, id: number): string {
  const ref = `${colLetters(t.col)}${t.row}:${colLetters(t.col + t.columns.length - 1)}${t.row + t.rows.length}`;
  const filter = t.showFilterButton
    ? `<autoFilter ref="${ref}"/>`
    : `<autoFilter ref="${ref}">${t.columns.map((_, j) => `<filterColumn colId="${j}" hiddenButton="1"/>`).join('')}</autoFilter>`;
  const columns = t.columns.map((c, j) => {
    const head = `<tableColumn id="${j + 1}" name="${esc(c.header)}"`;
    return c.calculated ? `${head}><calculatedColumnFormula>${escText(c.calculated.replace(/^=/, ''))}</calculatedColumnFormula></tableColumn>` : `${head}/>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `${filter}<tableColumns count="${t.columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${esc(t.tableStyle)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${t.showRowStripes ? 1 : 0}" showColumnStripes="0"/></table>`
  );
}

/** The sheet's relationships: its tables, rId1… in order; null when it has none. */
export function sheetRels(ids: number[]): string | null {
  if (!ids.length) return null;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    ids
      .map((id, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table${id}.xml"/>`)
      .join('') +
    '</Relationships>'
  );
}
