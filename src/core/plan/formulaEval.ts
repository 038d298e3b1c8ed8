/**
 * A small evaluator for the formulas the workbook plan itself writes on Tổng hợp (counts by
 * status, lead, section and quarter, totals, shares, the overdue list's references), so their
 * cached values come from the final plan. It knows only what the plan uses: numbers, "text",
 * + - * / & = <> < > <= >=, cell references (A1, $A$1, 'Sheet'!$B$7, B8:E8), structured
 * references (Table[Column], body rows), defined names pointing at one cell, and IF, SUM,
 * SUMPRODUCT, COUNTIF, COUNTIFS, DATE. Anything else throws Unsupported, and the cell gets no
 * cached value (Excel computes it on its first recalculation, as before). Text compares without
 * regard to case, as in Excel. Host-free.
 */
import type { CellValue, Scalar, SheetPlan, TablePlan, WorkbookPlan } from './types';
import { formulaText } from './formulaText';

export class Unsupported extends Error {}

type V = Scalar | V[];

/**
 * Results already known before evaluation (cachedResults.ts): per table, the column whose
 * formulas have a result and those results by body row index (undefined = none); per sheet, the
 * results of its loose cells by index into `cells` (undefined = none). They stand for the cells'
 * own `result` (and win over it), so the plan's rows need not be copied to carry them.
 */
export interface KnownResults {
  tables: Map<TablePlan, { col: number; values: Array<Scalar | undefined> }>;
  cells: Map<SheetPlan, Array<Scalar | undefined>>;
}

/** A table body as the evaluator reads it, with the known results of one of its columns. */
interface Body {
  row: number;
  col: number;
  width: number;
  rows: CellValue[][];
  known?: { col: number; values: Array<Scalar | undefined> };
}

/**
 * A sheet's cells: loose cells and table headers by cellKey; table bodies read from the plan's
 * rows (not copied); the memo of evaluated formulas and the cells being evaluated, by cellKey.
 */
interface Grid {
  cells: Map<number, CellValue>;
  known: Map<number, Scalar>;
  bodies: Body[];
  memo: Map<number, V>;
  busy: Set<number>;
}
interface TableRef {
  sheet: string;
  row: number;
  col: number;
  headers: string[];
  rows: number;
}

const colNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
/** Excel's last column is XFD = 16384: a cell's number on its sheet, unique for rows and columns ≥ 1. */
const MAX_COLS = 16384;
const cellKey = (row: number, col: number): number => row * MAX_COLS + col - 1;

/** Evaluates formulas of a plan; results are memoised per cell. */
export class PlanEvaluator {
  private grids = new Map<string, Grid>();
  private tables = new Map<string, TableRef>();
  private names = new Map<string, string>();

  /** `known`: results that stand for the cells' own (see KnownResults); none by default. */
  constructor(plan: WorkbookPlan, known?: KnownResults) {
    for (const s of plan.sheets) {
      const cells = new Map<number, CellValue>();
      const given = new Map<number, Scalar>();
      const results = known?.cells.get(s);
      s.cells.forEach((c, i) => {
        const k = cellKey(c.row, c.col);
        cells.set(k, c.value);
        // A later cell at the same place replaces an earlier one, with or without a result.
        const r = results?.[i];
        if (r === undefined) given.delete(k);
        else given.set(k, r);
      });
      // Tables over loose cells, as they are drawn.
      for (const t of s.tables) {
        t.columns.forEach((c, j) => {
          cells.set(cellKey(t.row, t.col + j), c.header);
          given.delete(cellKey(t.row, t.col + j));
        });
        this.tables.set(t.name.toLowerCase(), { sheet: s.name, row: t.row, col: t.col, headers: t.columns.map((c) => c.header), rows: t.rows.length });
      }
      const bodies = s.tables.map((t): Body => ({ row: t.row + 1, col: t.col, width: t.columns.length, rows: t.rows, known: known?.tables.get(t) }));
      this.grids.set(s.name, { cells, known: given, bodies, memo: new Map(), busy: new Set() });
    }
    for (const n of plan.names) this.names.set(n.name.toLowerCase(), n.ref);
  }

