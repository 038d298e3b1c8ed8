import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importCommand } from '../../src/cli/importCommand';
import { readArgs } from '../../src/cli/args';
import { progressLine } from '../../src/cli/progress';
import { runCli } from '../helpers/cli';

const plan = (task: string): string => `| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
|---|---|---|---|
| 1 | ${task} | Sở Nội vụ | Quý IV/2026 |
`;

const dir = mkdtempSync(join(tmpdir(), 'phuluc-progress-'));
const a = join(dir, 'ke-hoach-a.md');
const b = join(dir, 'ke-hoach-b.md');
writeFileSync(a, plan('Sắp xếp tổ chức bộ máy các phòng chuyên môn'));
writeFileSync(b, plan('Cập nhật cơ sở dữ liệu cán bộ, công chức'));

/** A stand-in for stderr that records what is written. */
const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => written.push(s) };
};

describe('progress line of import', () => {
  it('on a pipe nothing extra appears on stderr', () => {
    const r = runCli(['import', a, b, '-o', join(dir, 'pipe.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('on a terminal it shows each file, the build and the write, then clears the line', async () => {
    const tty = stream(true);
    const out = join(dir, 'tty.xlsx');
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await importCommand(readArgs([a, b, '-o', out], ['output']), tty)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(out)).toBe(true);
    const text = tty.written.join('');
    expect(text).toContain(`Đang đọc tệp 1/2: ${a}`);
    expect(text).toContain(`Đang đọc tệp 2/2: ${b}`);
    expect(text).toContain('Đang dựng sổ…');
    expect(text).toContain(`Đang ghi ${out}…`);
    expect(tty.written[tty.written.length - 1]).toBe('\r\x1b[2K');
  });

  it('progressLine writes nothing when the stream is not a terminal', () => {
    const pipe = stream(false);
    const p = progressLine(pipe);
    p.step('Đang đọc tệp 1/1: a.md');
    p.done();
    expect(pipe.written).toEqual([]);
  });

  it('progressLine rewrites one line in place and clears it once', () => {
    const tty = stream(true);
    const p = progressLine(tty);
    p.step('một');
    p.step('hai');
    p.done();
    p.done();
    expect(tty.written).toEqual(['\r\x1b[2Kmột', '\r\x1b[2Khai', '\r\x1b[2K']);
  });
});

describe('an import of several files that fails on one names that file', () => {
  it('an empty second file', () => {
    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '');
    const r = runCli(['import', a, empty, '-o', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Lỗi: /);
    expect(r.stderr).toContain(`"${empty}"`);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('an empty amendment file is named too', () => {
    const empty = join(dir, 'dieu-chinh-rong.txt');
    writeFileSync(empty, '');
    const r = runCli(['import', a, '-o', join(dir, 'y.xlsx'), '--amend', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${empty}"`);
  });
});
