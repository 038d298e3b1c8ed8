/**
 * The use cases of src/app on a workbook held in memory (test/helpers/memoryPort.ts): what each
 * reads, what it writes, what it refuses, with the messages a host shows as they are.
 */
import {
  amendForImport,
  amendmentFromPaste,
  amendProgramme,
  checkWorkbook,
  Clock,
  importIntoWorkbook,
  joinProgrammes,
  prepareImport,
  previewWorkbookAmendment,
  programmeOf,
  readPaste,
  refreshSummary,
  workbookProgramme,
} from '../../src/app';
import { encodeTcvn3 } from '../../src/core/input/tcvn3';
import type { Programme } from '../../src/core/model';
import { MemoryPort } from '../helpers/memoryPort';
import { seedText } from '../helpers/seeds';
import { disasterProgramme, tourismPlan } from '../helpers/programmeTexts';

const clock: Clock = { today: () => '2026-05-15', stamp: () => '15-05-2026 08-30-00', time: () => '2026-05-15T08:30:00' };

// An invented plan pasted from Word: a header and three numbered tasks (TAB-separated).
const PLAN = [
  'KẾ HOẠCH',
  'Triển khai chuyển đổi số trong các cơ quan hành chính năm 2026',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
  '1\tXây dựng kho dữ liệu dùng chung của tỉnh\tSở Khoa học và Công nghệ\tCác sở, ngành\tQuý III/2026',
  '2\tSố hoá hồ sơ, kết quả giải quyết thủ tục hành chính\tVăn phòng UBND tỉnh\tSở Nội vụ\tNăm 2026',
  '3\tTập huấn kỹ năng số cho cán bộ, công chức\tSở Nội vụ\t\tThường xuyên',
].join('\n');

function programme(text = PLAN): Programme {
  const doc = readPaste(text);
  if (!doc.ok) throw new Error(doc.message);
  const p = programmeOf(doc.value.document);
  if (!p.ok) throw new Error(p.message);
  return p.value;
}

/** Row (1-based) and column of a column of the n-th item (0-based) in the first appendix written. */
async function cellOf(port: MemoryPort, n: number, header: string) {
  const snap = await port.read();
  if (!snap.ok || !snap.value) throw new Error('nothing written');
  const t = snap.value.tables[0];
  return { sheet: t.sheet, row: t.headerRow + 1 + n, col: t.firstCol + t.headers.indexOf(header) };
}

describe('reading a programme (programmeOf)', () => {
  it('reads the three tasks of the pasted table, in order', () => {
    const p = programme();
    expect(p.tables).toHaveLength(1);
    expect(p.tables[0].items.map((i) => [i.tt, i.lead])).toEqual([
      ['1', 'Sở Khoa học và Công nghệ'],
      ['2', 'Văn phòng UBND tỉnh'],
      ['3', 'Sở Nội vụ'],
    ]);
  });

  it('refuses a table with a header and no row, saying why (no-tasks)', () => {
    const doc = readPaste('TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n');
    if (!doc.ok) throw new Error(doc.message);
    const p = programmeOf(doc.value.document);
    expect(p).toEqual({ ok: false, reason: 'no-tasks', message: expect.stringMatching(/^Không tìm thấy nhiệm vụ nào/) });
  });

  it('joins several documents into one programme, tables in order', () => {
    const joined = joinProgrammes([programme(), programme(PLAN.replace('năm 2026', 'năm 2027'))]);
    expect(joined.tables).toHaveLength(2);
    expect(joined.title).toContain(' + ');
  });
});

