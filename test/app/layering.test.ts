/**
 * The use-case layer stays one layer: src/app is host-free (no Node, no Office, no renderer), and
 * the hosts' commands and actions reach the core only through it (type-only imports aside).
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers/seeds';

const SRC = join(ROOT, 'src');
const tsFiles = (dir: string): string[] =>
  readdirSync(join(SRC, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
/** Import lines (`import … from '…'`, also across lines) of a file, with whether each is type-only. */
function imports(file: string): Array<{ from: string; typeOnly: boolean }> {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map((m) => ({ from: m[2], typeOnly: Boolean(m[1]) }));
}

describe('layers', () => {
  test.each(tsFiles('app'))('%s imports neither Node, Office, a renderer nor a host', (file) => {
    for (const i of imports(file)) {
      expect(i.from).not.toMatch(/^(fs|path|os|child_process|exceljs|@microsoft\/office-js)$|\/(render|cli|taskpane)\//);
    }
    expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(/\b(Excel|Office)\.(run|context)\b/);
  });

  // help.ts: a generic array helper (core/arrays.ts maxOf), no domain logic.
  // The pane's tabs and shell too: they show what the actions return (host.ts and cycleHost.ts
  // are the Office.js port's adapters, and may work with the core's shapes).
  const hosts = [
    ...tsFiles('cli').filter((f) => !f.endsWith('help.ts')),
    'taskpane/actions.ts',
    'taskpane/programmeActions.ts',
    'taskpane/App.tsx',
    'taskpane/TabBar.tsx',
    ...tsFiles('taskpane/logic'),
    ...tsFiles('taskpane/tabs'),
  ];
  test.each(hosts)('%s reaches the core only through src/app (type-only imports aside)', (file) => {
    const direct = imports(file).filter((i) => /\/core\//.test(i.from) && !i.typeOnly);
    expect(direct).toEqual([]);
  });
});
