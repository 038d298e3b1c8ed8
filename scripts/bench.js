#!/usr/bin/env node
// npm run bench — times parse, validation, plan and ExcelJS writing for synthetic programmes of
// 1,000 / 10,000 / 50,000 items, beside raw ExcelJS writing the same cells; and the Office.js
// renderer's sync count and payload from its recording context. Not part of npm test.
'use strict';
const { execFileSync } = require('child_process');
const os = require('os');
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { programmeText } = require('./bench/generate');
const { rawWrite } = require('./bench/raw');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'node_modules', '.cache', 'phuluc-bench');

function build() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.cli.json')], { stdio: 'inherit', cwd: ROOT });
  // The Office.js renderer (not in the CLI build): compiled on its own for its recording context.
  execFileSync(process.execPath, [tsc, path.join(ROOT, 'src/render/office/instrument.ts'), '--outDir', BUILD, '--rootDir', path.join(ROOT, 'src'),
    '--module', 'commonjs', '--target', 'ES2020', '--esModuleInterop', '--skipLibCheck', '--types', 'office-js,node', '--lib', 'ES2021'], { stdio: 'inherit', cwd: ROOT });
}

// Every stage starts from a collected heap, so no stage pays for the garbage of the one before
// (ours runs before raw ExcelJS at each size, on the same footing).
const time = async (fn) => {
  global.gc();
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
};
const fmt = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);

async function run() {
  build();
  const { importProgramme } = require(path.join(ROOT, 'lib/core/import'));
  const { validateProgramme } = require(path.join(ROOT, 'lib/core/validate'));
  const { builtinCatalogue } = require(path.join(ROOT, 'lib/core/agencies'));
  const { buildWorkbook } = require(path.join(ROOT, 'lib/core/plan'));
  const { workbookBytes } = require(path.join(ROOT, 'lib/render/exceljs'));
  const office = require(path.join(BUILD, 'render/office/instrument'));
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || os.cpus()[0].model;
  console.log(`Máy: ${os.cpus().length} lõi (nproc ${execFileSync('nproc').toString().trim()}), ${cpu}, Node ${process.version}, tải trung bình ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (1/5/15 phút)\n`);
  const sizes = (process.argv[2] || '1000,10000,50000').split(',').map(Number);
  const asOf = '2026-06-30';
  const rows = [];
  for (const n of sizes) {
    const text = programmeText(n);
    const catalogue = builtinCatalogue();
    const parse = await time(() => importProgramme(text, catalogue));
    const programme = parse.value;
    const items = programme.tables.reduce((s, t) => s + t.items.length, 0);
    if (items !== n) throw new Error(`expected ${n} items, parsed ${items}`);
    const validate = await time(() => validateProgramme(programme, { asOf, profile: 'auto', catalogue }));
    const plan = await time(() => buildWorkbook({ programme, findings: validate.value.findings, catalogue, settings: { asOf, dueSoonDays: 30 } }).plan);
    if (n === sizes[0]) {
      // Untimed warm-up: the process's first ExcelJS workbook pays for compiling ExcelJS itself.
      await workbookBytes(plan.value);
      await rawWrite(plan.value);
    }
    // ExcelJS still gets faster with use (JIT): both writers run twice, in the order
    // ours, raw, raw, ours, and each is timed by its mean, so neither gains from going later.
    const ours1 = await time(() => workbookBytes(plan.value));
    const raw1 = await time(() => rawWrite(plan.value));
    const raw2 = await time(() => rawWrite(plan.value));
    const ours2 = await time(() => workbookBytes(plan.value));
    const ours = { value: ours2.value, ms: (ours1.ms + ours2.ms) / 2 };
    const raw = { ms: (raw1.ms + raw2.ms) / 2 };
    const { context, recording } = office.recordingContext();
    const { renderPlan } = require(path.join(BUILD, 'render/office/renderPlan'));
    await renderPlan(context, plan.value);
    const payload = recording.requests.reduce((s, b) => s + b, 0);
    rows.push({ n, parse: parse.ms, validate: validate.ms, plan: plan.ms, ours: ours.ms, raw: raw.ms, bytes: ours.value.length, syncs: recording.syncs, payload, maxReq: Math.max(...recording.requests) });
    const r = rows[rows.length - 1];
    console.log(
      `${String(n).padStart(6)} nhiệm vụ | đọc ${fmt(r.parse)} | kiểm tra ${fmt(r.validate)} | đọc+kiểm tra ${fmt(r.parse + r.validate)} | kế hoạch sổ ${fmt(r.plan)} | ` +
        `ExcelJS (của ta) ${fmt(r.ours)} | ExcelJS thuần ${fmt(r.raw)} | tỉ lệ ${(r.ours / r.raw).toFixed(2)}× | ` +
        `.xlsx ${(r.bytes / 1e6).toFixed(1)} MB | Office.js: ${r.syncs} lần sync, ${(r.payload / 1e6).toFixed(1)} MB (lớn nhất ${(r.maxReq / 1e6).toFixed(1)} MB/lần)`,
    );
  }
  const ten = rows.find((r) => r.n === 10000);
  if (ten) {
    console.log(`\nMục tiêu: 10.000 nhiệm vụ đọc + kiểm tra < 0,5 s → ${fmt(ten.parse + ten.validate)} ${ten.parse + ten.validate < 500 ? 'ĐẠT' : 'CHƯA ĐẠT'}`);
    console.log(`Mục tiêu: ghi sổ ≤ 1,5× ExcelJS thuần → ${(ten.ours / ten.raw).toFixed(2)}× ${ten.ours / ten.raw <= 1.5 ? 'ĐẠT' : 'CHƯA ĐẠT'}`);
  }
}

if (!global.gc) {
  // Re-run with the collector exposed (npm run bench passes no node options).
  const r = require('child_process').spawnSync(process.execPath, ['--expose-gc', __filename, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ROOT });
  process.exit(r.status ?? 1);
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
