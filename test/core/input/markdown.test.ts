import { inlineText, markdownBlocks, splitPipeRow } from '../../../src/core/input/markdown';
import type { SourceCell } from '../../../src/core/document/types';

const cell = (paragraphs: string[], bold = false, colSpan = 1, rowSpan = 1): SourceCell => ({ paragraphs, bold, colSpan, rowSpan });
const c = (text: string, bold = false) => cell(text ? [text] : [], bold);

// As pandoc writes a .docx appendix to Markdown: an escaped "1\." that is not a list, headings,
// a paragraph wrapped at 72 columns, a pipe table with an aligned separator, an escaped pipe, a
// <br> inside a cell, a bold section row, an empty cell.
const PANDOC = `# PHỤ LỤC

**DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU**

*(Kèm theo Chương trình số 07-CTr/TU ngày 05/3/2026)*

1\\. Giao các cơ quan, đơn vị căn cứ nhiệm vụ được giao, chủ động xây
dựng kế hoạch cụ thể để tổ chức thực hiện.

| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
|:--:|:---------|:---------------:|----------:|
| **I** | **NHIỆM VỤ CHUNG** |  |  |
| 1 | Quán triệt nghị quyết \\| kết luận của Tỉnh ủy | Ban Tuyên giáo<br>Tỉnh ủy | Quý II/2026 |
| 2 | Xây dựng đề án *phát triển* kinh tế số | Sở Tài chính | Năm 2026 - 2030 |

Nơi nhận:\\
- Như trên;
- Lưu VT.
`;

