import { decodeHtml, htmlBlocks, htmlHasTable } from '../../../src/core/input/html';
import type { SourceBlock, SourceCell, SourceTable } from '../../../src/core/document/types';

const cell = (paragraphs: string[], bold = false, colSpan = 1, rowSpan = 1): SourceCell => ({ paragraphs, bold, colSpan, rowSpan });
const c = (text: string, o: { bold?: boolean; colSpan?: number; rowSpan?: number } = {}) => cell(text ? [text] : [], o.bold ?? false, o.colSpan ?? 1, o.rowSpan ?? 1);
const tables = (blocks: SourceBlock[]) => blocks.filter((b): b is SourceTable => b.kind === 'table');
const paragraphs = (blocks: SourceBlock[]) => blocks.filter((b) => b.kind === 'paragraph');

// A provincial portal's page: navigation, scripts, a layout table around the content, the
// appendix label and title, then the task table (header in <thead>, a section row merged across,
// a lead merged down over two tasks, a <br> inside a cell), and a footer.
const PORTAL = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh</title>
<script>var x = "<table><tr><td>không phải bảng</td></tr></table>";</script>
<style>td { padding: 2px }</style></head>
<body>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></div>
<table width="100%" class="layout"><tr><td>
  <p style="text-align:center"><strong>PHỤ LỤC</strong></p>
  <p style="text-align:center"><span style="font-weight:700">DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH SỐ 15/KH-UBND</span></p>
  <p><i>(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/02/2026)</i></p>
  <table border="1" cellpadding="3">
    <thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th></tr></thead>
    <tbody>
      <tr><td colspan="5"><b>I. CÔNG TÁC CHỈ ĐẠO</b></td></tr>
      <tr><td>1</td><td>Xây dựng kế hoạch chuyển đổi số năm 2026</td><td rowspan="2">Sở Khoa học&nbsp;và Công nghệ</td>
          <td>Các sở, ban, ngành<br>UBND các huyện</td><td>Quý I/2026</td></tr>
      <tr><td>2</td><td>Tổ chức tập huấn   kỹ năng số
          cho cán bộ</td><td>Sở Nội vụ</td><td>Tháng 6/2026</td></tr>
    </tbody>
  </table>
  <p>Nơi nhận: như trên.</p>
