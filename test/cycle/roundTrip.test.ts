/**
 * The reporting cycle end to end, with independent readers: import a seed → split → replies
 * filled with openpyxl (a conflicting pair, an edit to a locked column, one agency silent) →
 * merge → LibreOffice recalculates the master: its statuses and counts equal the core's → the
 * report .docx read back with mammoth gives the same counts → a second cycle (new split, an
 * older reply, another programme's reply, an unknown id) → Lịch sử holds two rows.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import mammoth from 'mammoth';
import { tmpdir } from 'os';
import { join } from 'path';
import { cycleRows, rowStatus } from '../../src/core/cycle/rows';
import { STATUS_ORDER, STATUS } from '../../src/core/status';
import { readWorkbookTables } from '../../src/render/exceljs/readTables';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';
import { inspectXlsx, sheetOf, SheetDump } from '../helpers/xlsxInspect';
import { recalc } from '../helpers/xlsxRecalc';
import { expectOpensClean, xlsxCheck } from '../helpers/xlsxCheck';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cycle-'));
const master = join(dir, 'theo-doi.xlsx');
const FILL = join(__dirname, '..', 'helpers', 'xlsx_fill.py');

/** Fills a reply with openpyxl; returns the reply's TT → Mã. */
function fill(input: string, output: string, edits: Array<{ tt: string; set: Record<string, string> }>): Record<string, string> {
  const spec = join(dir, `spec-${Date.now()}-${Math.random()}.json`);
  writeFileSync(spec, JSON.stringify({ in: input, out: output, edits }));
  const r = spawnSync('/usr/bin/python3', [FILL, spec], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const ALL = STATUS_ORDER.map((k) => STATUS[k]);

/** Tổng hợp's "1. Tổng hợp chung" block after recalculation: status → count. */
function summaryCounts(s: SheetDump): Record<string, number> {
  const out: Record<string, number> = {};
  for (let r = 7; r <= 20; r++) {
    const label = s.cells[`A${r}`];
    if (typeof label === 'string' && ALL.includes(label as never)) out[label] = Number(s.cells[`B${r}`]);
  }
  return out;
}

/** The core's statuses (by sheet row) and counts of the master as written, for a report date. */
async function coreView(file: string, asOf: string) {
  const { tables } = await readWorkbookTables(readFileSync(file));
  const rows = cycleRows(tables);
  const statuses = new Map(rows.map((r) => [`${r.sheet}!${r.sheetRow}`, rowStatus(r, asOf, 30)]));
  const counts: Record<string, number> = Object.fromEntries(ALL.map((s) => [s, 0]));
  for (const s of statuses.values()) if (s) counts[s]++;
  return { rows, statuses, counts, tables };
}

/** LibreOffice's recalculated Tình trạng per row of every appendix table equals the core's; returns LO's counts. */
async function checkAgainstLibreOffice(asOf: string): Promise<Record<string, number>> {
  const core = await coreView(master, asOf);
  const lo = inspectXlsx(recalc(master), true);
  for (const t of core.tables) {
    const sheet = sheetOf(lo, t.sheet);
    const col = String.fromCharCode(64 + t.firstCol + t.headers.indexOf('Tình trạng'));
    for (const r of core.rows.filter((x) => x.sheet === t.sheet)) {
      expect(`${r.tt}: ${sheet.cells[`${col}${r.sheetRow}`]}`).toBe(`${r.tt}: ${core.statuses.get(`${r.sheet}!${r.sheetRow}`)}`);
    }
  }
  const counts = summaryCounts(sheetOf(lo, 'Tổng hợp'));
  for (const s of ALL) expect(`${s}: ${counts[s] ?? 0}`).toBe(`${s}: ${core.counts[s]}`);
  // The Báo cáo sheet (written by the core) shows the same counts.
  const report = sheetOf(lo, 'Báo cáo');
  for (const [k, v] of Object.entries(report.cells)) {
    if (k.startsWith('B') && ALL.includes(v as never) && v !== STATUS.removed) expect(`${v}: ${report.cells[`C${k.slice(1)}`]}`).toBe(`${v}: ${counts[v as string]}`);
  }
  return counts;
}

/** The status table of a report .docx as mammoth reads it: status → count. */
async function docxCounts(file: string): Promise<{ counts: Record<string, number>; html: string }> {
  const { value: html } = await mammoth.convertToHtml({ path: file });
  const counts: Record<string, number> = {};
  const cell = '<td>(?:<p>)?([^<]*)(?:</p>)?</td>';
  for (const m of html.matchAll(new RegExp(`<tr>${cell}${cell}${cell}</tr>`, 'g'))) {
    if (ALL.includes(m[2] as never)) counts[m[2]] = Number(m[3]);
  }
  return { counts, html };
}

const byAgency = (name: string) => join(dir, 'gui-1', name);
const BTC = 'bao-cao-ban-to-chuc-tinh-uy.xlsx';
const CA = 'bao-cao-dang-uy-cong-an-tinh.xlsx';

describe('reporting cycle round trip', () => {
  let ids: Record<string, string>;
  let caIds: Record<string, string>;

  it('imports a seed and splits it: one protected workbook per lead agency', () => {
    expect(runCli(['import', seedPath('003'), '-o', master, '--as-of', '2026-06-30']).code).toBe(0);
    const split = runCli(['split', master, '-o', join(dir, 'gui-1'), '--reply-by', '15/07/2026', '--send-to', 'Văn phòng Tỉnh ủy (phòng Tổng hợp)']);
    expect(split.stderr).toBe('');
    expect(split.code).toBe(0);
    // Seed 003 IV. "Công tác xây dựng Đảng": Ban Tổ chức Tỉnh ủy leads points 1–14.
    expect(split.stdout).toContain(`${BTC} — Ban Tổ chức Tỉnh ủy: 14 nhiệm vụ chủ trì`);
    const d = inspectXlsx(byAgency(BTC));
    expect(d.sheets.map((s) => s.title)).toEqual(['Hướng dẫn', 'Nhiệm vụ']);
    const guide = sheetOf(d, 'Hướng dẫn');
    expect(guide.cells.B6).toBe('15/07/2026');
    expect(guide.cells.B5).toBe('30/06/2026');
    expect(guide.cells.B9).toContain('cho Văn phòng Tỉnh ủy (phòng Tổng hợp).');
    const tasks = sheetOf(d, 'Nhiệm vụ');
    expect(tasks.tables.TraLoi.columns.slice(-5)).toEqual(['Tiến độ', 'Ngày hoàn thành', 'Kết quả thực hiện', 'Khó khăn, vướng mắc', 'Đề xuất']);
    // The Tiến độ drop-down: a defined name over the three values listed on Hướng dẫn.
    expect(tasks.validations.find((v) => v.type === 'list')?.formula1).toBe('DsTienDoBaoCao');
    expect(d.names.DsTienDoBaoCao).toBe("'Hướng dẫn'!$B$13:$B$15");
    expect([guide.cells.B13, guide.cells.B14, guide.cells.B15]).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành']);
    // Excel opens it clean: no DEFECT, and no WARN (a list typed into the rule was one).
    expectOpensClean(byAgency(BTC));
    const c = xlsxCheck(byAgency(BTC));
    if (c) expect(c.output).not.toMatch(/^WARN/m);
    // Protected without a password; only the reply columns unlocked (read by openpyxl).
    const prot = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        [
          'import openpyxl,sys',
          `ws=openpyxl.load_workbook(${JSON.stringify(byAgency(BTC))})['Nhiệm vụ']`,
          'print(ws.protection.sheet, ws.protection.password, [ws.cell(5,c).value for c in range(1,13) if not ws.cell(7,c).protection.locked])',
        ].join('\n'),
      ],
      { encoding: 'utf8' },
    );
    expect(prot.stdout.trim()).toBe("True None ['Tiến độ', 'Ngày hoàn thành', 'Kết quả thực hiện', 'Khó khăn, vướng mắc', 'Đề xuất']");
  });

  it('parse --json prints the same ids as the Mã column', async () => {
    const parsed = JSON.parse(runCli(['parse', seedPath('003'), '--json']).stdout);
    const fromParse = parsed.tables[0].items.map((i: { tt: string; id: string }) => `${i.tt} ${i.id}`);
    const inBook = cycleRows((await readWorkbookTables(readFileSync(master))).tables).map((r) => `${r.tt} ${r.id}`);
    expect(fromParse).toHaveLength(44);
    expect(fromParse).toEqual(inBook);
  });

  it('first cycle: merges replies, reports conflicts and who did not reply (exit 1)', () => {
    const a = join(dir, 'a.xlsx');
    ids = fill(byAgency(BTC), a, [
      // Point 14 "Tháng 5/2026" (due 31/05/2026) done 10/06/2026: done late.
      { tt: '14', set: { 'Tiến độ': 'Hoàn thành', 'Ngày hoàn thành': 'date:2026-06-10', 'Kết quả thực hiện': 'Đã ban hành kế hoạch sơ kết' } },
      { tt: '1', set: { 'Tiến độ': 'Hoàn thành', 'Ngày hoàn thành': 'date:2026-06-20' } },
      { tt: '2', set: { 'Tiến độ': 'Đang thực hiện', 'Khó khăn, vướng mắc': 'Chờ ý kiến các ban' } },
    ]);
    // A colleague in the same office fills another copy: same progress, another date for point 1.
    const a2 = join(dir, 'a-ban-sao.xlsx');
    fill(byAgency(BTC), a2, [{ tt: '1', set: { 'Tiến độ': 'Hoàn thành', 'Ngày hoàn thành': 'date:2026-06-25' } }]);
    // Công an: point 4 (Quý II/2026) done on its deadline, and its task text rewritten (locked column).
    const b = join(dir, 'b.xlsx');
    caIds = fill(byAgency(CA), b, [{ tt: '4', set: { 'Tiến độ': 'Hoàn thành', 'Ngày hoàn thành': 'date:2026-06-30', 'Nhiệm vụ': 'Nghị quyết đã sửa tên' } }]);
    const r = runCli(['merge', master, a, a2, b, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const upd = Object.fromEntries(j.updated.map((u: { id: string; cells: string[] }) => [u.id, [...u.cells].sort()]));
    expect(upd[ids['14']]).toEqual(['Kết quả thực hiện', 'Ngày hoàn thành', 'Tiến độ']);
    expect(upd[ids['1']]).toEqual(['Tiến độ']); // the two dates differ: not applied
    expect(upd[ids['2']]).toEqual(['Khó khăn, vướng mắc', 'Tiến độ']);
    expect(upd[caIds['4']]).toEqual(['Ngày hoàn thành', 'Tiến độ']);
    expect(j.updated).toHaveLength(4);
    const kinds = j.conflicts.map((c: { kind: string; id: string; file: string }) => `${c.kind} ${c.id} ${c.file}`).sort();
    expect(kinds).toEqual([`different-values ${ids['1']} a-ban-sao.xlsx`, `different-values ${ids['1']} a.xlsx`, `protected-edit ${caIds['4']} b.xlsx`].sort());
    expect(j.notReplied).toContain('Đảng ủy Quân sự tỉnh');
    expect(j.notReplied).not.toContain('Ban Tổ chức Tỉnh ủy');
    expect(j.notReplied).not.toContain('Đảng ủy Công an tỉnh');
  });

  it('first cycle: LibreOffice recalculates the statuses and counts the core computes; the .docx says the same', async () => {
    const core = await coreView(master, '2026-06-30');
    const row = (tt: string, id: string) => core.rows.find((r) => r.id === id && r.tt === tt)!;
    expect(rowStatus(row('14', ids['14']), '2026-06-30', 30)).toBe('Hoàn thành quá hạn');
    expect(rowStatus(row('1', ids['1']), '2026-06-30', 30)).toBe('Hoàn thành đúng hạn');
    expect(row('1', ids['1']).doneDate).toBeNull();
    expect(rowStatus(row('4', caIds['4']), '2026-06-30', 30)).toBe('Hoàn thành đúng hạn');
    expect(row('4', caIds['4']).task).not.toBe('Nghị quyết đã sửa tên');
    const counts = await checkAgainstLibreOffice('2026-06-30');
    const out = join(dir, 'bao-cao-1.docx');
    expect(runCli(['report', master, '-o', out]).code).toBe(0);
    const doc = await docxCounts(out);
    for (const s of ALL.filter((x) => x !== STATUS.removed)) expect(`${s}: ${doc.counts[s]}`).toBe(`${s}: ${counts[s]}`);
    expect(doc.html).toContain('Tính đến ngày 30/06/2026');
    expect(doc.html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Part 5: what Ban Tổ chức wrote on points 14 and 2, in its words.
    expect(doc.html).toContain('5. Kết quả, khó khăn và đề xuất do các cơ quan báo cáo (2)');
    expect(doc.html).toContain('Kết quả thực hiện: Đã ban hành kế hoạch sơ kết');
    expect(doc.html).toContain('Khó khăn, vướng mắc: Chờ ý kiến các ban');
  });

  it('second cycle: a new split, an older reply, another programme, an unknown id; Lịch sử has two rows', async () => {
    // Without --as-of the split would be for 30/06 again, which Lịch sử already holds: it says so.
    const again = runCli(['split', master, '-o', join(dir, 'gui-lai')]);
    expect(again.stderr).toContain('ngày báo cáo 30/06/2026 đã có số liệu ở trang “Lịch sử”');
    // The new period starts with its report date: the replies of the 30/06 split are then older.
    const split = runCli(['split', master, '-o', join(dir, 'gui-2'), '--as-of', '2026-09-30']);
    expect(split.code).toBe(0);
    expect(split.stdout).toContain('kỳ báo cáo tính đến ngày 30/09/2026');
    const b2 = join(dir, 'b2.xlsx');
    fill(join(dir, 'gui-2', CA), b2, [
      // Point 3 "Quý IV hằng năm" done on 15/09/2026; point 5's Mã overwritten by hand.
      { tt: '3', set: { 'Tiến độ': 'Hoàn thành', 'Ngày hoàn thành': 'date:2026-09-15' } },
      { tt: '5', set: { Mã: 'N1-KHONGCO', 'Tiến độ': 'Hoàn thành' } },
    ]);
    const other = join(dir, 'khac.xlsx');
    expect(runCli(['import', seedPath('004'), '-o', other, '--as-of', '2026-06-30']).code).toBe(0);
    const otherSplit = runCli(['split', other, '-o', join(dir, 'khac')]);
    expect(otherSplit.code).toBe(0);
    const otherFile = join(dir, 'khac', /(bao-cao-\S+\.xlsx)/.exec(otherSplit.stdout)![1]);
    copyFileSync(otherFile, join(dir, 'chuong-trinh-khac.xlsx'));
    const r = runCli(['merge', master, b2, join(dir, 'b.xlsx'), join(dir, 'chuong-trinh-khac.xlsx'), '--json', '--as-of', '2026-09-30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const kinds = j.conflicts.map((c: { kind: string; file: string }) => `${c.kind} ${c.file}`).sort();
    expect(kinds).toEqual(['older-split b.xlsx', 'other-programme chuong-trinh-khac.xlsx', 'unknown-id b2.xlsx']);
    expect(j.updated.map((u: { id: string }) => u.id)).toEqual([caIds['3']]);
    expect(j.notReplied).toContain('Ban Tổ chức Tỉnh ủy');

    await checkAgainstLibreOffice('2026-09-30');
    const history = sheetOf(inspectXlsx(master, false), 'Lịch sử');
    expect([history.cells.A4, history.cells.A5, history.cells.A6 ?? null]).toEqual(['2026-06-30', '2026-09-30', null]);
    const out = join(dir, 'bao-cao-2.docx');
    expect(runCli(['report', master, '-o', out]).code).toBe(0);
    const doc = await docxCounts(out);
    expect(doc.html).toContain('từ sau ngày 30/06/2026 (1)');
    expect(doc.html).toContain('15/09/2026');
  });

  it('a re-import keeps the ids, the merged progress and the history', async () => {
    const before = cycleRows((await readWorkbookTables(readFileSync(master))).tables);
    const r = runCli(['import', seedPath('003'), '-o', master, '--as-of', '2026-09-30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = cycleRows((await readWorkbookTables(readFileSync(master))).tables);
    expect(after.map((x) => `${x.tt} ${x.id}`)).toEqual(before.map((x) => `${x.tt} ${x.id}`));
    expect(after.find((x) => x.id === ids['14'])!.progress).toBe('Hoàn thành');
    const d = inspectXlsx(master, false);
    const history = sheetOf(d, 'Lịch sử');
    expect([history.cells.A4, history.cells.A5, history.cells.A6 ?? null]).toEqual(['2026-06-30', '2026-09-30', null]);
    expect(d.sheets.map((x) => x.title)).toEqual(expect.arrayContaining(['Lần gộp', 'Kết quả báo cáo']));
  });
});
