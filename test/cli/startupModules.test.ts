/**
 * CLI start-up (issue 15: `phuluc parse|validate` of a small file within 2× `node -e 0`): most
 * of it is loading modules, so `parse` and `validate` of a document load only what they use —
 * no workbook plan, writer, reporting cycle or amendment code, no ExcelJS, yazl or jszip (a .txt
 * needs no zip). Loading the use-case layer through its index ('../app') pulled in all of them.
 * Runs the built command line (lib/, as bin/phuluc.js does) and lists the modules it loaded.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from '../helpers/seeds';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-startup-'));
const file = join(dir, 'ke-hoach.txt');
writeFileSync(
  file,
  [
    'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
    '1\tRà soát quy hoạch mạng lưới chợ nông thôn\tSở Công Thương\tQuý IV/2026',
    '2\tHướng dẫn các xã lập sổ theo dõi hộ kinh doanh\tSở Tài chính\tTháng 12/2026',
  ].join('\n'),
);

/** The modules (paths relative to the project, "/"-separated) loaded by one command run in a fresh process. */
function loaded(command: string): string[] {
  const script = `
    const { main } = require(${JSON.stringify(join(ROOT, 'lib', 'cli', 'main.js'))});
    main(${JSON.stringify([command, file])}).then((code) => {
      process.stderr.write(JSON.stringify({ code, modules: Object.keys(require.cache) }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  const got = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{"code"'))) as { code: number; modules: string[] };
  expect(got.code).toBe(0);
  return got.modules.map((m) => m.slice(ROOT.length + 1).replace(/\\/g, '/'));
}

/** What neither command needs for a text document. */
const NEVER = [
  /^lib\/render\//,
  // No plan module at all: what the tracking rules read of workbook cells is core/cellValues.
  /^lib\/core\/plan\//,
  /^lib\/app\/(workbook|importWorkbook|amend|cycle|summary|programmes)\.js$/,
  /^lib\/core\/(amend|ocr\/repair)\//,
  /node_modules\/(exceljs|yazl|jszip)\//,
  // The help texts (printed only on request or after a usage error), the test programme generator.
  /^lib\/cli\/help\.js$/,
  /^lib\/core\/validate\/synthetic\.js$/,
];

describe('start-up: modules a command loads', () => {
  test('parse of a text file: the readers and importers only', () => {
    const mods = loaded('parse');
    expect(mods).toContain('lib/core/import/index.js');
    expect(mods.filter((m) => NEVER.some((re) => re.test(m)))).toEqual([]);
    // No checking rules and no cycle sheets either (the item ids need core/cycle/ids only).
    expect(mods.filter((m) => /^lib\/core\/validate\/|^lib\/core\/cycle\/(?!ids\.js)/.test(m))).toEqual([]);
  });

  test('validate of a text file: the importers and the rules, no workbook code', () => {
    const mods = loaded('validate');
    expect(mods).toContain('lib/core/validate/index.js');
    expect(mods.filter((m) => NEVER.some((re) => re.test(m)))).toEqual([]);
    expect(mods.filter((m) => /^lib\/core\/cycle\/(?!ids\.js)/.test(m))).toEqual([]);
  });
});
