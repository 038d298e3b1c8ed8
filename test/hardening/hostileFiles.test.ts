/**
 * Hostile files never crash or hang: zip bombs (.docx and workbooks), Word/Excel 97–2003 and
 * encrypted Office files, stray bytes in UTF-8 text, characters XML cannot hold, pasted binary.
 * Bad input: a Vietnamese message, exit 2, no stack trace, nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readInput, readPastedText } from '../../src/core/input/read';
import { hasNonXmlChar, xmlSafeText } from '../../src/core/input/xmlSafe';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import { checkZip } from '../../src/core/input/zipGuard';
import { runCli } from '../helpers/cli';
import { expectOpensClean } from '../helpers/xlsxCheck';
import { docxFromText } from '../core/docx/build';
import { deflatedXml, zipOf } from './zipBomb';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-hostile-files-'));
const file = (name: string, data: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

/** Refused: exit 2, a Vietnamese message (matching `why`), no stack trace, no workbook written. */
function expectRefused(args: string[], why: RegExp, output?: string): void {
  const r = runCli(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^Lỗi: /);
  expect(r.stderr).toMatch(why);
  expect(r.stderr).not.toMatch(/^\s+at .*:\d+/m);
  expect(r.stderr).not.toMatch(/Error:|TypeError|stack/);
  if (output) expect(existsSync(output)).toBe(false);
}

const TABLE = [
  'PHỤ LỤC',
  'DANH MỤC NHIỆM VỤ VỀ GIÁO DỤC NGHỀ NGHIỆP',
  '',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tRà soát mạng lưới cơ sở giáo dục nghề nghiệp\tSở Giáo dục và Đào tạo\tQuý II/2026',
  '2\tXây dựng đề án đào tạo nghề cho lao động nông thôn\tSở Nội vụ\tNăm 2027',
].join('\n');

describe('zip bombs are refused before they are inflated', () => {
  // 40 parts of 10 MB each = 400 MB once inflated, a few hundred kB on disk.
  const tenMb = deflatedXml(10);
  const honest = zipOf(Array.from({ length: 40 }, (_, i) => ({ name: `word/part${i}.xml`, data: tenMb, declared: 10 * 1024 * 1024 })));
  // One part that declares 1 kB but inflates to 10 MB.
  const lying = zipOf([{ name: 'word/document.xml', data: tenMb, declared: 1024 }]);
  const crowded = zipOf(Array.from({ length: 10_001 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from([3, 0]), declared: 0 })));

  test('the bombs are small on disk', () => {
    expect(honest.length).toBeLessThan(2 * 1024 * 1024);
    expect(lying.length).toBeLessThan(100 * 1024);
  });

  test.each([
    ['declared sizes over the limit', honest, /giải nén lên tới 400 MB, quá giới hạn 256 MB/],
    ['a part that inflates to more than it declares', lying, /khai sai kích thước của phần “word\/document.xml”/],
    ['too many parts', crowded, /hơn 10000 tệp con/],
  ])('%s: import refuses the .docx', (_what, bytes, why) => {
    const out = join(dir, 'bomb.xlsx');
    expectRefused(['import', file('bom.docx', bytes), '-o', out], why, out);
  });

  test('validate refuses a workbook bomb without loading it', () => {
    expectRefused(['validate', file('bom.xlsx', honest)], /zip bomb/);
  });

  test('a re-import does not open a bomb sitting at -o, and leaves it alone', () => {
    const out = file('there.xlsx', honest);
    expectRefused(['import', file('ok.txt', TABLE), '-o', out], /zip bomb.*Không ghi đè/s);
    expect(readFileSync(out).equals(honest)).toBe(true);
  });

  test('a real .docx passes the guard', async () => {
    const docx = await docxFromText(TABLE);
    expect(await checkZip(new Uint8Array(docx), 'Tệp .docx')).toEqual({ ok: true, value: undefined });
  });
});

describe('old and encrypted Office files get their own message', () => {
  const ole2 = (stream: string): Buffer => {
    const b = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    Buffer.from(stream, 'utf16le').copy(b, 1024);
    return b;
  };
  test('a Word 97–2003 file, whatever its name', () => {
    for (const name of ['cu.doc', 'cu.docx', 'cu.txt']) {
      expectRefused(['parse', file(name, ole2('WordDocument'))], /Tệp Word 97–2003 \(\.doc\): hãy mở bằng Word và lưu lại thành \.docx\./);
    }
  });
  test('an Excel 97–2003 workbook', () => {
    expectRefused(['parse', file('cu.xls', ole2('Workbook'))], /Tệp Excel 97–2003 \(\.xls\): hãy mở bằng Excel và lưu lại thành \.xlsx\./);
  });
  test('an encrypted .docx', () => {
    const out = join(dir, 'enc.xlsx');
    expectRefused(['import', file('mat-khau.docx', ole2('EncryptionInfo')), '-o', out], /đặt mật khẩu/, out);
  });
  test('an encrypted workbook given to validate', () => {
    expectRefused(['validate', file('mat-khau.xlsx', ole2('EncryptionInfo'))], /đặt mật khẩu/);
  });
});

