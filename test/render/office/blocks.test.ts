import { blocksOf, splitRows } from '../../../src/render/office/blocks';

const cell = (row: number, col: number, key: string) => ({ row, col, key });

describe('blocksOf: loose cells into rectangles', () => {
  test('a 3 × 2 list with the same style is one block; a different style beside it is another', () => {
    const cells = [
      cell(5, 1, 'label'),
      cell(5, 2, 'count'),
      cell(5, 3, 'count'),
      cell(6, 1, 'label'),
      cell(6, 2, 'count'),
      cell(6, 3, 'count'),
      cell(7, 1, 'label'),
      cell(7, 2, 'count'),
      cell(7, 3, 'count'),
    ];
    const blocks = blocksOf(cells, (c) => c.key).map((b) => [b.key, b.row, b.col, b.rows, b.cols]);
    expect(blocks).toEqual([
      ['label', 5, 1, 3, 1],
      ['count', 5, 2, 3, 2],
    ]);
  });

  test('a gap in a row or a row of another width starts a new block; null keys are left out', () => {
    const cells = [cell(1, 1, 'a'), cell(1, 3, 'a'), cell(2, 1, 'a'), cell(2, 2, 'a'), cell(3, 1, 'x'), cell(4, 1, 'a')];
    const blocks = blocksOf(cells, (c) => (c.key === 'x' ? null : c.key)).map((b) => [b.row, b.col, b.rows, b.cols]);
    expect(blocks).toEqual([
      [1, 1, 1, 1],
      [1, 3, 1, 1],
      [2, 1, 1, 2],
      [4, 1, 1, 1],
    ]);
  });

  test('every cell with a key is in exactly one block, at its place in the grid', () => {
    const cells = [];
    for (let r = 1; r <= 40; r++) for (let c = 1; c <= 6; c++) if ((r * 7 + c * 3) % 5) cells.push(cell(r, c, (r + c) % 3 ? 'p' : 'q'));
    const seen = new Set<string>();
    for (const b of blocksOf(cells, (c) => c.key)) {
      b.grid.forEach((row, i) =>
        row.forEach((x, j) => {
          expect([x.row, x.col, x.key]).toEqual([b.row + i, b.col + j, b.key]);
          seen.add(`${x.row},${x.col}`);
        }),
      );
    }
    expect(seen.size).toBe(cells.length);
  });

  test('splitRows cuts a block into whole rows under the limit', () => {
    const [b] = blocksOf(
      [1, 2, 3, 4, 5].map((r) => cell(r, 1, 'v')),
      (c) => c.key,
    );
    expect(splitRows(b, () => 10, 25).map((x) => [x.row, x.rows])).toEqual([
      [1, 2],
      [3, 2],
      [5, 1],
    ]);
  });
});
