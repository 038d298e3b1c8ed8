import type { WorkbookPlan } from '../../core/plan/types';
import { DEFAULT_CHUNK_BYTES, DEFAULT_REQUEST_BUDGET, Op, packRequests, REQUEST_BASE_BYTES } from './payload';
import { cellsOps, layoutOp, looseHeights, rulesOps } from './sheetParts';
import { tableOps } from './tables';
import { pushAll } from '../../core/arrays';
import { isExcelError, isOwnFault } from './errorSource';
import { ACTION_BYTES, PATH_BYTES } from './format';
import { ALL_SUPPORTED, FEATURES, Supports } from './requirements';

export interface RenderOptions {
  /** Called after each request with the share done (0..1). */
  onProgress?: (done: number) => void;
  /** Bytes allowed per request (default 4 MiB, under Excel on the web's 5 MB). */
  requestBudget?: number;
  /** Largest single range write (default 1 MiB). */
  chunkBytes?: number;
  /**
   * Which ExcelApi sets this Excel has (default: all). Parts needing a newer set than it has are
   * skipped and listed in the report's `unavailable`; formulas are written without copyFrom.
   */
  supports?: Supports;
  /**
   * (Optional, added by the programmes issue) Existing sheets the plan does not write that go
   * too — the old programme's sheets when the user chose to replace it. They are deleted in the
   * last command of the last request, with the sheets the plan replaces: a write that fails
   * leaves them in place.
   */
  removeSheets?: string[];
}

export interface RenderReport {
  /** `context.sync()` calls made. */
  syncs: number;
  /** Estimated bytes of each write request. */
  requestBytes: number[];
  sheets: string[];
  /** What was left out because this Excel lacks its requirement set (Vietnamese labels, each once). */
  unavailable: string[];
}

/** A failure while drawing, with a Vietnamese message; the workbook was put back as it was. */
export class RenderError extends Error {}

interface Existing {
  sheets: string[];
  tables: string[];
  names: string[];
  /** What each existing defined name refers to ("='Tổng hợp'!$B$3") and its comment, to put back. */
  nameDefs: Array<{ name: string; formula: string; comment: string }>;
}

/**
 * Draws a workbook plan into the open workbook. Sheets the plan names that already exist are
 * renamed out of the way, the new ones are written under their final names, and the old ones are
 * deleted only at the very end of the last request (a failing command stops its request, so they
 * survive any failure; the catch puts their names back). Syncs: one to read what exists, one per
 * write request — one for any import whose cells fit in the request budget, whatever its rows —
 * and one to recalculate.
 */
