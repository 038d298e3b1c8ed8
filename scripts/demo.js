#!/usr/bin/env node
// Writes a workbook for every bundled seed into out/ (and 001 with the amendment 000 applied),
// printing where each file went.
'use strict';
const fs = require('fs');
const path = require('path');
const { main } = require('../lib/cli/main.js');

async function run() {
  const root = path.join(__dirname, '..');
  const seeds = path.join(root, 'seeds');
  const outDir = path.join(root, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const files = fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seed = (prefix) => files.find((f) => f.startsWith(prefix));
  const jobs = files
    .filter((f) => !f.startsWith('000')) // 000 is an amendment: applied to 001 below
    .map((f) => ({ label: f, args: [path.join(seeds, f)], out: `${f.slice(0, 3)}.xlsx` }));
  if (seed('000') && seed('001')) {
    jobs.push({
      label: `${seed('001')} + điều chỉnh ${seed('000')}`,
      args: [path.join(seeds, seed('001')), '--amend', path.join(seeds, seed('000'))],
      out: '001-dieu-chinh.xlsx',
    });
  }
  let worst = 0;
  for (const job of jobs) {
    process.stdout.write(`\n=== ${job.label} ===\n`);
    const target = path.join(outDir, job.out);
    // A fresh import each time (importing over an earlier workbook would carry its cells over).
    fs.rmSync(target, { force: true });
    const code = await main(['import', ...job.args, '-o', target]);
    worst = Math.max(worst, code);
  }
  return worst;
}
// 1 = an amendment conflict to review (expected for 000 → 001); 2 = an import failed.
run().then((code) => process.exit(code >= 2 ? 1 : 0));
