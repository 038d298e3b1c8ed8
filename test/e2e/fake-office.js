/*
 * TEST ONLY. An in-memory stand-in for office.js (Office.onReady, Excel.run) holding a workbook in
 * memory and implementing the calls the task pane and the Office.js renderer make. The e2e test
 * serves it in place of Microsoft's office.js; the production bundle never contains it.
 * Commands apply at once; `context.sync()` is counted. Formulas are stored, not computed.
 * A value Excel would take as a formula (starting "=", "+", "-") in a cell not formatted "@"
 * becomes a formula here too, so text written without its text format shows up in the test.
 */
(function () {
  'use strict';
  const log = { syncs: 0, runs: 0, selected: null, commands: [], created: [] };

  /** Accepts any property or call (formats, page layout, validation …) and records it. */
  function sink(path) {
    return new Proxy(function () {}, {
      get(_t, p) {
        if (p === 'then' || typeof p === 'symbol') return undefined;
        if (p === 'load') return () => sink(path);
        return sink(path + '.' + String(p));
      },
      set(_t, p, v) {
        log.commands.push({ path: path + '.' + String(p), value: v });
        return true;
      },
      apply(_t, _this, args) {
        log.commands.push({ path: path + '()', value: args.length ? args[0] : null });
        return sink(path + '()');
      },
    });
  }

  const colNum = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const colLetter = (n) => {
    let s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  function parseAddress(a) {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a.replace(/^.*!/, ''));
    if (m) {
      const r0 = +m[2] - 1,
        c0 = colNum(m[1]) - 1;
      const r1 = m[4] ? +m[4] - 1 : r0,
        c1 = m[3] ? colNum(m[3]) - 1 : c0;
      return [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
    }
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(a);
    if (rows) return [+rows[1] - 1, 0, +rows[2] - +rows[1] + 1, 16384];
    throw new Error('InvalidArgument: ' + a);
  }
  /** Shifts relative A1 references of a formula by (dr, dc), leaving strings alone. */
  function shift(f, dr, dc) {
    return f
      .split('"')
      .map((part, i) =>
        i % 2
          ? part
          : part.replace(
              /(^|[^A-Za-z0-9_.'[])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_([!])/g,
              (all, pre, ca, c, ra, r) => pre + ca + (ca ? c : colLetter(colNum(c) + dc)) + ra + (ra ? r : +r + dr),
            ),
      )
      .join('"');
  }

  class Sheet {
    constructor(wb, name) {
      this.wb = wb;
      this._name = name;
      this.cells = new Map();
      this.tabColor = '';
      this.frozen = null;
    }
    get name() {
      return this._name;
    }
    set name(v) {
      checkSheetName(v);
      if (this.wb.sheets.some((s) => s !== this && s._name.toLowerCase() === v.toLowerCase())) throw new Error('ItemAlreadyExists: ' + v);
      this._name = v;
    }
    cell(r, c) {
      const k = r + ',' + c;
      let x = this.cells.get(k);
      if (!x) this.cells.set(k, (x = { v: '', f: null, nf: 'General' }));
      return x;
    }
    peek(r, c) {
      return this.cells.get(r + ',' + c);
    }
    load() {
      return this;
    }
    delete() {
      this.wb.sheets = this.wb.sheets.filter((s) => s !== this);
      this.wb.tables = this.wb.tables.filter((t) => t.sheet !== this);
    }
    activate() {
      this.wb.active = this;
    }
    getRange(a) {
      return a ? new Range(this, ...parseAddress(a)) : new Range(this, 0, 0, 1048576, 16384);
    }
    getRangeByIndexes(r, c, nr, nc) {
      return new Range(this, r, c, nr, nc);
    }
    /** The bounding range of non-empty cells (values or formulas), or a null object on an empty sheet. */
    getUsedRangeOrNullObject() {
      let r1 = Infinity,
        c1 = Infinity,
        r2 = -1,
        c2 = -1;
      for (const [k, x] of this.cells) {
        if (x.v === '' && !x.f) continue;
        const [r, c] = k.split(',').map(Number);
        r1 = Math.min(r1, r);
        c1 = Math.min(c1, c);
        r2 = Math.max(r2, r);
        c2 = Math.max(c2, c);
      }
      if (r2 < 0)
        return {
          isNullObject: true,
          load() {
            return this;
          },
        };
      return new Range(this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    }
    get tables() {
      const ws = this;
      return {
        add: (a, h) => ws.wb.addTable(ws, a, h),
        load() {
          return this;
        },
        get items() {
          return ws.wb.tables.filter((t) => t.sheet === ws);
        },
      };
    }
    get freezePanes() {
      const ws = this;
      return {
        freezeAt: (r) => {
          ws.frozen = { rows: r.nr, cols: r.nc };
        },
        freezeRows: (n) => {
          ws.frozen = { rows: n, cols: 0 };
        },
        freezeColumns: (n) => {
          ws.frozen = { rows: 0, cols: n };
        },
      };
    }
    get pageLayout() {
      return sink('sheet(' + this._name + ').pageLayout');
    }
    get charts() {
      const ws = this;
      return {
        add: (type, src) => {
          ws.wb.charts.push({ sheet: ws._name, type, source: src.address });
          return sink('chart');
        },
      };
    }
  }

  class Range {
    constructor(sheet, r, c, nr, nc) {
      Object.assign(this, { sheet, r, c, nr, nc });
    }
    load() {
      return this;
    }
    get isNullObject() {
      return false;
    }
    get rowIndex() {
      return this.r;
    }
    get columnIndex() {
      return this.c;
    }
    get rowCount() {
      return this.nr;
    }
    get columnCount() {
      return this.nc;
    }
    getCell(i, j) {
      return new Range(this.sheet, this.r + i, this.c + j, 1, 1);
    }
    getResizedRange(dr, dc) {
      if (this.nr + dr < 1 || this.nc + dc < 1) throw new Error('InvalidArgument: resized range');
      return new Range(this.sheet, this.r, this.c, this.nr + dr, this.nc + dc);
    }
    get address() {
      return "'" + this.sheet.name + "'!" + colLetter(this.c + 1) + (this.r + 1) + ':' + colLetter(this.c + this.nc) + (this.r + this.nr);
    }
    grid(fn) {
      const out = [];
      for (let i = 0; i < this.nr; i++) {
        const row = [];
        for (let j = 0; j < this.nc; j++) row.push(fn(this.sheet.peek(this.r + i, this.c + j)));
        out.push(row);
      }
      return out;
    }
    each(a, fn) {
      if (!Array.isArray(a) || a.length !== this.nr || a.some((row) => !Array.isArray(row) || row.length !== this.nc)) {
        throw new Error('InvalidArgument: the array does not match the range ' + this.address);
      }
      a.forEach((row, i) => row.forEach((v, j) => fn(this.sheet.cell(this.r + i, this.c + j), v)));
    }
    get values() {
      return this.grid((x) => (x ? (x.f ? '' : x.v) : ''));
    }
    set values(a) {
      this.each(a, (x, v) => write(x, v));
    }
    get formulas() {
      return this.grid((x) => (x ? (x.f ?? x.v) : ''));
    }
    set formulas(a) {
      this.each(a, (x, v) => write(x, v));
    }
    get numberFormat() {
      return this.grid((x) => (x ? x.nf : 'General'));
    }
    set numberFormat(a) {
      this.each(a, (x, v) => {
        x.nf = v;
      });
    }
    get text() {
      return this.values.map((r) => r.map(String));
    }
    get format() {
      // As Excel: a row is at most 409.5 pt high.
      return new Proxy(sink('range.format'), {
        set(t, p, v) {
          if (p === 'rowHeight' && !(v >= 0 && v <= 409.5)) throw new Error('InvalidArgument: row height ' + v);
          return Reflect.set(t, p, v);
        },
      });
    }
    get conditionalFormats() {
      const ws = this.sheet;
      const addr = this.address;
      return {
        add: (t) => {
          ws.wb.conditionalFormats.push({ range: addr, type: t });
          return sink('cf');
        },
      };
    }
    get dataValidation() {
      const ws = this.sheet;
      const addr = this.address;
      return new Proxy(
        {},
        {
          set: (_t, p, v) => {
            if (p === 'rule') ws.wb.validations.push({ range: addr, rule: v });
            return true;
          },
        },
      );
    }
    set hyperlink(h) {
      this.sheet.wb.links.push({ sheet: this.sheet.name, r: this.r, c: this.c, h });
    }
    getEntireColumn() {
      return new Range(this.sheet, 0, this.c, 1048576, this.nc);
    }
    merge() {
      this.sheet.wb.merges.push(this.address);
    }
    select() {
      log.selected = { sheet: this.sheet.name, address: colLetter(this.c + 1) + (this.r + 1) };
    }
    copyFrom(src, type) {
      if (type !== 'Formulas') throw new Error('fake: copyFrom ' + type);
      for (let i = 0; i < this.nr; i++)
        for (let j = 0; j < this.nc; j++) {
          const s = src.sheet.peek(src.r + (i % src.nr), src.c + (j % src.nc));
          const x = this.sheet.cell(this.r + i, this.c + j);
          if (s && s.f) {
            x.f = shift(s.f, this.r + i - src.r - (i % src.nr), this.c + j - src.c - (j % src.nc));
            x.v = '';
          } else {
            x.f = null;
            x.v = s ? s.v : '';
          }
        }
    }
  }

  function write(x, v) {
    if (v === null || v === undefined) v = '';
    if (typeof v === 'string' && x.nf !== '@' && /^[=+-]/.test(v) && v.length > 1) {
      x.f = v[0] === '=' ? v : '=' + v;
      x.v = '';
    } else {
      x.f = null;
      x.v = v;
    }
  }

  class Workbook {
    constructor() {
      this.sheets = [new Sheet(this, 'Sheet1')];
      this.tables = [];
      this.names = [];
      this.charts = [];
      this.conditionalFormats = [];
      this.validations = [];
      this.links = [];
      this.merges = [];
      this.active = this.sheets[0];
    }
    sheet(name) {
      const s = this.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
      if (!s) throw new Error('ItemNotFound: ' + name);
      return s;
    }
    addTable(ws, a, hasHeaders) {
      const [r, c, nr, nc] = typeof a === 'string' ? parseAddress(a) : [a.r, a.c, a.nr, a.nc];
      const wb = this;
      const t = {
        sheet: ws,
        r,
        c,
        nr,
        nc,
        hasHeaders,
        _name: 'Table' + (this.tables.length + 1),
        style: '',
        showBandedRows: true,
        showFilterButton: true,
        get name() {
          return this._name;
        },
        set name(v) {
          if (wb.tables.some((o) => o !== t && o._name.toLowerCase() === v.toLowerCase())) throw new Error('ItemAlreadyExists: table ' + v);
          this._name = v;
        },
        get worksheet() {
          return ws;
        },
        load() {
          return this;
        },
        getRange: () => new Range(ws, t.r, t.c, t.nr, t.nc),
        getDataBodyRange: () => new Range(ws, t.r + 1, t.c, t.nr - 1, t.nc),
      };
      this.tables.push(t);
      return t;
    }
  }

  const wb = new Workbook();
  function workbookApi() {
    return {
      worksheets: {
        get items() {
          return wb.sheets;
        },
        load() {
          return this;
        },
        add: (name) => {
          checkSheetName(name);
          if (wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error('ItemAlreadyExists: ' + name);
          const s = new Sheet(wb, name);
          wb.sheets.push(s);
          return s;
        },
        getItem: (name) => wb.sheet(name),
        getItemOrNullObject: (name) =>
          wb.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase()) || {
            isNullObject: true,
            getUsedRangeOrNullObject: () => ({
              isNullObject: true,
              load() {
                return this;
              },
            }),
          },
        getActiveWorksheet: () => wb.active,
      },
      tables: {
        get items() {
          return wb.tables;
        },
        load() {
          return this;
        },
        getItem: (name) => {
          const t = wb.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
          if (!t) throw new Error('ItemNotFound: table ' + name);
          return t;
        },
      },
      names: {
        get items() {
          return wb.names;
        },
        load() {
          return this;
        },
        add: (name, ref, comment) => {
          checkDefinedName(name);
          const n = {
            name,
            ref,
            comment,
            formula: ref,
            delete: () => {
              wb.names = wb.names.filter((x) => x !== n);
            },
            getRange: () => rangeOf(n.ref),
          };
          wb.names.push(n);
          return n;
        },
        getItem: (name) => {
          const n = wb.names.find((x) => x.name === name);
          if (!n) throw new Error('ItemNotFound: name ' + name);
          return n;
        },
        getItemOrNullObject: (name) => wb.names.find((x) => x.name === name) || { isNullObject: true },
      },
      application: {
        suspendApiCalculationUntilNextSync() {
          log.commands.push({ path: 'suspend' });
        },
        calculate(t) {
          log.commands.push({ path: 'calculate', value: t });
        },
      },
    };
  }
  // As Excel: a sheet name is 1–31 characters without []:*?/\ and not wrapped in quotes; a
  // defined name starts with a letter, _ or \, holds letters, digits, _ and ., is not a cell
  // reference and is unique (case-insensitive) among names and tables.
  function checkSheetName(n) {
    if (!n || n.length > 31 || /[[\]:*?/\\]/.test(n) || /^'|'$/.test(n)) throw new Error('InvalidArgument: sheet name ' + n);
  }
  function checkDefinedName(n) {
    if (!n || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n) || /^[RrCc]$/.test(n)) throw new Error('InvalidArgument: name ' + n);
    const low = n.toLowerCase();
    if (wb.names.some((x) => x.name.toLowerCase() === low) || wb.tables.some((t) => t.name.toLowerCase() === low)) throw new Error('ItemAlreadyExists: ' + n);
  }
  function rangeOf(ref) {
    const m = /^=?'?(.*?)'?!(.*)$/.exec(ref);
    return wb.sheet(m[1].replace(/''/g, "'")).getRange(m[2].replace(/\$/g, ''));
  }

  window.__fakeExcel = { wb, log };
  window.Excel = {
    /** Excel.createWorkbook: the base64 .xlsx is kept for the test to read. */
    createWorkbook: async (base64) => {
      log.created.push(base64);
    },
    run: async (fn) => {
      log.runs++;
      const context = {
        workbook: workbookApi(),
        sync: async () => {
          log.syncs++;
        },
      };
      return fn(context);
    },
  };
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: { diagnostics: { host: 'Excel', platform: 'OfficeOnline' }, requirements: { isSetSupported: () => true } },
    onReady: (cb) =>
      new Promise((resolve) =>
        setTimeout(() => {
          const info = { host: 'Excel', platform: 'OfficeOnline' };
          if (cb) cb(info);
          resolve(info);
        }, 0),
      ),
  };
})();
