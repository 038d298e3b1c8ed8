import { spawnSync } from 'child_process';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { ROOT, seedPath } from '../helpers/seeds';

describe('the command line refuses what it does not understand', () => {
  it('a mistyped option is an error, not silently ignored', () => {
    for (const args of [
      ['validate', seedPath('003'), '--asof', '2026-06-30'],
      ['parse', seedPath('003'), '--jsn'],
      ['import', seedPath('003'), '-o', '/tmp/x.xlsx', '--json'],
    ]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Lỗi: Không có tùy chọn “--/);
    }
  });

  it('a report date that is not a calendar day is refused by validate as by import', () => {
    const r = runCli(['validate', seedPath('003'), '--as-of', '2026-02-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-02-31');
  });

  it('a reader that closes the pipe early gets no stack trace', () => {
    const r = spawnSync('bash', ['-c', `node ${join(ROOT, 'bin', 'phuluc.js')} parse ${seedPath('004')} --json | head -c 100 > /dev/null`], {
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
  });
});
