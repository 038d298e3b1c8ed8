/** Runs the shared offline stand-in for Excel's load checks (../shared/tools/xlsx-check, see its README). */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { ROOT } from './seeds';

const CANDIDATES = [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].map((d) => join(d, 'tools', 'xlsx-check', 'check'));

/** Exit status and output of `check FILE…` (0 = no DEFECT, schema-valid). Throws when the tool is missing. */
export function xlsxCheck(...files: string[]): { code: number; output: string } {
  const tool = CANDIDATES.find((p) => existsSync(p));
  if (!tool) throw new Error(`xlsx-check not found (looked in ${CANDIDATES.join(', ')})`);
  const r = spawnSync(tool, files, { encoding: 'utf8', timeout: 300000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
}