</td></tr></table>
<div style="display:none">Nội dung ẩn</div>
<footer>© 2026 Văn phòng UBND tỉnh</footer>
</body></html>`;

describe('HTML reader: a portal page', () => {
  const blocks = htmlBlocks(PORTAL);

  it('reads the task table with its header, the merged section row, the merged-down lead and the <br> paragraphs', () => {
    const [t] = tables(blocks);
    expect(tables(blocks)).toHaveLength(1);
    expect(t.rows).toEqual([
      { cells: ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'].map((x) => c(x, { bold: true })) },
      { cells: [c('I. CÔNG TÁC CHỈ ĐẠO', { bold: true, colSpan: 5 })] },
      {
        cells: [
          c('1'),
          c('Xây dựng kế hoạch chuyển đổi số năm 2026'),
          c('Sở Khoa học và Công nghệ', { rowSpan: 2 }),
          cell(['Các sở, ban, ngành', 'UBND các huyện']),
          c('Quý I/2026'),
        ],
      },
      { cells: [c('2'), c('Tổ chức tập huấn kỹ năng số cho cán bộ'), c('Sở Nội vụ'), c('Tháng 6/2026')] },
    ]);
  });

  it('keeps the label, the title (bold by style), the menu and the footer as paragraphs; drops script, style, head and hidden text', () => {
    expect(paragraphs(blocks)).toEqual([
      { kind: 'paragraph', text: 'Trang chủ | Tin tức', bold: false },
      { kind: 'paragraph', text: 'PHỤ LỤC', bold: true },
      { kind: 'paragraph', text: 'DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH SỐ 15/KH-UBND', bold: true },
      { kind: 'paragraph', text: '(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/02/2026)', bold: false },
      { kind: 'paragraph', text: 'Nơi nhận: như trên.', bold: false },
      { kind: 'paragraph', text: '© 2026 Văn phòng UBND tỉnh', bold: false },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'table', 'paragraph', 'paragraph']);
    expect(JSON.stringify(blocks)).not.toMatch(/không phải bảng|Nội dung ẩn|Cổng thông tin|padding/);
  });
});

// Word's "Save as Web Page": mso classes and styles, <o:p>, conditional comments with an XML
// island, the list number inside <![if !supportLists]>, text wrapped over source lines, a lead
// merged down over three rows, a multi-paragraph cell and bold that Word wrote as <b> around spans.
const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties><o:Author>Văn thư</o:Author></o:DocumentProperties>
</xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-family:"Times New Roman",serif;} --></style>
</head>
<body lang=EN-US style='tab-interval:36.0pt'>
<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI
style='font-size:13.0pt;mso-bidi-font-weight:normal'>Phụ lục II<o:p></o:p></span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=VI><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=VI>Rà soát các thủ tục hành chính
liên thông<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=40 valign=top style='width:30pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=VI>STT<o:p></o:p></span></b></p></td>
  <td width=300 valign=top><p class=MsoNormal><b><span lang=VI>Nội dung<o:p></o:p></span></b></p></td>
  <td width=120 valign=top><p class=MsoNormal><b><span lang=VI>Đơn vị tham mưu<o:p></o:p></span></b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td><p class=MsoNormal><span lang=VI>1<o:p></o:p></span></p></td>
  <td><p class=MsoNormal><span lang=VI>Số hóa hồ sơ lưu trữ<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI>(ưu tiên hồ sơ đất đai)<o:p></o:p></span></p></td>
  <td rowspan=3 style='mso-yfti-cnfc:0'><p class=MsoNormal><span lang=VI>Sở Tư pháp<o:p></o:p></span></p></td>
 </tr>
 <tr style='mso-yfti-irow:2'>
  <td><p class=MsoNormal><span lang=VI>2<o:p></o:p></span></p></td>
  <td><p class=MsoNormal><span lang=VI>Cập nhật cơ sở dữ liệu
  hộ tịch<o:p></o:p></span></p></td>
 </tr>
 <tr style='mso-yfti-irow:3;mso-yfti-lastrow:yes'>
  <td><p class=MsoNormal><span lang=VI>3<o:p></o:p></span></p></td>
  <td><p class=MsoNormal><span lang=VI>Kiểm tra việc thực hiện<span style='mso-spacerun:yes'>&nbsp; </span></span><b>(định kỳ)</b><o:p></o:p></p></td>
 </tr>
</table>
<p class=MsoNormal><span style='display:none;mso-hide:all'>ẩn<o:p></o:p></span></p>
</div></body></html>`;

describe('HTML reader: a Word-saved web page', () => {
  const blocks = htmlBlocks(WORD_HTML);

  it('reads the paragraphs without the mso junk, with the list number Word wrote', () => {
    expect(paragraphs(blocks)).toEqual([
      { kind: 'paragraph', text: 'Phụ lục II', bold: true },
      { kind: 'paragraph', text: '1. Rà soát các thủ tục hành chính liên thông', bold: false },
    ]);
  });

  it('reads the table: bold header, the multi-paragraph cell, the lead merged down over three rows, partly bold text not bold', () => {
    const [t] = tables(blocks);
    expect(t.rows).toEqual([
      { cells: [c('STT', { bold: true }), c('Nội dung', { bold: true }), c('Đơn vị tham mưu', { bold: true })] },
      { cells: [c('1'), cell(['Số hóa hồ sơ lưu trữ', '(ưu tiên hồ sơ đất đai)']), c('Sở Tư pháp', { rowSpan: 3 })] },
      { cells: [c('2'), c('Cập nhật cơ sở dữ liệu hộ tịch')] },
      { cells: [c('3'), c('Kiểm tra việc thực hiện (định kỳ)')] },
    ]);
  });
});

