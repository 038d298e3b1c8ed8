/**
 * The same inputs through the command line's path and the task pane's path give the same
 * results: the use cases of src/app with the ExcelJS file port (an .xlsx on disk, as `phuluc
 * import` writes it) and with the Office.js port over Microsoft's client library on the
 * in-memory workbook (test/helpers/officeJsHost.ts). The amendment in TCVN3 also goes through
 * the real `phuluc` (bin/phuluc.js, built by `npx tsc -p tsconfig.cli.json`) and the pane's own
 * actions.ts. Two programmes in one workbook (keep both, then replace) go through both ports too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import {
  amendmentFromPaste,
  checkWorkbook,
  Clock,
  importIntoWorkbook,
  previewWorkbookAmendment,
  programmeOf,
  readFile,
  readPaste,
  workbookProgramme,
  WorkbookPort,
} from '../../src/app';
import { workbookOutput } from '../../src/cli/workbookPort';
import { officePort } from '../../src/taskpane/officePort';
import { encodeTcvn3 } from '../../src/core/input/tcvn3';
import type { Programme } from '../../src/core/model';
import type { TableData } from '../../src/core/plan/sheetData';
import { createHost, FakeBook, libraryPresent } from '../helpers/officeJsHost';
import { runCli } from '../helpers/cli';
import { seedPath, seedText } from '../helpers/seeds';
import { toCp1252 } from '../hardening/cp1252';
import { disasterProgramme, schoolMealsPlan, tourismPlan } from '../helpers/programmeTexts';

const maybe = libraryPresent() ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'phuluc-parity-'));
const clock: Clock = { today: () => '2026-06-30', stamp: () => '30-06-2026 09-00-00', time: () => '2026-06-30T09:00:00' };
const SETTINGS = { asOf: '2026-06-30' };

async function programmeOfSeed(prefix: string): Promise<Programme> {
  const doc = await readFile(seedPath(prefix), new Uint8Array(readFileSync(seedPath(prefix))));
  if (!doc.ok) throw new Error(doc.message);
  const p = programmeOf(doc.value.document);
  if (!p.ok) throw new Error(p.message);
  return p.value;
}

/** An invented programme's text (test/helpers/programmeTexts.ts) → its programme. */
function programmeOfText(text: string): Programme {
  const doc = readPaste(text);
  if (!doc.ok) throw new Error(doc.message);
  const p = programmeOf(doc.value.document);
  if (!p.ok) throw new Error(p.message);
  return p.value;
}

/** The two paths: a file port on a fresh path, and the Office.js port on a fresh in-memory workbook. */
function paths(name: string) {
  const file = join(dir, `${name}.xlsx`);
  const host = createHost(new FakeBook());
  return {
    file,
    host,
    /** A file port as `import -o` makes it (outputTarget looked at the path again each time). */
    cli: async (): Promise<WorkbookPort<{ sheets: string[]; copy: string | null }>> => {
      const { outputTarget } = await import('../../src/cli/files');
      const t = await outputTarget(file);
      if (!t.ok) throw new Error(t.message);
      return workbookOutput(t.value);
    },
    pane: () => officePort(host.run),
  };
}

const tableView = (t: TableData) => ({ sheet: t.sheet, table: t.table, headers: t.headers, rows: t.rows.length });
/** An item as the workbook shows it, for comparing programmes read back from either workbook. */
const itemView = (p: Programme) => p.tables.flatMap((t) => t.items.map((i) => [i.tt, i.task, i.lead, i.partners, i.time.text, i.notes].join(' | ')));

/** Row and column (1-based) of a column of an item's row in a table read back. */
function cellOf(t: TableData, rowIndex: number, header: string): { row: number; col: number } {
  const c = t.headers.indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return { row: t.headerRow + 1 + rowIndex, col: t.firstCol + c };
}