  /** The value of a cell: its scalar, its formula's known or cached result, or the formula evaluated. */
  cell(sheet: string, row: number, col: number): Scalar {
    const g = this.grids.get(sheet);
    if (!g) return null;
    const k = cellKey(row, col);
    let v: CellValue | undefined;
    let inBody = false;
    for (const b of g.bodies) {
      const i = row - b.row;
      if (i >= 0 && i < b.rows.length && col >= b.col && col < b.col + b.width) {
        v = b.rows[i][col - b.col];
        if (b.known && b.known.col === col - b.col && typeof v === 'object' && v !== null) {
          const r = b.known.values[i];
          if (r !== undefined) return r;
        }
        inBody = true;
        break;
      }
    }
    if (!inBody) {
      v = g.cells.get(k);
      if (typeof v === 'object' && v !== null) {
        const r = g.known.get(k);
        if (r !== undefined) return r;
      }
    }
    if (v === undefined || v === null) return null;
    if (typeof v !== 'object') return v;
    if (v.result !== undefined) return v.result;
    const hit = g.memo.get(k);
    if (hit !== undefined) return hit as Scalar;
    if (g.busy.has(k)) throw new Unsupported('circular reference');
    g.busy.add(k);
    try {
      const out = this.evaluate(formulaText(v), sheet);
      if (Array.isArray(out)) throw new Unsupported('array result');
      g.memo.set(k, out);
      return out;
    } finally {
      g.busy.delete(k);
    }
  }

  /** Evaluates `formula` (without "=") as if it stood on `sheet`. */
  evaluate(formula: string, sheet: string): V {
    const counted = this.countEqual(formula, sheet);
    if (counted !== null) return counted;
    const p = new Parser(formula, this, sheet);
    const v = p.expression();
    p.end();
    return v;
  }

  range(sheet: string, r0: number, c0: number, r1: number, c1: number): V[] {
    const out: V[] = [];
    for (let r = Math.min(r0, r1); r <= Math.max(r0, r1); r++) for (let c = Math.min(c0, c1); c <= Math.max(c0, c1); c++) out.push(this.cell(sheet, r, c));
    return out;
  }

  private columns = new Map<string, V[]>();

  /** A table column's body values (memoised: the plan does not change while it is evaluated). */
  column(table: string, header: string): V[] {
    const k = `${table}[${header}]`.toLowerCase();
    const hit = this.columns.get(k);
    if (hit) return hit;
    const t = this.tables.get(table.toLowerCase());
    if (!t) throw new Unsupported(`table ${table}`);
    const j = t.headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    if (j < 0) throw new Unsupported(`column ${header}`);
    const out = this.range(t.sheet, t.row + 1, t.col + j, t.row + t.rows, t.col + j);
    this.columns.set(k, out);
    return out;
  }

  private counts = new Map<string, Tally | null>();

  /**
   * SUMPRODUCT((T[A]=x)*(T[B]=y)…) — Tổng hợp's counts by section or lead and status — without
   * building its arrays: the number of body rows of T whose columns equal the criteria, read from
   * a count per combination of values built once per set of columns (see tally). Equality as
   * `compare` gives it (text without regard to case, an empty cell equal to "" and to 0, a number
   * to the same number, nothing else equal across types). null when the formula is not of that
   * form or a criterion is not a text or number: the general evaluation then applies. Without it,
   * Tổng hợp's thousands of such formulas cost formulas × rows (quadratic in the items).
   */
  private countEqual(formula: string, sheet: string): number | null {
    const whole = SUMPRODUCT_EQUALS.exec(formula);
    if (!whole) return null;
    const factors = [...whole[1].matchAll(EQUALS_FACTOR)];
    if (factors.length < 2 || factors.map((f) => f[0]).join('*') !== whole[1]) return null;
    const table = factors[0][1].toLowerCase();
    if (factors.some((f) => f[1].toLowerCase() !== table) || !this.tables.has(table)) return null;
    const wanted: string[] = [];
    for (const f of factors) {
      const v = this.operand(f[3], sheet);
      if (typeof v === 'string' || typeof v === 'number') wanted.push(equalityKeys(v)[0]);
      else return null;
    }
    const headers = factors.map((f) => f[2]);
    const k = `${table}[${headers.join('][')}]`.toLowerCase();
    let t = this.counts.get(k);
    if (t === undefined) {
      t = tally(headers.map((h) => this.column(factors[0][1], h)));
      this.counts.set(k, t);
    }
    if (t === null) return null;
    let at = 0;
    for (let c = 0; c < wanted.length; c++) {
      const id = t.ids[c].get(wanted[c]);
      if (id === undefined) return 0;
      at += id * t.place[c];
    }
    return t.counts.get(at) ?? 0;
  }

