// The fixture generator itself: every form it renders reads back to the spec.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { documentFromText } from '../../../src/core/document/fromText';
import { htmlBlocks } from '../../../src/core/input/html';
import { markdownBlocks } from '../../../src/core/input/markdown';
import { forms, FormSpec, specBlocks, withCovered } from '../../helpers/forms';

const b = (text: string) => ({ text, bold: true });

const MERGED: FormSpec = {
  before: [b('PHỤ LỤC'), 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
  rows: [
    [b('TT'), b('Nhiệm vụ'), b('Chủ trì'), b('Thời gian')],
    [{ text: 'I. CẢI CÁCH THỂ CHẾ', bold: true, colSpan: 4 }],
    ['1', 'Rà soát văn bản quy phạm pháp luật', { text: 'Sở Tư pháp', rowSpan: 2 }, 'Quý I/2026'],
    ['2', 'Số hóa hồ sơ\n(ưu tiên hồ sơ đất đai)', 'Quý II/2026'],
    ['3', { text: 'Kiểm tra việc thực hiện', colSpan: 2 }, 'Năm 2026'],
  ],
  after: ['Nơi nhận: như trên.'],
};

const PLAIN: FormSpec = [
  'KẾ HOẠCH',
  {
    rows: [
      ['STT', 'Nội dung', 'Đơn vị'],
      ['1', 'Nâng cấp cổng dịch vụ công | giai đoạn 2', b('Sở Khoa học và Công nghệ')],
      ['2', 'Tập huấn\nkỹ năng số', ''],
    ],
  },
  { text: 'Dòng một\nDòng hai', bold: false },
];

describe('forms(): TAB text as Word copies it', () => {
  it('merged-down cells only in their first row (an empty cell below), a row merged across with no TAB', () => {
    expect(forms(MERGED).text).toBe(
      [
        '<b>PHỤ LỤC</b>',
        '',
        'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026',
        '',
        '<b>TT</b>\t<b>Nhiệm vụ</b>\t<b>Chủ trì</b>\t<b>Thời gian</b>',
        '<b>I. CẢI CÁCH THỂ CHẾ</b>',
        '1\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp\tQuý I/2026',
        '2\t<p>Số hóa hồ sơ</p> <p>(ưu tiên hồ sơ đất đai)</p>\t\tQuý II/2026',
        '3\tKiểm tra việc thực hiện\tNăm 2026',
        '',
        'Nơi nhận: như trên.',
        '',
      ].join('\n'),
    );
  });

  it('the TAB text reader finds the table with the merged row spanning it', () => {
    const doc = documentFromText(forms(MERGED).text);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows.map((r) => r.cells.map((c) => c.paragraphs.join('/')))).toEqual([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian'],
      ['I. CẢI CÁCH THỂ CHẾ'],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Quý I/2026'],
      ['2', 'Số hóa hồ sơ/(ưu tiên hồ sơ đất đai)', '', 'Quý II/2026'],
      ['3', 'Kiểm tra việc thực hiện', 'Năm 2026'],
    ]);
    expect(doc.tables[0].rows[1].cells[0]).toMatchObject({ bold: true, colSpan: 4 });
  });

  it('withCovered puts a placeholder where a cell merged down (and across) continues', () => {
    const cells = specBlocks({ rows: [[{ text: 'A', rowSpan: 3, colSpan: 2 }, 'x'], ['y'], ['z']] });
    const t = cells[0];
    expect(t.kind === 'table' && withCovered(t.rows.map((r) => r.cells)).map((r) => r.map((c) => c?.paragraphs[0] ?? null))).toEqual([
      ['A', 'x'],
      [null, 'y'],
      [null, 'z'],
    ]);
  });
});

describe('forms(): HTML and Markdown read back to the spec', () => {
  it('HTML keeps the spans, bold and cell paragraphs', () => {
    expect(htmlBlocks(forms(MERGED).html)).toEqual(specBlocks(MERGED));
    expect(htmlBlocks(forms(PLAIN).html)).toEqual(specBlocks(PLAIN));
  });

  it('Markdown only for a spec with no merged cell; it reads back (escaped pipe, <br>, bold, line break)', () => {
    expect(forms(MERGED).markdown).toBeUndefined();
    const md = forms(PLAIN).markdown!;
    expect(md).toContain('Nâng cấp cổng dịch vụ công \\| giai đoạn 2');
    expect(md).toContain('Tập huấn<br>kỹ năng số');
    expect(markdownBlocks(md)).toEqual(specBlocks(PLAIN));
  });
});

describe('forms(): .docx', () => {
  it('writes vMerge (restart, continue) and gridSpan', async () => {
    const zip = await JSZip.loadAsync(await forms(MERGED).docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:gridSpan w:val="4"\/>/);
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>/);
  });

  it("reads back to the spec through Word's converter (mammoth's HTML) and the HTML reader", async () => {
    const bytes = await forms(MERGED).docx;
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    // Word keeps an empty paragraph after a table: it has no text, so no block.
    expect(htmlBlocks(value)).toEqual(specBlocks(MERGED));
  });
});
