import { applyAmendment } from '../../../src/core/amend';
import { importProgramme } from '../../../src/core/import';
import { planWorkbook } from '../../../src/core/plan';
import type { TablePlan } from '../../../src/core/plan/types';
import { keepUserCells } from '../../../src/core/plan/keepUserCells';
import { readBack } from '../../../src/core/plan/readBack';
import type { TableData } from '../../../src/core/plan/sheetData';
import { validateProgramme } from '../../../src/core/validate';
import { seedText } from '../../helpers/seeds';

const programme = importProgramme(seedText('003'));
const plan = planWorkbook({ programme, settings: { asOf: '2026-06-30', dueSoonDays: 30 } });
const sheet = plan.sheets.find((s) => s.tables.some((t) => t.name === 'PhuLuc_1'))!;
const table = sheet.tables.find((t) => t.name === 'PhuLuc_1')!;

/** The table as Excel would give it back: formulas computed to '' here, user cells as typed. */
function asRead(t: TablePlan): TableData {
  return {
    sheet: sheet.name,
    table: t.name,
    headerRow: t.row,
    firstCol: t.col,
    headers: t.columns.map((c) => c.header),
    rows: t.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? '' : v))),
  };
}
const col = (t: { columns: { header: string }[] }, h: string) => t.columns.findIndex((c) => c.header === h);

describe('re-import keeps what users typed', () => {
  const old = asRead(table);
  const progress = col(table, 'Tiến độ');
  const done = col(table, 'Ngày hoàn thành');
  const tt = col(table, 'TT');
  const task = col(table, 'Nhiệm vụ');
  // Users mark II.15 (line 213: "Đảng ủy Ủy ban nhân dân tỉnh (Sở Nông nghiệp …") done and add a column.
  const row = old.rows.findIndex((r) => r[tt] === '15' && String(r[task]).length > 20);
  old.rows[row][progress] = 'Hoàn thành';
  old.rows[row][done] = 46150;
  old.headers.push('Người theo dõi');
  old.rows.forEach((r, i) => r.push(i === row ? 'chị Lan' : null));

  const result = keepUserCells(
    plan,
    [old],
    '30-06-2026 10-00',
    plan.sheets.map((s) => s.name),
  );
  const merged = result.plan.sheets.find((s) => s.name === sheet.name)!.tables[0];

  it('carries Tiến độ, Ngày hoàn thành and the added column over to the same item', () => {
    expect(merged.rows[row][col(merged, 'Tiến độ')]).toBe('Hoàn thành');
    expect(merged.rows[row][col(merged, 'Ngày hoàn thành')]).toBe(46150);
    expect(merged.columns.map((c) => c.header).slice(-1)).toEqual(['Người theo dõi']);
    expect(merged.rows[row][merged.columns.length - 1]).toBe('chị Lan');
    expect(result.kept).toBe(3);
    expect(result.unmatched).toBe(0);
  });

  it('copies the old table whole to a backup sheet first', () => {
    const backup = result.plan.sheets.find((s) => s.name === result.backupSheet)!;
    expect(backup.kind).toBe('backup');
    expect(backup.tables[0].rows).toHaveLength(old.rows.length);
    expect(backup.tables[0].rows[row]).toContain('chị Lan');
  });

  it('needs no backup when nothing was there', () => {
    expect(keepUserCells(plan, [], 'x', []).backupSheet).toBeNull();
  });
});

describe('reading the sheet back', () => {
  it('finds the same four defects as in the document, pointing at sheet rows', () => {
    const rb = readBack([asRead(table)]);
    const report = validateProgramme(rb.programme);
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['lead.several', 'resources.unknown', 'structure.cutOff', 'structure.gap']);
    const res = report.findings.find((f) => f.rule === 'resources.unknown')!;
    const cell = rb.cellOf(res.tableIndex, res.line, res.column)!;
    const r = res.line - table.row - 1;
    expect(table.rows[r][col(table, 'Nguồn lực')]).toBe('Bộ Công an');
    expect(cell.sheet).toBe(sheet.name);
    expect(cell.address).toBe(`${String.fromCharCode(64 + table.col + col(table, 'Nguồn lực'))}${res.line}`);
  });
});

describe('two rows with the same Mục and TT (000 adds a point (9) to Mục 2.1, which has one)', () => {
  const base = importProgramme(seedText('001'));
  const amendment = applyAmendment(base, seedText('000'));
  const p = planWorkbook({ programme: base, amendment, settings: { asOf: '2026-06-30', dueSoonDays: 30 } });
  const t = p.sheets.flatMap((s) => s.tables).find((x) => x.name === 'PhuLuc_1')!;
  const read: TableData = {
    sheet: 'Phụ lục',
    table: t.name,
    headerRow: t.row,
    firstCol: t.col,
    headers: t.columns.map((c) => c.header),
    rows: t.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? '' : v))),
  };
  const [tt, sec, progress, notes] = ['TT', 'Mục', 'Tiến độ', 'Ghi chú'].map((h) => col(t, h));
  const nines = read.rows
    .map((r, i) => [r, i] as const)
    .filter(([r]) => r[tt] === '(9)' && String(r[sec]).split(' › ').pop()!.startsWith('2.1.'))
    .map(([, i]) => i);

  it('shows both rows, the added one with its Ghi chú', () => {
    expect(nines).toHaveLength(2);
    expect(read.rows[nines[0]][notes]).toBe('');
    expect(String(read.rows[nines[1]][notes])).toMatch(/^Điểm bổ sung trùng số \(9\)/);
  });

  it("re-import keeps each row's own cells: the n-th old row goes to the n-th new row", () => {
    read.rows[nines[0]][progress] = 'Hoàn thành';
    read.rows[nines[1]][progress] = 'Đang thực hiện';
    const r = keepUserCells(
      p,
      [read],
      '30-06-2026 10-00',
      p.sheets.map((s) => s.name),
    );
    const merged = r.plan.sheets.flatMap((s) => s.tables).find((x) => x.name === 'PhuLuc_1')!;
    expect(merged.rows[nines[0]][progress]).toBe('Hoàn thành');
    expect(merged.rows[nines[1]][progress]).toBe('Đang thực hiện');
    expect(merged.rows[nines[0]][notes]).toBe('');
    expect(r.kept).toBe(2);
    expect(r.unmatched).toBe(0);
  });

  it('reads both back as items; validation reports the duplicate number once, no crash', () => {
    const rb = readBack([read]);
    const items = rb.programme.tables[0].items.filter((i) => i.tt === '(9)' && i.path[i.path.length - 1].startsWith('2.1.'));
    expect(items).toHaveLength(2);
    const dup = validateProgramme(rb.programme).findings.filter((f) => f.rule === 'structure.duplicate');
    expect(dup.map((f) => f.line)).toEqual([t.row + 1 + nines[1]]);
  });
});
