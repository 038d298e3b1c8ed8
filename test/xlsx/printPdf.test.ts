/**
 * The printed appendix, as LibreOffice prints the command line's workbook to PDF: only the
 * document's columns, body text at 11 pt or more on paper, the header row on every page, page
 * numbers centred at the top from each sheet's second page (NĐ 30/2020: not on the first page,
 * each appendix numbered on its own), and no more pages than the rows' heights need.
 *
 * Page bound, by hand: A4 landscape between the margins is 210 − 20 − 20 = 170 mm = 481.9 pt
 * high; the repeated header row takes 32 pt, leaving 449.9 pt for rows. A row that does not fit
 * at a page's end goes to the next page: allowing 15 % of each page for that, a sheet needs at
 * most ⌈Σ row heights / (449.9 × 0.85)⌉ pages, plus one for the title block.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import { HEADER } from '../../src/core/columnRegistry';
import { runCli } from '../helpers/cli';
import { seedPath, seedText } from '../helpers/seeds';
import { sofficeConvert } from '../helpers/xlsxRecalc';
import { bodySize, PdfPage, pdfPages } from '../helpers/pdfPages';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-print-'));
const ROOM = 481.9 - 32;

type Kind = 'summary' | 'appendix' | 'check' | 'catalogue';
/** Which sheet each page belongs to: a sheet starts on the page with its title. */
function sheetsOf(pages: PdfPage[]): Array<{ kind: Kind; start: number; pages: PdfPage[] }> {
  const out: Array<{ kind: Kind; start: number; pages: PdfPage[] }> = [];
  for (const p of pages) {
    const kind: Kind | null = /TỔNG HỢP TÌNH HÌNH/.test(p.text)
      ? 'summary'
      : /KIỂM TRA PHỤ LỤC/.test(p.text)
        ? 'check'
        : /DANH MỤC DÙNG CHO/.test(p.text)
          ? 'catalogue'
          : /^\s*PHỤ LỤC\b/m.test(p.text)
            ? 'appendix'
            : null;
    if (kind) out.push({ kind, start: p.number, pages: [p] });
    else out[out.length - 1].pages.push(p);
  }
  return out;
}

function printed(seed: string): PdfPage[] {
  const book = join(dir, `${seed}.xlsx`);
  const r = runCli(['import', seedPath(seed), '-o', book, '--as-of', '2026-11-30']);
  expect(r.code).toBe(0);
  return pdfPages(sofficeConvert(book, dir, 'pdf'));
}

/** Σ of the planned heights of each appendix's table rows (points; 15.75 for a one-line row). */
function rowHeights(seed: string): number[] {
  const { appendices } = buildWorkbook({ programme: importProgramme(seedText(seed)), settings: { asOf: '2026-11-30', dueSoonDays: 30 } });
  return appendices.map(({ sheet }) => {
    const t = sheet.tables[0];
    return t.rows.reduce((sum, _r, i) => sum + (sheet.heights?.[t.row + 1 + i] ?? 15.75), 0);
  });
}

describe.each(['001', '004'])('printing seed %s', (seed) => {
  let pages: PdfPage[];
  let sheets: ReturnType<typeof sheetsOf>;
  beforeAll(() => {
    pages = printed(seed);
    sheets = sheetsOf(pages);
  }, 180_000);

  it('prints each appendix at 11 pt or more, without the tracking columns, the header on every page', () => {
    const appendices = sheets.filter((s) => s.kind === 'appendix');
    expect(appendices.length).toBeGreaterThan(0);
    for (const a of appendices) {
      for (const p of a.pages) {
        expect(Math.min(...p.sizes.keys())).toBeGreaterThanOrEqual(11);
        for (const h of [HEADER.kind, HEADER.due, HEADER.doneDate, HEADER.status, 'Chú giải màu']) expect(p.text).not.toContain(h);
        expect(p.text).toMatch(/\b(TT|STT)\b/);
      }
    }
  });

  it('numbers each sheet on its own, at the top, from its second page', () => {
    const firstLine = (p: PdfPage): string =>
      p.text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? '';
    const several = sheets.filter((s) => s.pages.length > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const s of sheets) {
      expect(firstLine(s.pages[0])).not.toMatch(/^\d+$/);
      s.pages.slice(1).forEach((p, i) => expect(firstLine(p)).toBe(String(i + 2)));
    }
  });

  it('needs no more pages than the rows’ heights', () => {
    const appendices = sheets.filter((s) => s.kind === 'appendix');
    const heights = rowHeights(seed);
    expect(appendices.length).toBe(heights.length);
    appendices.forEach((a, i) => expect(a.pages.length).toBeLessThanOrEqual(Math.ceil(heights[i] / (ROOM * 0.85)) + 1));
  });

  it('prints Kiểm tra readably, with a column for the reviewer', () => {
    const check = sheets.find((s) => s.kind === 'check')!;
    for (const p of check.pages) expect(bodySize(p)).toBeGreaterThanOrEqual(11);
    expect(check.pages[0].text).toContain('Đã xử lý');
  });
});
