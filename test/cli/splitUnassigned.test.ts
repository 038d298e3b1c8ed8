/** `phuluc split` says how many tasks no agency file gets because they have no lead. */
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';

const T = (...cells: string[]) => cells.join('\t');
// Invented: two tasks with a lead, three without (a plan whose lead column is partly blank).
const PLAN = [
  'KẾ HOẠCH',
  'Khắc phục hậu quả mưa lũ năm 2026',
  T('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'),
  T('1', 'Sửa chữa trường học bị hư hỏng', 'Sở Giáo dục và Đào tạo', 'Tháng 12/2026'),
  T('2', 'Hỗ trợ giống cây trồng cho hộ bị thiệt hại', '', 'Quý IV/2026'),
  T('3', 'Khôi phục đường giao thông nông thôn', 'Sở Xây dựng', 'Quý I/2027'),
  T('4', 'Rà soát khu dân cư có nguy cơ sạt lở', '', 'Tháng 11/2026'),
  T('5', 'Tổng hợp thiệt hại, báo cáo Trung ương', '', 'Tháng 11/2026'),
].join('\n');

test('split names the tasks left out for want of a lead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-split-'));
  writeFileSync(join(dir, 'kh.txt'), PLAN);
  expect(runCli(['import', join(dir, 'kh.txt'), '-o', join(dir, 'so.xlsx'), '--as-of', '15/10/2026']).code).toBe(0);
  const r = runCli(['split', join(dir, 'so.xlsx'), '-o', join(dir, 'gui'), '--as-of', '15/10/2026']);
  expect(r.code).toBe(0);
  expect(readdirSync(join(dir, 'gui')).sort()).toEqual(['bao-cao-so-giao-duc-va-dao-tao.xlsx', 'bao-cao-so-xay-dung.xlsx']);
  expect(r.stderr).toContain('Cảnh báo: 3 nhiệm vụ chưa ghi cơ quan chủ trì nên không có trong tệp nào');
});
