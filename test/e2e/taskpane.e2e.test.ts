/**
 * The task pane in a real browser: the production build (webpack, once for this suite), served on
 * localhost, driven by playwright-core with Debian's Chromium. Office.js is replaced by an
 * in-memory workbook (fake-office.js) by answering the request for Microsoft's office.js with it;
 * any other request leaving localhost is blocked and makes the test fail.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'fs';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { extname, join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import { ROOT, seedText } from '../helpers/seeds';

const OUT = join(ROOT, 'test-artifacts', 'e2e-dist');
const SHOT = join(ROOT, 'test-artifacts', 'taskpane-e2e.png');
const SHOT_PREVIEW = join(ROOT, 'test-artifacts', 'taskpane-preview.png');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' };

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  config.output.path = OUT;
  config.context = ROOT;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString('errors-only'))) : resolve())),
  );
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const file = join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/\.\./g, ''));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const hasChromium = existsSync(CHROMIUM);
(hasChromium ? describe : describe.skip)('task pane end to end (Chromium, in-memory workbook)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await build();
    server = await serve(OUT);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const fake = readFileSync(join(__dirname, 'fake-office.js'), 'utf8');
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fake });
      if (url.startsWith(origin)) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(`${origin}/taskpane.html`);
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  const fake = <T>(fn: string): Promise<T> => page.evaluate(fn) as Promise<T>;

  it('keeps the fake out of the production bundle and declares the CSP', () => {
    const html = readFileSync(join(OUT, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    const policy = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy['connect-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy['object-src']).toEqual(["'none'"]);
    // The only address outside the add-in: office.js on Microsoft's CDN.
    expect([...html.matchAll(/https?:\/\/[^\s"'>;]+/g)].map((m) => m[0]).filter((u) => u !== OFFICE_JS)).toEqual(
      ['https://appsforoffice.microsoft.com', 'https://appsforoffice.microsoft.com'],
    );
    expect(readFileSync(join(OUT, 'taskpane.js'), 'utf8')).not.toContain('__fakeExcel');
  });

  it('pastes seed 003, previews it, writes it, validates the sheet and goes to a finding', async () => {
    await page.getByRole('tab', { name: 'Nhập' }).waitFor();
    await page.getByTestId('source').fill(seedText('003'));
    await page.getByTestId('preview').click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    // Seed 003: one 7-column task table, 44 items in 4 sections (see test/core/import/tables003).
    await expect(preview.textContent()).resolves.toContain('1 bảng, 44 dòng');
    await expect(page.getByTestId('preview-table').textContent()).resolves.toContain('44 dòng, 4 mục');
    // The four defects found by hand in test/core/validate/seeds003 are warnings.
    await expect(preview.textContent()).resolves.toContain('0 lỗi, 4 cảnh báo');
    expect(await fake<number>('__fakeExcel.log.syncs')).toBe(0);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: SHOT_PREVIEW, fullPage: true });

    await page.getByTestId('write').click();
    await page.getByTestId('notice-success').waitFor({ timeout: 60000 });
    const sheets = await fake<string[]>('__fakeExcel.wb.sheets.map((s) => s.name)');
    expect(sheets).toEqual(expect.arrayContaining(['Sheet1', 'Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']));
    const table = await fake<{ sheet: string; rows: number; header: string[] }>(`(() => {
      const t = __fakeExcel.wb.tables.find((t) => t.name === 'PhuLuc_1');
      return { sheet: t.sheet.name, rows: t.nr - 1, header: t.getRange().values[0] };
    })()`);
    expect(table.sheet).toBe('Phụ lục');
    expect(table.rows).toBe(44 + 4); // items and section heading rows
    expect(table.header.slice(0, 3)).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì']);
    // No text cell turned into a formula (text formats were set before the values).
    const textFormulas = await fake<number>(`(() => { let n = 0; for (const s of __fakeExcel.wb.sheets) for (const x of s.cells.values()) if (x.f && x.nf === '@') n++; return n; })()`);
    expect(textFormulas).toBe(0);

    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByTestId('validate').click();
    await page.getByTestId('findings').waitFor();
    const text = await page.getByTestId('findings').textContent();
    expect(text).toContain('thiếu 7');
    expect(text).toContain('Bộ Công an');
    expect(await page.getByTestId('finding').count()).toBe(4);

    await page.getByTestId('finding').filter({ hasText: 'Bộ Công an' }).click();
    await page.waitForFunction('__fakeExcel.log.selected !== null');
    const selected = await fake<{ sheet: string; address: string }>('__fakeExcel.log.selected');
    // The Nguồn lực cell holding "Bộ Công an", found in the fake workbook independently.
    const cell = await fake<string>(`(() => {
      const s = __fakeExcel.wb.sheets.find((s) => s.name === 'Phụ lục');
      const t = __fakeExcel.wb.tables.find((t) => t.name === 'PhuLuc_1');
      const col = t.getRange().values[0].indexOf('Nguồn lực');
      for (const [k, x] of s.cells) { const [r, c] = k.split(',').map(Number); if (c === t.c + col && x.v === 'Bộ Công an') return String.fromCharCode(65 + c) + (r + 1); }
      return '';
    })()`);
    expect(selected).toEqual({ sheet: 'Phụ lục', address: cell });

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: SHOT, fullPage: true });
    expect(statSync(SHOT).size).toBeGreaterThan(10000);
    expect(statSync(SHOT_PREVIEW).size).toBeGreaterThan(10000);
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120000);
});