  /** A criterion of countEqual: a cell of `sheet` read directly, a text or a number. */
  private operand(src: string, sheet: string): V {
    if (src.startsWith('"')) return src.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(src)) return Number(src);
    const [r, c] = rc(src);
    return this.cell(sheet, r, c);
  }

  named(name: string): V {
    const ref = this.names.get(name.toLowerCase());
    if (!ref) throw new Unsupported(`name ${name}`);
    return this.evaluate(ref, '');
  }

  sheetExists(name: string): boolean {
    return this.grids.has(name);
  }
}

/** SUMPRODUCT( (factor)*(factor)… ): factors checked one by one with EQUALS_FACTOR. */
const SUMPRODUCT_EQUALS = /^SUMPRODUCT\(((?:\([^()]*\)\*)*\([^()]*\))\)$/;
/** (Table[Column]=operand): a cell reference, a text or a number. */
const EQUALS_FACTOR = /\(([A-Za-z_][\w.]*)\[([^\]]+)\]=(\$?[A-Z]{1,3}\$?\d+|"(?:[^"]|"")*"|\d+(?:\.\d+)?)\)/g;

/** The keys under which `compare(v, criterion, '=')` is true for a text or number criterion (see countEqual). */
function equalityKeys(v: V): string[] {
  if (v === null) return ['s:0:', 'n:0'];
  if (typeof v === 'string') return [`s:${v.length}:${v.toLowerCase()}`];
  if (typeof v === 'number') return [`n:${v}`];
  return [];
}

/**
 * Rows counted per combination of equality keys of some columns: `ids[c]` numbers column c's
 * keys 0…n-1, a combination is Σ id × place[c] (mixed radix), `counts` the rows per
 * combination. A row has one key per column (text, number), two (an empty cell) or none
 * (boolean: equal to no criterion; the row counts for nothing).
 */
interface Tally {
  ids: Array<Map<string, number>>;
  place: number[];
  counts: Map<number, number>;
}

/**
 * The Tally of `columns` (same length), or null when its combinations would not fit a safe
 * integer. The keys of each distinct value are found once (a Map by the value itself), so no
 * string is built per row.
 */
function tally(columns: V[][]): Tally | null {
  const n = columns.length ? columns[0].length : 0;
  const ids = columns.map(() => new Map<string, number>());
  // Per column and row: the ids of its keys (none, one or two).
  const rowIds = columns.map((col, c) => {
    const byValue = new Map<V, number[]>();
    const out: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = col[i];
      let found = byValue.get(v);
      if (!found) {
        found = equalityKeys(v).map((x) => {
          let id = ids[c].get(x);
          if (id === undefined) ids[c].set(x, (id = ids[c].size));
          return id;
        });
        byValue.set(v, found);
      }
      out[i] = found;
    }
    return out;
  });
  const place: number[] = [];
  let size = 1;
  for (const m of ids) {
    place.push(size);
    size *= Math.max(m.size, 1);
  }
  if (!Number.isSafeInteger(size)) return null;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    let combos = [0];
    for (let c = 0; c < columns.length; c++) {
      const own = rowIds[c][i];
      if (own.length === 1) {
        const add = own[0] * place[c];
        for (let x = 0; x < combos.length; x++) combos[x] += add;
      } else combos = combos.flatMap((p) => own.map((id) => p + id * place[c]));
    }
    for (const x of combos) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return { ids, place, counts };
}

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*)!(\$?[A-Z]{1,3}\$?\d+)|(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w(])|([A-Za-z_][\w.]*)\[([^\]]+)\]|(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|([A-Za-z_][\w.]*)\s*\(|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/&=<>(),]))/y;

type Tok =
  | { t: 'cell'; sheet: string | null; a: string }
  | { t: 'range'; a: string; b: string }
  | { t: 'col'; table: string; header: string }
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'fn'; name: string }
  | { t: 'name'; name: string }
  | { t: 'op'; v: string };

