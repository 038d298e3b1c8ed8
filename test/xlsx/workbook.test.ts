/**
 * Workbooks for the seeds, written by each writer — the ExcelJS renderer and the streaming writer
 * the command line uses (src/render/xlsx) — and checked by real readers:
 * LibreOffice recalculates (one conversion per workbook), openpyxl reads the original file's
 * structure and the recalculated values.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { applyAmendment } from '../../src/core/amend';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook, PlannedWorkbook, PlanInput } from '../../src/core/plan';
import { addr } from '../../src/core/plan/layout';
import { isoToSerial } from '../../src/core/status';
import { workbookBytes } from '../../src/render/exceljs';
import { streamWorkbookBytes } from '../../src/render/xlsx';
import { countMismatches, statusMismatches, textMismatches } from '../helpers/xlsxChecks';
import { handAmendment, handFindings } from '../helpers/xlsxFixtures';
import { inspectXlsx, sheetOf, WorkbookDump } from '../helpers/xlsxInspect';
import { recalc } from '../helpers/xlsxRecalc';
import { seedText } from '../helpers/seeds';

const AS_OF = '2026-06-15';
const settings = { asOf: AS_OF, dueSoonDays: 30 };
const dir = mkdtempSync(join(tmpdir(), 'phuluc-xlsx-'));

interface Checked {
  built: PlannedWorkbook;
  original: WorkbookDump;
  recalculated: WorkbookDump;
}

type Writer = (plan: PlannedWorkbook['plan']) => Promise<Buffer>;
const WRITERS: Array<[string, Writer]> = [
  ['ExcelJS', workbookBytes],
  ['streaming', (plan) => streamWorkbookBytes(plan)],
];
let writer: [string, Writer] = WRITERS[0];

async function writeAndRead(name: string, built: PlannedWorkbook): Promise<Checked> {
  const file = join(dir, `${name}-${writer[0]}.xlsx`);
  writeFileSync(file, await writer[1](built.plan));
  return { built, original: inspectXlsx(file), recalculated: inspectXlsx(recalc(file), true) };
}

const build = (input: Partial<PlanInput> & { programme: PlanInput['programme'] }) => buildWorkbook({ settings, ...input });

describe.each(WRITERS)('%s writer', (name, write) => {
  beforeAll(() => {
    writer = [name, write];
  });

  describe('003 (Tuyên Quang): one appendix table', () => {
    let w: Checked;
    beforeAll(async () => {
      w = await writeAndRead('003', build({ programme: importProgramme(seedText('003')), findings: handFindings() }));
    });

    it('LibreOffice computes the same status as the core for every item', () => {
      expect(statusMismatches(w.built, w.recalculated, AS_OF, 30)).toEqual([]);
    });

    it('every summary count equals the core; the totals are the hand count (1 overdue, 12 due soon, 17, 2, 8, 4)', () => {
      expect(w.built.expected.length).toBeGreaterThan(100);
      expect(countMismatches(w.built, w.recalculated)).toEqual([]);
      const s = sheetOf(w.recalculated, 'Tổng hợp');
      const byLabel = (label: string) =>
        s.cells[
          Object.keys(s.cells)
            .find((k) => k.startsWith('A') && s.cells[k] === label)!
            .replace('A', 'B')
        ];
      expect(['Quá hạn', 'Sắp đến hạn', 'Trong hạn', 'Hoàn thành đúng hạn', 'Thường xuyên', 'Chờ hướng dẫn'].map(byLabel)).toEqual([1, 12, 17, 2, 8, 4]);
      expect(byLabel('Tổng số nhiệm vụ (không tính điểm đã lược bỏ)')).toBe(44);
    });

    it('shows the report date and keeps "- " task texts (line 200, II.6) as text', () => {
      const a = sheetOf(w.recalculated, 'Phụ lục');
      expect(a.cells.A4).toBe('Dữ liệu tính đến ngày 15/06/2026');
      expect(textMismatches(w.built, w.original, w.recalculated)).toEqual([]);
      const row = w.built.appendices[0].itemRows[8];
      expect(sheetOf(w.original, 'Phụ lục').types[`B${row}`]).toBe('s');
      expect(a.cells[`B${row}`]).toMatch(/^- Chương trình hành động thực hiện Nghị quyết số 72-NQ\/TW/);
    });

    it('has the table, status colours, drop-down lists, frozen header and NĐ 30/2020 print setup (openpyxl)', () => {
      const s = sheetOf(w.original, 'Phụ lục');
      expect(s.tables.PhuLuc_1).toEqual({
        ref: 'A6:N54',
        columns: [
          'TT',
          'Nhiệm vụ',
          'Cơ quan chủ trì',
          'Thời gian',
          'Thẩm quyền ban hành',
          'Nguồn lực',
          'Ghi chú',
          'Loại thời hạn',
          'Hạn hoàn thành',
          'Tiến độ',
          'Ngày hoàn thành',
          'Tình trạng',
          'Mục',
          'Mã',
        ],
      });
      const cf = (st: string) => s.conditionalFormats.find((c) => c.formula[0] === `$L7="${st}"`);
      expect(cf('Quá hạn')).toMatchObject({ range: 'A7:N54', fill: 'FFC7CE', font: '9C0006' });
      expect(cf('Sắp đến hạn')).toMatchObject({ fill: 'FFEB9C', font: '9C5700' });
      expect(cf('Hoàn thành đúng hạn')).toMatchObject({ fill: 'C6EFCE', font: '006100' });
      expect(cf('Hoàn thành quá hạn')).toBeDefined();
      expect(s.validations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'list', sqref: 'J7:J54', formula1: 'DsTienDo', errorStyle: 'stop' }),
          expect.objectContaining({ type: 'list', sqref: 'C7:C54', formula1: 'DsCoQuan', errorStyle: 'warning' }),
          expect.objectContaining({ type: 'list', sqref: 'F7:F54', formula1: 'DsNguonLuc', errorStyle: 'warning' }),
          expect.objectContaining({ type: 'date', sqref: 'K7:K54' }),
        ]),
      );
      expect(s.freeze).toBe('A7');
      expect(s.printTitleRows).toBe('$6:$6');
      expect(s.page).toMatchObject({ paperSize: 9, orientation: 'landscape' });
      const mm = (inch: number) => Math.round(inch * 25.4);
      expect([s.margins.top, s.margins.bottom, s.margins.left, s.margins.right].map(mm)).toEqual([20, 20, 30, 15]);
      // Page numbers centred at the top from page 2 (NĐ 30/2020); the print area is the document's columns A–G (TT … Ghi chú; H is Loại thời hạn), rows 1–54.
      expect(s.header.oddCenter).toBe('&P');
      expect(s.header.oddCenterFont).toEqual(['Times New Roman,Regular', 13]);
      expect(s.page).toMatchObject({ firstPageNumber: 1, useFirstPageNumber: true });
      expect(s.header.differentFirst).toBe(true);
      expect(s.header.firstCenter ?? '').toBe('');
      expect(s.printArea).toEqual(['$A$1:$G$54']);
      expect(s.fonts.B7).toMatchObject({ name: 'Times New Roman', size: 12 });
      expect(s.fonts.A1).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
      expect(w.original.names).toMatchObject({ NgayBaoCao: "'Tổng hợp'!$B$3", SoNgaySapDenHan: "'Tổng hợp'!$B$4", DsTienDo: "'Danh mục'!$G$5:$G$7" });
      expect(w.original.fullCalcOnLoad).toBe(true);
    });

    it('links each finding of Kiểm tra to its cell', () => {
      const k = sheetOf(w.original, 'Kiểm tra');
      // Errors first (handFindings: the time on heading I is an error, the several leads a warning).
      expect(k.hyperlinks.I5).toBe("'Phụ lục'!D7");
      expect(k.hyperlinks.I6).toBe(`'Phụ lục'!C${w.built.appendices[0].itemRows[8]}`);
    });
  });

  describe('004 (Lai Châu): four appendices, one of indicators', () => {
    let w: Checked;
    beforeAll(async () => {
      w = await writeAndRead('004', build({ programme: importProgramme(seedText('004')) }));
    });
    it('LibreOffice computes the same status as the core for every item of the three task tables', () => {
      expect(statusMismatches(w.built, w.recalculated, AS_OF, 30)).toEqual([]);
    });
    it('every summary count equals the core', () => {
      expect(countMismatches(w.built, w.recalculated)).toEqual([]);
    });
    it('keeps every text as text, and the indicator table has no status column', () => {
      expect(textMismatches(w.built, w.original, w.recalculated)).toEqual([]);
      expect(sheetOf(w.original, 'Phụ lục 1').tables.ChiTieu_1.columns).toEqual(['STT', 'Chỉ tiêu', 'Mục tiêu 2026 - 2030', 'Đơn vị tham mưu']);
    });
  });

  describe('003 amended (hand-made AmendResult), with progress entered by a user', () => {
    let w: Checked;
    beforeAll(async () => {
      const p = importProgramme(seedText('003'));
      const built = build({ programme: p, amendment: handAmendment(p) });
      // What a user types: progress and completion dates, and a due date once guidance arrived.
      const a = built.appendices[0];
      const t = a.sheet.tables[0];
      const set = (item: number, key: keyof typeof a.cols, v: string | number) => (t.rows[a.itemRows[item] - t.row - 1][a.cols[key]! - 1] = v);
      const find = (sec: string, tt: string) => a.table.items.findIndex((i) => i.path[0].startsWith(sec) && i.tt === tt);
      set(find('I.', '3'), 'progress', 'Hoàn thành'); // due 31/03/2026 after the amendment …
      set(find('I.', '3'), 'doneDate', isoToSerial('2026-04-10')); // … done late
      set(find('IV.', '14'), 'doneDate', isoToSerial('2026-05-20')); // done on time (date only)
      set(find('IV.', '16'), 'progress', 'Đang thực hiện'); // still due soon
      set(find('II.', '1'), 'due', isoToSerial('2026-06-01')); // waiting → a date → overdue
      w = await writeAndRead('003-amended', built);
    });
    it('LibreOffice computes the same status as the core, including done late, done on time and removed', () => {
      expect(statusMismatches(w.built, w.recalculated, AS_OF, 30)).toEqual([]);
      const statuses = Object.entries(sheetOf(w.recalculated, 'Phụ lục').cells)
        .filter(([k]) => /^L\d+$/.test(k))
        .map(([, v]) => v);
      expect(statuses).toEqual(expect.arrayContaining(['Hoàn thành quá hạn', 'Hoàn thành đúng hạn', 'Đã lược bỏ', 'Quá hạn']));
    });
    it('keeps the added "=1+1 …" task as text and strikes the removed point through', () => {
      expect(textMismatches(w.built, w.original, w.recalculated)).toEqual([]);
      const s = sheetOf(w.original, 'Phụ lục');
      expect(s.conditionalFormats.find((c) => c.formula[0] === '$L7="Đã lược bỏ"')).toMatchObject({ strike: true });
      expect(sheetOf(w.original, 'Điều chỉnh').tables.DieuChinh.ref).toBe('A4:G7');
    });
  });

  /** Tổng hợp block 2 as LibreOffice recalculated it: agency → its "Tổng". */
  function leadTotals(w: Checked): Map<string, unknown> {
    const s = sheetOf(w.recalculated, 'Tổng hợp');
    const rowOf = (label: string) =>
      Number(
        Object.keys(s.cells)
          .find((k) => /^A\d+$/.test(k) && s.cells[k] === label)!
          .slice(1),
      );
    const header = rowOf('2. Theo cơ quan chủ trì') + 1;
    const totalCol = Object.keys(s.cells)
      .find((k) => k.endsWith(String(header)) && s.cells[k] === 'Tổng')!
      .replace(/\d+$/, '');
    const out = new Map<string, unknown>();
    for (let r = header + 1; s.cells[`A${r}`]; r++) {
      expect(out.has(String(s.cells[`A${r}`]))).toBe(false);
      out.set(String(s.cells[`A${r}`]), s.cells[`${totalCol}${r}`]);
    }
    return out;
  }

  describe('001 (scanned text): leads shown and counted as catalogue names', () => {
    let w: Checked;
    beforeAll(async () => {
      w = await writeAndRead('001', build({ programme: importProgramme(seedText('001')) }));
    });
    it('LibreOffice counts each agency once, as the core does (Đảng ủy UBND tỉnh: 74, see test/core/plan/ocrLeads)', () => {
      expect(statusMismatches(w.built, w.recalculated, AS_OF, 30)).toEqual([]);
      expect(countMismatches(w.built, w.recalculated)).toEqual([]);
      const totals = leadTotals(w);
      expect(totals.get('Đảng ủy UBND tỉnh')).toBe(74);
      expect(totals.has('Pang uy UBND tinh')).toBe(false);
      expect([...totals.values()].reduce((n: number, v) => n + Number(v), 0)).toBe(112);
    });
    it('shows the text as found in "Chủ trì (nguyên văn)", stored as text', () => {
      expect(textMismatches(w.built, w.original, w.recalculated)).toEqual([]);
      const s = sheetOf(w.original, 'Phụ lục');
      expect(s.tables.PhuLuc_1.columns.slice(2, 4)).toEqual(['Cơ quan chủ trì', 'Chủ trì (nguyên văn)']);
      const row = w.built.appendices[0].itemRows[0];
      expect([s.cells[`C${row}`], s.cells[`D${row}`]]).toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Tuyén gido va Dan van Tinh uy']);
    });
  });

  describe('001 with the amendment 000 applied (the real consolidation)', () => {
    let w: Checked;
    beforeAll(async () => {
      const base = importProgramme(seedText('001'));
      w = await writeAndRead('001-000', build({ programme: base, amendment: applyAmendment(base, seedText('000')) }));
    });
    it('LibreOffice computes the same status as the core; summary counts agree; texts stay text', () => {
      expect(statusMismatches(w.built, w.recalculated, AS_OF, 30)).toEqual([]);
      expect(countMismatches(w.built, w.recalculated)).toEqual([]);
      expect(textMismatches(w.built, w.original, w.recalculated)).toEqual([]);
      // One row per agency, 138 points in force (139 with the removed one).
      expect([...leadTotals(w).values()].reduce((n: number, v) => n + Number(v), 0)).toBe(138);
    });
    it('shows the added point 2.1 (9) after the old one, with its Ghi chú, and no row lost', () => {
      const a = w.built.appendices[0];
      const s = sheetOf(w.recalculated, 'Phụ lục');
      expect(a.itemRows.filter((r) => r > 0)).toHaveLength(139);
      const nines = a.table.items.map((it, i) => [it, i] as const).filter(([it]) => it.tt === '(9)' && it.path[it.path.length - 1].startsWith('2.1.'));
      expect(nines).toHaveLength(2);
      const [first, second] = nines.map(([, i]) => a.itemRows[i]);
      expect(second).toBe(first + 1);
      expect(s.cells[addr(second, a.cols.notes!)]).toMatch(/^Điểm bổ sung trùng số \(9\)/);
      expect(s.cells[addr(second, a.cols.task!)]).toMatch(/^Triển khai hiệu quả Nghị quyết số 79-NQ\/TW/);
    });
    it('keeps the removed point (1.1 (2), "Lược bỏ điểm (2)") as "Đã lược bỏ", and logs the changes', () => {
      const a = w.built.appendices[0];
      const removed = a.table.items.map((it, i) => [it, i] as const).filter(([it]) => it.removed);
      expect(removed.length).toBeGreaterThan(0);
      const s = sheetOf(w.recalculated, 'Phụ lục');
      removed.forEach(([, i]) => expect(s.cells[addr(a.itemRows[i], a.cols.status!)]).toBe('Đã lược bỏ'));
      expect(Object.keys(sheetOf(w.original, 'Điều chỉnh').tables)).toEqual(['DieuChinh', 'XungDot', 'KhongApDung']);
    });
  });

  describe('an invented plan with the newer time phrases (durations, recurrences, schedules set elsewhere)', () => {
    const rows: Array<[string, string]> = [
      ['15 ngày làm việc kể từ ngày nhận đủ hồ sơ', 'Không hạn'], // relative: no date until the event
      ['Hằng quý', 'Thường xuyên'],
      ['Trước ngày 15/12 hàng năm', 'Thường xuyên'],
      ['Năm 2025 và các năm tiếp theo', 'Quá hạn'], // first deadline 31/12/2025 is past on 15/06/2026
      ['Bắt đầu triển khai từ năm 2026', 'Thường xuyên'],
      ['Theo lộ trình của Chính phủ', 'Chờ hướng dẫn'],
      ['6 tháng một lần', 'Thường xuyên'],
      ['Chậm nhất ngày 30 tháng 6 năm 2026', 'Sắp đến hạn'],
    ];
    const text = [
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ',
      'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện',
      ...rows.map(([time], i) => `${i + 1}\tNhiệm vụ thử số ${i + 1}\tSở Nội vụ\t${time}`),
    ].join('\n');
    let w: Checked;
    beforeAll(async () => {
      w = await writeAndRead('newer-times', build({ programme: importProgramme(text) }));
    });
    it('LibreOffice computes the status worked out by hand, the same as the core', () => {
      expect(statusMismatches(w.built, w.recalculated, AS_OF, 30)).toEqual([]);
      const a = w.built.appendices[0];
      const s = sheetOf(w.recalculated, 'Phụ lục');
      expect(a.itemRows.map((r) => s.cells[addr(r, a.cols.status!)])).toEqual(rows.map(([, st]) => st));
      expect(a.itemRows.map((r) => s.cells[addr(r, a.cols.kind!)])[0]).toBe('Tính từ sự kiện');
    });
  });

  describe('negative control: a broken workbook fails the same checks', () => {
    let w: Checked;
    beforeAll(async () => {
      const built = build({ programme: importProgramme(seedText('003')) });
      const a = built.appendices[0];
      const t = a.sheet.tables[0];
      t.rows[a.itemRows[8] - t.row - 1][1] = { formula: '1+1' }; // a real formula where text belongs
      const summary = built.plan.sheets[0];
      const overdue = summary.cells.find((c) => c.row === 8 && c.col === 2)!; // "Quá hạn" total
      overdue.value = { formula: `${(overdue.value as { formula: string }).formula}+1` };
      const status = t.rows[a.itemRows[0] - t.row - 1];
      status[a.cols.status! - 1] = 'Quá hạn'; // a status typed in instead of computed
      w = await writeAndRead('003-broken', built);
    });
    it('rejects the formula in a text column, the wrong count and the wrong status', () => {
      const row = w.built.appendices[0].itemRows[8];
      expect(textMismatches(w.built, w.original, w.recalculated)).toEqual([`Phụ lục!B${row}: stored as "f", not text`]);
      // +1 in the formula and the typed-in "Quá hạn" both show; the typed status also moves other counts.
      expect(countMismatches(w.built, w.recalculated)).toEqual(expect.arrayContaining(['Tổng hợp!B8 (Tổng: Quá hạn): 3 ≠ 1', 'Tổng hợp!B11 (Tổng: Hoàn thành đúng hạn): 1 ≠ 2']));
      expect(statusMismatches(w.built, w.recalculated, AS_OF, 30)).toEqual([`Phụ lục!L${w.built.appendices[0].itemRows[0]}: "Quá hạn" ≠ Hoàn thành đúng hạn`]);
    });
  });
});
