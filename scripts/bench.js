#!/usr/bin/env node
// npm run bench [-- SIZES] [--big] [--runs N] — measures, on programmes from the realistic
// generator (../shared/tools/bench/realistic.js; see scripts/bench/generator.js), with CPU time
// (process.cpuUsage: the machine is shared and its load swings) and the median of N ≥ 3 runs:
//   parse, validate, plan (and one regex pass over the same text: the floor of reading);
//   our .xlsx writer beside ExcelJS's streaming and in-memory writers on the same cells,
//   XlsxWriter (python3-xlsxwriter, when installed) and the floor (sheet XML strings + zlib);
//   peak RSS of each stage, each measured in a fresh process (a writer's sampled while it writes:
//   the plan it writes is in memory, the loading of the saved plan file is not counted);
//   CLI start-up (`phuluc parse|validate` of a tiny file) beside `node -e 0`;
//   the Office.js renderer's syncs and request bytes in its recording context.
// Runs are interleaved (run 1 of every stage, then run 2 …, the writers' order rotating), so a
// swing of the machine's load falls on all of them. Sizes: 1,000, 10,000, 50,000; --big adds
// 200,000; --core-only skips the writers (parse, validate and plan alone, e.g. for linearity at
// 200,000). Then the task pane's first paint beside Microsoft's React template in headless
// Chromium (scripts/bench/pane.js; skipped with a note without /usr/bin/chromium; --no-pane and
// --core-only leave it out, --pane-only measures it alone; --loads N, default 11; --throttle R
// slows Chromium's CPU R times; --pane is accepted and changes nothing).
// Not part of npm test.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const os = require('os');
const fs = require('fs');
const path = require('path');
const { generator } = require('./bench/generator');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'node_modules', '.cache', 'phuluc-bench');
const WORKER = path.join(__dirname, 'bench', 'worker.js');

function build() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.cli.json')], { stdio: 'inherit', cwd: ROOT });
  // The Office.js renderer (not in the CLI build): compiled on its own for its recording context.
  execFileSync(
    process.execPath,
    [
      tsc,
      path.join(ROOT, 'src/render/office/instrument.ts'),
      '--outDir',
      BUILD,
      '--rootDir',
      path.join(ROOT, 'src'),
      '--module',
      'commonjs',
      '--target',
      'ES2020',
      '--esModuleInterop',
      '--skipLibCheck',
      '--types',
      'office-js,node',
      '--lib',
      'ES2021',
    ],
    { stdio: 'inherit', cwd: ROOT },
  );
}

