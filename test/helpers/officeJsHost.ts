/**
 * TEST ONLY. Microsoft's own Office.js client library (`@microsoft/office-js`,
 * dist/excel-web-16.00.debug.js) loaded in a Node `vm`, with a request executor of ours in place
 * of Excel on the web. Every `context.sync()` of the real library builds the real request body
 * (Actions + ObjectPaths, as sent to Excel); the executor records it, applies it to a small
 * in-memory workbook and answers queries the way Excel does (`Results` by ActionId, `_Items` for
 * collections, `_IsNull` for null objects).
 *
 * The workbook is as strict as Excel where our tests rely on it: a request or a response over
 * 5 MB is refused (Excel on the web), sheet names (≤ 31 characters, no []:*?/\, unique), table
 * and defined names (letters, digits, underscore, dot; not a cell reference; unique across tables
 * and names), tables that overlap, row heights over 409 pt, a values/formulas/numberFormat array
 * that is not the range's shape, and text over 32,767 characters. A failing action stops the
 * request there, as in Excel: the actions before it stay applied.
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';

/** The library file: under the project's node_modules, or wherever Node resolves it (the bench runs a compiled copy of this file elsewhere). */
export const LIBRARY = ((): string => {
  const local = path.join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist', 'excel-web-16.00.debug.js');
  if (fs.existsSync(local)) return local;
  try {
    return require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
  } catch {
    return local;
  }
})();
/** Excel on the web's limit for a request and for a response (bytes). */
export const WEB_LIMIT = 5 * 1024 * 1024;
const MAX_ROW_HEIGHT = 409.5;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

export interface SyncRecord {
  /** UTF-8 bytes of the request body (JSON). */
  requestBytes: number;
  responseBytes: number;
  actions: number;
  objectPaths: number;
  error?: string;
  /** Actions by name ("Values", "Color", "GetRange" …), for finding what fills a request. */
  byName: Record<string, number>;
  /** Object paths by name ("GetRange", "Format", "ConditionalFormats" …). */
  byPath: Record<string, number>;
}

type Cell = { v: unknown; f: string | null; nf: string };

export class FakeSheet {
  cells = new Map<string, Cell>();
  rowHeights = new Map<number, number>();
  constructor(
    public id: string,
    public name: string,
  ) {}
  cell(r: number, c: number): Cell {
    const k = `${r},${c}`;
    let x = this.cells.get(k);
    if (!x) this.cells.set(k, (x = { v: '', f: null, nf: 'General' }));
    return x;
  }
  value(r: number, c: number): unknown {
    return this.cells.get(`${r},${c}`)?.v ?? '';
  }
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  r0: number;
  c0: number;
  nr: number;
  nc: number;
}
export interface FakeName {
  name: string;
  ref: string;
  comment?: string;
}
interface Rng {
  sheet: FakeSheet;
  r0: number;
  c0: number;
  nr: number;
  nc: number;
}

export class HostError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

