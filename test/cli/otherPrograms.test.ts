/**
 * Workbooks saved by programs we cannot run here — WPS Office and a Google Sheets export — read by
 * `validate`, `parse` and a re-import. The files are EMULATED: a workbook Phụ lục wrote, typed into
 * as a user would, then rewritten into the shape of those programs' packages
 * (test/helpers/otherPrograms.ts says what each shape has). Fixture: test/fixtures/chuyen-doi-so-2026.txt
 * (invented): rows 8–10 are I.1–I.3, rows 12–14 II.1–II.3; columns C Cơ quan chủ trì, E Ghi chú,
 * H Tiến độ, I Ngày hoàn thành.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';
import { shapedLikeGoogleSheetsExport, shapedLikeWpsSave, typeCells } from '../helpers/otherPrograms';
import { expectOpensClean, xlsxCheck } from '../helpers/xlsxCheck';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-other-programs-'));
const doc = join(__dirname, '..', 'fixtures', 'chuyen-doi-so-2026.txt');
const P = 'Phụ lục';
const base = join(dir, 'goc.xlsx');

/** 20/03/2026 as a serial day: 46023 is 01/01/2026, + 31 (Jan) + 28 (Feb) + 19. */
const DONE_SERIAL = 46101;
/** What the clerk typed: I.1 done on 20/03/2026, a note on I.2; a Tiến độ outside the list on I.3,
 * a completion date typed as text on II.1 and the lead of II.1 deleted. */
const TYPED: Array<[string, string, string | number]> = [
  [P, 'H8', 'Hoàn thành'],
  [P, 'I8', DONE_SERIAL],
  [P, 'E9', 'Đã trình UBND tỉnh xem xét'],
  [P, 'H10', 'xong rồi'],
  [P, 'I12', '30/12/2026'],
  [P, 'C12', ''],
];

type Shape = { name: string; make: (b: Uint8Array) => Promise<Buffer>; shows: (zip: JSZip) => void };
const SHAPES: Shape[] = [
  {
    name: 'shaped like a Google Sheets export (shared strings)',
    make: (b) => shapedLikeGoogleSheetsExport(b),
    shows: (zip) => expect(Object.keys(zip.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n))).toEqual([]),
  },
  {
    name: 'shaped like a Google Sheets export (inline strings)',
    make: (b) => shapedLikeGoogleSheetsExport(b, { strings: 'inline' }),
    shows: (zip) => {
      expect(zip.file('xl/sharedStrings.xml')).toBeNull();
      expect(Object.keys(zip.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n))).toEqual([]);
    },
  },
  {
    name: 'shaped like a WPS Office save',
    make: (b) => shapedLikeWpsSave(b),
    shows: (zip) => {
      expect(zip.file('xl/cellimages.xml')).not.toBeNull();
      expect(zip.file('docProps/custom.xml')).not.toBeNull();
    },
  },
];

let n = 0;
async function shaped(s: Shape): Promise<string> {
  const typed = await typeCells(readFileSync(base), TYPED);
  const bytes = await s.make(typed);
  s.shows(await JSZip.loadAsync(bytes));
  const f = join(dir, `so-${++n}.xlsx`);
  writeFileSync(f, bytes);
  return f;
}

beforeAll(() => {
  expect(runCli(['import', doc, '-o', base, '--as-of', '2026-06-15']).code).toBe(0);
});

describe.each(SHAPES)('a workbook $name', (shape) => {
  it('validate names every finding at its cell', async () => {
    const f = await shaped(shape);
    const r = runCli(['validate', f, '--json']);
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout).findings as Array<{ rule: string; cell?: string }>).map((x) => `${x.rule} ${x.cell}`).sort();
    expect(findings).toEqual([`lead.missing '${P}'!C12`, `tracking.dateText '${P}'!I12`, `tracking.progress '${P}'!H10`]);
  });

  it('parse reads the tasks with the users’ note', async () => {
    const f = await shaped(shape);
    const r = runCli(['parse', f, '--json']);
    expect(r.code).toBe(0);
    const items = (JSON.parse(r.stdout).tables as Array<{ items: Array<{ tt: string; notes?: string; lead?: string }> }>).flatMap((t) => t.items);
    expect(items).toHaveLength(6);
    expect(items[1].notes).toBe('Đã trình UBND tỉnh xem xét');
    expect(items[3].lead ?? '').toBe('');
  });

  it('a re-import keeps what users typed and writes a workbook Excel opens clean', async () => {
    const f = await shaped(shape);
    const r = runCli(['import', doc, '-o', f]);
    expect(r.code).toBe(0);
    const s = sheetOf(inspectXlsx(f), P);
    expect(s.tables.PhuLuc_1).toBeDefined();
    expect(s.cells.H8).toBe('Hoàn thành');
    expect(String(s.cells.I8)).toMatch(/^2026-03-20/);
    expect(s.cells.E9).toBe('Đã trình UBND tỉnh xem xét');
    // Normalised on re-import: the text date becomes a date; "xong rồi" is no list value and stays as typed.
    expect(String(s.cells.I12)).toMatch(/^2026-12-30/);
    expect(s.cells.H10).toBe('xong rồi');
    expectOpensClean(f);
    const c = xlsxCheck(f);
    if (c) expect(c.output).not.toMatch(/^WARN/m);
  });
});