const letters = (col: number): string => (col > 26 ? letters(Math.floor((col - 1) / 26)) : '') + String.fromCharCode(65 + ((col - 1) % 26));
const xmlText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Types text into cells of an .xlsx as Excel saves it (an inline string in the cell, its style kept). */
async function typeInFile(file: string, sheet: string, cells: Array<{ row: number; col: number; value: string }>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target =
    new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  const path = `xl/${target.replace(/^\/?xl\//, '')}`;
  let xml = await zip.file(path)!.async('string');
  for (const c of cells) {
    const ref = `${letters(c.col)}${c.row}`;
    const cell = new RegExp(`<c r="${ref}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
    const m = cell.exec(xml);
    if (!m) throw new Error(`no cell ${ref} in ${path}`);
    const style = /s="\d+"/.exec(m[1])?.[0] ?? '';
    xml = xml.replace(cell, `<c r="${ref}" ${style} t="inlineStr"><is><t>${xmlText(c.value)}</t></is></c>`);
  }
  zip.file(path, xml);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

maybe('the command line and the pane give the same results (src/app with each port)', () => {
  test('import of seed 001: the same sheets, tables, items and Kiểm tra findings', async () => {
    const programme = await programmeOfSeed('001');
    const p = paths('import');
    const viaCli = await importIntoWorkbook(await p.cli(), { programme, settings: SETTINGS, clock });
    const viaPane = await importIntoWorkbook(p.pane(), { programme, settings: SETTINGS, clock });
    if (!viaCli.ok || !viaPane.ok) throw new Error('import failed');
    // 001 holds 112 numbered points in one table (hand-counted, see test/core/prose).
    expect(viaCli.value.items).toBe(112);
    expect(viaPane.value.items).toBe(112);
    expect(viaPane.value.findings).toBe(viaCli.value.findings);
    expect(viaPane.value.written.sheets).toEqual(viaCli.value.written.sheets);

    const fromFile = await workbookProgramme(await p.cli());
    const fromPane = await workbookProgramme(p.pane());
    if (!fromFile.ok || !fromPane.ok) throw new Error('read-back failed');
    expect(itemView(fromPane.value.programme)).toEqual(itemView(fromFile.value.programme));
    expect(itemView(fromFile.value.programme)).toHaveLength(112);

    const snapFile = await (await p.cli()).read();
    const snapPane = await p.pane().read();
    if (!snapFile.ok || !snapPane.ok) throw new Error('read failed');
    expect(snapPane.value!.tables.map(tableView)).toEqual(snapFile.value!.tables.map(tableView));

    // validate: the workbook checked as written gives the same findings on both paths.
    const checkFile = await checkWorkbook(await p.cli(), { asOf: '2026-06-30' });
    const checkPane = await checkWorkbook(p.pane(), { asOf: '2026-06-30' });
    if (!checkFile.ok || !checkPane.ok) throw new Error('check failed');
    const finding = (f: { rule: string; tableIndex: number; line: number; message: string }) => `${f.rule}|${f.tableIndex}|${f.line}|${f.message}`;
    expect(checkPane.value.report.findings.map(finding)).toEqual(checkFile.value.report.findings.map(finding));
    expect(checkPane.value.report.summary).toEqual(checkFile.value.report.summary);
  }, 120_000);

  test('re-import keeps a Tiến độ and a Ghi chú the user typed, on both paths, with the same report', async () => {
    const programme = await programmeOfSeed('001');
    const p = paths('reimport');
    for (const port of [await p.cli(), p.pane()] as WorkbookPort[]) {
      const r = await importIntoWorkbook(port, { programme, settings: SETTINGS, clock });
      if (!r.ok) throw new Error(r.message);
    }
    const before = await (await p.cli()).read();
    if (!before.ok) throw new Error(before.message);
    const t = before.value!.tables[0];
    // The third row of the table: typed as a user would, into the file and into the open workbook.
    const progress = cellOf(t, 2, 'Tiến độ');
    const note = cellOf(t, 2, 'Ghi chú');
    await typeInFile(p.file, t.sheet, [
      { ...progress, value: 'Đang thực hiện' },
      { ...note, value: 'Đã trình dự thảo lần 1' },
    ]);
    const sheet = p.host.book.sheet(t.sheet)!;
    sheet.cell(progress.row - 1, progress.col - 1).v = 'Đang thực hiện';
    sheet.cell(note.row - 1, note.col - 1).v = 'Đã trình dự thảo lần 1';

    const again = { programme, settings: {}, clock };
    const viaCli = await importIntoWorkbook(await p.cli(), again);
    const viaPane = await importIntoWorkbook(p.pane(), again);
    if (!viaCli.ok || !viaPane.ok) throw new Error('re-import failed');
    // Two cells typed, two kept; the old tables backed up under the same sheet name.
    expect(viaCli.value.keep!.kept).toBe(2);
    expect(viaPane.value.keep!.kept).toBe(2);
    expect(viaPane.value.keep!.backupSheet).toBe(viaCli.value.keep!.backupSheet);
    expect(viaPane.value.keep!.report.keptBy).toEqual(viaCli.value.keep!.report.keptBy);
    // The report date was not given again: carried from the old Tổng hợp, 30/06/2026, on both.
    expect(viaCli.value.prepared.asOf).toBe('2026-06-30');
    expect(viaPane.value.prepared.asOf).toBe('2026-06-30');
    for (const port of [await p.cli(), p.pane()] as WorkbookPort[]) {
      const snap = await port.read();
      if (!snap.ok) throw new Error(snap.message);
      const nt = snap.value!.tables[0];
      expect(nt.rows[2][nt.headers.indexOf('Tiến độ')]).toBe('Đang thực hiện');
      expect(nt.rows[2][nt.headers.indexOf('Ghi chú')]).toBe('Đã trình dự thảo lần 1');
    }
  }, 180_000);

  test('amendment 000 written in TCVN3, applied to 001: the same 57 changes by the real phuluc, the file port, the Office.js port and the pane', async () => {
    // TCVN3 as a .VnTime document saved as text holds it: the Windows-1252 bytes of the VN3 letters.
    const legacy = encodeTcvn3(seedText('000'));
    expect(legacy).not.toMatch(/[ươđ]/); // really legacy text, not Unicode
    const amendFile = join(dir, 'dieu-chinh-tcvn3.txt');
    writeFileSync(amendFile, toCp1252(legacy));

    // 57 changes and one conflict (a point added under the number 2.1 (9) that exists): the
    // counts of test/cli/amend.test.ts and the pane's end-to-end test for the Unicode text.
    const bin = runCli(['amend', seedPath('001'), amendFile, '--json']);
    expect(bin.stderr).toContain('TCVN3');
    expect(bin.code).toBe(1);
    const json = JSON.parse(bin.stdout);
    expect(json.changes).toHaveLength(57);
    expect(json.conflicts).toHaveLength(1);

    // The workbook path: 001 imported into each workbook, then the amendment applied to what is there.
    const programme = await programmeOfSeed('001');
    const p = paths('amend');
    const counts: number[] = [];
    // A port per step, as each command opens its file anew.
    for (const port of [p.cli, async () => p.pane()] as Array<() => Promise<WorkbookPort>>) {
      const r = await importIntoWorkbook(await port(), { programme, settings: SETTINGS, clock });
      if (!r.ok) throw new Error(r.message);
      const text = amendmentFromPaste(legacy);
      if (!text.ok) throw new Error(text.message);
      expect(text.value.note).toMatch(/TCVN3/);
      const preview = await previewWorkbookAmendment(await port(), text.value);
      if (!preview.ok) throw new Error(preview.message);
      counts.push(preview.value.result.changes.length);
      const w = await importIntoWorkbook(await port(), { programme: preview.value.base, amendment: preview.value.result, settings: {}, clock });
      if (!w.ok) throw new Error(w.message);
      expect(w.value.written.sheets).toContain('Điều chỉnh');
    }
    expect(counts).toEqual([57, 57]);

    // The pane's own actions on pastes (Excel.run = the client library on a fresh fake workbook):
    // 001 pasted and written, then the TCVN3 amendment pasted.
    const g = globalThis as unknown as { Excel?: unknown };
    const saved = g.Excel;
    g.Excel = { run: createHost(new FakeBook()).run };
    try {
      const actions = await import('../../src/taskpane/actions');
      const parsed = actions.parse(seedText('001'));
      if (!parsed.ok) throw new Error(parsed.message);
      await actions.writeProgramme(parsed.value, { asOf: '2026-06-30', dueSoonDays: 30 }, () => undefined);
      const r = await actions.previewAmendment(legacy);
      if (!r.ok) throw new Error(r.message);
      expect(r.value.note).toMatch(/TCVN3/);
      expect(r.value.result.changes).toHaveLength(57);
      expect(r.value.result.conflicts).toHaveLength(1);
      const w = await actions.writeAmendment(r.value, { asOf: '2026-06-30', dueSoonDays: 30 }, () => undefined);
      expect(w.report.sheets).toContain('Điều chỉnh');
    } finally {
      g.Excel = saved;
    }
  }, 240_000);

  /** The workbook each port holds now: its sheets and tables (sheet, name, headers, rows). */
  async function bookOf(port: WorkbookPort) {
    const snap = await port.read();
    if (!snap.ok || !snap.value) throw new Error('read failed');
    return { sheets: snap.value.sheets, tables: snap.value.tables.map(tableView) };
  }

  /** Types a Tiến độ into the tourism plan's "Xây dựng bãi đỗ xe …" row, in the file and in the open workbook. */
  async function markParkingDone(p: ReturnType<typeof paths>): Promise<void> {
    const snap = await (await p.cli()).read();
    if (!snap.ok || !snap.value) throw new Error('read failed');
    const t = snap.value.tables.find((x) => x.table === 'PhuLuc_1')!;
    const row = t.rows.findIndex((r) => r.some((v) => String(v ?? '').startsWith('Xây dựng bãi đỗ xe')));
    const at = cellOf(t, row, 'Tiến độ');
    await typeInFile(p.file, t.sheet, [{ ...at, value: 'Hoàn thành' }]);
    p.host.book.sheet(t.sheet)!.cell(at.row - 1, at.col - 1).v = 'Hoàn thành';
  }

  /** The Tiến độ of the row whose task starts with `task`, in the table `table` of a port's workbook. */
  async function progressOf(port: WorkbookPort, table: string, task: string): Promise<unknown> {
    const snap = await port.read();
    if (!snap.ok || !snap.value) throw new Error('read failed');
    const t = snap.value.tables.find((x) => x.table === table)!;
    const r = t.rows.find((x) => x.some((v) => String(v ?? '').startsWith(task)));
    return r ? r[t.headers.indexOf('Tiến độ')] : undefined;
  }

  test('a second programme: both ports ask the same question without a choice, and "keep both" gives the same sheets and tables', async () => {
    const tourism = programmeOfText(tourismPlan());
    const disaster = programmeOfText(disasterProgramme());
    const p = paths('keep-both');
    for (const port of [await p.cli(), p.pane()] as WorkbookPort[]) {
      const r = await importIntoWorkbook(port, { programme: tourism, settings: SETTINGS, clock });
      if (!r.ok) throw new Error(r.message);
    }
    await markParkingDone(p);

    // No choice: the same question on both paths, naming both programmes by number; nothing written.
    const fileBefore = readFileSync(p.file);
    const paneBefore = await bookOf(p.pane());
    const asked = [];
    for (const port of [await p.cli(), p.pane()] as WorkbookPort[]) {
      const r = await importIntoWorkbook(port, { programme: disaster, settings: SETTINGS, clock });
      if (r.ok || !('ask' in r)) throw new Error('expected the question');
      asked.push(r.ask);
    }
    expect(asked[1]).toEqual(asked[0]);
    expect(asked[0].held.map((h) => h.tag)).toEqual(['CT1']);
    expect(asked[0].held[0].label).toMatch(/^số 15-KH\/UBND/);
    expect(asked[0].incoming).toMatch(/^số 07-CTr\/HU/);
    expect(readFileSync(p.file).equals(fileBefore)).toBe(true);
    expect(await bookOf(p.pane())).toEqual(paneBefore);

    // Keep both: the disaster programme under CT2 on its own sheet, the tourism plan as users left it.
    const both = { programme: disaster, settings: SETTINGS, clock, choice: 'keep-both' as const };
    const viaCli = await importIntoWorkbook(await p.cli(), both);
    const viaPane = await importIntoWorkbook(p.pane(), both);
    if (!viaCli.ok || !viaPane.ok) throw new Error('keep-both failed');
    // Tourism: 6 tasks under two sections; disaster: 5 tasks (counted in programmeTexts.ts).
    expect(viaCli.value.items).toBe(11);
    expect(viaPane.value.items).toBe(11);
    expect(viaPane.value.findings).toBe(viaCli.value.findings);
    expect(viaCli.value.programmeLine).toContain('với ký hiệu CT2');
    expect(viaPane.value.programmeLine).toBe(viaCli.value.programmeLine);
    expect(viaCli.value.prepared.removeSheets).toEqual([]);

    const fileBook = await bookOf(await p.cli());
    const paneBook = await bookOf(p.pane());
    expect(fileBook.sheets.slice(0, 5)).toEqual(['Tổng hợp', 'Phụ lục', 'CT2 Phụ lục', 'Kiểm tra', 'Danh mục']);
    expect(fileBook.sheets).toContain('Chương trình');
    // The open workbook also keeps the blank workbook's own "Sheet1", as any sheet of the user's.
    const drawn = (names: string[]) => names.filter((n) => n !== 'Sheet1');
    expect(drawn(paneBook.sheets).sort()).toEqual([...fileBook.sheets].sort());
    const named = (b: typeof fileBook) => b.tables.map((t) => `${t.table}@${t.sheet}`);
    // The snapshot holds the appendix tables: one per programme.
    expect(named(fileBook)).toEqual(['PhuLuc_1@Phụ lục', 'CT2_PhuLuc_1@CT2 Phụ lục']);
    const byName = (b: typeof fileBook) => [...b.tables].sort((x, y) => x.table.localeCompare(y.table));
    expect(byName(paneBook)).toEqual(byName(fileBook));

    const fromFile = await workbookProgramme(await p.cli());
    const fromPane = await workbookProgramme(p.pane());
    if (!fromFile.ok || !fromPane.ok) throw new Error('read-back failed');
    expect(itemView(fromFile.value.programme)).toHaveLength(11);
    expect(itemView(fromPane.value.programme)).toEqual(itemView(fromFile.value.programme));
    // The user's Tiến độ on the tourism plan survived on both.
    for (const port of [await p.cli(), p.pane()] as WorkbookPort[]) {
      expect(await progressOf(port, 'PhuLuc_1', 'Xây dựng bãi đỗ xe')).toBe('Hoàn thành');
      expect(await progressOf(port, 'CT2_PhuLuc_1', 'Diễn tập ứng phó lũ quét')).toBeNull();
    }

    // A third programme replacing both: only it is left, on both paths (the pane deletes the old
    // programmes' sheets once the new ones are written; the file is written anew, the old one
    // copied aside). Backup sheets of earlier imports stay in the open workbook, as any sheet.
    const meals = { programme: programmeOfText(schoolMealsPlan()), settings: SETTINGS, clock, choice: 'replace' as const };
    const rCli = await importIntoWorkbook(await p.cli(), meals);
    const rPane = await importIntoWorkbook(p.pane(), meals);
    if (!rCli.ok || !rPane.ok) throw new Error('replace failed');
    expect(rCli.value.prepared.removeSheets).toEqual(['Phụ lục', 'CT2 Phụ lục', 'Chương trình']);
    expect(rCli.value.keep).toBeNull();
    expect(rPane.value.keep).toBeNull();
    expect(rCli.value.items).toBe(3);
    expect(rCli.value.programmeLine).toMatch(
      /^Đã thay chương trình cũ \(CT1 số 15-KH\/UBND .*; CT2 số 07-CTr\/HU .*\) bằng chương trình số 21-KH\/UBND .*; sổ cũ chép nguyên sang .*\.truoc-30-06-2026-09-00-00\.xlsx\.$/,
    );
    expect(rPane.value.programmeLine).toBe(rCli.value.programmeLine.replace(/; sổ cũ chép nguyên sang .*$/, '.'));
    const fileAfter = await bookOf(await p.cli());
    const paneAfter = await bookOf(p.pane());
    expect(fileAfter.sheets).toEqual(['Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']);
    expect(drawn(paneAfter.sheets).filter((n) => !/^Sao lưu/i.test(n))).toEqual(fileAfter.sheets);
    const own = (b: typeof fileBook) => byName({ ...b, tables: b.tables.filter((t) => !/^Sao lưu/i.test(t.sheet)) });
    expect(own(paneAfter)).toEqual(own(fileAfter));
    for (const port of [await p.cli(), p.pane()] as WorkbookPort[]) {
      expect(await progressOf(port, 'PhuLuc_1', 'Xây dựng bãi đỗ xe')).toBeUndefined();
      expect(await progressOf(port, 'PhuLuc_1', 'Sửa chữa bếp ăn')).toBeNull();
    }
  }, 240_000);
});