describe('import into a workbook (importIntoWorkbook)', () => {
  it('writes a new workbook: summary, the appendix, Kiểm tra and Danh mục; nothing to keep', async () => {
    const port = new MemoryPort();
    const r = await importIntoWorkbook(port, { programme: programme(), settings: { asOf: '2026-06-30' }, clock });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.items).toBe(3);
    expect(r.value.keep).toBeNull();
    expect(r.value.lines).toEqual([]);
    expect(port.writes).toHaveLength(1);
    const names = r.value.written.sheets;
    expect(names[0]).toBe('Tổng hợp');
    expect(names).toEqual(expect.arrayContaining(['Kiểm tra', 'Danh mục']));
    expect(r.value.prepared.asOf).toBe('2026-06-30');
    expect(r.value.prepared.dueSoonDays).toBe(30);
  });

  it('a re-import keeps the Tiến độ a user typed and carries the report date of the old Tổng hợp', async () => {
    const port = new MemoryPort();
    await importIntoWorkbook(port, { programme: programme(), settings: { asOf: '2026-06-30', dueSoonDays: 15 }, clock });
    const c = await cellOf(port, 1, 'Tiến độ');
    port.type(c.sheet, c.row, c.col, 'Đang thực hiện');
    const r = await importIntoWorkbook(port, { programme: programme(), settings: {}, clock });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.keep!.kept).toBe(1);
    expect(r.value.keep!.backupSheet).toMatch(/^Sao lưu/);
    expect(r.value.lines[0]).toMatch(/^Giữ lại 1 ô người dùng đã nhập/);
    // Not given again: the date and the window come from the old Tổng hợp.
    expect(r.value.prepared.asOf).toBe('2026-06-30');
    expect(r.value.prepared.dueSoonDays).toBe(15);
    expect(r.value.prepared.carriedLine).toBe('Ngày báo cáo giữ như sổ cũ: 30/06/2026; số ngày cảnh báo: 15.');
    const after = await cellOf(port, 1, 'Tiến độ');
    const snap = await port.read();
    if (!snap.ok || !snap.value) throw new Error('read');
    const t = snap.value.tables.find((x) => x.sheet === after.sheet)!;
    expect(t.rows[1][t.headers.indexOf('Tiến độ')]).toBe('Đang thực hiện');
  });

  it("settings given win over the old workbook's; no line about carrying them", async () => {
    const port = new MemoryPort();
    await importIntoWorkbook(port, { programme: programme(), settings: { asOf: '2026-06-30' }, clock });
    const p = await prepareImport(port, { programme: programme(), settings: { asOf: null, dueSoonDays: 7 }, clock });
    if (!p.ok) throw new Error(p.message);
    expect(p.value.asOf).toBeNull();
    expect(p.value.dueSoonDays).toBe(7);
    expect(p.value.carriedLine).toBeUndefined();
  });

  it('a workbook the port refuses to read is never written', async () => {
    const port = new MemoryPort();
    port.refuse = 'tệp kết quả "so.xlsx" là một sổ Excel không do Phụ lục tạo: không ghi đè.';
    const r = await importIntoWorkbook(port, { programme: programme(), settings: {}, clock });
    expect(r).toEqual({ ok: false, message: port.refuse });
    expect(port.writes).toEqual([]);
  });

  it("a refused write comes back as the port's message", async () => {
    const port = new MemoryPort();
    port.refuseWrite = 'không đủ chỗ trên đĩa';
    const r = await importIntoWorkbook(port, { programme: programme(), settings: {}, clock });
    expect(r).toEqual({ ok: false, message: 'không đủ chỗ trên đĩa' });
  });
});

describe('the workbook as users left it', () => {
  it('an empty workbook has no programme (no-tables), and nothing to redraw', async () => {
    const port = new MemoryPort();
    expect(await workbookProgramme(port)).toEqual({ ok: false, reason: 'no-tables', message: expect.stringMatching(/chưa có bảng phụ lục/) });
    expect(await refreshSummary(port, { asOf: null, dueSoonDays: 30 }, clock)).toEqual({ ok: false, message: expect.stringMatching(/chưa có bảng phụ lục/) });
  });

  it('check: a Tiến độ value not in the list is an error naming its cell', async () => {
    const port = new MemoryPort();
    await importIntoWorkbook(port, { programme: programme(), settings: { asOf: '2026-06-30' }, clock });
    const before = await checkWorkbook(port);
    if (!before.ok) throw new Error(before.message);
    expect(before.value.report.findings.filter((f) => f.rule === 'tracking.progress')).toEqual([]);
    const c = await cellOf(port, 2, 'Tiến độ');
    port.type(c.sheet, c.row, c.col, 'Xong rồi');
    const after = await checkWorkbook(port);
    if (!after.ok) throw new Error(after.message);
    const bad = after.value.report.findings.filter((f) => f.rule === 'tracking.progress');
    expect(bad).toHaveLength(1);
    expect(bad[0].severity).toBe('error');
  });

  it('refreshSummary redraws Tổng hợp only', async () => {
    const port = new MemoryPort();
    await importIntoWorkbook(port, { programme: programme(), settings: { asOf: '2026-06-30' }, clock });
    const r = await refreshSummary(port, { asOf: '2026-12-31', dueSoonDays: 30 }, clock);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.sheets).toEqual(['Tổng hợp']);
    expect(port.writes[1].sheets.map((s) => s.name)).toEqual(['Tổng hợp']);
  });
});