const colNum = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetter = (n: number) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** An A1 address (cells, whole rows "5:7", whole columns "B:D") → 0-based origin and size. */
export function parseAddress(a: string): [number, number, number, number] {
  const s = a.replace(/^.*!/, '').replace(/\$/g, '');
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(s);
  if (m) {
    const r0 = +m[2] - 1,
      c0 = colNum(m[1]) - 1;
    const r1 = m[4] ? +m[4] - 1 : r0,
      c1 = m[3] ? colNum(m[3]) - 1 : c0;
    return [Math.min(r0, r1), Math.min(c0, c1), Math.abs(r1 - r0) + 1, Math.abs(c1 - c0) + 1];
  }
  if ((m = /^(\d+):(\d+)$/.exec(s))) return [+m[1] - 1, 0, +m[2] - +m[1] + 1, MAX_COLS];
  if ((m = /^([A-Z]+):([A-Z]+)$/i.exec(s))) return [0, colNum(m[1]) - 1, MAX_ROWS, colNum(m[2]) - colNum(m[1]) + 1];
  throw new HostError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${a})`);
}

const SHEET_BAD = /[[\]:*?/\\]/;
const NAME_OK = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const looksLikeRef = (n: string) => /^[A-Za-z]{1,3}\d+$/.test(n) || /^[RrCc]\d*$/.test(n) || /^R\d*C\d*$/i.test(n);

/** The in-memory workbook the executor applies requests to. */
export class FakeBook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  private ids = 0;
  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const n of sheetNames) this.addSheet(n);
  }
  addSheet(name?: string): FakeSheet {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.checkSheetName(n, null);
    const s = new FakeSheet(`{S${++this.ids}}`, n);
    this.sheets.push(s);
    return s;
  }
  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === String(key).toLowerCase());
  }
  checkSheetName(n: string, self: FakeSheet | null): void {
    if (!n || n.length > 31 || SHEET_BAD.test(n) || /^'|'$/.test(n)) throw new HostError('InvalidArgument', `Invalid sheet name "${n}".`);
    const other = this.sheet(n);
    if (other && other !== self) throw new HostError('ItemAlreadyExists', `A sheet named "${n}" already exists.`);
  }
  checkDefinedName(n: string, self: object | null): void {
    if (!n || n.length > 255 || !NAME_OK.test(n) || looksLikeRef(n)) throw new HostError('InvalidArgument', `Invalid name "${n}".`);
    const low = n.toLowerCase();
    const clash = [...this.tables, ...this.names].find((x) => x.name.toLowerCase() === low && x !== self);
    if (clash) throw new HostError('ItemAlreadyExists', `The name "${n}" already exists.`);
  }
  addTable(sheet: FakeSheet, address: string): FakeTable {
    const [r0, c0, nr, nc] = parseAddress(address);
    const overlaps = this.tables.some((t) => t.sheet === sheet && r0 < t.r0 + t.nr && t.r0 < r0 + nr && c0 < t.c0 + t.nc && t.c0 < c0 + nc);
    if (overlaps) throw new HostError('InvalidOperation', 'A table cannot overlap another table.');
    let i = this.tables.length + 1;
    while (this.tables.some((t) => t.name === `Table${i}`) || this.names.some((x) => x.name === `Table${i}`)) i++;
    const t = { id: String(++this.ids), name: `Table${i}`, sheet, r0, c0, nr, nc };
    this.tables.push(t);
    return t;
  }
  deleteSheet(s: FakeSheet): void {
    if (this.sheets.length === 1) throw new HostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s);
  }
  /** Header texts and body of a table as its cells hold them. */
  tableValues(t: FakeTable): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < t.nr; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < t.nc; c++) row.push(t.sheet.value(t.r0 + r, t.c0 + c));
      out.push(row);
    }
    return out;
  }
}

type Node =
  | { t: 'workbook' | 'sheets' | 'names' | 'app' | 'any' }
  | { t: 'tables'; sheet?: FakeSheet }
  | { t: 'sheet'; s: FakeSheet }
  | { t: 'table'; x: FakeTable }
  | { t: 'name'; x: FakeName }
  | { t: 'null' }
  | { t: 'range'; r: Rng }
  | { t: 'format'; r: Rng };

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[] };
}

function rangeOf(sheet: FakeSheet, r0: number, c0: number, nr: number, nc: number): Node {
  if (r0 < 0 || c0 < 0 || nr < 1 || nc < 1 || r0 + nr > MAX_ROWS || c0 + nc > MAX_COLS) throw new HostError('InvalidArgument', 'The range is outside the sheet.');
  return { t: 'range', r: { sheet, r0, c0, nr, nc } };
}

/** Applies one request body to the book; returns the response body. */
export function applyRequest(book: FakeBook, body: { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> }): Record<string, unknown> {
  const resolved = new Map<number, Node>();
  const results: Array<{ ActionId: number; Value: unknown }> = [];
  const resolve = (id: number): Node => {
    const hit = resolved.get(id);
    if (hit) return hit;
    const p = body.ObjectPaths[String(id)];
    const parent = p.ParentObjectPathId !== undefined ? resolve(p.ParentObjectPathId) : null;
    const args = p.ArgumentInfo?.Arguments ?? [];
    const n = step(book, p, parent, args, (rid) => resolve(rid));
    resolved.set(id, n);
    return n;
  };
  for (let i = 0; i < body.Actions.length; i++) {
    const a = body.Actions[i];
    try {
      const node = resolve(a.ObjectPathId);
      const args = a.ArgumentInfo?.Arguments ?? [];
      if (a.ActionType === 1) continue;
      if (a.ActionType === 4) setProperty(book, node, a.Name, args[0]);
      else if (a.ActionType === 3) {
        const refs = (a.ArgumentInfo?.ReferencedObjectPathIds ?? []).map((r) => (r ? resolve(r) : null));
        const v = method(book, node, a.Name, args, refs);
        results.push({ ActionId: a.Id, Value: v ?? null });
      } else if (a.ActionType === 2 || a.ActionType === 7) results.push({ ActionId: a.Id, Value: query(book, node, a.QueryInfo?.Select) });
    } catch (e) {
      const err = e instanceof HostError ? e : new HostError('GeneralException', String((e as Error).message));
      return { Results: results, Error: { Code: err.code, Message: err.message, ActionIndex: i, Location: a.Name, HttpStatusCode: 400 } };
    }
  }
  return { Results: results };
}

function step(book: FakeBook, p: ObjectPathInfo, parent: Node | null, args: unknown[], resolve: (id: number) => Node): Node {
  const kind = p.ObjectPathType;
  const name = p.Name;
  if (kind === 1) return { t: 'workbook' };
  if (kind === 6 || kind === 7 || !parent) return { t: 'any' };
  if (kind === 4) {
    if (parent.t === 'workbook')
      return name === 'Worksheets'
        ? { t: 'sheets' }
        : name === 'Tables'
          ? { t: 'tables' }
          : name === 'Names'
            ? { t: 'names' }
            : name === 'Application'
              ? { t: 'app' }
              : { t: 'any' };
    if (parent.t === 'sheet') return name === 'Tables' ? { t: 'tables', sheet: parent.s } : { t: 'any' };
    if (parent.t === 'table' && name === 'Worksheet') return { t: 'sheet', s: parent.x.sheet };
    if (parent.t === 'range' && name === 'Format') return { t: 'format', r: parent.r };
    return { t: 'any' };
  }
  if (kind === 5 || kind === 3) {
    const key = String(args[0]);
    if (parent.t === 'sheets') {
      if (name === 'Add') return { t: 'sheet', s: book.addSheet(args[0] === undefined || args[0] === null ? undefined : key) };
      if (kind === 5 || name === 'GetItem' || name === 'GetItemOrNullObject') {
        const s = book.sheet(key);
        if (s) return { t: 'sheet', s };
        if (name === 'GetItemOrNullObject') return { t: 'null' };
        throw new HostError('ItemNotFound', `The requested resource doesn't exist. (sheet ${key})`);
      }
      if (name === 'GetActiveWorksheet') return { t: 'sheet', s: book.sheets[0] };
    }
    if (parent.t === 'tables') {
      if (name === 'Add') {
        const addr = String(args[0]);
        const s = parent.sheet ?? book.sheet(addr.includes('!') ? addr.slice(0, addr.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : '');
        if (!s) throw new HostError('InvalidArgument', `The argument is invalid or missing. (${addr})`);
        return { t: 'table', x: book.addTable(s, addr) };
      }
      const x = book.tables.find((t) => (t.id === key || t.name.toLowerCase() === key.toLowerCase()) && (!parent.sheet || t.sheet === parent.sheet));
      if (x) return { t: 'table', x };
      if (name === 'GetItemOrNullObject') return { t: 'null' };
      throw new HostError('ItemNotFound', `The requested resource doesn't exist. (table ${key})`);
    }
    if (parent.t === 'names') {
      if (name === 'Add') {
        book.checkDefinedName(key, null);
        // As Excel: a name over a structured reference needs that table and column to exist.
        const structured = /^=?([\p{L}_][\p{L}\p{N}_.]*)\[([^\]]+)\]$/u.exec(String(args[1] ?? ''));
        if (structured) {
          const t = book.tables.find((x) => x.name.toLowerCase() === structured[1].toLowerCase());
          const headers = t ? book.tableValues(t)[0].map(String) : [];
          if (!t || !headers.some((h) => h.toLowerCase() === structured[2].toLowerCase())) throw new HostError('InvalidArgument', `The reference is not valid. (${args[1]})`);
        }
        const x = { name: key, ref: String(args[1] ?? ''), comment: args[2] === undefined ? undefined : String(args[2]) };
        book.names.push(x);
        return { t: 'name', x };
      }
      const x = book.names.find((n) => n.name.toLowerCase() === key.toLowerCase());
      if (x) return { t: 'name', x };
      if (name === 'GetItemOrNullObject') return { t: 'null' };
      throw new HostError('ItemNotFound', `The requested resource doesn't exist. (name ${key})`);
    }
    if (parent.t === 'sheet') {
      const s = parent.s;
      if (name === 'GetRange') {
        if (args[0] === undefined || args[0] === null || args[0] === '') return rangeOf(s, 0, 0, MAX_ROWS, MAX_COLS);
        const [r0, c0, nr, nc] = parseAddress(key);
        return rangeOf(s, r0, c0, nr, nc);
      }
      if (name === 'GetRangeByIndexes') return rangeOf(s, Number(args[0]), Number(args[1]), Number(args[2]), Number(args[3]));
      if (name === 'GetUsedRange' || name === 'GetUsedRangeOrNullObject') {
        let r1 = -1,
          c1 = -1;
        for (const k of s.cells.keys()) {
          const [r, c] = k.split(',').map(Number);
          r1 = Math.max(r1, r);
          c1 = Math.max(c1, c);
        }
        return rangeOf(s, 0, 0, Math.max(1, r1 + 1), Math.max(1, c1 + 1));
      }
      return { t: 'any' };
    }
    if (parent.t === 'table') {
      const x = parent.x;
      if (name === 'GetRange') return rangeOf(x.sheet, x.r0, x.c0, x.nr, x.nc);
      if (name === 'GetHeaderRowRange') return rangeOf(x.sheet, x.r0, x.c0, 1, x.nc);
      if (name === 'GetDataBodyRange') return rangeOf(x.sheet, x.r0 + 1, x.c0, Math.max(1, x.nr - 1), x.nc);
      return { t: 'any' };
    }
    if (parent.t === 'name' && name === 'GetRange') {
      const ref = parent.x.ref.replace(/^=/, '');
      const bang = ref.lastIndexOf('!');
      const s = book.sheet(ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
      if (!s) throw new HostError('InvalidOperation', `The name does not refer to a range. (${parent.x.name})`);
      const [r0, c0, nr, nc] = parseAddress(ref.slice(bang + 1));
      return rangeOf(s, r0, c0, nr, nc);
    }
    if (parent.t === 'range') {
      const r = parent.r;
      if (name === 'GetEntireColumn') return rangeOf(r.sheet, 0, r.c0, MAX_ROWS, r.nc);
      if (name === 'GetEntireRow') return rangeOf(r.sheet, r.r0, 0, r.nr, MAX_COLS);
      if (name === 'GetCell') return rangeOf(r.sheet, r.r0 + Number(args[0]), r.c0 + Number(args[1]), 1, 1);
      if (name === 'GetResizedRange') return rangeOf(r.sheet, r.r0, r.c0, r.nr + Number(args[0]), r.nc + Number(args[1]));
      if (name === 'GetOffsetRange') return rangeOf(r.sheet, r.r0 + Number(args[0]), r.c0 + Number(args[1]), r.nr, r.nc);
      if (name === 'GetRow') return rangeOf(r.sheet, r.r0 + Number(args[0]), r.c0, 1, r.nc);
      if (name === 'GetColumn') return rangeOf(r.sheet, r.r0, r.c0 + Number(args[0]), r.nr, 1);
      if (name === 'GetBoundingRect') {
        // The library writes arrays over 1,500 cells in row chunks: getRow(a).getBoundingRect(getRow(b)).
        const refId = (p.ArgumentInfo?.ReferencedObjectPathIds ?? []).find((x) => x);
        const other = refId ? resolve(refId) : null;
        if (!other || other.t !== 'range' || other.r.sheet !== r.sheet) throw new HostError('InvalidArgument', 'The argument is invalid or missing. (GetBoundingRect)');
        const o = other.r;
        const r0 = Math.min(r.r0, o.r0),
          c0 = Math.min(r.c0, o.c0);
        return rangeOf(r.sheet, r0, c0, Math.max(r.r0 + r.nr, o.r0 + o.nr) - r0, Math.max(r.c0 + r.nc, o.c0 + o.nc) - c0);
      }
      return { t: 'any' };
    }
    return { t: 'any' };
  }
  return { t: 'any' };
}

