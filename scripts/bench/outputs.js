'use strict';
// Dumps what a speed change must not alter — `phuluc parse --json`, `phuluc validate --json` and
// the workbook plan — for every seed, every shared corpus file (.txt, .docx), every shared case
// and 10,000 realistic items, into one folder, so two builds' folders can be diffed:
//   node scripts/bench/outputs.js DIR     (then: diff -r DIR_BEFORE DIR_AFTER)
// Needs lib/ built (npx tsc -p tsconfig.cli.json). Nothing is written into the project.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const SHARED = path.join(ROOT, '..', '..', 'shared');
const out = process.argv[2];
if (!out) throw new Error('usage: outputs.js DIR');
fs.mkdirSync(out, { recursive: true });

const inputs = [];
for (const dir of ['seeds', 'corpus', 'cases']) {
  const d = path.join(SHARED, dir);
  if (!fs.existsSync(d)) continue;
  for (const f of fs.readdirSync(d).sort()) if (/\.(txt|docx)$/.test(f)) inputs.push(path.join(d, f));
}
const { generator } = require('./generator');
const big = path.join(out, '..', `realistic-10000.txt`);
fs.writeFileSync(big, generator().programmeText(10000));
inputs.push(big);

const bin = path.join(ROOT, 'bin', 'phuluc.js');
const run = (args) => {
  try {
    return execFileSync('node', [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return `EXIT ${e.status}\n${e.stdout}\n${e.stderr}`;
  }
};
for (const f of inputs) {
  const name = `${path.basename(path.dirname(f))}__${path.basename(f)}`;
  fs.writeFileSync(path.join(out, `${name}.parse.json`), run(['parse', f, '--json']));
  fs.writeFileSync(path.join(out, `${name}.validate.json`), run(['validate', f, '--json', '--as-of', '30/06/2026']));
  fs.writeFileSync(path.join(out, `${name}.plan.json`), execFileSync('node', [path.join(__dirname, 'planOf.js'), f], { encoding: 'utf8', maxBuffer: 1 << 30 }));
}
console.log(`${inputs.length} inputs → ${out}`);
