/**
 * `phuluc merge` copies the tables aside only when it writes into them: a reply merged a second
 * time changes no cell, so it adds no "Sao lưu gộp" sheet (the first merge's copy is the one that
 * holds the cells as they were before the agency's values).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { inspectXlsx } from '../helpers/xlsxInspect';

const T = (...cells: string[]) => cells.join('\t');
// Invented: two tasks of one agency.
const PLAN = [
  'KẾ HOẠCH',
  'Phòng, chống dịch bệnh trên đàn gia súc năm 2026',
  T('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'),
  T('1', 'Tiêm phòng vắc xin lở mồm long móng đợt hai', 'Sở Nông nghiệp và Môi trường', 'Tháng 9/2026'),
  T('2', 'Kiểm tra các cơ sở giết mổ tập trung', 'Sở Nông nghiệp và Môi trường', 'Quý IV/2026'),
].join('\n');

test('a reply merged again changes nothing, updates no task and adds no backup sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-merge-again-'));
  const book = join(dir, 'so.xlsx');
  writeFileSync(join(dir, 'kh.txt'), PLAN);
  expect(runCli(['import', join(dir, 'kh.txt'), '-o', book, '--as-of', '30/09/2026']).code).toBe(0);
  expect(runCli(['split', book, '-o', join(dir, 'gui')]).code).toBe(0);
  const reply = join(dir, 'tra-loi.xlsx');
  const spec = join(dir, 'spec.json');
  writeFileSync(
    spec,
    JSON.stringify({
      in: join(dir, 'gui', 'bao-cao-so-nong-nghiep-va-moi-truong.xlsx'),
      out: reply,
      edits: [{ tt: '1', set: { 'Tiến độ': 'Hoàn thành', 'Ngày hoàn thành': 'date:2026-09-20', 'Kết quả thực hiện': 'Đã tiêm 12.000 liều tại 9 xã' } }],
    }),
  );
  const filled = spawnSync('/usr/bin/python3', [join(__dirname, '..', 'helpers', 'xlsx_fill.py'), spec], { encoding: 'utf8' });
  expect(filled.stderr).toBe('');

  const first = runCli(['merge', book, reply]);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/bản sao bảng cũ: trang “Sao lưu gộp [^”]+”/);
  expect(first.stdout).toContain('1 nhiệm vụ được cập nhật');
  const backups = () => inspectXlsx(book, false).sheets.filter((s) => s.title.startsWith('Sao lưu gộp'));
  expect(backups()).toHaveLength(1);

  const again = runCli(['merge', book, reply]);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('không ô nào trong bảng thay đổi nên không cần bản sao');
  expect(again.stdout).toContain('0 nhiệm vụ được cập nhật');
  expect(backups()).toHaveLength(1);
});