function checkShape(r: Rng, v: unknown, what: string): unknown[][] {
  const ok = Array.isArray(v) && v.length === r.nr && v.every((row) => Array.isArray(row) && row.length === r.nc);
  // Excel also takes a single value for a whole range; our renderer never relies on that.
  if (!ok) throw new HostError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what})`);
  return v as unknown[][];
}

function setProperty(book: FakeBook, node: Node, prop: string, value: unknown): void {
  if (node.t === 'sheet' && prop === 'Name') {
    book.checkSheetName(String(value), node.s);
    node.s.name = String(value);
  } else if (node.t === 'table' && prop === 'Name') {
    book.checkDefinedName(String(value), node.x);
    node.x.name = String(value);
  } else if (node.t === 'range' && (prop === 'Values' || prop === 'Formulas' || prop === 'NumberFormat')) {
    const r = node.r;
    const rows = checkShape(r, value, prop);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === 'string' && v.length > 32767) throw new HostError('InvalidArgument', 'Text values can have at most 32,767 characters.');
        const c = r.sheet.cell(r.r0 + i, r.c0 + j);
        if (prop === 'NumberFormat') c.nf = String(v);
        else if (prop === 'Formulas' && typeof v === 'string' && v.startsWith('=')) {
          c.f = v;
          c.v = 0;
        } else if (typeof v === 'string' && c.nf !== '@' && /^[=+-]/.test(v) && v.length > 1) {
          // Excel takes such text as a formula unless the cell is formatted as text.
          c.f = v;
          c.v = '#NAME?';
        } else {
          c.f = null;
          c.v = v;
        }
      }),
    );
  } else if (node.t === 'format' && prop === 'RowHeight') {
    if (typeof value !== 'number' || value < 0 || value > MAX_ROW_HEIGHT) throw new HostError('InvalidArgument', `Row height must be between 0 and 409 points (${value}).`);
    for (let i = 0; i < Math.min(node.r.nr, 10000); i++) node.r.sheet.rowHeights.set(node.r.r0 + i, value);
  } else if (node.t === 'null') throw new HostError('InvalidObjectPath', 'The object is a null object.');
}

function method(book: FakeBook, node: Node, name: string, args: unknown[], refs: Array<Node | null>): unknown {
  if (node.t === 'null') throw new HostError('InvalidObjectPath', 'The object is a null object.');
  if (name === 'Delete') {
    if (node.t === 'sheet') book.deleteSheet(node.s);
    else if (node.t === 'table') book.tables = book.tables.filter((t) => t !== node.x);
    else if (node.t === 'name') book.names = book.names.filter((n) => n !== node.x);
    return null;
  }
  if (node.t === 'range' && name === 'CopyFrom') {
    const src = refs[0] && refs[0].t === 'range' ? refs[0].r : null;
    if (src)
      for (let i = 0; i < node.r.nr; i++)
        for (let j = 0; j < node.r.nc; j++) {
          const from = src.sheet.cells.get(`${src.r0 + (i % src.nr)},${src.c0 + (j % src.nc)}`);
          if (from) Object.assign(node.r.sheet.cell(node.r.r0 + i, node.r.c0 + j), { v: from.v, f: from.f });
        }
    return null;
  }
  void args;
  return null;
}

function query(book: FakeBook, node: Node, select?: string[]): unknown {
  const want = (p: string) => !select || select.some((s) => s.toLowerCase() === p.toLowerCase() || s.toLowerCase().startsWith(`${p.toLowerCase()}/`));
  switch (node.t) {
    case 'null':
      return { _IsNull: true };
    case 'sheets':
      return { _Items: book.sheets.map((s) => ({ Id: s.id, Name: s.name })) };
    case 'tables':
      return { _Items: book.tables.filter((t) => !node.sheet || t.sheet === node.sheet).map((t) => ({ Id: t.id, Name: t.name })) };
    case 'names':
      return { _Items: book.names.map((n) => ({ Name: n.name, Formula: `=${n.ref.replace(/^=/, '')}`, Value: n.ref.replace(/^=/, ''), Comment: n.comment ?? '' })) };
    case 'sheet':
      return { Id: node.s.id, Name: node.s.name };
    case 'table':
      return { Id: node.x.id, Name: node.x.name };
    case 'name':
      return { Name: node.x.name, Formula: `=${node.x.ref.replace(/^=/, '')}`, Comment: node.x.comment ?? '' };
    case 'range': {
      const r = node.r;
      const out: Record<string, unknown> = {
        RowIndex: r.r0,
        ColumnIndex: r.c0,
        RowCount: r.nr,
        ColumnCount: r.nc,
        Address: `${r.sheet.name}!${colLetter(r.c0 + 1)}${r.r0 + 1}:${colLetter(r.c0 + r.nc)}${r.r0 + r.nr}`,
      };
      const grid = (f: (c: Cell | undefined) => unknown) => {
        if (r.nr * r.nc > 5_000_000) throw new HostError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
        const rows: unknown[][] = [];
        for (let i = 0; i < r.nr; i++) {
          const row: unknown[] = [];
          for (let j = 0; j < r.nc; j++) row.push(f(r.sheet.cells.get(`${r.r0 + i},${r.c0 + j}`)));
          rows.push(row);
        }
        return rows;
      };
      if (want('values')) out.Values = grid((c) => c?.v ?? '');
      if (select && want('formulas')) out.Formulas = grid((c) => c?.f ?? c?.v ?? '');
      if (select && want('numberFormat')) out.NumberFormat = grid((c) => c?.nf ?? 'General');
      return out;
    }
    default:
      return {};
  }
}

export interface Host {
  /** A fresh Excel.RequestContext of the real library, talking to the fake workbook. */
  context(): Excel.RequestContext;
  /** `Excel.run` of the real library, on the fake workbook. */
  run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  book: FakeBook;
  syncs: SyncRecord[];
  /** The library's globals (Excel, OfficeExtension) as loaded in the vm. */
  globals: Record<string, unknown>;
  /**
   * Makes the n-th sync from now (1 = the next) fail with an Excel error: at its first action,
   * or, with `at` (0..1), after that share of its actions ran (they stay applied, as in Excel);
   * with `at` an action name ("TabColor"), at the first action of that name.
   */
  failSync(n: number, code?: string, at?: number | string): void;
}

let compiled: vm.Script | null = null;

/** True when the library file is installed. */
export function libraryPresent(): boolean {
  return fs.existsSync(LIBRARY);
}

/** Loads the real library in a fresh vm context with an executor over `book`. */
export function createHost(book = new FakeBook()): Host {
  compiled ??= new vm.Script(fs.readFileSync(LIBRARY, 'utf8'), { filename: 'excel-web-16.00.debug.js' });
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval, Promise, navigator: { userAgent: 'node' } };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  compiled.runInContext(sandbox);
  const syncs: SyncRecord[] = [];
  let failAt = 0;
  let failCode = 'GeneralException';
  let failShare: number | string = 0;
  const executor = {
    executeAsync(_custom: unknown, _flags: number, msg: { Body: { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> } }) {
      const text = JSON.stringify(msg.Body);
      const rec: SyncRecord = {
        requestBytes: Buffer.byteLength(text, 'utf8'),
        responseBytes: 0,
        actions: msg.Body.Actions.length,
        objectPaths: Object.keys(msg.Body.ObjectPaths).length,
        byName: {},
        byPath: {},
      };
      for (const p of Object.values(msg.Body.ObjectPaths)) rec.byPath[p.Name] = (rec.byPath[p.Name] ?? 0) + 1;
      for (const a of msg.Body.Actions) if (a.ActionType !== 1) rec.byName[a.Name] = (rec.byName[a.Name] ?? 0) + 1;
      syncs.push(rec);
      let body: Record<string, unknown>;
      if (failAt && --failAt === 0) {
        const parsed = JSON.parse(text);
        const k =
          typeof failShare === 'string'
            ? Math.max(
                0,
                parsed.Actions.findIndex((a: ActionInfo) => a.Name === failShare),
              )
            : Math.floor(parsed.Actions.length * failShare);
        body = applyRequest(book, { ...parsed, Actions: parsed.Actions.slice(0, k) });
        body.Error = { Code: failCode, Message: 'Injected failure.', ActionIndex: k, Location: '', HttpStatusCode: 500 };
      } else if (rec.requestBytes > WEB_LIMIT)
        body = { Error: { Code: 'RequestPayloadSizeLimitExceeded', Message: 'The request payload size has exceeded the limit.', ActionIndex: -1, HttpStatusCode: 413 } };
      else {
        body = applyRequest(book, JSON.parse(text));
        rec.responseBytes = Buffer.byteLength(JSON.stringify(body), 'utf8');
        if (rec.responseBytes > WEB_LIMIT)
          body = { Error: { Code: 'ResponsePayloadSizeLimitExceeded', Message: 'The response payload size has exceeded the limit.', ActionIndex: -1, HttpStatusCode: 413 } };
      }
      if (body.Error) rec.error = String((body.Error as { Code: string }).Code);
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: body });
    },
  };
  const Excel = sandbox.Excel as typeof globalThis.Excel;
  const context = () => {
    const ctx = new Excel.RequestContext('https://excel.invalid/') as Excel.RequestContext & { _requestExecutor: unknown };
    ctx._requestExecutor = executor;
    return ctx;
  };
  return {
    context,
    run: async (fn) => fn(context()),
    book,
    syncs,
    globals: sandbox,
    failSync(n, code = 'GeneralException', at = 0) {
      failAt = n;
      failCode = code;
      failShare = at;
    },
  };
}
