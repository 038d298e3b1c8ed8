// The task pane's paste: the clipboard's text/html is imported when it holds a table.
import { parse, PASTE_SOURCE } from '../../../src/taskpane/actions';

// What Word puts on the clipboard for a copied appendix: the plain text (cells by TAB, the
// section row with no TAB, a cell's second paragraph on its own line — which breaks the row) and
// the HTML with the same table, its section row merged across and a cell of two paragraphs.
const PLAIN = [
  'PHỤ LỤC',
  'NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  'I. HẠ TẦNG SỐ',
  '1\tNâng cấp trung tâm dữ liệu tỉnh\tSở Khoa học và Công nghệ\tQuý III/2026',
  '2\tTriển khai mạng truyền số liệu chuyên dùng',
  'đến cấp xã\tSở Khoa học và Công nghệ\tNăm 2026',
].join('\r\n');

const HTML = `Version:0.9\r\nStartHTML:0000000105\r\n<html><body><!--StartFragment-->
<p class=MsoNormal align=center><b>PHỤ LỤC</b></p>
<p class=MsoNormal align=center><b>NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026</b></p>
<table class=MsoTableGrid border=1>
<tr><td><p class=MsoNormal><b>TT</b></p></td><td><p class=MsoNormal><b>Nhiệm vụ</b></p></td><td><p class=MsoNormal><b>Cơ quan chủ trì</b></p></td><td><p class=MsoNormal><b>Thời gian</b></p></td></tr>
<tr><td colspan=4><p class=MsoNormal><b>I. HẠ TẦNG SỐ</b></p></td></tr>
<tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>Nâng cấp trung tâm dữ liệu tỉnh</p></td><td rowspan=2><p class=MsoNormal>Sở Khoa học và Công nghệ</p></td><td><p class=MsoNormal>Quý III/2026</p></td></tr>
<tr><td><p class=MsoNormal>2</p></td><td><p class=MsoNormal>Triển khai mạng truyền số liệu chuyên dùng</p><p class=MsoNormal>đến cấp xã</p></td><td><p class=MsoNormal>Năm 2026</p></td></tr>
</table><!--EndFragment--></body></html>`;

describe('task pane paste with text/html', () => {
  it('imports the table from the HTML and says so', () => {
    const r = parse(PLAIN, HTML);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.source).toBe('html');
    expect(PASTE_SOURCE[r.value.source!]).toMatch(/HTML/);
    const items = r.value.programme.tables.flatMap((t) => t.items);
    expect(items.map((i) => i.tt)).toEqual(['1', '2']);
    expect(items[1].task).toBe('Triển khai mạng truyền số liệu chuyên dùng\nđến cấp xã');
    expect(items[0].lead).toBe('Sở Khoa học và Công nghệ');
    expect(items.map((i) => i.time.text)).toEqual(['Quý III/2026', 'Năm 2026']);
    expect(r.value.programme.tables[0].sections.map((s) => s.title)).toEqual(['HẠ TẦNG SỐ']);
  });

  it('falls back to the plain text when the HTML holds no table, and says so', () => {
    const text = 'KẾ HOẠCH\r\n1. Sở Tài chính chủ trì tham mưu bố trí kinh phí. Thời gian: Quý II/2026.\r\n';
    const r = parse(text, '<html><body><!--StartFragment--><p>KẾ HOẠCH</p><p>1. Sở Tài chính …</p><!--EndFragment--></body></html>');
    const plain = parse(text);
    expect(r.ok && plain.ok).toBe(true);
    if (!r.ok || !plain.ok) return;
    expect(r.value.source).toBe('text');
    expect(PASTE_SOURCE.text).toMatch(/văn bản thuần/);
    expect(plain.value.source).toBeUndefined();
    expect(r.value.programme).toEqual(plain.value.programme);
  });
});
