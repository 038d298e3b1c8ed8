/**
 * CI-only checks on the shared inputs (never copied into the project): the cases' .docx files
 * read right at the block level, and every corpus .docx reads with the same words as its .txt
 * twin and one table row per TAB line of the twin (plus the rows merged across, which the twin
 * prints without TAB). Skipped when the shared folder is absent; set PHULUC_SHARED to its path
 * (default: ../shared next to the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import type { SourceBlock, SourceTable } from '../../../src/core/document';
import { docxToBlocks } from '../../../src/core/input/docx';

const shared = process.env.PHULUC_SHARED ?? resolve(__dirname, '../../../../shared');
const present = existsSync(join(shared, 'cases')) && existsSync(join(shared, 'corpus'));
const maybe = present ? describe : describe.skip;

async function blocks(file: string): Promise<SourceBlock[]> {
  const r = await docxToBlocks(readFileSync(file));
  if (!r.ok) throw new Error(`${file}: ${r.message}`);
  return r.value;
}
const table = (bs: SourceBlock[]) => bs.find((b): b is SourceTable => b.kind === 'table')!;
const paras = (bs: SourceBlock[]) => bs.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const col = (t: SourceTable, i: number) => t.rows.map((r) => r.cells[i]?.paragraphs.join(' '));

maybe('shared cases at the reader level', () => {
  const cases = join(shared, 'cases');

  it('02-vmerge: the lead merged over rows 1–3 and the time over rows 1–2 carry rowSpan', async () => {
    const t = table(await blocks(join(cases, '02-vmerge.docx')));
    expect(t.rows[1].cells.map((c) => [c.paragraphs[0], c.colSpan])).toEqual([
      ['I', 1],
      ['Lĩnh vực chuyển đổi số', 4],
    ]);
    expect(t.rows[2].cells[2]).toMatchObject({ paragraphs: ['Sở Khoa học và Công nghệ'], rowSpan: 3 });
    expect(t.rows[2].cells[3]).toMatchObject({ paragraphs: ['Quý III/2026'], rowSpan: 2 });
    expect(t.rows[3].cells).toHaveLength(3);
    expect(t.rows[4].cells.map((c) => c.paragraphs[0])).toEqual(['3', 'Triển khai chữ ký số cho cán bộ cấp xã', 'Quý IV/2026', 'Ngân sách nhà nước']);
  });

  it('03-autonum-table: the TT column numbered by Word gives 1, 2, 3', async () => {
    expect(col(table(await blocks(join(cases, '03-autonum-table.docx'))), 0)).toEqual(['TT', '1', '2', '3']);
  });

  it('04b-typed-prose: typed numbers stay as they are', async () => {
    const ps = paras(await blocks(join(cases, '04b-typed-prose.docx')));
    expect(ps.filter((t) => /^\(\d\)/.test(t))).toEqual([
      '(1) Xây dựng trung tâm dữ liệu dự phòng của tỉnh.',
      '(2) Phủ sóng di động tới các thôn vùng sâu.',
      '(3) Ban hành quy chế khai thác dữ liệu dùng chung.',
    ]);
  });

  it('05-footnote: the footnote is a note of the task cell that references it', async () => {
    const t = table(await blocks(join(cases, '05-footnote.docx')));
    expect(t.rows[1].cells[1].notes).toEqual([expect.stringMatching(/^1\. Thời hạn này .*Quý IV\/2026/)]);
  });

  it('07a-textbox-word: the label and the attached line from the text box come first, then the title', async () => {
    const bs = await blocks(join(cases, '07a-textbox-word.docx'));
    expect(bs.slice(0, 3).map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      'Phụ lục II',
      expect.stringMatching(/^\(Kèm theo Kế hoạch số 33-KH\/UBND/),
      'DANH MỤC CÁC ĐỀ ÁN TRÌNH NĂM 2026',
    ]);
    expect(bs[3].kind).toBe('table');
  });
});

maybe('shared corpus', () => {
  const corpus = join(shared, 'corpus');
  const names = present ? readdirSync(corpus).filter((f) => f.endsWith('.docx')) : [];
  const words = (s: string) =>
    s
      .replace(/<\/?(b|p)>/g, ' ')
      .split(/\s+/)
      .filter(Boolean);

  it.each(names)('%s reads with the words and table rows of its .txt twin', async (name) => {
    const bs = await blocks(join(corpus, name));
    const twin = readFileSync(join(corpus, name.replace(/\.docx$/, '.txt')), 'utf8').normalize('NFC');
    const text = bs.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.paragraphs.join(' ')).join(' ')).join(' '))).join(' ');
    expect(words(text)).toEqual(words(twin));
    const tables = bs.filter((b): b is SourceTable => b.kind === 'table');
    const rows = tables.reduce((n, t) => n + t.rows.length, 0);
    const mergedAcross = tables.reduce((n, t) => n + t.rows.filter((r) => r.cells.length === 1 && r.cells[0].colSpan > 1).length, 0);
    expect(rows - mergedAcross).toBe(twin.split('\n').filter((l) => l.includes('\t')).length);
  });
});
