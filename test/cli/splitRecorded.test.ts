/**
 * `phuluc split` records its files on the master's Lần gửi sheet, so `merge` knows a reply to an
 * earlier split even when no reply to the newer split has been merged yet (the first old-period
 * reply used to be applied over the new period's values), and a reply to the newest split is
 * merged as usual.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';
import { expectOpensClean } from '../helpers/xlsxCheck';

const T = (...cells: string[]) => cells.join('\t');
// Invented: one agency leads two tasks, another one task.
const PLAN = [
  'KẾ HOẠCH',
  'Bảo đảm an toàn thực phẩm năm 2026',
  T('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'),
  T('1', 'Kiểm tra các bếp ăn tập thể trong khu công nghiệp', 'Sở Y tế', 'Quý III/2026'),
  T('2', 'Lấy mẫu giám sát rau, quả tại chợ đầu mối', 'Sở Y tế', 'Quý IV/2026'),
  T('3', 'Tuyên truyền trên đài phát thanh cấp xã', 'Sở Văn hóa, Thể thao và Du lịch', 'Tháng 10/2026'),
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'phuluc-split-recorded-'));
const book = join(dir, 'so.xlsx');

function fill(from: string, to: string, tt: string): void {
  const spec = join(dir, `spec-${tt}-${Date.now()}.json`);
  writeFileSync(spec, JSON.stringify({ in: from, out: to, edits: [{ tt, set: { 'Tiến độ': 'Hoàn thành', 'Ngày hoàn thành': 'date:2026-09-10' } }] }));
  const r = spawnSync('/usr/bin/python3', [join(__dirname, '..', 'helpers', 'xlsx_fill.py'), spec], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
}

const sentRows = () => {
  const s = sheetOf(inspectXlsx(book, false), 'Lần gửi');
  const rows: string[][] = [];
  for (let r = 4; s.cells[`A${r}`] !== undefined; r++) rows.push([String(s.cells[`B${r}`]), String(s.cells[`C${r}`]), String(s.cells[`D${r}`])]);
  return rows;
};

test('split records its files; a reply of the earlier period is refused, one of the same period split again and one of the new period are merged', () => {
  writeFileSync(join(dir, 'kh.txt'), PLAN);
  expect(runCli(['import', join(dir, 'kh.txt'), '-o', book, '--as-of', '30/09/2026']).code).toBe(0);
  const first = runCli(['split', book, '-o', join(dir, 'ky-3')]);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('trang “Lần gửi” ghi lần gửi này');
  expect(sentRows()).toEqual([
    ['Sở Văn hóa, Thể thao và Du lịch', 'bao-cao-so-van-hoa-the-thao-va-du-lich.xlsx', '1'],
    ['Sở Y tế', 'bao-cao-so-y-te.xlsx', '2'],
  ]);
  expect(readdirSync(join(dir, 'ky-3')).sort()).toEqual(['bao-cao-so-van-hoa-the-thao-va-du-lich.xlsx', 'bao-cao-so-y-te.xlsx']);
  fill(join(dir, 'ky-3', 'bao-cao-so-y-te.xlsx'), join(dir, 'y-te-ky-3.xlsx'), '1');

  // The same period split again (a lead filled in, say) into the same folder: its files stay good.
  const again = runCli(['split', book, '-o', join(dir, 'ky-3')]);
  expect(again.stdout).toContain('ghi đè 2 tệp cùng tên đã có');
  expect(sentRows()).toHaveLength(4);
  // A new split for the next period before the old reply was merged: the book's report date follows.
  expect(runCli(['split', book, '-o', join(dir, 'ky-4'), '--as-of', '31/12/2026']).code).toBe(0);
  expect(sentRows()).toHaveLength(6);
  expect(sheetOf(inspectXlsx(book, false), 'Tổng hợp').cells.B3).toBe('2026-12-31');
  expectOpensClean(book);

  const old = runCli(['merge', book, join(dir, 'y-te-ky-3.xlsx'), '--json']);
  expect(old.stderr).toBe('');
  expect(old.code).toBe(1);
  const j = JSON.parse(old.stdout);
  expect(j.conflicts.map((c: { kind: string; message: string }) => `${c.kind}: ${c.message}`)).toEqual([
    'older-split: Tệp “y-te-ky-3.xlsx” của Sở Y tế thuộc kỳ báo cáo trước (tính đến ngày 30/09/2026); sổ đã gửi tệp kỳ tính đến ngày 31/12/2026: không gộp.',
  ]);
  expect(j.updated).toEqual([]);
  expect(j.notReplied).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']);
  // Every file refused whole: nothing is written (no Lần gộp row, no Lịch sử, no Báo cáo).
  expect(inspectXlsx(book, false).sheets.map((x) => x.title)).not.toContain('Lần gộp');
  const plain = runCli(['merge', book, join(dir, 'y-te-ky-3.xlsx')]);
  expect(plain.code).toBe(1);
  expect(plain.stdout).toMatch(/^Không gộp tệp nào vào .*so\.xlsx: sổ giữ nguyên\.\n {2}- \[Tệp của lần gửi cũ\] /);

  // validate given a reply: told it is one, not checked as a programme.
  const checked = runCli(['validate', join(dir, 'y-te-ky-3.xlsx')]);
  expect(checked.code).toBe(2);
  expect(checked.stderr).toContain('Sổ này là tệp trả lời của một cơ quan');

  // The arguments swapped: the reply named first is told apart from a book that is not Phụ lục's.
  const swapped = runCli(['merge', join(dir, 'y-te-ky-3.xlsx'), book]);
  expect(swapped.code).toBe(2);
  expect(swapped.stderr).toContain('là tệp trả lời của Sở Y tế, không phải sổ theo dõi: sổ theo dõi đứng trước, các tệp trả lời sau');

  // The same agency's reply to the newest split is merged.
  fill(join(dir, 'ky-4', 'bao-cao-so-y-te.xlsx'), join(dir, 'y-te-ky-4.xlsx'), '2');
  const now = runCli(['merge', book, join(dir, 'y-te-ky-4.xlsx'), '--json']);
  expect(now.stderr).toBe('');
  expect(now.code).toBe(0);
  const k = JSON.parse(now.stdout);
  expect(k.conflicts).toEqual([]);
  expect(k.updated).toHaveLength(1);
  expect(k.notReplied).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  expect(sentRows()).toHaveLength(6); // merge keeps Lần gửi as it is
});