function worker(args) {
  const r = spawnSync(process.execPath, ['--expose-gc', WORKER, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = (r.stdout || '').trim().split('\n').pop() || '{}';
  let out;
  try {
    out = JSON.parse(last);
  } catch {
    out = { error: (r.stderr || last).split('\n').find((l) => /Error|heap/i.test(l)) || `exit ${r.status}` };
  }
  if (r.status !== 0 && !out.error) out.error = `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}`;
  if (r.status !== 0 && /heap out of memory/i.test(r.stderr || '')) out.error = 'JavaScript heap out of memory';
  return out;
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (!Number.isFinite(x) ? '—' : x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);
const mb = (kb) => (!Number.isFinite(kb) ? '—' : `${(kb / 1024).toFixed(0)} MB`);
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const verdict = (ok, have) => (have ? (ok ? 'ĐẠT' : 'CHƯA ĐẠT') : 'không đo được');

/** A python3 that has XlsxWriter (the system one, where apt installs python3-xlsxwriter), or null. */
function xlsxWriterPython() {
  return ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import xlsxwriter'], { encoding: 'utf8' }).status === 0) ?? null;
}

/** CLI start-up: CPU of `node -e 0` and of `phuluc parse|validate` of a tiny file, interleaved. */
function startup(runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-'));
  const tiny = path.join(dir, 'nho.txt');
  fs.writeFileSync(tiny, 'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tXây dựng kế hoạch chuyển đổi số\tSở Khoa học và Công nghệ\tQuý III/2026\n');
  const log = path.join(dir, 'cpu.jsonl');
  const pre = ['-r', path.join(__dirname, 'bench', 'cpu-at-exit.js')];
  const cases = {
    'node -e 0': [...pre, '-e', '0'],
    'phuluc parse': [...pre, path.join(ROOT, 'bin', 'phuluc.js'), 'parse', tiny],
    'phuluc validate': [...pre, path.join(ROOT, 'bin', 'phuluc.js'), 'validate', tiny],
  };
  const got = Object.fromEntries(Object.keys(cases).map((k) => [k, { cpu: [], rss: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(cases)) {
      fs.writeFileSync(log, '');
      spawnSync(process.execPath, args, { env: { ...process.env, PHULUC_BENCH_CPU: log }, encoding: 'utf8' });
      const line = fs.readFileSync(log, 'utf8').trim();
      if (line) {
        const r = JSON.parse(line);
        got[name].cpu.push(r.cpu);
        got[name].rss.push(r.maxRSS);
      }
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return Object.fromEntries(Object.entries(got).map(([k, v]) => [k, { cpu: median(v.cpu), rss: median(v.rss) }]));
}

/** The pane's first paint beside the template's (scripts/bench/pane.js), printed; the result. */
async function pane(argv) {
  const { measurePane } = require('./bench/pane');
  const opt = (name, d) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) || d : d);
  const loads = Math.max(5, opt('--loads', 11));
  const throttle = opt('--throttle', 1);
  console.log(
    `\nKhung tác vụ (Chromium không giao diện, office.js giả, ${loads} lần tải xen kẽ mỗi trang, trung vị${throttle > 1 ? `, CPU chậm ${throttle}×` : ''}; dựng bằng webpack production trước khi đo)`,
  );
  let r;
  try {
    r = await measurePane({ loads, throttle });
  } catch (e) {
    console.log(`  không đo được: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
    return null;
  }
  if (r.skipped) {
    console.log(`  bỏ qua — ${r.skipped}`);
    return r;
  }
  const kb = (list) => `${(list.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(0)} KB`;
  const main = (list) => list.find((f) => f.f === 'taskpane.js');
  console.log(`  mẫu React của Microsoft: vẽ lần đầu (FCP) ${ms(r.template.fcp)} · nút hiện ra ${ms(r.template.visible)} · taskpane.js ${kb([main(r.sizes.peer)])}`);
  console.log(
    `  Phụ lục: vẽ lần đầu (FCP) ${ms(r.pane.fcp)} · thanh thẻ hiện ra ${ms(r.pane.visible)} (${ratio(r.pane.visible, r.template.visible)} mẫu) · thẻ Nhập dùng được ${ms(r.pane.ready)} (${ratio(r.pane.ready, r.template.visible)}) · ` +
      `taskpane.js ${kb([main(r.sizes.pane)])}, cả các phần tải sau ${kb(r.sizes.pane.filter((f) => f.f !== 'commands.js' && f.f !== 'legacy-check.js'))}`,
  );
  console.log(
    `  Mục tiêu: thanh thẻ hiện ra ≤ 1,2× mẫu: ${ratio(r.pane.visible, r.template.visible)} → ${verdict(r.pane.visible <= 1.2 * r.template.visible, Number.isFinite(r.pane.visible / r.template.visible))}`,
  );
  return r;
}

async function main() {
  const argv = process.argv.slice(2);
  if (!argv.includes('--pane-only')) run(argv);
  const paneToo = !argv.includes('--no-pane') && !argv.includes('--core-only');
  if (paneToo || argv.includes('--pane-only')) {
    const r = await pane(argv);
    if (argv.includes('--json') && r) console.log(JSON.stringify({ pane: r }));
  }
}

function run(argv) {
  const big = argv.includes('--big');
  const runsAt = argv.indexOf('--runs');
  const runs = Math.max(3, runsAt >= 0 ? Number(argv[runsAt + 1]) || 3 : 3);
  const positional = argv.filter((a, i) => !a.startsWith('--') && !['--runs', '--loads', '--throttle'].includes(argv[i - 1]));
  const sizes = (positional[0] || '1000,10000,50000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  if (big && !sizes.includes(200000)) sizes.push(200000);
  build();
  const cpuName = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || os.cpus()[0].model;
  console.log(
    `Máy: ${os.cpus().length} lõi (nproc ${execFileSync('nproc').toString().trim()}), ${cpuName}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ` +
      `tải trung bình ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')} (1/5/15 phút). Thời gian: CPU (user+sys), trung vị của ${runs} lần chạy xen kẽ.`,
  );
  const gen = generator();
  console.log(
    gen.realistic
      ? `Dữ liệu: bộ sinh thực tế ${gen.name}.`
      : `Dữ liệu: KHÔNG thấy ../shared/tools/bench/realistic.js — dùng ${gen.name} (lặp các dòng mẫu: gần như mọi nhiệm vụ trùng, mọi chủ trì trúng bộ nhớ đệm, đọc và kiểm tra trông nhanh hơn thực tế ~1,4×).`,
  );
  const python = xlsxWriterPython();
  const xlsxwriter = python !== null;
  if (!xlsxwriter) console.log('XlsxWriter: bỏ qua — python3 chưa có gói xlsxwriter (apt install python3-xlsxwriter).');

  const st = startup(Math.max(5, runs));
  const base = st['node -e 0'].cpu;
  console.log(
    `\nKhởi động CLI (tệp nhỏ): node -e 0 ${ms(base)} · phuluc parse ${ms(st['phuluc parse'].cpu)} (${ratio(st['phuluc parse'].cpu, base)}) · ` +
      `phuluc validate ${ms(st['phuluc validate'].cpu)} (${ratio(st['phuluc validate'].cpu, base)}) · RSS đỉnh ${mb(st['phuluc parse'].rss)} / ${mb(st['node -e 0'].rss)}`,
  );

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-'));
  const results = [];
  try {
    for (const n of sizes) {
      const planFile = path.join(tmp, `plan-${n}.bin`);
      const cellsFile = path.join(tmp, `cells-${n}.json`);
      const writers = argv.includes('--core-only') ? [] : ['ours', 'exceljs-stream', 'exceljs-memory', 'floor', ...(xlsxwriter ? ['xlsxwriter'] : [])];
      const got = { core: [], ...Object.fromEntries(writers.map((w) => [w, []])) };
      for (let r = 0; r < runs; r++) {
        const core = worker(['core', String(n), planFile]);
        got.core.push(core);
        if (core.error) break;
        if (r === 0 && xlsxwriter) worker(['write', 'cells-json', planFile, cellsFile]);
        const order = writers.map((_, i) => writers[(i + r) % writers.length]);
        for (const w of order) {
          const out = path.join(tmp, `${w}-${n}.xlsx`);
          if (w === 'xlsxwriter') {
            const p = spawnSync(python, [path.join(__dirname, 'bench', 'xlsxwriter_peer.py'), cellsFile, out, '0'], { encoding: 'utf8' });
            got[w].push(p.status === 0 ? JSON.parse(p.stdout.trim().split('\n').pop()) : { error: (p.stderr || '').trim().split('\n').pop() });
          } else got[w].push(worker(['write', w, planFile, out]));
          fs.rmSync(out, { force: true });
        }
      }
      const office = got.core[0] && !got.core[0].error ? worker(['office', planFile]) : { error: 'no plan' };
      const m = (list, f) => median(list.filter((x) => !x.error).map(f));
      const row = {
        n,
        error: got.core.find((c) => c.error)?.error,
        regex: m(got.core, (c) => c.regex.cpu),
        parse: m(got.core, (c) => c.parse.cpu),
        validate: m(got.core, (c) => c.validate.cpu),
        parseValidate: m(got.core, (c) => c.parse.cpu + c.validate.cpu),
        plan: m(got.core, (c) => c.plan.cpu),
        peakParse: m(got.core, (c) => c.parse.peak),
        peakValidate: m(got.core, (c) => c.validate.peak),
        peakPlan: m(got.core, (c) => c.plan.peak),
        office,
        writers: Object.fromEntries(
          writers.map((w) => [
            w,
            { cpu: m(got[w], (x) => x.cpu), peak: m(got[w], (x) => x.peak ?? x.maxRSS), bytes: m(got[w], (x) => x.bytes), error: got[w].find((x) => x.error)?.error },
          ]),
        ),
      };
      results.push(row);
      const W = row.writers;
      console.log(`\n${n.toLocaleString('en-US')} nhiệm vụ${row.error ? ` — LỖI: ${row.error}` : ''}`);
      console.log(
        `  đọc ${ms(row.parse)} · kiểm tra ${ms(row.validate)} · đọc+kiểm tra ${ms(row.parseValidate)} (${ratio(row.parseValidate, row.regex)} một lượt regex ${ms(row.regex)}) · kế hoạch sổ ${ms(row.plan)}`,
      );
      console.log(`  RSS đỉnh: đọc ${mb(row.peakParse)} · kiểm tra ${mb(row.peakValidate)} · kế hoạch ${mb(row.peakPlan)}`);
      for (const w of writers) {
        const x = W[w];
        const label = {
          ours: 'ghi .xlsx (của ta)',
          'exceljs-stream': 'ExcelJS streaming',
          'exceljs-memory': 'ExcelJS trong bộ nhớ',
          floor: 'sàn (XML + zlib)',
          xlsxwriter: 'XlsxWriter',
        }[w];
        console.log(
          `  ${label.padEnd(22)} ${ms(x.cpu).padStart(9)}  RSS đỉnh ${mb(x.peak).padStart(7)}  ${Number.isFinite(x.bytes) ? `${(x.bytes / 1e6).toFixed(1)} MB` : ''}` +
            `${w === 'ours' ? '' : `  · của ta / cái này ${ratio(W.ours.cpu, x.cpu)}`}${x.error ? `  LỖI: ${x.error}` : ''}`,
        );
      }
      console.log(
        office.error
          ? `  Office.js: ${office.error}`
          : `  Office.js: ${office.syncs} lần sync, ${(office.bytes / 1e6).toFixed(1)} MB yêu cầu (lớn nhất ${(office.maxRequest / 1e6).toFixed(1)} MB/lần), CPU ${ms(office.cpu)} (đo trong ngữ cảnh ghi lại của ta, không phải thư viện của Microsoft)`,
      );
      fs.rmSync(planFile, { force: true });
      fs.rmSync(cellsFile, { force: true });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  console.log('\nMục tiêu');
  const ten = results.find((r) => r.n === 10000);
  const fifty = results.find((r) => r.n === 50000);
  const largest = results[results.length - 1];
  if (ten) {
    console.log(`  đọc+kiểm tra 10.000 ≤ 300 ms CPU: ${ms(ten.parseValidate)} → ${verdict(ten.parseValidate <= 300, Number.isFinite(ten.parseValidate))}`);
    console.log(`  đọc+kiểm tra ≤ 100× một lượt regex: ${ratio(ten.parseValidate, ten.regex)} → ${verdict(ten.parseValidate <= 100 * ten.regex, Number.isFinite(ten.regex))}`);
    console.log(`  kế hoạch sổ 10.000 ≤ 200 ms CPU: ${ms(ten.plan)} → ${verdict(ten.plan <= 200, Number.isFinite(ten.plan))}`);
    if (largest !== ten) {
      const g = (r) => (r.parseValidate + r.plan) / r.n / ((ten.parseValidate + ten.plan) / ten.n);
      console.log(
        `  không siêu tuyến tính: CPU mỗi nhiệm vụ ở ${largest.n.toLocaleString('en-US')} / ở 10.000 = ${g(largest).toFixed(2)}× (≤ 1,5×) → ${verdict(g(largest) <= 1.5, Number.isFinite(g(largest)))}`,
      );
    }
    const W = ten.writers;
    if (W.ours)
      console.log(
        `  ghi ≤ 1,3× ExcelJS streaming (10.000): ${ratio(W.ours.cpu, W['exceljs-stream'].cpu)} → ${verdict(W.ours.cpu <= 1.3 * W['exceljs-stream'].cpu, Number.isFinite(W['exceljs-stream'].cpu))}`,
      );
    if (W.ours)
      console.log(
        `  ghi ≤ 1,5× XlsxWriter (10.000): ${W.xlsxwriter ? `${ratio(W.ours.cpu, W.xlsxwriter.cpu)} → ${verdict(W.ours.cpu <= 1.5 * W.xlsxwriter.cpu, Number.isFinite(W.xlsxwriter.cpu))}` : 'bỏ qua (không có XlsxWriter)'}`,
      );
  }
  if (fifty?.writers.ours)
    console.log(`  RSS đỉnh khi ghi 50.000 ≤ 250 MB: ${mb(fifty.writers.ours.peak)} → ${verdict(fifty.writers.ours.peak <= 250 * 1024, Number.isFinite(fifty.writers.ours.peak))}`);
  const two = results.find((r) => r.n >= 200000);
  if (two?.writers.ours)
    console.log(
      `  ${two.n.toLocaleString('en-US')} nhiệm vụ ghi không hết bộ nhớ: ${two.writers.ours.error ? `LỖI ${two.writers.ours.error}` : `RSS đỉnh ${mb(two.writers.ours.peak)} → ĐẠT`}`,
    );
  console.log(
    `  khởi động parse/validate ≤ 2× node -e 0: ${ratio(st['phuluc parse'].cpu, base)} / ${ratio(st['phuluc validate'].cpu, base)} → ${verdict(Math.max(st['phuluc parse'].cpu, st['phuluc validate'].cpu) <= 2 * base, Number.isFinite(base))}`,
  );
  if (argv.includes('--json')) console.log(JSON.stringify({ startup: st, results }));
  // Office.js requests measured with Microsoft's own client library (excel-web-16.00.debug.js in a
  // vm): syncs, request bytes and actions per import — scripts/bench/office-real.js runs
  // test/helpers/officeRealRequests.ts, the code test/render/office/realLibrary.test.ts checks.
  if (!argv.includes('--json')) {
    console.log('\nOffice.js (thư viện Office.js của Microsoft): số lần sync, kích thước yêu cầu, số lệnh');
    const r = require('child_process').spawnSync(process.execPath, [path.join(__dirname, 'bench', 'office-real.js')], {
      cwd: path.resolve(__dirname, '..'),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const table = `${r.stdout}`.split('\n').filter((l) => /^\s*(nhiệm vụ|[\d,]+) \| /.test(l));
    console.log(table.length ? table.join('\n') : `  (không đo được: ${(r.stderr || '').trim().split('\n').pop() || 'chạy node scripts/bench/office-real.js để xem lỗi'})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