describe('PDF and RTF files are named, not read as text', () => {
  // A tiny PDF with an uncompressed page (decodes as text: it used to become one task "%PDF-1.4 …").
  const pdf = ['%PDF-1.4', '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj', 'trailer << /Root 1 0 R >>', '%%EOF'].join(
    '\n',
  );
  test('a PDF, whatever its name, and one with bytes before its header', () => {
    for (const [name, data] of [
      ['ke-hoach.pdf', pdf],
      ['ke-hoach.txt', pdf],
      ['co-rac.pdf', `\u0000\u0000rác ${pdf}`],
    ]) {
      const out = join(dir, `${name}.xlsx`);
      expectRefused(['import', file(name, data), '-o', out], /Tệp PDF: Phụ lục chưa đọc được PDF\. Hãy mở văn bản gốc bằng Word/, out);
    }
  });
  test('an RTF file', () => {
    expectRefused(
      ['parse', file('ke-hoach.rtf', '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Kế hoạch}')],
      /Tệp RTF \(Rich Text Format\): hãy mở bằng Word và lưu lại thành \.docx\./,
    );
  });
  test('a text that only mentions a PDF is read as text', async () => {
    const r = await readInput('ghi-chu.txt', new TextEncoder().encode(`${TABLE}\n3\tGửi bản %PDF-1 lên cổng thông tin\tSở Nội vụ\tNăm 2027`));
    expect(r.ok).toBe(true);
  });
});

describe('a stray invalid byte in UTF-8 text', () => {
  // The bad byte right after "mạng lưới" in the first task (line 5).
  const at = TABLE.indexOf(' cơ sở giáo dục');
  const bytes = Buffer.concat([Buffer.from(TABLE.slice(0, at), 'utf8'), Buffer.from([0xff]), Buffer.from(TABLE.slice(at), 'utf8')]);

  test('is UTF-8 with one bad byte shown as “�”, never called TCVN3/VNI', async () => {
    const r = await readInput('ke-hoach.txt', new Uint8Array(bytes));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe(TABLE.replace('mạng lưới cơ sở', 'mạng lưới\uFFFD cơ sở'));
    expect(r.value.note).toMatch(/1 byte hỏng \(đầu tiên ở dòng 5\)/);
    expect(r.value.note).not.toMatch(/TCVN3|VNI/);
  });

  test('the command line imports the tasks and says so', () => {
    const r = runCli(['parse', file('mot-byte.txt', bytes), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/byte hỏng/);
    expect(r.stderr).not.toMatch(/TCVN3|VNI/);
    expect(JSON.parse(r.stdout).tables[0].items.map((i: { tt: string }) => i.tt)).toEqual(['1', '2']);
  });
});

describe('characters XML cannot hold never reach the workbook', () => {
  test('replaced visibly, never glued: separators by a space, the rest by “�”', () => {
    const r = xmlSafeText('Sở\u000BNội vụ\uFFFEban hành\u0000; ghi\uD800chú; 😀 ok\u0007');
    expect(r.text).toBe('Sở Nội vụ\uFFFDban hành\uFFFD; ghi\uFFFDchú; 😀 ok\uFFFD');
    expect(r.replaced).toBe(5);
    const clean = xmlSafeText('Dòng 1\tô\r\nDòng 2 😀');
    expect(clean).toEqual({ text: 'Dòng 1\tô\r\nDòng 2 😀', replaced: 0, firstLine: 0 });
  });

  test('a U+FFFE in a task: a valid workbook that Phụ lục reads back, and a notice', () => {
    const text = TABLE.replace('Rà soát mạng lưới', 'Rà soát\uFFFEmạng lưới').replace('Xây dựng', 'Xây\u000Cdựng');
    const out = join(dir, 'fffe.xlsx');
    const r = runCli(['import', file('fffe.txt', text), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 ký tự không ghi được vào tệp Excel .* dòng 5/);
    expectOpensClean(out);
    const back = runCli(['validate', out, '--json']);
    expect(back.code).not.toBe(2);
    const parsed = runCli(['parse', out, '--json']);
    const tasks = JSON.parse(parsed.stdout).tables[0].items.map((i: { task: string }) => i.task);
    expect(tasks).toEqual(['Rà soát\uFFFDmạng lưới cơ sở giáo dục nghề nghiệp', 'Xây dựng đề án đào tạo nghề cho lao động nông thôn']);
  });
});

describe('the workbook plan cleans text whatever reader produced it', () => {
  // Straight into the importer, past the readers' own cleaning.
  const text = TABLE.replace('Sở Nội vụ', 'Sở\uFFFFNội vụ').replace('Quý II/2026', 'Quý II/2026\u0001');
  const built = buildWorkbook({ programme: importProgramme(text), settings: { asOf: '2026-05-01', dueSoonDays: 30 } });

  test('no string of the plan holds a character XML cannot hold', () => {
    const all: string[] = [];
    for (const s of built.plan.sheets) {
      s.cells.forEach((c) => typeof c.value === 'string' && all.push(c.value));
      s.tables.forEach((t) => t.rows.forEach((r) => r.forEach((v) => typeof v === 'string' && all.push(v))));
    }
    expect(all.filter(hasNonXmlChar)).toEqual([]);
    const appendix = built.plan.sheets.find((s) => s.kind === 'appendix')!;
    expect(appendix.tables[0].rows.map((r) => r[2])).toEqual(['Sở Giáo dục và Đào tạo', 'Sở\uFFFDNội vụ']);
  });

  test('a Kiểm tra finding names each cell that had one', () => {
    const check = built.plan.sheets.find((s) => s.kind === 'check')!;
    const rows = check.tables[0].rows.filter((r) => String(r[6]).includes('không ghi được vào tệp Excel'));
    const appendix = built.plan.sheets.find((s) => s.kind === 'appendix')!;
    expect(rows.map((r) => [r[3], r[8]])).toEqual([
      ['1', `${appendix.name}!D7`],
      ['2', `${appendix.name}!C8`],
    ]);
  });
});

describe('pasted text in the task pane', () => {
  test('binary pasted as text is refused like a binary file', () => {
    const junk = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 32)).join('');
    const r = readPastedText(`PHỤ LỤC\n${junk}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/nhị phân/);
  });
  test('ordinary pasted text still reads', () => {
    const r = readPastedText(TABLE);
    expect(r.ok && r.value.text).toBe(TABLE);
  });
});