/** Only spaces from lastIndex to the end (sticky: no copy of the rest). */
const REST_BLANK = /\s*$/y;

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < s.length) {
    REST_BLANK.lastIndex = at;
    if (REST_BLANK.test(s)) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(s);
    if (!m) throw new Unsupported(`cannot read "${s.slice(at, at + 20)}"`);
    at = TOKEN.lastIndex;
    if (m[1]) out.push({ t: 'cell', sheet: m[1].replace(/^'|'$/g, '').replace(/''/g, "'"), a: m[2] });
    else if (m[3] && m[4]) out.push({ t: 'range', a: m[3], b: m[4] });
    else if (m[3]) out.push({ t: 'cell', sheet: null, a: m[3] });
    else if (m[5]) out.push({ t: 'col', table: m[5], header: m[6] });
    else if (m[7]) out.push({ t: 'num', v: Number(m[7]) });
    else if (m[8] !== undefined) out.push({ t: 'str', v: m[8].replace(/""/g, '"') });
    else if (m[9]) out.push({ t: 'fn', name: m[9].toUpperCase() });
    else if (m[10]) out.push({ t: 'name', name: m[10] });
    else out.push({ t: 'op', v: m[11] });
  }
  return out;
}

const rc = (a: string): [number, number] => {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a)!;
  return [Number(m[2]), colNumber(m[1])];
};

const num = (v: Scalar): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null || v === '') return 0;
  throw new Unsupported('#VALUE!');
};
const text = (v: Scalar): string => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));

function compare(a: Scalar, b: Scalar, op: string): boolean {
  let d: number;
  const an = a === null ? (typeof b === 'string' ? '' : 0) : a;
  const bn = b === null ? (typeof a === 'string' ? '' : 0) : b;
  if (typeof an === 'number' && typeof bn === 'number') d = an - bn;
  else if (typeof an === 'string' && typeof bn === 'string') {
    if (op === '=' || op === '<>') {
      // Equality only (the common case, over whole table columns): cheap tests first.
      const eq = an === bn || (an.length === bn.length && an.toLowerCase() === bn.toLowerCase());
      return op === '=' ? eq : !eq;
    }
    const x = an.toLowerCase();
    const y = bn.toLowerCase();
    d = x < y ? -1 : x > y ? 1 : 0;
  } else d = typeof an === 'number' ? -1 : 1; // numbers sort before text; never equal
  return op === '=' ? d === 0 : op === '<>' ? d !== 0 : op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0;
}

/** Element-wise application over arrays (one side may be a scalar); arrays here are flat. */
function lift(a: V, b: V, f: (x: Scalar, y: Scalar) => Scalar): V {
  const aa = Array.isArray(a);
  const ba = Array.isArray(b);
  if (!aa && !ba) return f(a as Scalar, b as Scalar);
  if (aa && ba && a.length !== b.length) throw new Unsupported('#N/A');
  const n = aa ? a.length : (b as V[]).length;
  const out: Scalar[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = aa ? a[i] : a;
    const y = ba ? (b as V[])[i] : b;
    if (Array.isArray(x) || Array.isArray(y)) throw new Unsupported('nested array');
    out[i] = f(x as Scalar, y as Scalar);
  }
  return out;
}

/** COUNTIF criteria: ">=46023", "<>Đã lược bỏ", "Quá hạn" (equality), "" (empty) — as a test, read once per criterion. */
function criterion(crit: Scalar): (v: Scalar) => boolean {
  if (typeof crit === 'string') {
    const m = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(crit)!;
    const op = m[1] ?? '=';
    const rest = m[2];
    const asNumber = rest !== '' && !Number.isNaN(Number(rest)) ? Number(rest) : null;
    if (asNumber !== null) return (v) => (typeof v === 'number' ? compare(v, asNumber, op) : op === '<>');
    if (rest === '') return op === '<>' ? (v) => v !== null && v !== '' : (v) => v === null || v === '';
    if (op === '=' || op === '<>') return (v) => compare(typeof v === 'string' ? v : v === null ? '' : '\u0000', rest, op);
    return (v) => typeof v === 'string' && compare(v, rest, op);
  }
  return (v) => compare(v, crit, '=');
}

