import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { docxToText } from '../../../src/core/input/docx';

const para = (t: string) => new Paragraph({ children: [new TextRun(t)] });
const row = (cells: TableCell[]) => new TableRow({ children: cells });
const cell = (...children: (Paragraph | Table)[]) => new TableCell({ children });

// A table nested inside a cell (a small schedule inside the task cell) must not be dropped.
it('keeps a table nested in a cell: one <p> per nested row, its cells joined by " | "', async () => {
  const nested = new Table({
    rows: [row([cell(para('Giai đoạn')), cell(para('Thời hạn'))]), row([cell(para('Khảo sát')), cell(para('Quý II/2026'))])],
  });
  const outer = new Table({
    rows: [
      row([cell(para('TT')), cell(para('Nhiệm vụ')), cell(para('Cơ quan chủ trì'))]),
      row([cell(para('1')), cell(para('Xây dựng đề án chuyển đổi số'), nested), cell(para('Sở Khoa học và Công nghệ'))]),
    ],
  });
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [para('Kế hoạch'), outer] }] }));
  const r = await docxToText(bytes);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const lines = r.value.split('\n');
  expect(lines).toContain('TT\tNhiệm vụ\tCơ quan chủ trì');
  expect(lines).toContain('1\t<p>Xây dựng đề án chuyển đổi số</p> <p>Giai đoạn | Thời hạn</p> <p>Khảo sát | Quý II/2026</p>\tSở Khoa học và Công nghệ');
});