describe('Markdown reader: a pandoc file', () => {
  const blocks = markdownBlocks(PANDOC)!;

  it('reads the pipe table: header row, no separator row, escaped pipe, <br> paragraphs, bold cells, empty cells', () => {
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toEqual([
      {
        kind: 'table',
        rows: [
          { cells: [c('TT'), c('Nhiệm vụ'), c('Cơ quan chủ trì'), c('Thời gian')] },
          { cells: [c('I', true), c('NHIỆM VỤ CHUNG', true), c(''), c('')] },
          { cells: [c('1'), c('Quán triệt nghị quyết | kết luận của Tỉnh ủy'), cell(['Ban Tuyên giáo', 'Tỉnh ủy']), c('Quý II/2026')] },
          { cells: [c('2'), c('Xây dựng đề án phát triển kinh tế số'), c('Sở Tài chính'), c('Năm 2026 - 2030')] },
        ],
      },
    ]);
  });

  it('reads the rest as paragraphs: heading marks removed (bold), escapes removed, wrapped lines joined, list items kept', () => {
    const paras = blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? [b.text, b.bold] : []));
    expect(paras).toEqual([
      ['PHỤ LỤC', true],
      ['DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU', true],
      ['(Kèm theo Chương trình số 07-CTr/TU ngày 05/3/2026)', false],
      ['1. Giao các cơ quan, đơn vị căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch cụ thể để tổ chức thực hiện.', false],
      ['Nơi nhận:', false],
      ['- Như trên;', false],
      ['- Lưu VT.', false],
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'table', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('Markdown reader: other converters and shapes', () => {
  it('a file with no table is not read here (null): it stays plain text', () => {
    expect(markdownBlocks('# Kế hoạch\n\n1. Sở Nội vụ chủ trì.\n2. Sở Tài chính phối hợp.\n')).toBeNull();
  });

  it('mammoth style: no outer pipes, numbered list with ")" and a hard break by two spaces, __bold__ cell', () => {
    const md =
      'Căn cứ Nghị quyết số 12  \nthực hiện ngay\n\nSTT | Nội dung | Đơn vị\n--- | --- | ---\n__A__ | __Ngân sách nhà nước__ | \n1 | Cải tạo trụ sở | Sở Xây dựng\n\n3) Tổ chức sơ kết\n';
    expect(markdownBlocks(md)).toEqual([
      { kind: 'paragraph', text: 'Căn cứ Nghị quyết số 12\nthực hiện ngay', bold: false },
      {
        kind: 'table',
        rows: [
          { cells: [c('STT'), c('Nội dung'), c('Đơn vị')] },
          { cells: [c('A', true), c('Ngân sách nhà nước', true), c('')] },
          { cells: [c('1'), c('Cải tạo trụ sở'), c('Sở Xây dựng')] },
        ],
      },
      { kind: 'paragraph', text: '3) Tổ chức sơ kết', bold: false },
    ]);
  });

  it('a whole cell bold across its <br> is bold; a cell partly bold is not', () => {
    const md = '| a | b |\n|---|---|\n| **Mục 1<br>Mục 2** | **Sở** Y tế |\n';
    const t = markdownBlocks(md)![0];
    expect(t).toEqual({ kind: 'table', rows: [{ cells: [c('a'), c('b')] }, { cells: [cell(['Mục 1', 'Mục 2'], true), c('Sở Y tế')] }] });
  });

  it('a table ends at a blank line or a line with no pipe; a row with more cells than the header keeps them', () => {
    const md = '| TT | Việc |\n|---|---|\n| 1 | Lập kế hoạch | thừa |\nĐoạn sau bảng\n';
    expect(markdownBlocks(md)).toEqual([
      { kind: 'table', rows: [{ cells: [c('TT'), c('Việc')] }, { cells: [c('1'), c('Lập kế hoạch'), c('thừa')] }] },
      { kind: 'paragraph', text: 'Đoạn sau bảng', bold: false },
    ]);
  });

  it('a line with pipes but no separator under it is a paragraph, not a table', () => {
    expect(markdownBlocks('Sở A | Sở B\nkhông phải bảng\n')).toBeNull();
  });

  it('a raw HTML table (pandoc writes one for merged cells) is read by the HTML reader, spans kept', () => {
    const md =
      'Phụ lục\n\n<table>\n<tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th></tr>\n<tr><td>1</td><td>Việc một</td><td rowspan="2">Sở Công Thương</td></tr>\n<tr><td>2</td><td>Việc hai</td></tr>\n</table>\n\nHết.\n';
    expect(markdownBlocks(md)).toEqual([
      { kind: 'paragraph', text: 'Phụ lục', bold: false },
      {
        kind: 'table',
        rows: [
          { cells: [c('TT', true), c('Nhiệm vụ', true), c('Chủ trì', true)] },
          { cells: [c('1'), c('Việc một'), cell(['Sở Công Thương'], false, 1, 2)] },
          { cells: [c('2'), c('Việc hai')] },
        ],
      },
      { kind: 'paragraph', text: 'Hết.', bold: false },
    ]);
  });

  it('setext headings are bold paragraphs; a thematic break gives nothing', () => {
    const md = 'KẾ HOẠCH\n========\n\n***\n\n| a | b |\n|---|---|\n';
    expect(markdownBlocks(md)).toEqual([
      { kind: 'paragraph', text: 'KẾ HOẠCH', bold: true },
      { kind: 'table', rows: [{ cells: [c('a'), c('b')] }] },
    ]);
  });
});

describe('Markdown reader: pandoc grid tables', () => {
  it("reads columns from the border, joins a cell's wrapped lines, a blank line inside a cell starts a paragraph, bold cells, a cell merged across", () => {
    // Lines padded to the column widths (6, 26, 16) as pandoc pads them.
    const w = [6, 26, 16];
    const line = (...cells: string[]) => '|' + cells.map((x, k) => ` ${x}`.padEnd(w[k])).join('|') + '|';
    const border = (ch: string) => '+' + w.map((n) => ch.repeat(n)).join('+') + '+';
    const md = [
      'Bảng phân công',
      '',
      border('-'),
      line('TT', 'Nhiệm vụ', 'Chủ trì'),
      border('='),
      line('**I**', '**CHUYỂN ĐỔI SỐ**', ''),
      border('-'),
      line('1', 'Xây dựng nền tảng dữ', 'Sở Khoa học và'),
      line('', 'liệu dùng chung', 'Công nghệ'),
      line('', '', ''),
      line('', '(giai đoạn 1)', ''),
      border('-'),
      // a cell merged across the last two columns: no "|" at their boundary
      '|' + ' 2'.padEnd(6) + '|' + ' Tổng kết, đánh giá \\| báo cáo'.padEnd(26 + 1 + 16) + '|',
      '+' + '-'.repeat(6) + '+' + '-'.repeat(26 + 1 + 16) + '+',
      '',
      'Hết.',
    ].join('\n');
    expect(markdownBlocks(md)).toEqual([
      { kind: 'paragraph', text: 'Bảng phân công', bold: false },
      {
        kind: 'table',
        rows: [
          { cells: [c('TT'), c('Nhiệm vụ'), c('Chủ trì')] },
          { cells: [c('I', true), c('CHUYỂN ĐỔI SỐ', true), c('')] },
          { cells: [c('1'), cell(['Xây dựng nền tảng dữ liệu dùng chung', '(giai đoạn 1)']), c('Sở Khoa học và Công nghệ')] },
          { cells: [c('2'), cell(['Tổng kết, đánh giá | báo cáo'], false, 2)] },
        ],
      },
      { kind: 'paragraph', text: 'Hết.', bold: false },
    ]);
  });
});

describe('Markdown pieces', () => {
  it('splitPipeRow: escaped pipes, optional outer pipes, a backslash before another character kept for the inline pass', () => {
    expect(splitPipeRow('| a \\| b | c |')).toEqual([' a | b ', ' c ']);
    expect(splitPipeRow('a | b')).toEqual(['a ', ' b']);
    expect(splitPipeRow('| x\\* |  |')).toEqual([' x\\* ', '  ']);
  });

  it('inlineText: links, code, entities, escapes, emphasis', () => {
    expect(inlineText('[Quyết định 15](http://x.vn/a_b) &amp; `mã` \\*không nhấn\\* *nghiêng* _nghiêng_ snake_case')).toEqual({
      text: 'Quyết định 15 & mã *không nhấn* nghiêng nghiêng snake_case',
      bold: false,
    });
    expect(inlineText('**Đậm** và **đậm**')).toEqual({ text: 'Đậm và đậm', bold: false });
    expect(inlineText('**Cả đoạn đậm**')).toEqual({ text: 'Cả đoạn đậm', bold: true });
  });
});
