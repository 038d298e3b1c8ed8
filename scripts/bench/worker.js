'use strict';
// One measurement in a fresh process (spawned by scripts/bench.js), so that each stage's peak RSS
// is its own and no writer runs on another's heap or JIT. Prints one JSON line.
//   worker.js core N PLANFILE   — generate N items; time the regex floor, parse, validate, plan;
//                                 save the plan (v8 serialised) for the writers
//   worker.js write NAME PLANFILE OUT — one writer on that plan: ours | exceljs-memory |
//                                 exceljs-stream | floor (the plan is loaded before timing)
//   worker.js office PLANFILE   — the Office.js renderer into its recording context
const fs = require('fs');
const path = require('path');
const v8 = require('v8');

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const peakKB = () => process.resourceUsage().maxRSS;
const rssKB = () => Math.round(process.memoryUsage().rss / 1024);

/**
 * One timed stage. `peak` is the process's peak RSS so far (loading a saved plan included);
 * `peakDuring` the highest RSS sampled every 2 ms while the stage ran (writers hand control back
 * between chunks, so the samples see their working set) — for the writers, whose process first
 * loads a serialised plan: that load's own peak (file buffer + plan) is not the writer's.
 */
async function stage(fn) {
  global.gc();
  const before = rssKB();
  let during = before;
  const sample = setInterval(() => (during = Math.max(during, rssKB())), 2);
  const t = cpuMs();
  const w = performance.now();
  const value = await fn();
  const cpu = cpuMs() - t;
  const wall = performance.now() - w;
  clearInterval(sample);
  return { value, cpu, wall, rssBefore: before, peak: peakKB(), peakDuring: Math.max(during, rssKB()) };
}

async function core(n, planFile) {
  const { generator } = require('./generator');
  const { importProgramme } = require(path.join(LIB, 'core/import'));
  const { validateProgramme } = require(path.join(LIB, 'core/validate'));
  const { builtinCatalogue } = require(path.join(LIB, 'core/agencies'));
  const { buildWorkbook } = require(path.join(LIB, 'core/plan'));
  const text = generator().programmeText(n);
  const asOf = '2026-06-30';
  const catalogue = builtinCatalogue();
  // The floor of reading: one regex pass over the same text (every cell of every line).
  const regex = await stage(() => {
    let cells = 0;
    for (const m of text.matchAll(/[^\t\n]+/g)) cells += m[0].length > 0 ? 1 : 0;
    return cells;
  });
  const parse = await stage(() => importProgramme(text, catalogue));
  const programme = parse.value;
  const items = programme.tables.reduce((s, t) => s + t.items.length, 0);
  const validate = await stage(() => validateProgramme(programme, { asOf, profile: 'auto', catalogue }));
  const plan = await stage(() => buildWorkbook({ programme, findings: validate.value.findings, catalogue, settings: { asOf, dueSoonDays: 30 } }).plan);
  if (planFile) fs.writeFileSync(planFile, v8.serialize(plan.value));
  const strip = ({ value, ...rest }) => rest;
  return { items, chars: text.length, findings: validate.value.findings.length, regex: strip(regex), parse: strip(parse), validate: strip(validate), plan: strip(plan) };
}

async function write(name, planFile, out) {
  const plan = v8.deserialize(fs.readFileSync(planFile));
  // The file's buffer is freed once this tick ends: only the plan stays before the writer starts.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const { planCells, cellCount } = require('./cells');
  const peers = require('./peers');
  let run;
  if (name === 'ours') {
    // The CLI's writer: the streaming one (src/render/xlsx).
    const { streamWorkbookBytes } = require(path.join(LIB, 'render/xlsx'));
    run = async () => {
      const bytes = await streamWorkbookBytes(plan);
      fs.writeFileSync(out, bytes);
      return bytes.length;
    };
  } else {
    const sheets = planCells(plan);
    if (name === 'cells-json') {
      fs.writeFileSync(out, JSON.stringify(sheets));
      return { cells: cellCount(sheets) };
    }
    if (name !== 'floor') require('exceljs');
    run = { 'exceljs-memory': () => peers.exceljsMemory(sheets), 'exceljs-stream': () => peers.exceljsStream(sheets, out), floor: () => peers.floor(sheets) }[name];
    if (!run) throw new Error(`unknown writer ${name}`);
  }
  const r = await stage(run);
  return { bytes: r.value, cpu: r.cpu, wall: r.wall, rssBefore: r.rssBefore, peak: r.peakDuring, maxRSS: r.peak };
}

async function office(planFile) {
  const plan = v8.deserialize(fs.readFileSync(planFile));
  const BUILD = path.join(ROOT, 'node_modules', '.cache', 'phuluc-bench');
  const { recordingContext } = require(path.join(BUILD, 'render/office/instrument'));
  const { renderPlan } = require(path.join(BUILD, 'render/office/renderPlan'));
  const { context, recording } = recordingContext();
  const r = await stage(() => renderPlan(context, plan));
  const bytes = recording.requests.reduce((s, b) => s + b, 0);
  return { syncs: recording.syncs, bytes, maxRequest: recording.requests.reduce((m, b) => Math.max(m, b), 0), cpu: r.cpu };
}

async function main() {
  const [mode, a, b, c] = process.argv.slice(2);
  const result = mode === 'core' ? await core(Number(a), b) : mode === 'write' ? await write(a, b, c) : await office(a);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  process.stdout.write(`${JSON.stringify({ error: e && e.message ? e.message : String(e) })}\n`);
  process.exit(1);
});
