import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../helpers/excelJsRead';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';
import { editXlsx } from '../helpers/xlsxEdit';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-validate-xlsx-'));
const book = join(dir, 'so.xlsx');

/** Sheet row of 003 item I.2 ("Chương trình phát triển đô thị …"). */
function rowOfUrbanPlan(ws: ExcelJS.Worksheet): number {
  let row = 0;
  ws.eachRow((r, n) => {
    if (!row && r.getCell(1).value === '2' && String(r.getCell(2).value).startsWith('Chương trình phát triển đô thị')) row = n;
  });
  return row;
}

interface JsonFinding {
  rule: string;
  tt: string;
  line: number;
  column: string;
  severity: string;
  value: string | null;
  cell?: string;
}

const key = (f: JsonFinding) => `${f.rule}|${f.tt}|${f.column}|${f.severity}`;
const findingsOf = (file: string): JsonFinding[] => JSON.parse(runCli(['validate', file, '--json']).stdout).findings;

describe('phuluc validate on a workbook checks the table as users left it', () => {
  beforeAll(async () => {
    expect(runCli(['import', seedPath('003'), '-o', book, '--as-of', '2026-06-15']).code).toBe(0);
  });

  it('finds the seed’s defects at their cells', () => {
    const r = runCli(['validate', book, '--json']);
    expect(r.code).toBe(0);
    const findings: JsonFinding[] = JSON.parse(r.stdout).findings;
    // Worked out from seed 003: TT 6 is followed by 8; TT 12's task ends with "," (cut at a page
    // break); TT 15 names two leads; TT 4 (III) gives "Bộ Công an" as its Nguồn lực.
    expect(findings.map((f) => `${f.rule}|${f.tt}|${f.column}`).sort()).toEqual([
      'lead.several|15|lead',
      'resources.unknown|4|resources',
      'structure.cutOff|12|task',
      'structure.gap|8|tt',
    ]);
    // … the same four as validating the document itself, now pointing at cells.
    expect(findings.map((f) => `${f.rule}|${f.tt}|${f.column}`).sort()).toEqual(
      JSON.parse(runCli(['validate', seedPath('003'), '--json']).stdout)
        .findings.map((f: JsonFinding) => `${f.rule}|${f.tt}|${f.column}`)
        .sort(),
    );
    const gap = findings.find((f) => f.tt === '8' && f.column === 'tt')!;
    expect(gap.cell).toBe(`'Phụ lục'!A${gap.line}`);
  });

  it('sees a lead the user deleted, at its cell, as an error', async () => {
    const wb = await readWorkbookFile(book);
    const ws = wb.getWorksheet('Phụ lục')!;
    const row = rowOfUrbanPlan(ws);
    expect(row).toBeGreaterThan(0);
    ws.getCell(row, 3).value = null;
    const edited = join(dir, 'da-sua.xlsx');
    await wb.xlsx.writeFile(edited);
    const r = runCli(['validate', edited, '--json']);
    expect(r.code).toBe(1);
    const missing = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((f) => f.column === 'lead' && f.tt === '2');
    expect(missing).toHaveLength(1);
    expect(missing[0].cell).toBe(`'Phụ lục'!C${row}`);
    const text = runCli(['validate', edited]);
    expect(text.stdout).toContain(`ô 'Phụ lục'!C${row}`);
  });

  it('refuses a workbook it did not write, and a file that is not a workbook', () => {
    const bare = join(dir, 'trong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang 1').getCell('A1').value = 'TT';
    return wb.xlsx.writeFile(bare).then(() => {
      const r = runCli(['validate', bare]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/không có bảng phụ lục do Phụ lục tạo/);
      const fake = join(dir, 'gia.xlsx');
      writeFileSync(fake, 'không phải sổ');
      const f = runCli(['validate', fake]);
      expect(f.code).toBe(2);
      expect(f.stderr).toMatch(/không phải sổ Excel/);
    });
  });

  it('uses the workbook’s own Danh mục agencies', async () => {
    const wb = await readWorkbookFile(book);
    const ws = wb.getWorksheet('Phụ lục')!;
    const row = rowOfUrbanPlan(ws);
    ws.getCell(row, 3).value = 'Ban Quản lý các khu công nghiệp tỉnh';
    const unknown = join(dir, 'co-quan-moi.xlsx');
    await wb.xlsx.writeFile(unknown);
    const flagged = findingsOf(unknown).filter((f) => f.rule === 'lead.unknown');
    expect(flagged.map((f) => f.cell)).toEqual([`'Phụ lục'!C${row}`]);
    // The user confirms the agency on Danh mục: a row taken from the document, renamed, Nguồn changed.
    const cat = wb.getWorksheet('Danh mục')!;
    let catRow = 0;
    cat.eachRow((r, n) => {
      if (!catRow && r.getCell(3).value === 'Có trong văn bản') catRow = n;
    });
    expect(catRow).toBeGreaterThan(0);
    cat.getCell(catRow, 1).value = 'Ban Quản lý các khu công nghiệp tỉnh';
    cat.getCell(catRow, 3).value = 'Người dùng thêm';
    const known = join(dir, 'co-quan-da-them.xlsx');
    await wb.xlsx.writeFile(known);
    expect(findingsOf(known).filter((f) => f.rule === 'lead.unknown')).toEqual([]);
  });
});

