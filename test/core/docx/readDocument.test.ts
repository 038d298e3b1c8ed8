/** readDocument: a chosen file → the structured document, for .docx and text files alike. */
import { readDocument, readInput } from '../../../src/core/input/read';
import { encodeTcvn3 } from '../../../src/core/input/tcvn3';
import { p, rawDocx, tbl, tc, tr } from './rawDocx';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('readDocument', () => {
  it('a .docx: its tables placed on the document’s lines, spans kept', async () => {
    const bytes = await rawDocx({
      body:
        p('Kế hoạch thí điểm') +
        tbl(
          tr(tc(p('TT')), tc(p('Nhiệm vụ')), tc(p('Chủ trì'))),
          tr(tc(p('1')), tc(p('Số hóa sổ hộ tịch')), tc(p('Sở Tư pháp'), '<w:vMerge w:val="restart"/>')),
          tr(tc(p('2')), tc(p('Cấp bản sao điện tử')), tc(p(''), '<w:vMerge w:val="continue"/>')),
        ),
    });
    const r = await readDocument('ke-hoach.docx', bytes);
    if (!r.ok) throw new Error(r.message);
    const { document, note } = r.value;
    expect(note).toBeUndefined();
    expect(document.form).toBe('docx');
    expect(document.lines).toEqual(['Kế hoạch thí điểm', '', 'TT\tNhiệm vụ\tChủ trì', '1\tSố hóa sổ hộ tịch\tSở Tư pháp', '2\tCấp bản sao điện tử']);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0].lines).toEqual([2, 3, 4]);
    expect(document.tables[0].rows[1].cells[2]).toMatchObject({ paragraphs: ['Sở Tư pháp'], rowSpan: 2 });
  });

  it('a .docx typed in TCVN3: every paragraph, cell and note converted, with the note for the user', async () => {
    const legacy = (s: string) => xmlEscape(encodeTcvn3(s));
    const bytes = await rawDocx({
      footnotes: `<w:footnote w:id="1"><w:p><w:r><w:t>${legacy('Thời hạn được điều chỉnh theo văn bản của tỉnh.')}</w:t></w:r></w:p></w:footnote>`,
      body:
        p(legacy('Kế hoạch triển khai chuyển đổi số năm 2026 của huyện')) +
        tbl(
          tr(tc(p('TT')), tc(p(legacy('Nhiệm vụ'))), tc(p(legacy('Cơ quan chủ trì')))),
          tr(
            tc(p('1')),
            tc(`<w:p><w:r><w:t>${legacy('Xây dựng cơ sở dữ liệu dùng chung')}</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`),
            tc(p(legacy('Phòng Văn hóa và Thông tin'))),
          ),
        ),
    });
    const r = await readDocument('cu.docx', bytes);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.note).toMatch(/TCVN3/);
    const { lines, tables } = r.value.document;
    expect(lines[0]).toBe('Kế hoạch triển khai chuyển đổi số năm 2026 của huyện');
    expect(tables[0].rows[0].cells.map((c) => c.paragraphs[0])).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì']);
    expect(tables[0].rows[1].cells[1]).toMatchObject({
      paragraphs: ['Xây dựng cơ sở dữ liệu dùng chung'],
      notes: ['1. Thời hạn được điều chỉnh theo văn bản của tỉnh.'],
    });
    expect(tables[0].rows[1].cells[2].paragraphs).toEqual(['Phòng Văn hóa và Thông tin']);
  });

  it('a text file: read as TAB text', async () => {
    const r = await readDocument('kh.txt', new TextEncoder().encode('KẾ HOẠCH\n\nTT\tNhiệm vụ\n1\tRà soát văn bản\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.document.form).toBe('text');
    expect(r.value.document.tables[0].lines).toEqual([2, 3]);
  });

  it('a damaged .docx gives the Vietnamese message, as readInput does', async () => {
    const bad = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    const r = await readDocument('hong.docx', bad);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/hỏng/) });
    expect(await readInput('hong.docx', bad)).toEqual(r);
  });
});
