import { readFileSync } from 'fs';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { ROOT, seedPath } from '../helpers/seeds';

const COMMANDS = ['parse', 'amend', 'validate', 'import', 'split', 'merge', 'report'];

describe('phuluc --version and --help', () => {
  it('--version prints the version of package.json, exit 0', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    expect(r.stderr).toBe('');
  });

  it('--help lists every command, exit 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`phuluc ${c} `);
    expect(r.stdout).toContain('phuluc <lệnh> --help');
  });

  it.each(COMMANDS)('%s --help and -h print its usage and options in Vietnamese, exit 0', (c) => {
    for (const flag of ['--help', '-h']) {
      const r = runCli([c, flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^Cách dùng: phuluc ${c} `));
      expect(r.stdout).toContain('Tùy chọn:');
      expect(r.stdout).toContain('-h, --help');
    }
  });

  it('each command help names the options the command takes', () => {
    const expected: Record<string, string[]> = {
      parse: ['--json'],
      amend: ['--json'],
      validate: ['--json', '--as-of', '--profile', '--require'],
      import: ['-o, --output', '--as-of', '--amend', '--due-soon-days', '--keep-edits', '--replace', '--keep-both'],
      split: ['-o, --output', '--reply-by', '--as-of', '--send-to'],
      merge: ['--json', '--as-of'],
      report: ['-o, --output', '--as-of'],
    };
    for (const [c, opts] of Object.entries(expected)) {
      const out = runCli([c, '--help']).stdout;
      for (const o of opts) expect(out).toContain(`  ${o}`);
    }
  });

  it('help after a file still prints the help, and does not read the file', () => {
    const r = runCli(['parse', '/khong/co/tep.txt', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: phuluc parse /);
  });
});

describe('a mistyped command or option gets a suggestion', () => {
  it('"imprt" → "import", exit 2, worded as a clerk reads it', () => {
    const r = runCli(['imprt', 'a.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Không có lệnh “imprt”\. Có phải ý bạn là “import”\?/);
  });

  it('a command far from every known one gets no suggestion', () => {
    const r = runCli(['xoa-het']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Không có lệnh “xoa-het”\.\n/);
    expect(r.stderr).not.toContain('Có phải ý bạn là');
  });

  it('"--as-off" → "--as-of", "--jsn" → "--json", exit 2', () => {
    const a = runCli(['validate', seedPath('003'), '--as-off', '2026-06-30']);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe('Lỗi: Không có tùy chọn “--as-off”. Có phải ý bạn là “--as-of”?\n');
    const b = runCli(['parse', seedPath('003'), '--jsn']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('Không có tùy chọn “--jsn”. Có phải ý bạn là “--json”?');
    const c = runCli(['split', 'so.xlsx', '-o', 'gui', '--reply_by=2026-07-15']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('Không có tùy chọn “--reply_by”. Có phải ý bạn là “--reply-by”?');
  });

  it('"--verison" before any command → "--version"', () => {
    const r = runCli(['--verison']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Không có tùy chọn “--verison”\. Có phải ý bạn là “--version”\?/);
  });

  it('an option another command takes is not suggested where it does not exist', () => {
    const r = runCli(['parse', seedPath('003'), '--keep-edits']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có tùy chọn “--keep-edits”.');
    expect(r.stderr).not.toContain('Có phải ý bạn là');
  });
});

describe('extra input files are an error where a command takes one (or two)', () => {
  it.each([
    [['parse', 'mot.txt', 'hai.txt'], 'lệnh parse chỉ nhận một tệp; thừa tệp “hai.txt”.'],
    [['validate', 'mot.txt', 'hai.txt', 'ba.txt'], 'lệnh validate chỉ nhận một tệp; thừa tệp “hai.txt”, “ba.txt”.'],
    [['amend', 'goc.txt', 'dieu-chinh.txt', 'them.txt'], 'lệnh amend chỉ nhận hai tệp; thừa tệp “them.txt”.'],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^Lỗi: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nCách dùng: phuluc ${args[0]} `));
  });

  it('two files for amend are still accepted (the count, not the command, is refused)', () => {
    const r = runCli(['amend', '/khong/co/goc.txt', '/khong/co/dc.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('thừa tệp');
  });
});
