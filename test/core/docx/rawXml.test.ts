/** The .docx reader on hand-written WordprocessingML: what the `docx` writer cannot produce. */
import { Document, Packer, Paragraph, Textbox, TextRun } from 'docx';
import type { SourceBlock, SourceTable } from '../../../src/core/document';
import { docxToBlocks } from '../../../src/core/input/docx';
import { lvl, np, p, rawDocx, RawParts, tbl, tc, tr } from './rawDocx';

async function read(parts: RawParts): Promise<SourceBlock[]> {
  const r = await docxToBlocks(await rawDocx(parts));
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const paraTexts = (bs: SourceBlock[]) => bs.map((b) => (b.kind === 'paragraph' ? b.text : '<table>'));
const firstTable = (bs: SourceBlock[]) => bs.find((b): b is SourceTable => b.kind === 'table')!;

describe('numbering.xml as Word counts it', () => {
  const abstract = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
  const num = (id: number, abs: number, override = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abs}"/>${override}</w:num>`;

  it('start values, start overrides and two lists sharing one definition', async () => {
    const numbering =
      abstract(1, lvl(0, 'decimal', '%1.', 3)) +
      abstract(2, lvl(0, 'upperLetter', '%1.')) +
      num(1, 1) +
      num(2, 1) + // same definition, no override: continues list 1
      num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') + // restarts at 1
      num(4, 2);
    const bs = await read({
      numbering,
      body: [
        np(1, 0, 'Đánh giá hiện trạng'),
        np(1, 0, 'Lập kế hoạch chi tiết'),
        np(2, 0, 'Triển khai thí điểm'),
        np(3, 0, 'Nghiệm thu'),
        np(4, 0, 'KINH PHÍ'),
        np(4, 0, 'TỔ CHỨC THỰC HIỆN'),
      ].join(''),
    });
    expect(paraTexts(bs)).toEqual(['3. Đánh giá hiện trạng', '4. Lập kế hoạch chi tiết', '5. Triển khai thí điểm', '1. Nghiệm thu', 'A. KINH PHÍ', 'B. TỔ CHỨC THỰC HIỆN']);
  });

  it('formats: lowerRoman, decimalZero, "%1.%2." and bullets ("-" for a dash, "•" otherwise)', async () => {
    const numbering =
      abstract(1, lvl(0, 'decimal', '%1.'), lvl(1, 'decimal', '%1.%2.'), lvl(2, 'lowerRoman', '%3.')) +
      abstract(2, lvl(0, 'decimalZero', '%1')) +
      abstract(3, lvl(0, 'bullet', '-'), lvl(1, 'bullet', '')) +
      num(1, 1) +
      num(2, 2) +
      num(3, 3);
    const bs = await read({
      numbering,
      body: [
        np(1, 0, 'Cải cách hành chính'),
        np(1, 1, 'Rà soát thủ tục'),
        np(1, 2, 'thủ tục đất đai'),
        np(1, 2, 'thủ tục xây dựng'),
        np(1, 1, 'Công khai kết quả'),
        np(2, 0, 'Hồ sơ một'),
        np(3, 0, 'Sở Tư pháp chủ trì'),
        np(3, 1, 'các xã phối hợp'),
      ].join(''),
    });
    expect(paraTexts(bs)).toEqual([
      '1. Cải cách hành chính',
      '1.1. Rà soát thủ tục',
      'i. thủ tục đất đai',
      'ii. thủ tục xây dựng',
      '1.2. Công khai kết quả',
      '01 Hồ sơ một',
      '- Sở Tư pháp chủ trì',
      '• các xã phối hợp',
    ]);
  });

  it('a paragraph style’s numbering counts ("Điều 1." from the style), numId 0 removes it', async () => {
    const numbering = abstract(7, lvl(0, 'decimal', 'Điều %1.')) + num(9, 7);
    const styles = '<w:style w:type="paragraph" w:styleId="DieuKhoan"><w:name w:val="Dieu khoan"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>';
    const bs = await read({
      numbering,
      styles,
      body: [
        p('Phạm vi điều chỉnh', '<w:pStyle w:val="DieuKhoan"/>'),
        p('Đối tượng áp dụng', '<w:pStyle w:val="DieuKhoan"/>'),
        p('Đoạn không đánh số', '<w:pStyle w:val="DieuKhoan"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
        p('Giải thích từ ngữ', '<w:pStyle w:val="DieuKhoan"/>'),
      ].join(''),
    });
    expect(paraTexts(bs)).toEqual(['Điều 1. Phạm vi điều chỉnh', 'Điều 2. Đối tượng áp dụng', 'Đoạn không đánh số', 'Điều 3. Giải thích từ ngữ']);
  });

  it('heading styles numbered "1." / "1.1." through levels tied to the styles (w:lvl/w:pStyle)', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="3">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2."/></w:lvl>' +
      '</w:abstractNum>' +
      num(4, 3);
    const style = (id: string, name: string) =>
      `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`;
    const bs = await read({
      numbering,
      styles: style('Heading1', 'heading 1') + style('Heading2', 'heading 2'),
      body: [
        p('Nhiệm vụ chung', '<w:pStyle w:val="Heading1"/>'),
        p('Hoàn thiện thể chế', '<w:pStyle w:val="Heading2"/>'),
        p('Phát triển hạ tầng', '<w:pStyle w:val="Heading2"/>'),
        p('Nhiệm vụ cụ thể', '<w:pStyle w:val="Heading1"/>'),
        p('Nông nghiệp', '<w:pStyle w:val="Heading2"/>'),
      ].join(''),
    });
    expect(bs.map((b) => b.kind === 'paragraph' && [b.text, b.bold])).toEqual([
      ['1. Nhiệm vụ chung', true],
      ['1.1. Hoàn thiện thể chế', true],
      ['1.2. Phát triển hạ tầng', true],
      ['2. Nhiệm vụ cụ thể', true],
      ['2.1. Nông nghiệp', true],
    ]);
  });

  it('a list defined through a list style (w:numStyleLink) takes the style’s levels', async () => {
    const numbering =
      abstract(1, lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.')) + // the list style's own definition
      '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="DanhMuc"/></w:abstractNum>' +
      num(5, 1) +
      num(6, 2);
    const styles = '<w:style w:type="numbering" w:styleId="DanhMuc"><w:name w:val="Danh muc"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>';
    const bs = await read({ numbering, styles, body: np(6, 0, 'QUAN ĐIỂM') + np(6, 1, 'Lấy người dân làm trung tâm') + np(6, 0, 'MỤC TIÊU') });
    expect(paraTexts(bs)).toEqual(['I. QUAN ĐIỂM', '1. Lấy người dân làm trung tâm', 'II. MỤC TIÊU']);
  });

  it('numbered paragraphs inside table cells are counted in document order with those outside', async () => {
    const numbering = abstract(1, lvl(0, 'decimal', '%1')) + abstract(2, lvl(0, 'decimal', '(%1)')) + num(1, 1) + num(2, 2);
    const bs = await read({
      numbering,
      body:
        np(2, 0, 'Mục tiêu chung') +
        tbl(tr(tc(p('TT')), tc(p('Nhiệm vụ'))), tr(tc(np(1, 0, '')), tc(p('Lắp camera giao thông'))), tr(tc(np(1, 0, '')), tc(p('Kết nối trung tâm điều hành')))) +
        np(2, 0, 'Mục tiêu cụ thể'),
    });
    expect(paraTexts(bs)).toEqual(['(1) Mục tiêu chung', '<table>', '(2) Mục tiêu cụ thể']);
    expect(firstTable(bs).rows.map((r) => r.cells[0].paragraphs)).toEqual([['TT'], ['1'], ['2']]);
  });
});

describe('text boxes', () => {
  const box = (...paras: string[]) => `<w:txbxContent>${paras.join('')}</w:txbxContent>`;

  it('a box with a DrawingML choice and a VML fallback is read once, before its anchor paragraph', async () => {
    const alt =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' +
      box(p('Phụ lục III'), p('(Kèm theo Kế hoạch số 45/KH-UBND)')) +
      '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
      box(p('Phụ lục III'), p('(Kèm theo Kế hoạch số 45/KH-UBND)')) +
      '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
    const bs = await read({ body: `<w:p>${alt}<w:r><w:t>DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ</w:t></w:r></w:p>` });
    expect(paraTexts(bs)).toEqual(['Phụ lục III', '(Kèm theo Kế hoạch số 45/KH-UBND)', 'DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ']);
  });

  it('a box with only the VML form (older Word) is read too', async () => {
    const vml = `<w:r><w:pict><v:shape><v:textbox>${box(p('Phụ lục 2'))}</v:textbox></v:shape></w:pict></w:r>`;
    const bs = await read({ body: `<w:p>${vml}</w:p>${p('DANH SÁCH CÔNG TRÌNH')}` });
    expect(paraTexts(bs)).toEqual(['Phụ lục 2', 'DANH SÁCH CÔNG TRÌNH']);
  });

  it('a text box written by the docx library (DrawingML only) is read', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Textbox({ children: [new Paragraph({ children: [new TextRun('Phụ lục IV')] })], style: { width: '200pt', height: '50pt' } }),
            new Paragraph({ children: [new TextRun('DANH MỤC ĐỀ ÁN NĂM 2027')] }),
          ],
        },
      ],
    });
    const r = await docxToBlocks(await Packer.toBuffer(doc));
    expect(r.ok && paraTexts(r.value)).toEqual(['Phụ lục IV', 'DANH MỤC ĐỀ ÁN NĂM 2027']);
  });
});

