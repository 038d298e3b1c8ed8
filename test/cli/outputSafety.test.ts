/**
 * What is at an input or `-o` path: a FIFO, a device or a directory is refused at once (never a
 * hang); the write is atomic and never replaces a file that appeared during the import; a
 * read-only workbook is not replaced; a symbolic link is followed, never replaced by a file; a
 * full disk is called a full disk.
 */
import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'fs';
import { promises as fsp } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { outputTarget, writeAtomically, writeFailure } from '../../src/cli/files';
import { ROOT } from '../helpers/seeds';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-output-'));
const TABLE = [
  'PHỤ LỤC',
  'DANH MỤC NHIỆM VỤ VỀ PHÒNG CHỐNG THIÊN TAI',
  '',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tRà soát phương án ứng phó bão lũ\tSở Nông nghiệp và Môi trường\tQuý II/2026',
].join('\n');
const input = join(dir, 'ke-hoach.txt');
writeFileSync(input, TABLE);

/** The command line with a 20 s limit: a hang fails the test instead of stalling it. */
function run(args: string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'phuluc.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function refused(args: string[], why: RegExp): void {
  const r = run(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^Lỗi: /);
  expect(r.stderr).toMatch(why);
  expect(r.stderr).not.toMatch(/^\s+at .*:\d+/m);
}

const mkfifo = (p: string): void => {
  expect(spawnSync('mkfifo', [p]).status).toBe(0);
};

describe('non-regular files', () => {
  test('a FIFO at -o is refused at once, not waited on', () => {
    const fifo = join(dir, 'ong.xlsx');
    mkfifo(fifo);
    refused(['import', input, '-o', fifo], /đường ống \(FIFO\)/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
  test('a FIFO as the input of every command', () => {
    const fifo = join(dir, 'ong-vao.txt');
    mkfifo(fifo);
    for (const args of [
      ['parse', fifo],
      ['validate', fifo],
      ['import', fifo, '-o', join(dir, 'x.xlsx')],
      ['amend', fifo, input],
      ['import', input, '--amend', fifo, '-o', join(dir, 'y.xlsx')],
    ]) {
      refused(args, /đường ống \(FIFO\), không phải tệp/);
    }
    expect(existsSync(join(dir, 'x.xlsx')) || existsSync(join(dir, 'y.xlsx'))).toBe(false);
  });
  test('a link at -o to a device is refused and the device untouched', () => {
    const link = join(dir, 'thiet-bi.xlsx');
    symlinkSync('/dev/null', link);
    refused(['import', input, '-o', link], /thiết bị/);
    expect(readlinkSync(link)).toBe('/dev/null');
  });
  test('a directory at -o', () => {
    const folder = join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);
    refused(['import', input, '-o', folder], /là một thư mục, không phải tệp/);
    expect(lstatSync(folder).isDirectory()).toBe(true);
  });
});

describe('links and read-only workbooks at -o', () => {
  test('a link to a workbook is followed: the workbook is rewritten, the link stays a link', () => {
    const real = join(dir, 'that.xlsx');
    expect(run(['import', input, '-o', real]).code).toBe(0);
    const link = join(dir, 'lien-ket.xlsx');
    symlinkSync(real, link);
    const r = run(['import', input, '-o', link, '--as-of', '2026-05-02']);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
  });
  test('a dangling link is refused, not replaced by a file', () => {
    const link = join(dir, 'treo.xlsx');
    symlinkSync(join(dir, 'khong-co', 'so.xlsx'), link);
    refused(['import', input, '-o', link], /liên kết tới tệp không tồn tại/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
  test('a read-only workbook is not replaced', () => {
    const book = join(dir, 'chi-doc.xlsx');
    expect(run(['import', input, '-o', book]).code).toBe(0);
    chmodSync(book, 0o444);
    const before = readFileSync(book);
    refused(['import', input, '-o', book, '--as-of', '2026-06-01'], /chỉ đọc/);
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});

describe('the atomic write', () => {
  test('a file that appears at -o during the import is not overwritten', async () => {
    const path = join(dir, 'xuat-hien.xlsx');
    const target = await outputTarget(path);
    expect(target.ok && target.value.before).toBe(null);
    writeFileSync(path, 'của người khác');
    if (!target.ok) throw new Error('unreachable');
    const w = await writeAtomically(target.value, Buffer.from('sổ mới'));
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.message).toMatch(/vừa được tạo ra trong lúc nhập: không ghi đè/);
    expect(readFileSync(path, 'utf8')).toBe('của người khác');
    expect((await fsp.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  test('a workbook changed during the import is not overwritten', async () => {
    const path = join(dir, 'doi.xlsx');
    writeFileSync(path, 'bản cũ');
    const target = await outputTarget(path);
    if (!target.ok) throw new Error(target.message);
    writeFileSync(path, 'bản người dùng vừa lưu');
    const w = await writeAtomically(target.value, Buffer.from('sổ mới'));
    expect(w.ok).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('bản người dùng vừa lưu');
  });
  test('nothing there: the file is written', async () => {
    const path = join(dir, 'moi.xlsx');
    const target = await outputTarget(path);
    if (!target.ok) throw new Error(target.message);
    expect((await writeAtomically(target.value, Buffer.from('sổ mới'))).ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('sổ mới');
  });
  test('a full disk is called a full disk, and no temporary file is left', async () => {
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    expect(writeFailure('/a/so.xlsx', full)).toBe('không ghi được tệp "/a/so.xlsx": ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi chạy lại.');
    const spy = jest.spyOn(fsp, 'writeFile').mockRejectedValueOnce(full);
    const path = join(dir, 'day.xlsx');
    const target = await outputTarget(path);
    if (!target.ok) throw new Error(target.message);
    const w = await writeAtomically(target.value, Buffer.from('sổ'));
    spy.mockRestore();
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.message).toMatch(/ổ đĩa đã đầy/);
    expect(existsSync(path)).toBe(false);
  });
});