export async function renderPlan(context: Excel.RequestContext, plan: WorkbookPlan, options: RenderOptions = {}): Promise<RenderReport> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const wb = context.workbook;
  const supports = options.supports ?? ALL_SUPPORTED;
  // NamedItem.formula arrives in ExcelApi 1.7; before it, `value` gives a range name's address.
  const nameRef = supports('1.7') ? 'formula' : 'value';
  const sheetItems = wb.worksheets.load('items/name');
  const tableItems = wb.tables.load('items/name');
  const nameItems = wb.names.load(`items/name,items/${nameRef},items/comment`);
  await sync();
  const existing: Existing = {
    sheets: sheetItems.items.map((s) => s.name),
    tables: tableItems.items.map((t) => t.name),
    names: nameItems.items.map((n) => n.name),
    nameDefs: nameItems.items.map((n) => ({ name: n.name, formula: `=${String(nameRef === 'formula' ? n.formula : n.value).replace(/^=/, '')}`, comment: n.comment ?? '' })),
  };
  const moved = moveAside(plan, existing);
  const movedTables = tablesAside(plan, existing);
  const handles = new Map<string, Excel.Worksheet>();
  const drawn = drawOps(context, plan, options.chunkBytes ?? DEFAULT_CHUNK_BYTES, handles, supports('1.9'));
  const unavailable = [...new Set(drawn.filter((op) => op.feature && !supports(op.feature.set)).map((op) => op.feature!.label))];
  const ops = [...prepareOps(context, plan, existing, moved, movedTables), ...drawn.filter((op) => !op.feature || supports(op.feature.set))];
  // Sheets to remove that the plan itself replaces are already moved aside (and deleted with them).
  const remove = (options.removeSheets ?? []).map((n) => existing.sheets.find((e) => same(e, n))).filter((n): n is string => n !== undefined && !moved.has(n));
  ops.push({ bytes: 256 + 256 * remove.length, run: () => finish(context, plan, moved, remove) });
  const requests = packRequests(ops, options.requestBudget ?? DEFAULT_REQUEST_BUDGET);
  const requestBytes = requests.map((r) => r.reduce((n, op) => n + op.bytes, REQUEST_BASE_BYTES));
  try {
    for (let i = 0; i < requests.length; i++) {
      if (supports('1.6')) wb.application.suspendApiCalculationUntilNextSync();
      requests[i].forEach((op) => op.run());
      handles.clear();
      await sync();
      options.onProgress?.((i + 1) / requests.length);
    }
  } catch (e) {
    await rollBack(context, plan, existing, moved, movedTables);
    const why = e instanceof Error ? e.message : String(e);
    const kept = 'Sổ đã được giữ nguyên như trước khi ghi.';
    // Never blame Excel for a fault of our own code (a RangeError, a TypeError …).
    if (isOwnFault(e)) throw new RenderError(`Lỗi trong Phụ lục khi ghi sổ (${why}), không phải lỗi của Excel. ${kept} Hãy báo lỗi này cho người phát triển.`);
    if (isExcelError(e)) throw new RenderError(`Excel không nhận lệnh ghi vào sổ (${why}). ${kept}`);
    throw new RenderError(`Không ghi được vào sổ Excel (${why}). ${kept}`);
  }
  // Calculation was suspended while writing; Excel then leaves recalculating to the add-in, so
  // the statuses and counts are computed once here, in a request of their own. Everything is
  // written by now: a failure here is not a failed import (Excel recalculates on the next edit).
  try {
    wb.application.calculate('Full');
    await sync();
  } catch {
    // Nothing to undo.
  }
  return { syncs, requestBytes, sheets: plan.sheets.map((s) => s.name), unavailable };
}

const same = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

/** Temporary names for the existing sheets the plan replaces: plan name → temporary name. */
function moveAside(plan: WorkbookPlan, existing: Existing): Map<string, string> {
  const moved = new Map<string, string>();
  const taken = new Set(existing.sheets.map((s) => s.toLocaleLowerCase('vi')));
  let n = 0;
  for (const s of plan.sheets) {
    const old = existing.sheets.find((e) => same(e, s.name));
    if (!old) continue;
    let tmp: string;
    do tmp = `~cũ ${++n}`;
    while (taken.has(tmp));
    taken.add(tmp);
    moved.set(old, tmp);
  }
  return moved;
}

/** Temporary names for existing tables whose names the plan uses. */
function tablesAside(plan: WorkbookPlan, existing: Existing): Map<string, string> {
  const planTables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const moved = new Map<string, string>();
  let n = 0;
  for (const t of existing.tables) {
    if (!planTables.some((p) => same(p, t))) continue;
    let tmp: string;
    do tmp = `cu_${++n}_${t}`.slice(0, 250);
    while (existing.tables.some((e) => same(e, tmp)));
    moved.set(t, tmp);
  }
  return moved;
}

function prepareOps(context: Excel.RequestContext, plan: WorkbookPlan, existing: Existing, moved: Map<string, string>, movedTables: Map<string, string>): Op[] {
  const wb = context.workbook;
  const run = () => {
    for (const [old, tmp] of moved) wb.worksheets.getItem(old).name = tmp;
    for (const [old, tmp] of movedTables) wb.tables.getItem(old).name = tmp;
    for (const name of existing.names) if (plan.names.some((p) => same(p.name, name))) wb.names.getItem(name).delete();
  };
  return [{ bytes: 256 * (moved.size + existing.tables.length + existing.names.length + 1), run }];
}

/**
 * Sheets first, then names, tables, loose cells, and last the rules that point at them.
 * `handles` holds the worksheet objects of the current request only: an object Office.js got
 * from worksheets.add() or getItem() is invalid after its request, so the caller clears it at
 * every sync and the next request looks each sheet up again by name (one object path).
 */