describe('notes, changes, odd tables', () => {
  it('an endnote is kept as a note, numbered i, ii … like Word', async () => {
    const bs = await read({
      endnotes:
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' +
        '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kinh phí do ngân sách tỉnh bảo đảm.</w:t></w:r></w:p></w:endnote>',
      body: '<w:p><w:r><w:t>Nâng cấp cổng dịch vụ công</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>',
    });
    expect(bs).toEqual([{ kind: 'paragraph', text: 'Nâng cấp cổng dịch vụ công', bold: false, notes: ['i. Kinh phí do ngân sách tỉnh bảo đảm.'] }]);
  });

  it('a footnote with a custom mark ("*") is labelled by it and does not take a number', async () => {
    const fn = (id: number, text: string) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:footnote>`;
    const bs = await read({
      footnotes: fn(1, 'Chỉ tiêu do Trung ương giao.') + fn(2, 'Không bao gồm vốn vay.'),
      body:
        '<w:p><w:r><w:t>Tỷ lệ che phủ rừng 47%</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>Tổng vốn đầu tư công</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>',
    });
    expect(bs).toEqual([
      { kind: 'paragraph', text: 'Tỷ lệ che phủ rừng 47%', bold: false, notes: ['* Chỉ tiêu do Trung ương giao.'] },
      { kind: 'paragraph', text: 'Tổng vốn đầu tư công', bold: false, notes: ['1. Không bao gồm vốn vay.'] },
    ]);
  });

  it('tracked deletions are left out, tracked insertions, hyperlinks and content controls read', async () => {
    const bs = await read({
      body:
        '<w:p><w:r><w:t xml:space="preserve">Hoàn thành trong </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>Quý II</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="A"><w:r><w:t>Quý III</w:t></w:r></w:ins><w:r><w:t>/2026</w:t></w:r></w:p>' +
        '<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:hyperlink r:id="x"><w:r><w:t>Cổng thông tin tỉnh</w:t></w:r></w:hyperlink></w:p></w:sdtContent></w:sdt>',
    });
    expect(paraTexts(bs)).toEqual(['Hoàn thành trong Quý III/2026', 'Cổng thông tin tỉnh']);
  });

  it('vMerge with and without w:val, gridBefore kept as an empty cell so columns stay aligned', async () => {
    const bs = await read({
      body: tbl(
        tr(tc(p('TT')), tc(p('Nhiệm vụ')), tc(p('Chủ trì'))),
        tr(tc(p('1')), tc(p('Kiểm tra an toàn đập')), tc(p('Sở Công Thương'), '<w:vMerge w:val="restart"/>')),
        tr(tc(p('2')), tc(p('Diễn tập phòng chống lũ')), tc(p(''), '<w:vMerge/>')),
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('Ghi chú chung'), '<w:gridSpan w:val="2"/>')}</w:tr>`,
      ),
    });
    const t = firstTable(bs);
    expect(t.rows.map((r) => r.cells.map((c) => [c.paragraphs.join(' '), c.colSpan, c.rowSpan]))).toEqual([
      [
        ['TT', 1, 1],
        ['Nhiệm vụ', 1, 1],
        ['Chủ trì', 1, 1],
      ],
      [
        ['1', 1, 1],
        ['Kiểm tra an toàn đập', 1, 1],
        ['Sở Công Thương', 1, 2],
      ],
      [
        ['2', 1, 1],
        ['Diễn tập phòng chống lũ', 1, 1],
      ],
      [
        ['', 1, 1],
        ['Ghi chú chung', 2, 1],
      ],
    ]);
  });

  it('reads a document whose WordprocessingML prefix is not "w"', async () => {
    const bs = await read({ prefix: 'ns0', body: p('Kế hoạch phòng chống thiên tai') });
    expect(paraTexts(bs)).toEqual(['Kế hoạch phòng chống thiên tai']);
  });

  it('reads a document part saved as UTF-16 (with its BOM)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await rawDocx({ body: p('x') }));
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      p('Ủy ban nhân dân xã Tân Phú') +
      '</w:body></w:document>';
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) ((utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff), (utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8));
    zip.file('word/document.xml', utf16);
    const r = await docxToBlocks(await zip.generateAsync({ type: 'uint8array' }));
    expect(r.ok && paraTexts(r.value)).toEqual(['Ủy ban nhân dân xã Tân Phú']);
  });

  it('an embedded foreign document (altChunk) or an embedded Excel sheet leaves a trace', async () => {
    const bs = await read({ body: p('Mở đầu') + '<w:altChunk r:id="rId9"/>' });
    expect(paraTexts(bs)[1]).toMatch(/nội dung nhúng/);
    const ole =
      '<w:p><w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office"><v:shape/>' + '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rId7"/></w:object></w:r></w:p>';
    const withSheet = await read({ body: p('Bảng phân công như sau:') + ole });
    expect(paraTexts(withSheet)).toEqual(['Bảng phân công như sau:', expect.stringMatching(/đối tượng nhúng \(Excel\.Sheet\.12\)/)]);
  });
});

describe('bad files', () => {
  it('not a zip, a zip without a Word document, a Word document without text: Vietnamese messages', async () => {
    expect(await docxToBlocks(new TextEncoder().encode('văn bản thường'))).toEqual({ ok: false, message: expect.stringMatching(/không phải tài liệu Word/) });
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    expect(await docxToBlocks(await zip.generateAsync({ type: 'uint8array' }))).toEqual({ ok: false, message: expect.stringMatching(/hỏng/) });
    expect(await docxToBlocks(await rawDocx({ body: '<w:p/>' }))).toEqual({ ok: false, message: expect.stringMatching(/không có nội dung/) });
    const broken = await rawDocx({ body: '<w:p><w:r><w:t>dở dang' });
    expect(await docxToBlocks(broken)).toEqual({ ok: false, message: expect.stringMatching(/hỏng/) });
  });
});
