import { encodeTcvn3 } from '../../../src/core/input/tcvn3';
import { documentFromHtmlText as documentFromHtml, readStructured } from '../../../src/core/input/structured';
import { readPastedDocument } from '../../../src/core/input/read';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

// Word's "Save as Web Page" in windows-1252: Vietnamese letters outside the code page as entities.
const WORD_1252 = `<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>
<p class=MsoNormal><b>PH&#7908; L&#7908;C</b></p>
<table border=1><tr><td><b>TT</b></td><td><b>Nhi&#7879;m v&#7909;</b></td><td><b>Ch&#7911; tr&igrave;</b></td></tr>
<tr><td>1</td><td>Ki&#7875;m tra</td><td rowspan=2>S&#7903; N&#7897;i v&#7909;</td></tr>
<tr><td>2</td><td>T&#7893;ng k&#7871;t</td></tr></table></body></html>`;

describe('readStructured: the file dispatch', () => {
  it('an .htm file in windows-1252: lines for paragraphs and rows, the table with its span', () => {
    const r = readStructured('ke-hoach.htm', latin1(WORD_1252));
    expect(r && r.ok).toBe(true);
    if (!r || !r.ok) return;
    const { doc } = r.value;
    expect(doc.form).toBe('html');
    expect(doc.lines).toEqual(['<b>PHỤ LỤC</b>', '', '<b>TT</b>\t<b>Nhiệm vụ</b>\t<b>Chủ trì</b>', '1\tKiểm tra\tSở Nội vụ', '2\tTổng kết']);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].lines).toEqual([2, 3, 4]);
    expect(doc.tables[0].rows[1].cells[2]).toEqual({ paragraphs: ['Sở Nội vụ'], bold: false, colSpan: 1, rowSpan: 2 });
  });

  it('a .md file with a table is a Markdown document; without one it is left to the text reader (null); other files null', () => {
    const md = readStructured('a.md', utf8('Kế hoạch\n\n| TT | Việc |\n|---|---|\n| 1 | Sơ kết |\n'));
    expect(md && md.ok && md.value.doc).toEqual({ form: 'markdown', lines: ['Kế hoạch', '', 'TT\tViệc', '1\tSơ kết'], tables: [expect.objectContaining({ lines: [2, 3] })] });
    expect(readStructured('a.md', utf8('1. Sở Y tế chủ trì.\n'))).toBeNull();
    expect(readStructured('a.txt', utf8('| TT | Việc |\n|---|---|\n'))).toBeNull();
    expect(readStructured('a.docx', utf8('x'))).toBeNull();
  });

  it('an empty or text-less HTML file fails in Vietnamese', () => {
    expect(readStructured('a.html', new Uint8Array())).toEqual({ ok: false, message: 'Tệp rỗng: không có nội dung để nhập.' });
    expect(readStructured('a.html', utf8('<html><head><title>x</title></head><body><script>1</script></body></html>'))).toEqual({
      ok: false,
      message: 'Tệp không có nội dung văn bản để nhập.',
    });
  });

  it('TCVN3 text inside HTML (a .VnTime document saved as a web page) is converted, with the note', () => {
    const task = 'Xây dựng kế hoạch ứng dụng công nghệ thông tin';
    const lead = 'Sở Thông tin và Truyền thông';
    const html = `<p>${encodeTcvn3('Chương trình hành động của Ban Thường vụ Tỉnh ủy')}</p><table><tr><td>1</td><td>${encodeTcvn3(task)}</td><td>${encodeTcvn3(lead)}</td></tr></table>`;
    const r = documentFromHtml(html);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.note).toMatch(/TCVN3/);
    expect(r.value.doc.lines[0]).toBe('Chương trình hành động của Ban Thường vụ Tỉnh ủy');
    expect(r.value.doc.tables[0].rows[0].cells.map((c) => c.paragraphs[0])).toEqual(['1', task, lead]);
  });
});

describe('readPastedDocument: which clipboard form is read', () => {
  const plain = 'TT\tNhiệm vụ\tChủ trì\n1\tKiểm tra\tSở Nội vụ\n2\tTổng kết\t\n';
  const html =
    '<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Chủ trì</td></tr><tr><td>1</td><td>Kiểm tra</td><td rowspan="2">Sở Nội vụ</td></tr><tr><td>2</td><td>Tổng kết</td></tr></table>';

  it('the HTML when it holds a table (the merged cell is known there)', () => {
    const r = readPastedDocument(plain, html);
    expect(r.ok && r.value.source).toBe('html');
    expect(r.ok && r.value.document.tables[0].rows[1].cells[2].rowSpan).toBe(2);
  });

  it('the plain text when the HTML holds no table, or there is none', () => {
    const prose = readPastedDocument('1. Sở Nội vụ chủ trì.', '<p>1. Sở Nội vụ chủ trì.</p>');
    expect(prose.ok && prose.value.source).toBe('text');
    const none = readPastedDocument(plain);
    expect(none.ok && [none.value.source, none.value.document.form, none.value.document.tables[0].rows.length]).toEqual(['text', 'text', 3]);
  });
});