describe('HTML reader: clipboard fragments', () => {
  it("Word's CF_HTML with the Version header and StartFragment/EndFragment comments", () => {
    const frag = [
      'Version:0.9',
      'StartHTML:0000000105',
      'EndHTML:0000000600',
      'StartFragment:0000000141',
      'EndFragment:0000000560',
      '<html><body>',
      '<!--StartFragment--><table border=1><tr><td><p class=MsoNormal><b>TT</b></p></td><td><p class=MsoNormal><b>Nhiệm vụ</b></p></td></tr>',
      '<tr><td>1</td><td>Ban hành quy chế phối hợp</td></tr></table><!--EndFragment-->',
      '</body></html>',
    ].join('\r\n');
    expect(htmlBlocks(frag)).toEqual([
      { kind: 'table', rows: [{ cells: [c('TT', { bold: true }), c('Nhiệm vụ', { bold: true })] }, { cells: [c('1'), c('Ban hành quy chế phối hợp')] }] },
    ]);
    expect(htmlHasTable(frag)).toBe(true);
  });

  it("a browser's fragment: <meta charset> first, a table without <tbody>, a cell with two <div>s", () => {
    const frag = `<meta charset='utf-8'><table><tr><td>1.1</td><td><div>Hoàn thiện đề án</div><div>trình HĐND tỉnh</div></td><td style="font-weight: bold">Tháng 9/2026</td></tr></table>`;
    expect(htmlBlocks(frag)).toEqual([{ kind: 'table', rows: [{ cells: [c('1.1'), cell(['Hoàn thiện đề án', 'trình HĐND tỉnh']), c('Tháng 9/2026', { bold: true })] }] }]);
  });

  it('a fragment of prose only has no table: the paste is read as text', () => {
    expect(htmlHasTable('<meta charset="utf-8"><p>Giao Sở Tài chính chủ trì.</p>')).toBe(false);
    // A one-cell "table" (a boxed note) is not a table worth reading as HTML either.
    expect(htmlHasTable('<table><tr><td>Ghi chú</td></tr></table>')).toBe(false);
  });
});

