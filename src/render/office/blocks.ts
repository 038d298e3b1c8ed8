/**
 * Loose cells grouped into rectangles, so the renderer writes and styles a rectangle with one
 * command instead of one per cell (the request to Excel grows with commands, not with cells).
 */

export interface Block<T> {
  /** 1-based top-left cell. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  key: string;
  /** The items, rows × cols, in sheet order. */
  grid: T[][];
}

/**
 * Rectangles of items with the same key: runs of adjacent columns in one row, then runs of rows
 * whose run starts and ends in the same columns. Items whose key is null are left out. Items
 * must not share a cell. Rows and columns are 1-based.
 */
export function blocksOf<T extends { row: number; col: number }>(items: readonly T[], keyOf: (item: T) => string | null): Block<T>[] {
  const keyed = items.map((it) => ({ it, key: keyOf(it) })).filter((x): x is { it: T; key: string } => x.key !== null);
  keyed.sort((a, b) => a.it.row - b.it.row || a.it.col - b.it.col);
  const done: Block<T>[] = [];
  // Blocks still open for growth downwards, by "col,cols,key"; each ends on the previous row.
  let open = new Map<string, Block<T>>();
  let i = 0;
  while (i < keyed.length) {
    const row = keyed[i].it.row;
    const next = new Map<string, Block<T>>();
    while (i < keyed.length && keyed[i].it.row === row) {
      const start = i;
      while (i + 1 < keyed.length && keyed[i + 1].it.row === row && keyed[i + 1].it.col === keyed[i].it.col + 1 && keyed[i + 1].key === keyed[start].key) i++;
      const run = keyed.slice(start, i + 1).map((x) => x.it);
      const col = run[0].col;
      const id = `${col},${run.length},${keyed[start].key}`;
      const b = open.get(id);
      if (b && b.row + b.rows === row) {
        b.rows++;
        b.grid.push(run);
        open.delete(id);
        next.set(id, b);
      } else next.set(id, { row, col, rows: 1, cols: run.length, key: keyed[start].key, grid: [run] });
      i++;
    }
    for (const b of open.values()) done.push(b);
    open = next;
  }
  for (const b of open.values()) done.push(b);
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** A block cut into blocks of whole rows whose `size` stays under `limit` (a row over it goes alone). */
export function splitRows<T>(b: Block<T>, size: (row: T[]) => number, limit: number): Block<T>[] {
  const out: Block<T>[] = [];
  let start = 0;
  let bytes = 0;
  b.grid.forEach((r, i) => {
    const n = size(r);
    if (i > start && bytes + n > limit) {
      out.push({ ...b, row: b.row + start, rows: i - start, grid: b.grid.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += n;
  });
  if (b.grid.length > start) out.push({ ...b, row: b.row + start, rows: b.grid.length - start, grid: b.grid.slice(start) });
  return out;
}
