/**
 * Issue "Nothing a user typed is ever lost": a clerk works in the workbook between two imports —
 * the way users do, edited here with openpyxl (which also saves the package as other programs do)
 * — and `phuluc import` over it keeps that work, or says exactly what it replaced and where the
 * old values are. Fixture: test/fixtures/chuyen-doi-so-2026.txt (invented), 2 sections of 3 tasks:
 * rows 8–10 are I.1–I.3 (Quý I/2026, Quý II/2026, Tháng 9/2026), rows 12–14 II.1–II.3; columns
 * A TT, B Nhiệm vụ, C Cơ quan chủ trì, D Thời gian, E Ghi chú, F Loại thời hạn, G Hạn hoàn thành,
 * H Tiến độ, I Ngày hoàn thành, J Tình trạng, K Mục.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { editXlsx } from '../helpers/xlsxEdit';
import { inspectXlsx, sheetOf, SheetDump } from '../helpers/xlsxInspect';
import { recalc } from '../helpers/xlsxRecalc';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-user-edits-'));
const doc = join(__dirname, '..', 'fixtures', 'chuyen-doi-so-2026.txt');
const base = join(dir, 'goc.xlsx');
const P = 'Phụ lục';
let n = 0;

/** A fresh copy of the imported workbook. */
function fresh(): string {
  const f = join(dir, `so-${++n}.xlsx`);
  copyFileSync(base, f);
  return f;
}

const reimport = (file: string, ...extra: string[]) => runCli(['import', doc, '-o', file, ...extra]);

/** The live appendix table's rows as { TT, Mục, … } objects (by header), with their sheet rows. */
function liveRows(s: SheetDump, table = 'PhuLuc_1'): Array<Record<string, unknown> & { _row: number }> {
  const t = s.tables[table];
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.ref)!;
  const out = [];
  for (let r = Number(m[2]) + 1; r <= Number(m[4]); r++) {
    const row: Record<string, unknown> & { _row: number } = { _row: r };
    t.columns.forEach((h, i) => (row[h] = s.cells[`${String.fromCharCode(m[1].charCodeAt(0) + i)}${r}`] ?? null));
    out.push(row);
  }
  return out;
}
const item = (s: SheetDump, sec: string, tt: string) => liveRows(s).filter((r) => String(r['Mục']).startsWith(sec) && r.TT === tt);

beforeAll(() => {
  expect(runCli(['import', doc, '-o', base, '--as-of', '2026-06-15']).code).toBe(0);
});

