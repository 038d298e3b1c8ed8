#!/usr/bin/env node
// The Office.js renderer's requests per import, measured with Microsoft's own client library
// (test/helpers/officeRealRequests.ts, the same code test/render/office/realLibrary.test.ts uses),
// compiled on its own. Usage: node scripts/bench/office-real.js [--build DIR] [N …] — prints the
// table, then one JSON line of the figures. Each size in a fresh process (the 10,000-item import
// holds the whole workbook in memory).
'use strict';
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const argv = process.argv.slice(2);

function compile(out) {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      path.join(ROOT, 'test/helpers/officeRealRequests.ts'),
      '--outDir',
      out,
      '--rootDir',
      ROOT,
      '--module',
      'commonjs',
      '--target',
      'ES2020',
      '--esModuleInterop',
      '--skipLibCheck',
      '--resolveJsonModule',
      '--types',
      'office-js,node',
      '--lib',
      'ES2021,DOM',
    ],
    { stdio: 'inherit', cwd: ROOT },
  );
  return path.join(out, 'test', 'helpers', 'officeRealRequests.js');
}

async function one(modulePath, n) {
  const { measureRealisticImport } = require(modulePath);
  const { sizes } = await measureRealisticImport(n);
  process.stdout.write(`${JSON.stringify(sizes)}\n`);
}

function run() {
  if (argv[0] === '--one') return one(argv[1], Number(argv[2]));
  const b = argv.indexOf('--build');
  const out = b >= 0 ? argv[b + 1] : path.join(ROOT, 'node_modules', '.cache', 'phuluc-bench-office');
  const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--build').map(Number);
  const modulePath = compile(out);
  const rows = [];
  for (const n of sizes.length ? sizes : [10, 350, 1000, 10000]) {
    const r = spawnSync(process.execPath, [__filename, '--one', modulePath, String(n)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    const last = (r.stdout || '').trim().split('\n').pop() || '';
    try {
      rows.push(JSON.parse(last));
    } catch {
      rows.push({ items: n, syncs: 0, requestBytes: 0, largestRequest: 0, actions: 0, error: (r.stderr || 'không đo được').trim().split('\n').pop() });
    }
  }
  const { sizesTable } = require(modulePath);
  console.log(
    sizesTable(rows)
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  console.log(JSON.stringify(rows));
}

Promise.resolve(run()).catch((e) => {
  console.error(e);
  process.exit(1);
});