describe('amendments', () => {
  // A short amending part for seed 001 (its point (2) of Mục 1.7 removed: see test/core/amend/notLost).
  const AMEND = ['A- NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG CHƯƠNG TRÌNH HÀNH ĐỘNG', '1.7. Mục 1.7', 'Lược bỏ điểm (2)'].join('\n');

  it('a pasted amendment in TCVN3 is converted, then applied to the programme in the workbook', async () => {
    const base = readPaste(seedText('001'));
    if (!base.ok) throw new Error(base.message);
    const p = programmeOf(base.value.document);
    if (!p.ok) throw new Error(p.message);
    const port = new MemoryPort();
    await importIntoWorkbook(port, { programme: p.value, settings: { asOf: '2026-06-30' }, clock });
    const text = amendmentFromPaste(encodeTcvn3(AMEND));
    if (!text.ok) throw new Error(text.message);
    expect(text.value.note).toMatch(/TCVN3/);
    expect(text.value.text).toContain('Lược bỏ điểm (2)');
    const preview = await previewWorkbookAmendment(port, text.value);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.result.changes).toEqual([expect.objectContaining({ op: 'remove', section: '1.7', point: '(2)' })]);
    const w = await importIntoWorkbook(port, { programme: preview.value.base, amendment: preview.value.result, settings: {}, clock });
    if (!w.ok) throw new Error(w.message);
    expect(w.value.written.sheets).toContain('Điều chỉnh');
  });

  it('refuses an empty amendment and a workbook with nothing to amend', async () => {
    const port = new MemoryPort();
    expect(await previewWorkbookAmendment(port, { text: '  ' })).toEqual({ ok: false, message: expect.stringMatching(/^Chưa có văn bản điều chỉnh/) });
    expect(await previewWorkbookAmendment(port, { text: AMEND })).toEqual({ ok: false, message: expect.stringMatching(/chưa có bảng phụ lục/) });
  });

  it('refuses to guess which programme an amendment is for when the workbook holds two', async () => {
    const port = new MemoryPort();
    const tourism = programme(tourismPlan());
    await importIntoWorkbook(port, { programme: tourism, settings: { asOf: '2026-06-30' }, clock });
    const both = await importIntoWorkbook(port, { programme: programme(disasterProgramme()), settings: {}, clock, choice: 'keep-both' });
    if (!both.ok) throw new Error(both.message);
    const writes = port.writes.length;
    const r = await previewWorkbookAmendment(port, { text: AMEND });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^Sổ này có 2 chương trình \(CT1 .*15-KH\/UBND.*; CT2 .*07-CTr\/HU.*\): chưa biết văn bản điều chỉnh áp dụng cho chương trình nào\./);
    expect(r.message).toContain('--amend');
    expect(port.writes.length).toBe(writes);
  });

  it('import --amend needs exactly one table; amend needs at least one operation', () => {
    const two = joinProgrammes([programme(), programme()]);
    expect(amendForImport(two, AMEND)).toEqual({ ok: false, message: expect.stringContaining('(văn bản gốc có 2 bảng)') });
    expect(amendProgramme(programme(), 'Một đoạn không có thao tác nào.')).toEqual({ ok: false, reason: 'no-operations' });
  });
});