/**
 * Reading a workbook back loses nothing the checks need: right after `import`, `validate book.xlsx`
 * gives the document's own findings. Lines differ (sheet rows vs source lines), so they are not
 * compared — including the lead written on a heading row (seed 004, Phụ lục 4, heading 4), which the
 * workbook keeps on that row.
 */
describe.each(['001', '003', '004'])('validate on the workbook of seed %s', (seed) => {
  const out = join(dir, `seed-${seed}.xlsx`);
  beforeAll(() => {
    expect(runCli(['import', seedPath(seed), '-o', out, '--as-of', '2026-06-15']).code).toBe(0);
  });

  it('gives the same findings (rule, TT, column, severity) as the source document', () => {
    const fromDoc = findingsOf(seedPath(seed));
    const fromBook = findingsOf(out);
    expect(fromBook.map(key).sort()).toEqual(fromDoc.map(key).sort());
    expect(fromBook.length).toBeGreaterThan(0);
    expect(fromBook.every((f) => typeof f.cell === 'string' && /^'Phụ lục[^']*'![A-Z]+\d+$/.test(f.cell))).toBe(true);
  });
});

describe('seed 004 on the workbook, by hand', () => {
  const out = join(dir, 'seed-004-hand.xlsx');
  beforeAll(() => {
    expect(runCli(['import', seedPath('004'), '-o', out, '--as-of', '2026-06-15']).code).toBe(0);
  });

  it('keeps indicator headings, sub-rows and the term', () => {
    const findings = findingsOf(out);
    // Phụ lục 1: "I Về kinh tế" is a heading (no lead expected), its "- GRDP bình quân …" lines are
    // sub-rows of indicator 1 (not un-numbered items).
    expect(findings.filter((f) => f.rule === 'lead.missing')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'structure.order')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'structure.noNumber')).toHaveLength(1);
    // The term "nhiệm kỳ 2025 - 2030" is read from the sheets' titles: deadlines after 2030 are flagged.
    expect(
      findings
        .filter((f) => f.rule === 'time.outsideTerm')
        .map((f) => f.tt)
        .sort(),
    ).toEqual(['1.1', '12.3', '2.1', '2.24', '2.3', '2.3', '4.2', '4.8']);
  });
});

/**
 * Issue "Nothing a user typed is ever lost": validate sees what users break. Edits are made with
 * openpyxl, as a user's other tools would (test/helpers/xlsxEdit.ts).
 */
