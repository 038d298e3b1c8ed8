/** The .docx reader at the block level, on files written by the `docx` library (a real Word writer). */
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { expandTable } from '../../../src/core/document';
import type { SourceBlock, SourceTable } from '../../../src/core/document';
import { docxToBlocks, docxToText } from '../../../src/core/input/docx';

const para = (t: string, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold })] });
const cell = (t: string, o: { rowSpan?: number; columnSpan?: number; bold?: boolean } = {}) =>
  new TableCell({ children: [para(t, o.bold)], rowSpan: o.rowSpan, columnSpan: o.columnSpan });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

async function blocksOf(doc: Document): Promise<SourceBlock[]> {
  const r = await docxToBlocks(await Packer.toBuffer(doc));
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const tables = (bs: SourceBlock[]) => bs.filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.paragraphs.join(' / ')));

describe('tables', () => {
  const header = row(cell('TT'), cell('Nhiệm vụ'), cell('Cơ quan chủ trì'), cell('Thời gian'));
  const doc = () =>
    new Document({
      sections: [
        {
          children: [
            para('Phụ lục kèm theo'),
            new Table({
              rows: [
                header,
                row(cell('II', { bold: true }), cell('Lĩnh vực nông nghiệp', { columnSpan: 3, bold: true })),
                row(cell('1'), cell('Rà soát quy hoạch vùng trồng lúa'), cell('Sở Nông nghiệp và Môi trường', { rowSpan: 3 }), cell('Quý III/2026', { rowSpan: 2 })),
                row(cell('2'), cell('Xây dựng mô hình tưới tiết kiệm')),
                row(cell('3'), cell('Tập huấn cho hợp tác xã'), cell('Tháng 11/2026')),
              ],
            }),
          ],
        },
      ],
    });

  it('a cell merged down has rowSpan and is not repeated; a cell merged across is one cell with colSpan', async () => {
    const [t] = tables(await blocksOf(doc()));
    expect(texts(t)).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['II', 'Lĩnh vực nông nghiệp'],
      ['1', 'Rà soát quy hoạch vùng trồng lúa', 'Sở Nông nghiệp và Môi trường', 'Quý III/2026'],
      ['2', 'Xây dựng mô hình tưới tiết kiệm'],
      ['3', 'Tập huấn cho hợp tác xã', 'Tháng 11/2026'],
    ]);
    expect(t.rows[1].cells[1]).toMatchObject({ colSpan: 3, rowSpan: 1, bold: true });
    expect(t.rows[2].cells[2]).toMatchObject({ colSpan: 1, rowSpan: 3 });
    expect(t.rows[2].cells[3]).toMatchObject({ colSpan: 1, rowSpan: 2 });
  });

  it('every covered row gets the merged value once spans are expanded', async () => {
    const [t] = tables(await blocksOf(doc()));
    const grid = expandTable({ rows: t.rows, lines: t.rows.map((_, i) => i) });
    expect(grid.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['II', 'Lĩnh vực nông nghiệp', '', ''],
      ['1', 'Rà soát quy hoạch vùng trồng lúa', 'Sở Nông nghiệp và Môi trường', 'Quý III/2026'],
      ['2', 'Xây dựng mô hình tưới tiết kiệm', 'Sở Nông nghiệp và Môi trường', 'Quý III/2026'],
      ['3', 'Tập huấn cho hợp tác xã', 'Sở Nông nghiệp và Môi trường', 'Tháng 11/2026'],
    ]);
  });

  it('docxToText keeps columns aligned: merged cells leave empty cells behind', async () => {
    const r = await docxToText(await Packer.toBuffer(doc()));
    expect(r.ok && r.value.split('\n')).toEqual([
      'Phụ lục kèm theo',
      '',
      'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
      '<b>II</b>\t<b>Lĩnh vực nông nghiệp</b>\t\t',
      '1\tRà soát quy hoạch vùng trồng lúa\tSở Nông nghiệp và Môi trường\tQuý III/2026',
      '2\tXây dựng mô hình tưới tiết kiệm\t\t',
      '3\tTập huấn cho hợp tác xã\t\tTháng 11/2026',
    ]);
  });

  it('a line break inside a cell (Shift+Enter) separates the cell’s paragraphs', async () => {
    const partners = new TableCell({
      children: [new Paragraph({ children: [new TextRun('Sở Tài chính;'), new TextRun({ text: 'Ủy ban nhân dân các xã', break: 1 })] })],
    });
    const bs = await blocksOf(new Document({ sections: [{ children: [new Table({ rows: [row(cell('Phối hợp')), new TableRow({ children: [partners] })] })] }] }));
    expect(tables(bs)[0].rows[1].cells[0].paragraphs).toEqual(['Sở Tài chính;', 'Ủy ban nhân dân các xã']);
  });
});

