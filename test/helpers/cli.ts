import { spawnSync } from 'child_process';
import { join } from 'path';
import { ROOT } from './seeds';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built command line (bin/phuluc.js) as a user would. */
export function runCli(args: string[], input?: string): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'phuluc.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