describe('validate on a workbook users sorted or typed into', () => {
  const fixture = join(__dirname, '..', 'fixtures', 'chuyen-doi-so-2026.txt');

  it('checks the numbering per section from Mục when the table is sorted (seed 003 by agency)', () => {
    const sorted = join(dir, 'sap-xep.xlsx');
    expect(runCli(['import', seedPath('003'), '-o', sorted, '--as-of', '2026-06-15']).code).toBe(0);
    editXlsx(sorted, [{ op: 'sort', sheet: 'Phụ lục', table: 'PhuLuc_1', by: 'Cơ quan chủ trì' }]);
    // The same four defects as before sorting (see the first test): no false gaps or duplicates.
    expect(
      findingsOf(sorted)
        .map((f) => `${f.rule}|${f.tt}|${f.column}`)
        .sort(),
    ).toEqual(['lead.several|15|lead', 'resources.unknown|4|resources', 'structure.cutOff|12|task', 'structure.gap|8|tt']);
  });

  it("a table left in document order, with points after a subsection of the same section, gets the document's numbering findings, no more", () => {
    // Invented: under II, the heading 1 with 1.1 and 1.2, then points 2 and 3, then heading 4 with 4.1.
    const T = (...cells: string[]) => cells.join('\t');
    const doc = join(dir, 'muc-con.txt');
    writeFileSync(
      doc,
      [
        T('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'),
        T('<b>I</b>', '<b>MỤC TIÊU</b>', '', ''),
        T('1', 'Hoàn thành cơ sở dữ liệu dân cư dùng chung', 'Công an tỉnh', 'Năm 2026'),
        T('<b>II</b>', '<b>NHIỆM VỤ</b>', '', ''),
        T('<b>1</b>', '<b>Về dữ liệu</b>', '', ''),
        T('1.1', 'Xây dựng kho dữ liệu mở của tỉnh', 'Sở Khoa học và Công nghệ', 'Quý IV/2026'),
        T('1.2', 'Chuẩn hóa dữ liệu đất đai', 'Sở Nông nghiệp và Môi trường', 'Năm 2027'),
        T('2', 'Phát triển nền tảng số dùng chung', 'Sở Khoa học và Công nghệ', 'Năm 2026'),
        T('3', 'Bảo đảm an toàn thông tin mạng', 'Công an tỉnh', 'Thường xuyên'),
        T('<b>4</b>', '<b>Về nguồn lực</b>', '', ''),
        T('4.1', 'Bố trí kinh phí thực hiện kế hoạch', 'Sở Tài chính', 'Hằng năm'),
      ].join('\n'),
    );
    const book = join(dir, 'muc-con.xlsx');
    expect(runCli(['import', doc, '-o', book, '--as-of', '2026-06-15']).code).toBe(0);
    const numbering = (file: string) =>
      findingsOf(file)
        .filter((f) => f.rule.startsWith('structure.'))
        .map((f) => `${f.rule}|${f.tt}`)
        .sort();
    // Read by hand: the document's own findings are about 2 and 3 under the heading 1 (wrong level) and the gap 1 → 4.
    expect(numbering(doc)).toEqual(['structure.gap|4', 'structure.wrongLevel|2', 'structure.wrongLevel|3']);
    expect(numbering(book)).toEqual(numbering(doc));
  });

  it('a table sorted in reverse (by Nhiệm vụ, Z→A) has no numbering findings', () => {
    const sorted = join(dir, 'sap-xep-nguoc.xlsx');
    expect(runCli(['import', fixture, '-o', sorted, '--as-of', '2026-06-15']).code).toBe(0);
    editXlsx(sorted, [{ op: 'sort', sheet: 'Phụ lục', table: 'PhuLuc_1', by: 'Nhiệm vụ', reverse: true }]);
    expect(findingsOf(sorted)).toEqual([]);
  });

  it('names each Tiến độ outside the list, each date typed as text and a text report date, at its cell', () => {
    const book2 = join(dir, 'go-tay.xlsx');
    expect(runCli(['import', fixture, '-o', book2, '--as-of', '2026-06-15']).code).toBe(0);
    // Rows 8–10: I.1–I.3; rows 12–14: II.1–II.3. H Tiến độ, I Ngày hoàn thành, G Hạn hoàn thành.
    editXlsx(book2, [
      { op: 'set', sheet: 'Phụ lục', cell: 'H8', value: 'xong rồi' },
      { op: 'set', sheet: 'Phụ lục', cell: 'H9', value: '50%' },
      { op: 'set', sheet: 'Phụ lục', cell: 'H10', value: 'Hoàn thành ' },
      { op: 'set', sheet: 'Phụ lục', cell: 'H12', value: 'Hoàn thành'.normalize('NFD') },
      { op: 'set', sheet: 'Phụ lục', cell: 'H13', value: 'Đang thực hiện' },
      { op: 'set', sheet: 'Phụ lục', cell: 'I13', value: '30/12/2026' },
      { op: 'set', sheet: 'Phụ lục', cell: 'G14', value: 'cuối năm' },
      { op: 'set', sheet: 'Tổng hợp', cell: 'B3', value: '30/11/2026' },
    ]);
    const r = runCli(['validate', book2, '--json']);
    expect(r.code).toBe(1);
    const found: Array<JsonFinding & { suggestion: string | null }> = JSON.parse(r.stdout).findings;
    expect(found.map((f) => `${f.rule}|${f.cell}|${f.suggestion}`).sort()).toEqual([
      "tracking.dateText|'Phụ lục'!G14|null",
      "tracking.dateText|'Phụ lục'!I13|30/12/2026",
      "tracking.progress|'Phụ lục'!H10|Hoàn thành",
      "tracking.progress|'Phụ lục'!H12|Hoàn thành",
      "tracking.progress|'Phụ lục'!H8|null",
      "tracking.progress|'Phụ lục'!H9|null",
      "tracking.reportDate|'Tổng hợp'!B3|30/11/2026",
    ]);
    expect(runCli(['validate', book2]).stdout).toContain("ô 'Phụ lục'!H10] Tiến độ «Hoàn thành » khác giá trị trong danh sách «Hoàn thành» (thừa dấu cách)");
  });
});
