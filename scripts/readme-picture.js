/**
 * Draws the README's picture of the workbook: the demo workbook of seed 003 (out/003.xlsx, from
 * `npm run demo`), exported to HTML by LibreOffice (which applies the status colours of the
 * conditional formats), photographed by Chromium (playwright-core, Debian's /usr/bin/chromium).
 * Writes assets/readme/so-theo-doi.png. Not part of the tests; run by hand after layout changes:
 *   npm run demo && node scripts/readme-picture.js
 */
const { execFileSync } = require('child_process');
const { mkdtempSync, readdirSync } = require('fs');
const { tmpdir } = require('os');
const { join, resolve } = require('path');
const { chromium } = require('playwright-core');

const ROOT = resolve(__dirname, '..');
const BOOK = join(ROOT, 'out', '003.xlsx');
const OUT = join(ROOT, 'assets', 'readme', 'so-theo-doi.png');

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-picture-'));
  execFileSync('soffice', ['--headless', '--convert-to', 'html', '--outdir', dir, BOOK], { stdio: 'ignore', timeout: 120000 });
  const html = readdirSync(dir).find((f) => f.endsWith('.html'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(`file://${join(dir, html)}`);
    // The second table is the first appendix sheet (the first is Tổng hợp).
    const table = page.locator('table').nth(1);
    const box = await table.boundingBox();
    await page.screenshot({ path: OUT, clip: { x: box.x, y: box.y, width: Math.min(box.width, 1400), height: 620 }, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`Đã ghi ${OUT}`);
}

main().catch((e) => {
  console.error(`Không vẽ được ảnh: ${e.message}`);
  process.exit(1);
});