describe('Word numbering', () => {
  it('a TT column numbered by Word gives 1, 2 … and 1.1, 1.2 with the deeper level restarting', async () => {
    const numbered = (level: number) => new TableCell({ children: [new Paragraph({ numbering: { reference: 'tt', level }, children: [] })] });
    const bs = await blocksOf(
      new Document({
        numbering: {
          config: [
            {
              reference: 'tt',
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
              ],
            },
          ],
        },
        sections: [
          {
            children: [
              new Table({
                rows: [
                  row(cell('TT'), cell('Nhiệm vụ')),
                  row(numbered(0), cell('Phát triển du lịch cộng đồng')),
                  row(numbered(1), cell('Khảo sát các bản làng')),
                  row(numbered(1), cell('Xây dựng sản phẩm du lịch')),
                  row(numbered(0), cell('Bảo tồn di sản')),
                  row(numbered(1), cell('Kiểm kê di tích')),
                ],
              }),
            ],
          },
        ],
      }),
    );
    expect(tables(bs)[0].rows.map((r) => r.cells[0].paragraphs)).toEqual([['TT'], ['1'], ['1.1'], ['1.2'], ['2'], ['2.1']]);
  });

  it('prose paragraphs get their label in front: "I.", "1.", "(1)", "a)"', async () => {
    const item = (level: number, text: string) => new Paragraph({ numbering: { reference: 'kh', level }, children: [new TextRun(text)] });
    const bs = await blocksOf(
      new Document({
        numbering: {
          config: [
            {
              reference: 'kh',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
                { level: 2, format: LevelFormat.DECIMAL, text: '(%3)' },
                { level: 3, format: LevelFormat.LOWER_LETTER, text: '%4)' },
              ],
            },
          ],
        },
        sections: [
          {
            children: [
              item(0, 'MỤC ĐÍCH, YÊU CẦU'),
              item(0, 'NHIỆM VỤ, GIẢI PHÁP'),
              item(1, 'Hạ tầng số'),
              item(2, 'Nâng cấp mạng truyền số liệu chuyên dùng'),
              item(3, 'Cơ quan chủ trì: Sở Khoa học và Công nghệ'),
              item(3, 'Thời gian: năm 2026'),
              item(2, 'Triển khai điện toán đám mây'),
              item(1, 'Dữ liệu số'),
              item(2, 'Số hóa hồ sơ hộ tịch'),
            ],
          },
        ],
      }),
    );
    expect(bs.map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Hạ tầng số',
      '(1) Nâng cấp mạng truyền số liệu chuyên dùng',
      'a) Cơ quan chủ trì: Sở Khoa học và Công nghệ',
      'b) Thời gian: năm 2026',
      '(2) Triển khai điện toán đám mây',
      '2. Dữ liệu số',
      '(1) Số hóa hồ sơ hộ tịch',
    ]);
  });
});

describe('footnotes', () => {
  it('a footnote is attached to the cell / paragraph that references it, numbered as Word shows it', async () => {
    const bs = await blocksOf(
      new Document({
        footnotes: {
          1: { children: [para('Đã lùi sang Quý I/2027 theo Thông báo số 15-TB/UBND.')] },
          2: { children: [para('Số liệu do Cục Thống kê tỉnh cung cấp.')] },
        },
        sections: [
          {
            children: [
              new Paragraph({ children: [new TextRun('Tỷ lệ hộ dùng điện thoại thông minh đạt 85%'), new FootnoteReferenceRun(2)] }),
              new Table({
                rows: [
                  row(cell('TT'), cell('Nhiệm vụ')),
                  row(cell('1'), new TableCell({ children: [new Paragraph({ children: [new TextRun('Lập đề án chợ nông sản số'), new FootnoteReferenceRun(1)] })] })),
                ],
              }),
            ],
          },
        ],
      }),
    );
    expect(bs[0]).toEqual({
      kind: 'paragraph',
      text: 'Tỷ lệ hộ dùng điện thoại thông minh đạt 85%',
      bold: false,
      notes: ['1. Số liệu do Cục Thống kê tỉnh cung cấp.'],
    });
    expect(tables(bs)[0].rows[1].cells[1]).toMatchObject({
      paragraphs: ['Lập đề án chợ nông sản số'],
      notes: ['2. Đã lùi sang Quý I/2027 theo Thông báo số 15-TB/UBND.'],
    });
  });

  it('docxToText keeps a cell’s footnote as a "Chú thích:" line after its table', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [para('Nhiệm vụ chuyển tiếp từ năm 2025.')] } },
        sections: [
          {
            children: [
              new Table({
                rows: [
                  row(cell('TT'), cell('Nhiệm vụ')),
                  row(cell('1'), new TableCell({ children: [new Paragraph({ children: [new TextRun('Hoàn thiện bản đồ số'), new FootnoteReferenceRun(1)] })] })),
                ],
              }),
              para('Giao Sở Tài chính bố trí kinh phí.'),
            ],
          },
        ],
      }),
    );
    const r = await docxToText(bytes);
    expect(r.ok && r.value.split('\n')).toEqual([
      'TT\tNhiệm vụ',
      '1\tHoàn thiện bản đồ số',
      'Chú thích: 1. Nhiệm vụ chuyển tiếp từ năm 2025.',
      '',
      'Giao Sở Tài chính bố trí kinh phí.',
    ]);
  });
});

describe('bold', () => {
  it('a wholly bold paragraph or a heading style is bold; a partly bold one is not', async () => {
    const bs = await blocksOf(
      new Document({
        sections: [
          {
            children: [
              para('KẾ HOẠCH', true),
              new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Nhiệm vụ trọng tâm')] }),
              new Paragraph({ children: [new TextRun({ text: 'Lưu ý:', bold: true }), new TextRun(' báo cáo trước ngày 15 hằng tháng')] }),
            ],
          },
        ],
      }),
    );
    expect(bs.map((b) => b.kind === 'paragraph' && b.bold)).toEqual([true, true, false]);
  });
});