describe('HTML reader: details', () => {
  it('bold: <strong>, <th>, font-weight 600+, not font-weight:normal inside <b>, not mso-bidi-font-weight', () => {
    const html = `<table><tr><th>A</th><td><strong>B</strong></td><td style="font-weight:600">C</td>
      <td><b>D <span style="font-weight:normal">thường</span></b></td><td><span style="mso-bidi-font-weight:bold">E</span></td></tr></table>`;
    const [t] = tables(htmlBlocks(html));
    expect(t.rows[0].cells.map((x) => x.bold)).toEqual([true, true, true, false, false]);
  });

  it('Google Docs\' wrapper <b style="font-weight:normal"> is not bold; its font-weight:700 spans are', () => {
    const html =
      `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr"><span style="font-weight:700;">KẾ HOẠCH</span></p>` +
      `<div dir="ltr"><table><tbody><tr><td><p><span style="font-weight:400;">1</span></p></td><td><p><span>Rà soát quy hoạch</span></p></td></tr></tbody></table></div></b>`;
    expect(htmlBlocks(html)).toEqual([
      { kind: 'paragraph', text: 'KẾ HOẠCH', bold: true },
      { kind: 'table', rows: [{ cells: [c('1'), c('Rà soát quy hoạch')] }] },
    ]);
  });

  it('ordered lists keep the numbers shown: start, type and value; unordered items get "- "', () => {
    const html = `<h3>Nhiệm vụ trọng tâm</h3><ol start="4"><li>Cải cách hành chính</li><li value="9">Chuyển đổi số</li><li>Phát triển nhân lực</li></ol>
      <ol type="I"><li>Mục một</li><li>Mục hai</li></ol><ol type="a" start="2"><li>điểm b</li></ol><ul><li>gạch đầu dòng</li></ul>`;
    expect(htmlBlocks(html).map((b) => (b.kind === 'paragraph' ? [b.text, b.bold] : b.kind))).toEqual([
      ['Nhiệm vụ trọng tâm', true],
      ['4. Cải cách hành chính', false],
      ['9. Chuyển đổi số', false],
      ['10. Phát triển nhân lực', false],
      ['I. Mục một', false],
      ['II. Mục hai', false],
      ['b. điểm b', false],
      ['- gạch đầu dòng', false],
    ]);
  });

  it('a bold list item stays bold (its number does not count)', () => {
    expect(htmlBlocks('<ol><li><b>Trọng tâm</b></li></ol>')).toEqual([{ kind: 'paragraph', text: '1. Trọng tâm', bold: true }]);
  });

  it('<br> in a paragraph gives lines of the paragraph', () => {
    expect(htmlBlocks('<p>Dòng một<br/>Dòng hai</p>')).toEqual([{ kind: 'paragraph', text: 'Dòng một\nDòng hai', bold: false }]);
  });

  it('a table nested in a cell gives lines of that cell, its cells joined by " | "', () => {
    const html = `<table><tr><td>1</td><td><p>Đầu tư hạ tầng số</p><table><tr><td>Năm 2026</td><td>50 tỷ</td></tr><tr><td>Năm 2027</td><td>70 tỷ</td></tr></table></td></tr></table>`;
    const [t] = tables(htmlBlocks(html));
    expect(t.rows).toEqual([{ cells: [c('1'), cell(['Đầu tư hạ tầng số', 'Năm 2026 | 50 tỷ', 'Năm 2027 | 70 tỷ'])] }]);
  });

  it('rowspan="0" covers the rest of the table; a rowspan past the last row is cut; bad spans become 1', () => {
    const html = `<table><tr><td rowspan="0">X</td><td rowspan="9">Y</td><td colspan="abc">Z</td></tr><tr><td>a</td></tr><tr><td>b</td></tr></table>`;
    const [t] = tables(htmlBlocks(html));
    expect(t.rows[0].cells).toEqual([c('X', { rowSpan: 3 }), c('Y', { rowSpan: 3 }), c('Z')]);
  });

  it('text misplaced between rows (a malformed page) is kept, before the table, as a browser shows it', () => {
    const blocks = htmlBlocks('<table><tr><td>1</td><td>a</td></tr><p>Ghi chú lạc chỗ</p><tr><td>2</td><td>b</td></tr>lạc nữa</table>');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Ghi chú lạc chỗ', bold: false },
      { kind: 'paragraph', text: 'lạc nữa', bold: false },
      { kind: 'table', rows: [{ cells: [c('1'), c('a')] }, { cells: [c('2'), c('b')] }] },
    ]);
  });

  it('a caption is a paragraph before its table; <pre> keeps its lines', () => {
    const blocks = htmlBlocks('<table><caption>Bảng 1</caption><tr><td>a</td><td>b</td></tr></table><pre>x  1\ny</pre>');
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'Bảng 1', bold: false });
    expect(blocks[1].kind).toBe('table');
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: 'x 1\ny', bold: false });
  });

  it('decomposed Vietnamese (NFD) and numeric entities come out NFC', () => {
    const [p] = htmlBlocks('<p>Thời gian: Qu&#7923; II/2026 – ' + 'Quý'.normalize('NFD') + '</p>');
    expect(p).toEqual({ kind: 'paragraph', text: 'Thời gian: Quỳ II/2026 – Quý', bold: false });
  });
});

