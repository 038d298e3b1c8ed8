'use strict';
// Task-pane first paint beside Microsoft's React task-pane template (scripts/bench/pane/peer: React
// 18 + Fluent UI v9 FluentProvider, a header and a button), both built here with the add-in's own
// webpack production settings (webpack.config.js), served from 127.0.0.1 and loaded in headless
// Chromium (/usr/bin/chromium or PHULUC_CHROMIUM, driven by playwright-core; no browser is
// downloaded) with office.js stubbed (Office.onReady at once, every ExcelApi set supported).
// Each load is a fresh browser context (empty cache), the two pages interleaved. Per load:
//   fcp     — first-contentful-paint (PerformanceObserver paint entry);
//   visible — the frame after the page's own content is in the document: our tab list
//             ([role=tablist]), the template's button — what a user waits for;
//   ready   — ours only: the frame after the Nhập tab's buttons are in (its chunk has run).
// Used by scripts/bench.js --pane; alone: `node scripts/bench/pane.js [--loads N] [--throttle R]
// [--keep DIR | --reuse DIR]` (--keep leaves the built pages in DIR, --reuse measures them again
// without building).
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = process.env.PHULUC_CHROMIUM || '/usr/bin/chromium';

/** What the page waits for, per page. */
const PAGES = {
  template: { dir: 'peer', file: 'taskpane.html', selector: '[data-testid="peer-button"]' },
  pane: { dir: 'pane', file: 'taskpane.html', selector: '[role="tablist"]', ready: '[data-testid="preview"]' },
};

// Office.onReady as office.js calls it once the host is ready; requirement sets all supported.
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: 'Excel' }, PlatformType: { PC: 'PC' },
  context: { requirements: { isSetSupported: function () { return true; } }, diagnostics: { version: '16.0' } },
  onReady: function (cb) { var info = { host: 'Excel', platform: 'PC' }; return Promise.resolve(info).then(function (i) { if (cb) cb(i); return i; }); },
};`;

// Runs in the page before its scripts: records when the selector's element is first in the
// document and the frame after it is painted.
const WATCH = (marks) => `(() => {
  const marks = ${JSON.stringify(marks)};
  for (const k of Object.keys(marks)) window['__' + k] = null;
  const left = new Set(Object.keys(marks));
  const obs = new MutationObserver(() => {
    for (const k of [...left]) {
      if (!document.querySelector(marks[k])) continue;
      left.delete(k);
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { window['__' + k] = performance.now(); }; ch.port2.postMessage(0); });
    }
    if (!left.size) obs.disconnect();
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

/** Builds both pages into `out` (out/pane, out/peer) with webpack.config.js's production settings. */
async function build(out) {
  const webpack = require('webpack');
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  const base = await require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  const pane = { ...base, mode: 'production', context: ROOT, output: { ...base.output, path: path.join(out, 'pane') } };
  const peer = {
    ...base,
    mode: 'production',
    context: ROOT,
    entry: { taskpane: path.join(__dirname, 'pane', 'peer', 'index.tsx') },
    output: { ...base.output, path: path.join(out, 'peer') },
    plugins: [new HtmlWebpackPlugin({ filename: 'taskpane.html', template: path.join(__dirname, 'pane', 'peer', 'taskpane.html'), chunks: ['taskpane'] })],
  };
  // ts-loader's `exclude: /node_modules/` rule also has to take the peer's .tsx outside src/.
  const stats = await new Promise((resolve, reject) => webpack([pane, peer], (err, s) => (err ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }).slice(0, 2000));
  const size = (dir) =>
    fs
      .readdirSync(path.join(out, dir))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ f, bytes: fs.statSync(path.join(out, dir, f)).size }));
  return { pane: size('pane'), peer: size('peer') };
}

function serve(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const p = path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path.join(root, p);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return !s.length ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Measures both pages: { skipped } when Chromium or playwright-core is missing, else per page the
 * medians { fcp, visible } in ms and every load, and the built scripts' sizes.
 */
async function measurePane({ loads = 11, throttle = 1, keep = null, reuse = null } = {}) {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `không có Chromium (${CHROMIUM}; PHULUC_CHROMIUM chỉ tới trình khác)` };
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch {
    return { skipped: 'không có gói playwright-core' };
  }
  const out = reuse || keep || fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-pane-'));
  fs.mkdirSync(out, { recursive: true });
  const server = await serve(out);
  let browser;
  try {
    const sizes = reuse ? null : await build(out);
    const base = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    const got = { template: [], pane: [] };
    // One load of each first, not counted: Chromium's own start-up (and the build's load on the
    // machine) would fall on whichever page came first.
    for (let i = -1; i < loads; i++) {
      const order = i % 2 ? ['pane', 'template'] : ['template', 'pane'];
      for (const name of order) {
        const page = PAGES[name];
        const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
        await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }));
        const tab = await context.newPage();
        if (throttle > 1) {
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        }
        await tab.addInitScript(WATCH(page.ready ? { visible: page.selector, ready: page.ready } : { visible: page.selector }));
        await tab.goto(`${base}/${page.dir}/${page.file}`, { waitUntil: 'load' });
        await tab.waitForFunction((ready) => window.__visible !== null && (!ready || window.__ready !== null), !!page.ready, { timeout: 60000 });
        // The paint entry is queued a little after the frame: wait for it (a page may paint nothing first).
        await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5000 }).catch(() => undefined);
        const r = await tab.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          visible: window.__visible,
          ready: window.__ready ?? NaN,
        }));
        if (i >= 0) got[name].push(r);
        await context.close();
      }
    }
    const sum = (list) => ({ fcp: median(list.map((r) => r.fcp)), visible: median(list.map((r) => r.visible)), ready: median(list.map((r) => r.ready)), loads: list });
    return { template: sum(got.template), pane: sum(got.pane), sizes, loads, throttle };
  } finally {
    if (browser) await browser.close();
    server.close();
    if (!keep && !reuse) fs.rmSync(out, { recursive: true, force: true });
  }
}

module.exports = { measurePane };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const opt = (name, d) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) || d : d);
  const dir = (name) => (argv.includes(name) ? path.resolve(argv[argv.indexOf(name) + 1]) : null);
  measurePane({ loads: opt('--loads', 11), throttle: opt('--throttle', 1), keep: dir('--keep'), reuse: dir('--reuse') }).then(
    (r) => console.log(JSON.stringify(r, null, 1)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
