#!/usr/bin/env node
// npm run corpus -- <folder> [--json] [--no-build]
// Measures the importer on a folder of real documents: for every NAME.docx / NAME.txt / NAME.md
// it prints tables, items, items with a lead, items with a due date, sections, not-imported
// paragraphs and the time taken (read + import), through the same path as `phuluc parse`.
// A document the importer refuses shows its message in its row; the run goes on. Exit 0 when the
// folder could be read, 2 (with a Vietnamese message) when it cannot. Not part of npm test.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');

const ROOT = path.join(__dirname, '..');
const FORMS = ['.txt', '.md', '.docx', '.html', '.htm'];
const USAGE = 'Cách dùng: npm run corpus -- <thư mục> [--json] [--no-build]';

/** Parses argv: one folder, --json, --no-build; anything else is an error message. */
function parseArgs(argv) {
  const opts = { dir: null, json: false, build: true };
  for (const a of argv) {
    if (a === '--json') opts.json = true;
    else if (a === '--no-build') opts.build = false;
    else if (a.startsWith('-')) return { error: `Tùy chọn không hợp lệ: ${a}\n${USAGE}` };
    else if (opts.dir) return { error: `Chỉ nhận một thư mục.\n${USAGE}` };
    else opts.dir = a;
  }
  if (!opts.dir) return { error: USAGE };
  return opts;
}

/** The documents of a folder, by name: [{ name, files: [path …] }] with .txt/.md before .docx. */
function documents(dir) {
  const byName = new Map();
  for (const f of fs.readdirSync(dir).sort()) {
    const ext = path.extname(f).toLowerCase();
    if (!FORMS.includes(ext) || /^readme\./i.test(f)) continue; // the folder's own notes are no document
    const name = f.slice(0, -ext.length);
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name).push(path.join(dir, f));
  }
  for (const files of byName.values()) files.sort((a, b) => FORMS.indexOf(path.extname(a).toLowerCase()) - FORMS.indexOf(path.extname(b).toLowerCase()));
  return [...byName].map(([name, files]) => ({ name, files }));
}

/** One measured row: counts of the imported programme, or the refusal message. */
async function measure(file, readProgramme) {
  const t = performance.now();
  let read;
  try {
    read = await readProgramme(file);
  } catch (e) {
    read = { ok: false, message: `lỗi nội bộ: ${e && e.message ? e.message : String(e)}` };
  }
  const ms = performance.now() - t;
  const row = { file: path.basename(file), form: path.extname(file).slice(1).toLowerCase(), ms: Math.round(ms) };
  if (!read.ok) return { ...row, refused: read.message };
  const p = read.value;
  const items = p.tables.flatMap((tb) => tb.items);
  return {
    ...row,
    shape: p.shape,
    quality: p.quality,
    tables: p.tables.length,
    items: items.length,
    withLead: items.filter((i) => i.lead && i.lead.trim()).length,
    withDue: items.filter((i) => i.time && i.time.due).length,
    sections: p.tables.reduce((s, tb) => s + tb.sections.length, 0),
    notImported: p.notImported.length,
  };
}

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

function table(rows) {
  const head = ['tệp', 'bảng', 'nhiệm vụ', 'có chủ trì', 'có hạn', 'mục', 'không nhập', 'thời gian'];
  const w = Math.max(4, ...rows.map((r) => r.file.length));
  const lines = [[pad(head[0], w), ...head.slice(1).map((h) => padL(h, 10))].join(' ')];
  for (const r of rows) {
    const time = padL(`${r.ms} ms`, 10);
    if (r.refused) lines.push(`${pad(r.file, w)} ${time}  TỪ CHỐI: ${r.refused}`);
    else lines.push([pad(r.file, w), ...[r.tables, r.items, r.withLead, r.withDue, r.sections, r.notImported].map((v) => padL(v, 10)), time].join(' '));
  }
  return lines.join('\n');
}

async function run(argv) {
  const opts = parseArgs(argv);
  if (opts.error) {
    process.stderr.write(`${opts.error}\n`);
    return 2;
  }
  let stat;
  try {
    stat = fs.statSync(opts.dir);
  } catch {
    stat = null;
  }
  if (!stat || !stat.isDirectory()) {
    process.stderr.write(`Lỗi: không tìm thấy thư mục "${opts.dir}".\n${USAGE}\n`);
    return 2;
  }
  if (opts.build) {
    // Measure the current source, not a stale lib/.
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.cli.json')], { stdio: 'inherit', cwd: ROOT });
  }
  const { readProgramme } = require(path.join(ROOT, 'lib/cli/io'));
  const docs = documents(opts.dir);
  const rows = [];
  for (const d of docs) for (const f of d.files) rows.push({ document: d.name, ...(await measure(f, readProgramme)) });
  if (opts.json) process.stdout.write(`${JSON.stringify({ folder: path.resolve(opts.dir), documents: rows }, null, 2)}\n`);
  else if (!rows.length) process.stdout.write(`Thư mục "${opts.dir}" không có tệp .txt, .md, .docx hay .html nào.\n`);
  else process.stdout.write(`${table(rows)}\n\n${rows.length} tệp, ${rows.filter((r) => r.refused).length} bị từ chối.\n`);
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`Lỗi: ${e && e.message ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