describe("HTML reader: Word's footnotes", () => {
  const ref = (n: number) =>
    `<a style='mso-footnote-id:ftn${n}' href="#_ftn${n}" name="_ftnref${n}" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[${n}]</span><![endif]></span></span></a>`;
  const note = (n: number, text: string) =>
    `<div style='mso-element:footnote' id=ftn${n}><p class=MsoFootnoteText><a style='mso-footnote-id:ftn${n}' href="#_ftnref${n}" name="_ftn${n}" title=""><span class=MsoFootnoteReference>[${n}]</span></a> ${text}</p></div>`;
  const html = `<body><div class=WordSection1>
    <p class=MsoNormal>Thực hiện Nghị quyết số 05-NQ/TU${ref(1)} của Tỉnh ủy.</p>
    <table><tr><td>1</td><td>Đề án phát triển du lịch${ref(2)}</td><td>Năm 2027</td></tr></table>
    </div><div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
    ${note(1, 'Nghị quyết ngày 12/01/2026.')}
    ${note(2, 'Lùi thời hạn từ năm 2026 theo Kết luận số 40-KL/TU.')}
    <div style='mso-element:footnote' id=ftn3><p class=MsoFootnoteText>Chú thích không được dẫn tới.</p></div>
    </div></body>`;

  it('a footnote goes to the notes of the paragraph or cell that cites it, not into the text; an uncited one stays a paragraph', () => {
    expect(htmlBlocks(html)).toEqual([
      { kind: 'paragraph', text: 'Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy.', bold: false, notes: ['1. Nghị quyết ngày 12/01/2026.'] },
      {
        kind: 'table',
        rows: [{ cells: [c('1'), { ...c('Đề án phát triển du lịch'), notes: ['2. Lùi thời hạn từ năm 2026 theo Kết luận số 40-KL/TU.'] }, c('Năm 2027')] }],
      },
      { kind: 'paragraph', text: 'Chú thích không được dẫn tới.', bold: false },
    ]);
  });
});

describe('HTML bytes: the declared charset', () => {
  const bytes = (head: string, body: number[]) => new Uint8Array([...Buffer.from(head, 'latin1'), ...body, ...Buffer.from('</p>', 'latin1')]);

  it('windows-1252 (Word): bytes above 0x7F by that code page, Vietnamese letters from entities', () => {
    // "Sở" as S&#7903;, "à" as byte E0, curly quotes 93/94
    const b = bytes('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><p>S&#7903; v', [0xe0, 0x20, 0x93, 0x78, 0x94]);
    const text = decodeHtml(b);
    expect(text.ok && htmlBlocks(text.value)).toEqual([{ kind: 'paragraph', text: 'Sở và “x”', bold: false }]);
  });

  it('windows-1258 (Vietnamese code page): combining tone marks composed to NFC', () => {
    // N ô + dot below, i, " v", u + acute, " ", ư
    const b = bytes('<meta charset="windows-1258"><p>', [0x4e, 0xf4, 0xf2, 0x69, 0x20, 0x76, 0x75, 0xec, 0x20, 0xfd]);
    const text = decodeHtml(b);
    expect(text.ok && text.value).toContain('<p>Nội vú ư</p>');
  });

  it('no declaration: UTF-8, and a UTF-8 BOM wins over a wrong declaration', () => {
    const utf8 = new Uint8Array(Buffer.from('<p>Quý IV</p>', 'utf8'));
    expect(decodeHtml(utf8)).toEqual({ ok: true, value: '<p>Quý IV</p>' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="windows-1252"><p>Quý</p>', 'utf8')]);
    expect(decodeHtml(bom)).toEqual({ ok: true, value: '<meta charset="windows-1252"><p>Quý</p>' });
  });

  it('an unknown declared charset fails with a Vietnamese message', () => {
    const r = decodeHtml(new Uint8Array(Buffer.from('<meta charset="x-khong-co"><p>a</p>', 'latin1')));
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/bảng mã "x-khong-co"/) });
  });
});