describe('re-import keeps users’ work whatever they did to the workbook', () => {
  it('reads a workbook saved by another program (openpyxl) and keeps progress after "Convert to Range"', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: P, cell: 'H9', value: 'Đang thực hiện' },
      { op: 'set', sheet: P, cell: 'E12', value: 'Chờ vốn đợt 2' },
      { op: 'unlistTable', sheet: P, name: 'PhuLuc_1' },
    ]);
    const r = reimport(f, '--as-of', '2026-06-15');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nhận ra phụ lục theo tiêu đề cột: vùng bảng (không còn là Excel Table) ở trang “Phụ lục”.');
    expect(r.stdout).toMatch(/Giữ lại 2 ô người dùng đã nhập/);
    expect(r.stdout).toContain('Các ô giữ lại: Tiến độ 1, Ghi chú 1.');
    const s = sheetOf(inspectXlsx(f), P);
    expect(item(s, 'I.', '2')[0]['Tiến độ']).toBe('Đang thực hiện');
    expect(item(s, 'II.', '1')[0]['Ghi chú']).toBe('Chờ vốn đợt 2');
    // One dated copy of the whole old file, named in the message.
    const copy = /đã chép nguyên sổ cũ sang (.+\.xlsx)\./.exec(r.stdout)![1];
    expect(existsSync(copy)).toBe(true);
  });

  it('recognises a renamed table and renamed headers (TT → STT, Ghi chú → Ghi chú của đơn vị)', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: P, cell: 'H12', value: 'Hoàn thành' },
      { op: 'set', sheet: P, cell: 'I12', value: '2026-05-10', type: 'date' },
      { op: 'set', sheet: P, cell: 'E13', value: 'Đã khảo sát 12 thôn' },
      { op: 'header', sheet: P, table: 'PhuLuc_1', from: 'TT', to: 'STT' },
      { op: 'header', sheet: P, table: 'PhuLuc_1', from: 'Ghi chú', to: 'Ghi chú của đơn vị' },
      { op: 'renameTable', sheet: P, from: 'PhuLuc_1', to: 'TheoDoiNhiemVu' },
    ]);
    const r = reimport(f, '--as-of', '2026-06-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nhận ra phụ lục theo tiêu đề cột: bảng TheoDoiNhiemVu ở trang “Phụ lục”.');
    const s = sheetOf(inspectXlsx(f), P);
    const ii1 = item(s, 'II.', '1')[0];
    expect(ii1['Tiến độ']).toBe('Hoàn thành');
    expect(String(ii1['Ngày hoàn thành'])).toMatch(/^2026-05-10/);
    expect(item(s, 'II.', '2')[0]['Ghi chú']).toBe('Đã khảo sát 12 thôn');
  });

  it('keeps text outside the tables in place, or on the backup sheet, and names each cell', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: P, cell: 'B17', value: 'Ghi chú: số liệu đối chiếu ngày 10/6' },
      { op: 'set', sheet: P, cell: 'M8', value: 'hỏi lại anh Tuấn' },
      { op: 'set', sheet: 'Kiểm tra', cell: 'K5', value: 'đã xem' },
      { op: 'set', sheet: 'Tổng hợp', cell: 'E3', value: 'Báo cáo gửi Thường trực' },
      // Beside a row of counts (row 31: section I, formulas in B–K).
      { op: 'set', sheet: 'Tổng hợp', cell: 'M31', value: 'cần đôn đốc' },
    ]);
    const r = reimport(f, '--as-of', '2026-06-15');
    expect(r.code).toBe(0);
    for (const [cell, text] of [
      ["'Phụ lục'!B17", 'Ghi chú: số liệu đối chiếu ngày 10/6'],
      ["'Phụ lục'!M8", 'hỏi lại anh Tuấn'],
      ["'Kiểm tra'!K5", 'đã xem'],
      ["'Tổng hợp'!E3", 'Báo cáo gửi Thường trực'],
      ["'Tổng hợp'!M31", 'cần đôn đốc'],
    ]) {
      expect(r.stdout).toContain(`${cell} «${text}»: giữ tại chỗ`);
    }
    const dump = inspectXlsx(f);
    expect(sheetOf(dump, P).cells.B17).toBe('Ghi chú: số liệu đối chiếu ngày 10/6');
    expect(sheetOf(dump, P).cells.M8).toBe('hỏi lại anh Tuấn');
    expect(sheetOf(dump, 'Kiểm tra').cells.K5).toBe('đã xem');
    expect(sheetOf(dump, 'Tổng hợp').cells.E3).toBe('Báo cáo gửi Thường trực');
    expect(sheetOf(dump, 'Tổng hợp').cells.M31).toBe('cần đôn đốc');
    // Phụ lục's own cells are not taken for the user's.
    expect(r.stdout).not.toMatch(/Chữ ngoài bảng \((?!5\))/);
    // … and listed on the backup sheet.
    const backup = dump.sheets.find((s) => s.title.startsWith('Sao lưu'))!;
    expect(Object.values(backup.cells)).toEqual(expect.arrayContaining(['hỏi lại anh Tuấn', 'M8', 'Báo cáo gửi Thường trực']));
  });

  it('never lets a copied row edited into a new task take the other row’s progress; keeps both', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: P, cell: 'H13', value: 'Đang thực hiện' },
      { op: 'copyRow', sheet: P, table: 'PhuLuc_1', row: 13, set: { 'Nhiệm vụ': 'Lắp trạm phát sóng tại xã biên giới', 'Tiến độ': 'Chưa thực hiện' } },
    ]);
    const r = reimport(f, '--as-of', '2026-06-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Dòng trùng mục và số thứ tự, giữ cả hai \(1\):\n\s+- II TT 2 «Phủ sóng di động các thôn vùng sâu»: 2 dòng cùng mục và số thứ tự \('Phụ lục'!A13, 'Phụ lục'!A15\)/,
    );
    const s = sheetOf(inspectXlsx(f), P);
    const rows = item(s, 'II.', '2');
    expect(rows.map((x) => [x['Nhiệm vụ'], x['Tiến độ']])).toEqual([
      ['Phủ sóng di động các thôn vùng sâu', 'Đang thực hiện'],
      ['Lắp trạm phát sóng tại xã biên giới', 'Chưa thực hiện'],
    ]);
    expect(r.stdout).toContain('Dòng người dùng thêm, giữ trong bảng (1):');
  });

  it('reports every correction it replaces, keeps a typed deadline, turns a typed "Hoàn thành" status into Tiến độ', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: P, cell: 'C10', value: 'Sở Tài chính' },
      { op: 'set', sheet: P, cell: 'G14', value: '2026-10-31', type: 'date' },
      { op: 'set', sheet: P, cell: 'J12', value: 'Hoàn thành' },
    ]);
    const r = reimport(f, '--as-of', '2026-06-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("'Phụ lục'!C10 (Cơ quan chủ trì, I TT 3 «Xây dựng kế hoạch đào tạo kỹ năng số cho cán bộ»): Sở Tài chính → Sở Nội vụ");
    expect(r.stdout).toContain("'Phụ lục'!G14 (Hạn hoàn thành, II TT 3 «Số hóa hồ sơ địa chính»): giữ 31/10/2026");
    expect(r.stdout).toContain("'Phụ lục'!J12 (Tình trạng, II TT 1 «Nâng cấp trung tâm dữ liệu của tỉnh»): giữ «Hoàn thành» (gõ đè công thức)");
    const s = sheetOf(inspectXlsx(f), P);
    expect(s.cells.C10).toBe('Sở Nội vụ');
    expect(String(s.cells.G14)).toMatch(/^2026-10-31/);
    expect(s.cells.H12).toBe('Hoàn thành');
    expect(String(s.cells.J12)).toMatch(/^=IF\(/);
    // The old lead is on the backup sheet too.
    const backup = inspectXlsx(f).sheets.find((x) => x.title.startsWith('Sao lưu'))!;
    expect(Object.values(backup.cells)).toContain('Sở Tài chính');

    // With --keep-edits the correction stays.
    const g = fresh();
    editXlsx(g, [{ op: 'set', sheet: P, cell: 'C10', value: 'Sở Tài chính' }]);
    const k = reimport(g, '--as-of', '2026-06-15', '--keep-edits');
    expect(k.stdout).toContain("'Phụ lục'!C10 (Cơ quan chủ trì, I TT 3 «Xây dựng kế hoạch đào tạo kỹ năng số cho cán bộ»): giữ Sở Tài chính; văn bản ghi Sở Nội vụ");
    expect(sheetOf(inspectXlsx(g), P).cells.C10).toBe('Sở Tài chính');
  });

  it('carries the report settings over, and reads a report date typed as text', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: 'Tổng hợp', cell: 'B3', value: '30/11/2026' },
      { op: 'set', sheet: 'Tổng hợp', cell: 'B4', value: 15, type: 'num' },
    ]);
    const r = reimport(f);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ngày báo cáo giữ như sổ cũ: 30/11/2026; số ngày cảnh báo: 15.');
    const s = sheetOf(inspectXlsx(f), 'Tổng hợp');
    expect(String(s.cells.B3)).toMatch(/^2026-11-30/);
    expect(s.cells.B4).toBe(15);

    const g = fresh();
    editXlsx(g, [{ op: 'set', sheet: 'Tổng hợp', cell: 'B3', value: 'cuối tháng 11' }]);
    const bad = reimport(g);
    expect(bad.code).toBe(0);
    expect(bad.stderr).toContain('Ngày báo cáo ở trang “Tổng hợp” (ô B3) là chữ không đọc được: «cuối tháng 11»; dùng ngày hôm nay.');
  });

  it('keeps a row the user added in the live table, named; normalises Tiến độ and text dates', () => {
    const f = fresh();
    editXlsx(f, [
      {
        op: 'appendRow',
        sheet: P,
        table: 'PhuLuc_1',
        values: { TT: '4', 'Nhiệm vụ': 'Tập huấn chữ ký số cho cấp xã', 'Cơ quan chủ trì': 'Sở Nội vụ', Mục: 'II. Phát triển hạ tầng số', 'Tiến độ': 'Đang thực hiện' },
      },
      { op: 'set', sheet: P, cell: 'H8', value: 'Hoàn thành ' },
      { op: 'set', sheet: P, cell: 'I8', value: '25/03/2026' },
    ]);
    const r = reimport(f, '--as-of', '2026-06-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dòng người dùng thêm, giữ trong bảng (1):\n    - II TT 4 «Tập huấn chữ ký số cho cấp xã» (dòng 15,');
    expect(r.stdout).toContain('\'Phụ lục\'!H8 (Tiến độ, I TT 1 «Ban hành quy chế quản lý dữ liệu dùng chung của tỉnh»): "Hoàn thành " (thừa dấu cách) → Hoàn thành');
    expect(r.stdout).toContain("'Phụ lục'!I8 (Ngày hoàn thành, I TT 1 «Ban hành quy chế quản lý dữ liệu dùng chung của tỉnh»): «25/03/2026» (chữ) → 25/03/2026");
    const s = sheetOf(inspectXlsx(f), P);
    expect(s.cells.H8).toBe('Hoàn thành');
    expect(String(s.cells.I8)).toMatch(/^2026-03-25/);
    const added = item(s, 'II.', '4')[0];
    expect(added['Nhiệm vụ']).toBe('Tập huấn chữ ký số cho cấp xã');
    expect(added['Tiến độ']).toBe('Đang thực hiện');
    expect(String(added['Tình trạng'])).toMatch(/^=IF\(/);
  });

  it('redraws the overdue list with the users’ progress, and the backup sheet shows dates as dates', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: P, cell: 'H8', value: 'Hoàn thành' },
      { op: 'set', sheet: P, cell: 'I8', value: '2026-03-20', type: 'date' },
    ]);
    const r = reimport(f, '--as-of', '2026-07-15');
    expect(r.code).toBe(0);
    // The list shrank from 2 rows to 1: its old row is Phụ lục's, not text a user typed.
    expect(r.stdout).not.toContain('Chữ ngoài bảng');
    const dump = inspectXlsx(f);
    const links = Object.values(sheetOf(dump, 'Tổng hợp').cells).filter((v) => typeof v === 'string' && v.startsWith('=HYPERLINK('));
    // As of 15/07/2026: I.1 is done (left out); I.2 (30/06) is overdue.
    expect(links.some((v) => String(v).includes("'Phụ lục'!B8\""))).toBe(false);
    expect(links.some((v) => String(v).includes("'Phụ lục'!B9\""))).toBe(true);
    const backup = dump.sheets.find((s) => s.title.startsWith('Sao lưu'))!;
    const dateCell = Object.keys(backup.cells).find((a) => String(backup.cells[a]).startsWith('2026-03-20'))!;
    expect(backup.types[dateCell]).toBe('d');
    expect(backup.numFmts[dateCell]).toMatch(/dd\/mm\/yyyy/i);
    // Tình trạng as a value, as of the old report date 15/06/2026: I.1 done on 20/03 before its
    // 31/03 deadline; I.2 due 30/06, within 30 days; II.3 Thường xuyên.
    const statuses = Object.entries(backup.cells)
      .filter(([a]) => backup.types[a] === 's')
      .map(([, v]) => v);
    expect(statuses).toEqual(expect.arrayContaining(['Hoàn thành đúng hạn', 'Sắp đến hạn', 'Thường xuyên']));
    expect(Object.values(backup.cells).some((v) => typeof v === 'string' && v.startsWith('=IF('))).toBe(false);
  });

  it('takes a task off the overdue list once a user typed its Ngày hoàn thành (same report date)', () => {
    const listed = (file: string): string[] =>
      Object.values(sheetOf(inspectXlsx(file), 'Tổng hợp').cells)
        .filter((v) => typeof v === 'string' && v.startsWith('=HYPERLINK('))
        .map((v) => /'Phụ lục'!(B\d+)"/.exec(String(v))?.[1] ?? '');
    const f = fresh();
    // As of 15/06/2026 (the base import): I.1 (Quý I/2026 → 31/03) is overdue, I.2 (30/06) due soon.
    expect(listed(f)).toEqual(expect.arrayContaining(['B8', 'B9']));
    // Only the completion date is typed (Tiến độ left empty), after the deadline.
    editXlsx(f, [{ op: 'set', sheet: P, cell: 'I8', value: '2026-04-10', type: 'date' }]);
    const r = reimport(f);
    expect(r.code).toBe(0);
    const after = listed(f);
    expect(after).not.toContain('B8');
    expect(after).toContain('B9');
  });

  it('adds one backup sheet and one dated copy per re-import, not more', () => {
    const f = fresh();
    expect(reimport(f, '--as-of', '2026-06-15').code).toBe(0);
    expect(reimport(f, '--as-of', '2026-06-16').code).toBe(0);
    expect(inspectXlsx(f).sheets.filter((s) => s.title.startsWith('Sao lưu'))).toHaveLength(1);
    const copies = readdirSync(dir).filter((x) => x.startsWith(`so-${n}.truoc-`));
    expect(copies.length).toBeGreaterThanOrEqual(1);
    expect(copies.length).toBeLessThanOrEqual(2);
  });

  it('a workbook saved by LibreOffice with a text date and "Hoàn thành " is normalised: LibreOffice then computes the right statuses', () => {
    const f = fresh();
    editXlsx(f, [
      { op: 'set', sheet: P, cell: 'I9', value: '20/06/2026' },
      { op: 'set', sheet: P, cell: 'H10', value: 'Hoàn thành ' },
    ]);
    // The user opens and saves the file in LibreOffice.
    const saved = recalc(f);
    const before = sheetOf(inspectXlsx(saved, true), P);
    // As of 15/06/2026 the text date does not count: I.2 (due 30/06) is due soon. A trailing space
    // is safe to ignore: I.3 is done already (the formula trims Tiến độ).
    expect([before.cells.J9, before.cells.J10]).toEqual(['Sắp đến hạn', 'Hoàn thành đúng hạn']);
    copyFileSync(saved, f);
    expect(reimport(f).code).toBe(0);
    const after = sheetOf(inspectXlsx(recalc(f), true), P);
    expect([after.cells.J9, after.cells.J10]).toEqual(['Hoàn thành đúng hạn', 'Hoàn thành đúng hạn']);
  }, 120000);
});