function drawOps(context: Excel.RequestContext, plan: WorkbookPlan, chunkBytes: number, handles: Map<string, Excel.Worksheet>, canCopy: boolean): Op[] {
  const wb = context.workbook;
  const sheet = (name: string) => () => {
    let ws = handles.get(name);
    if (!ws) handles.set(name, (ws = wb.worksheets.getItem(name)));
    return ws;
  };
  const ops: Op[] = plan.sheets.map((s) => ({
    bytes: 1024 + (3 * PATH_BYTES + ACTION_BYTES) * (s.widths.length + looseHeights(s).length),
    run: () => {
      const ws = wb.worksheets.add(s.name);
      handles.set(s.name, ws);
      layoutOp(ws, s);
    },
  }));
  for (const s of plan.sheets)
    if (s.tabColor) ops.push({ feature: FEATURES.tabColour, bytes: PATH_BYTES + ACTION_BYTES, run: () => void (sheet(s.name)().tabColor = `#${s.tabColor}`) });
  const addName = (n: WorkbookPlan['names'][number], ref: string): Op => ({
    bytes: 2 * PATH_BYTES + ACTION_BYTES + 256,
    run: () => void wb.names.add(n.name, `=${ref}`, n.comment),
  });
  // Names over cells first (the status formulas use them); names over a table column (the
  // drop-down lists, which then grow with their tables) once their tables exist.
  for (const n of plan.names) if (!n.tableColumn) ops.push(addName(n, n.ref));
  for (const s of plan.sheets) for (const t of s.tables) pushAll(ops, tableOps(sheet(s.name), t, plan.styles, chunkBytes, s.font, canCopy));
  for (const n of plan.names) if (n.tableColumn) ops.push(addName(n, n.tableColumn));
  for (const s of plan.sheets) pushAll(ops, cellsOps(sheet(s.name), s, plan.styles, chunkBytes));
  for (const s of plan.sheets) pushAll(ops, rulesOps(sheet(s.name), s));
  return ops;
}

/** Last command(s) of the last request: the old sheets (and those to remove) go, the first new sheet is shown. */
function finish(context: Excel.RequestContext, plan: WorkbookPlan, moved: Map<string, string>, remove: string[] = []): void {
  const wb = context.workbook;
  for (const tmp of moved.values()) wb.worksheets.getItem(tmp).delete();
  for (const name of remove) wb.worksheets.getItem(name).delete();
  if (plan.sheets.length) wb.worksheets.getItem(plan.sheets[0].name).activate();
}

/** After a failure: drop what was written and give the old sheets their names back. */
async function rollBack(context: Excel.RequestContext, plan: WorkbookPlan, existing: Existing, moved: Map<string, string>, movedTables: Map<string, string>): Promise<void> {
  try {
    const wb = context.workbook;
    const sheets = wb.worksheets.load('items/name');
    const tables = wb.tables.load('items/name');
    const names = wb.names.load('items/name');
    await context.sync();
    const now = sheets.items.map((s) => s.name);
    const tablesNow = tables.items.map((t) => t.name);
    const namesNow = names.items.map((n) => n.name);
    for (const s of plan.sheets) {
      const old = existing.sheets.find((e) => same(e, s.name));
      // A sheet under a plan name is ours only if the old one (if any) was moved aside.
      const ours = !old || now.includes(moved.get(old) ?? '\u0000');
      const cur = now.find((n) => same(n, s.name));
      if (cur && ours) wb.worksheets.getItem(cur).delete();
    }
    for (const [old, tmp] of moved) if (now.includes(tmp)) wb.worksheets.getItem(tmp).name = old;
    for (const [old, tmp] of movedTables) if (tablesNow.includes(tmp)) wb.tables.getItem(tmp).name = old;
    // Defined names: the plan's go (they may point at deleted sheets), the old ones come back
    // as they were (NgayBaoCao, SoNgaySapDenHan, the drop-down lists …), after the sheets they
    // name have their names again.
    for (const n of namesNow) if (plan.names.some((p) => same(p.name, n))) wb.names.getItem(n).delete();
    for (const d of existing.nameDefs) {
      const keptAsIs = namesNow.some((n) => same(n, d.name)) && !plan.names.some((p) => same(p.name, d.name));
      if (!keptAsIs) wb.names.add(d.name, d.formula, d.comment || undefined);
    }
    await context.sync();
  } catch {
    // The workbook could not be reached again; the error reported to the user says what failed.
  }
}
