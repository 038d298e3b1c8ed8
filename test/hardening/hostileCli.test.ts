/** Hostile input to every command: a clear Vietnamese message and exit 2, or a correct result. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { decodeText } from '../../src/core/input/decode';
import { importProgramme } from '../../src/core/import';
import { encodeTcvn3 } from '../../src/core/input/tcvn3';
import { encodeVni } from '../../src/core/input/vni';
import { runCli } from '../helpers/cli';
import { seedPath, seedText } from '../helpers/seeds';
import { cp1252Safe, toCp1252 } from './cp1252';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-hostile-'));
const file = (name: string, data: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
/** Deterministic pseudo-random bytes. */
function noise(n: number, seed = 7): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) b[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return b;
}
const seed003 = seedText('003');
const FIRST_TASK = 'Quy hoạch điều chỉnh tỉnh Tuyên Quang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050';

const COMMANDS: Array<[string, (f: string) => string[]]> = [
  ['parse', (f) => ['parse', f]],
  ['validate', (f) => ['validate', f]],
  ['import', (f) => ['import', f, '-o', join(dir, 'out.xlsx')]],
  ['amend', (f) => ['amend', f, seedPath('000')]],
];

function expectRefusal(args: string[]): void {
  const r = runCli(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Lỗi/);
  expect(r.stderr).toMatch(/[ạảấầẩậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửựỳỵỷđ]/); // Vietnamese
  expect(r.stderr).not.toMatch(/^\s+at .*(\.js|\.ts):\d+/m);
  expect(r.stderr).not.toMatch(/Error:|TypeError|stack/);
}

describe.each(COMMANDS)('phuluc %s on hostile input', (_name, argsFor) => {
  test('an empty file', () => expectRefusal(argsFor(file('empty.txt', ''))));
  test('random bytes', () => expectRefusal(argsFor(file('noise.txt', noise(64 * 1024)))));
  test('a binary file renamed .docx', () => expectRefusal(argsFor(file('noise.docx', noise(8 * 1024, 3)))));
  test('a file that does not exist', () => expectRefusal(argsFor(join(dir, 'missing.txt'))));
  test('a directory', () => expectRefusal(argsFor(dir)));
});

describe('the cycle commands say exactly what is missing or wrong', () => {
  test.each([
    [['split', 'so.xlsx'], /^Lỗi: thiếu thư mục ghi các tệp gửi cơ quan \(-o <thư mục>\)\./],
    [['report', '-o', 'bc.docx'], /^Lỗi: thiếu sổ theo dõi \(một tệp \.xlsx\)\./],
    [['report', 'so.xlsx'], /^Lỗi: thiếu tệp báo cáo \(-o <báo cáo\.docx>\)\./],
    [['merge', 'so.xlsx', 'tl.xlsx', '--as-of', '31/02/2026'], /^Lỗi: ngày báo cáo không hợp lệ: "31\/02\/2026" \(cần một ngày có thật, dạng DD\/MM\/YYYY hoặc YYYY-MM-DD/],
    [['split', 'so.xlsx', '-o', 'gui', '--reply-by', '2026-13-01'], /^Lỗi: hạn gửi lại không hợp lệ: "2026-13-01" \(cần một ngày có thật/],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('encodings the CLI must read correctly', () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed003, 'utf16le')]);
  const utf16be = Buffer.from(utf16le).swap16();
  test.each([
    ['UTF-16 LE with BOM', utf16le],
    ['UTF-16 BE with BOM', utf16be],
    ['UTF-16 LE without BOM', Buffer.from(seed003, 'utf16le')],
    ['TCVN3 bytes', Buffer.from(toCp1252(encodeTcvn3(cp1252Safe(seed003))))],
    ['VNI bytes', Buffer.from(toCp1252(encodeVni(cp1252Safe(seed003))))],
  ])('%s: parse --json gives the same items as the UTF-8 seed', (name, bytes) => {
    const r = runCli(['parse', file(`${name.replace(/\W/g, '')}.txt`, bytes), '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.tables[0].items[0].task).toBe(FIRST_TASK);
    expect(p.tables.map((t: { items: unknown[] }) => t.items.length)).toEqual(importProgramme(seed003).tables.map((t) => t.items.length));
    if (/TCVN3|VNI/.test(name)) expect(r.stderr).toMatch(/Lưu ý.*bảng mã cũ/);
  });
});

describe('big and ragged documents', () => {
  test('a 20 MB document is parsed within seconds', () => {
    const rows = seed003.split('\n').filter((l) => /^\d+\t/.test(l));
    const header = seed003.split('\n').find((l) => l.startsWith('TT\t'))!;
    const out = [header];
    let size = 0;
    for (let i = 0; size < 20e6; i++) {
      const row = rows[i % rows.length].replace(/^\d+/, String(i + 1));
      out.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    const t = Date.now();
    const r = runCli(['parse', file('big.txt', out.join('\n'))]);
    const ms = Date.now() - t;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${out.length - 1} dòng`);
    expect(ms).toBeLessThan(30000);
  });

  test('rows with a random number of cells: parsed, every cell kept', () => {
    const header = 'TT\tNhiệm vụ\tĐơn vị tham mưu\tThời gian';
    const rows = Array.from({ length: 40 }, (_, i) => {
      const n = 1 + ((i * 7) % 9);
      return [String(i + 1), ...Array.from({ length: n - 1 }, (_, k) => `ô ${i}-${k}`)].join('\t');
    });
    const r = runCli(['parse', file('ragged.txt', [header, ...rows].join('\n')), '--json']);
    expect(r.code).toBe(0);
    const text = r.stdout;
    for (let i = 0; i < 40; i++) for (let k = 0; k < (i * 7) % 9; k++) expect(text).toContain(`ô ${i}-${k}`);
  });
});

describe('the task-pane path: decodeText + importProgramme from core', () => {
  test('empty, noise and ZIP bytes give a Vietnamese message, never an exception', () => {
    for (const bytes of [new Uint8Array(), noise(4096), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise(200)])]) {
      const r = decodeText(bytes);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/Tệp/);
    }
  });

  test('UTF-16 and legacy text import like the original', () => {
    for (const bytes of [Buffer.from(seed003, 'utf16le'), toCp1252(encodeVni(cp1252Safe(seed003)))]) {
      const r = decodeText(new Uint8Array(bytes));
      if (!r.ok) throw new Error(r.message);
      expect(importProgramme(r.value).tables[0].items[0].task).toBe(FIRST_TASK);
    }
  });
});