class Parser {
  private toks: Tok[];
  private i = 0;
  constructor(
    src: string,
    private ev: PlanEvaluator,
    private sheet: string,
  ) {
    this.toks = tokenize(src);
  }
  end(): void {
    if (this.i < this.toks.length) throw new Unsupported('trailing input');
  }
  private peekOp(...ops: string[]): string | null {
    const t = this.toks[this.i];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }
  private take(op: string): void {
    if (!this.peekOp(op)) throw new Unsupported(`expected ${op}`);
    this.i++;
  }
  expression(): V {
    let a = this.concat();
    for (let op = this.peekOp('=', '<>', '<', '>', '<=', '>='); op; op = this.peekOp('=', '<>', '<', '>', '<=', '>=')) {
      this.i++;
      const b = this.concat();
      const o = op;
      a = lift(a, b, (x, y) => compare(x, y, o));
    }
    return a;
  }
  private concat(): V {
    let a = this.additive();
    while (this.peekOp('&')) {
      this.i++;
      const b = this.additive();
      a = lift(a, b, (x, y) => text(x) + text(y));
    }
    return a;
  }
  private additive(): V {
    let a = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.i++;
      const b = this.term();
      const o = op;
      a = lift(a, b, (x, y) => (o === '+' ? num(x) + num(y) : num(x) - num(y)));
    }
    return a;
  }
  private term(): V {
    let a = this.unary();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.i++;
      const b = this.unary();
      const o = op;
      a = lift(a, b, (x, y) => {
        if (o === '*') return num(x) * num(y);
        if (num(y) === 0) throw new Unsupported('#DIV/0!');
        return num(x) / num(y);
      });
    }
    return a;
  }
  private unary(): V {
    if (this.peekOp('-')) {
      this.i++;
      return lift(this.unary(), 0, (x) => -num(x));
    }
    return this.primary();
  }
  private primary(): V {
    const t = this.toks[this.i++];
    if (!t) throw new Unsupported('unexpected end');
    switch (t.t) {
      case 'num':
        return t.v;
      case 'str':
        return t.v;
      case 'cell': {
        const sheet = t.sheet ?? this.sheet;
        if (!this.ev.sheetExists(sheet)) throw new Unsupported(`sheet ${sheet}`);
        const [r, c] = rc(t.a);
        return this.ev.cell(sheet, r, c);
      }
      case 'range': {
        const [r0, c0] = rc(t.a);
        const [r1, c1] = rc(t.b);
        return this.ev.range(this.sheet, r0, c0, r1, c1);
      }
      case 'col':
        return this.ev.column(t.table, t.header);
      case 'name':
        return this.ev.named(t.name);
      case 'fn':
        return this.call(t.name);
      case 'op':
        if (t.v === '(') {
          const v = this.expression();
          this.take(')');
          return v;
        }
    }
    throw new Unsupported('unexpected token');
  }
  private call(name: string): V {
    const args: V[] = [];
    if (!this.peekOp(')')) {
      args.push(this.expression());
      while (this.peekOp(',')) {
        this.i++;
        args.push(this.expression());
      }
    }
    this.take(')');
    const flat = (v: V): Scalar[] => (Array.isArray(v) ? (v.some(Array.isArray) ? v.flatMap(flat) : (v as Scalar[])) : [v]);
    const scalar = (v: V): Scalar => {
      if (Array.isArray(v)) throw new Unsupported('array where a value is expected');
      return v;
    };
    switch (name) {
      case 'IF':
        return scalar(args[0]) === true || (typeof args[0] === 'number' && args[0] !== 0) ? (args[1] ?? true) : (args[2] ?? false);
      case 'SUM':
        return args.flatMap(flat).reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0);
      case 'SUMPRODUCT':
        if (args.length !== 1) throw new Unsupported('SUMPRODUCT of several arrays');
        return flat(args[0]).reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0);
      case 'COUNTIF':
      case 'COUNTIFS': {
        if (args.length % 2) throw new Unsupported('criteria pairs');
        const ranges = args.filter((_, i) => i % 2 === 0).map(flat);
        const tests = args.filter((_, i) => i % 2 === 1).map((a) => criterion(scalar(a)));
        let n = 0;
        for (let i = 0; i < ranges[0].length; i++) {
          let all = true;
          for (let j = 0; all && j < ranges.length; j++) all = tests[j](ranges[j][i]);
          if (all) n++;
        }
        return n;
      }
      case 'DATE': {
        const [y, m, d] = args.map((a) => num(scalar(a)));
        return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
      }
      default:
        throw new Unsupported(`function ${name}`);
    }
  }
}
