/**
 * Runs the shared offline stand-in for Excel's load checks (../shared/tools/xlsx-check, see its
 * README). The tool lives beside the project only on the developers' machines and in CI: on a
 * fresh machine without ../shared, `expectOpensClean` says so once and checks nothing more (the
 * workbook is still read back by openpyxl, LibreOffice and Phụ lục in the same tests).
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { ROOT } from './seeds';

const CANDIDATES = [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].map((d) => join(d, 'tools', 'xlsx-check', 'check'));
const TOOL = CANDIDATES.find((p) => existsSync(p));

/** Exit status and output of `check FILE…` (0 = no DEFECT, schema-valid); null when the tool is absent. */
export function xlsxCheck(...files: string[]): { code: number; output: string } | null {
  if (!TOOL) return null;
  const r = spawnSync(TOOL, files, { encoding: 'utf8', timeout: 300000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
}

let told = false;

/** Excel would open the files without a repair prompt: no DEFECT, schema-valid. */
export function expectOpensClean(...files: string[]): void {
  const c = xlsxCheck(...files);
  if (!c) {
    if (!told) console.log(`xlsx-check: bỏ qua — không có công cụ (${CANDIDATES.join(', ')}); CI chạy với ../shared.`);
    told = true;
    return;
  }
  expect(c.output).toMatch(/'DEFECT': 0/);
  expect(c.code).toBe(0);
}
