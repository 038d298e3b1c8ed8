/**
 * The cycle report as a Word document (the `docx` library), laid out per Nghị định 30/2020/NĐ-CP:
 * A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13 pt (title
 * 14 pt bold), the two-column title block (issuing body and number on the left, the national
 * motto and "…, ngày … tháng … năm …" on the right), then the five parts of the report as tables
 * (the fifth: what the agencies wrote in their replies, from Kết quả báo cáo),
 * and the "Nơi nhận" / signature block, left blank to be completed and signed.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ReportData, reportStatuses } from '../../core/cycle/report';
import { displayDate } from '../../core/status';
import { HEADER } from '../../core/columnRegistry';

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
const MM = 56.7; // twips per millimetre

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics });

const para = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; center?: boolean; after?: number } = {}): Paragraph =>
  new Paragraph({
    children: [run(text, o)],
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 60 },
  });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function cell(text: string, o: { bold?: boolean; center?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: text.split('\n').map((t) => para(t, { bold: o.bold, center: o.center, after: 0, size: 24 })),
    ...(o.width ? { width: { size: o.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

/** A bordered table: header row in bold, then the rows; `widths` in percent. */
function grid(headers: string[], rows: string[][], widths: number[], centred: boolean[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, { bold: true, center: true, width: widths[i] })) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { center: centred[i], width: widths[i] })) })),
    ],
  });
}

function titleBlock(): Table {
  const left = ['……………………', '……………………', '', 'Số:       /BC-……'];
  const right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', '……, ngày … tháng … năm ……'];
  const column = (lines: string[], width: number, boldLines: number[], italicLine: number): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: lines.map((t, i) => para(t, { center: true, bold: boldLines.includes(i), italics: i === italicLine, after: 0, size: i === 0 && width > 50 ? 24 : SIZE })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [column(left, 40, [1], -1), column(right, 60, [0, 1], 3)] })],
  });
}

const pct = (x: number): string => `${(Math.round(x * 1000) / 10).toLocaleString('vi-VN')}%`;

/** The report document. */
export function reportDocument(d: ReportData): Document {
  const asOf = displayDate(d.asOf);
  const statuses = reportStatuses(d);
  const body = [
    titleBlock(),
    para('', { after: 120 }),
    para('BÁO CÁO', { bold: true, center: true, size: 28, after: 0 }),
    para(`Tình hình thực hiện ${d.title || 'chương trình'}`, { bold: true, center: true, size: 28, after: 0 }),
    para(`(Tính đến ngày ${asOf})`, { italics: true, center: true, after: 240 }),
    para('1. Số nhiệm vụ theo tình trạng', { bold: true }),
    grid(
      [HEADER.tt, HEADER.status, 'Số nhiệm vụ'],
      [
        ...statuses.map((s, i) => [String(i + 1), s, String(d.counts[s])]),
        ['', 'Tổng số (không tính điểm đã lược bỏ)', String(d.total)],
        ['', 'Tỷ lệ hoàn thành đúng hạn', pct(d.onTimeShare)],
      ],
      [10, 65, 25],
      [true, false, true],
    ),
    para(''),
    para('2. Cơ quan chủ trì theo số nhiệm vụ quá hạn', { bold: true }),
    grid(
      ['TT', 'Cơ quan chủ trì', 'Quá hạn', 'Hoàn thành', 'Tổng số'],
      d.agencies.map((a, i) => [String(i + 1), a.agency, String(a.overdue), String(a.done), String(a.total)]),
      [8, 50, 14, 14, 14],
      [true, false, true, true, true],
    ),
    para(''),
    para(`3. Nhiệm vụ quá hạn (${d.overdue.length})`, { bold: true }),
    d.overdue.length
      ? grid(
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', 'Số ngày quá hạn'],
          d.overdue.map((t) => [t.tt, t.task, t.lead, t.due ? displayDate(t.due) : '', String(t.daysLate)]),
          [7, 45, 22, 13, 13],
          [true, false, false, true, true],
        )
      : para('Không có nhiệm vụ quá hạn.', { italics: true }),
    para(''),
    para(`4. Nhiệm vụ hoàn thành ${d.since ? `từ sau ngày ${displayDate(d.since)}` : 'đến ngày báo cáo'} (${d.completed.length})`, { bold: true }),
    d.completed.length
      ? grid(
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', 'Ngày hoàn thành'],
          d.completed.map((t) => [t.tt, t.task, t.lead, t.due ? displayDate(t.due) : '', t.doneDate ? displayDate(t.doneDate) : '']),
          [7, 45, 22, 13, 13],
          [true, false, false, true, true],
        )
      : para('Không có.', { italics: true }),
    para(''),
    para(`5. Kết quả, khó khăn và đề xuất do các cơ quan báo cáo (${d.reported.length})`, { bold: true }),
    d.reported.length
      ? grid(
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Nội dung cơ quan báo cáo'],
          d.reported.map((r) => [r.tt, r.task, r.lead, [...r.texts.map((t) => `${t.header}: ${t.value}`), ...(r.mergedOn ? [`(Nhận ngày ${r.mergedOn})`] : [])].join('\n')]),
          [7, 33, 20, 40],
          [true, false, false, false],
        )
      : para('Chưa có cơ quan nào gửi kết quả, khó khăn hay đề xuất.', { italics: true }),
    para('', { after: 240 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [
        new TableRow({
          children: [
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
                new Paragraph({ children: [run('- ……;', { size: 22 })] }),
                new Paragraph({ children: [run('- Lưu: VT.', { size: 22 })] }),
              ],
            }),
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              children: [para('NGƯỜI KÝ', { bold: true, center: true, after: 0 }), para('(Ký, ghi rõ họ tên)', { italics: true, center: true })],
            }),
          ],
        }),
      ],
    }),
  ];
  return new Document({
    creator: 'Phụ lục (phuluc)',
    title: `Báo cáo tính đến ngày ${asOf}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children: body,
      },
    ],
  });
}

/** The .docx bytes of the report. */
export async function reportDocx(d: ReportData): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(d));
}
