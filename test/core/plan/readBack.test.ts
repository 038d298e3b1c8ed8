import { readBack } from '../../../src/core/plan/readBack';
import type { TableData } from '../../../src/core/plan/sheetData';

const H = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Loại thời hạn', 'Hạn hoàn thành', 'Tiến độ', 'Ngày hoàn thành', 'Tình trạng', 'Mục'];
const table = (rows: TableData['rows']): TableData => ({
  sheet: 'Phụ lục 2',
  table: 'PhuLuc_1',
  headerRow: 6,
  firstCol: 1,
  headers: H,
  rows,
  label: 'PHỤ LỤC 2',
  title: 'DANH MỤC NHIỆM VỤ NHIỆM KỲ 2025 - 2030',
  attachedTo: '(Kèm theo Chương trình số 5-CTr/TU ngày 17/4/2026)',
});

describe('readBack: heading rows and rows users add', () => {
  const rb = readBack([
    table([
      ['I', 'Xây dựng Đảng', null, null, null, null, null, null, null, 'I. Xây dựng Đảng'],
      ['1', 'Đề án A', 'Sở Nội vụ', 'Quý II/2026', 'Có hạn', 46203, null, null, 'Trong hạn', 'I. Xây dựng Đảng'],
      // Added by a user: no Loại thời hạn, but a lead and a time → an item.
      ['2', 'Đề án B', 'Sở Tư pháp', 'Quý III/2026', null, null, null, null, 'Không hạn', null],
      // Added by a user with only a Tiến độ → an item (its missing lead is then reported).
      ['3', 'Đề án C', null, null, null, null, 'Đang thực hiện', null, null, null],
      [null, null, null, null, null, null, null, null, null, null],
    ]),
  ]);
  const t = rb.programme.tables[0];

  it('keeps the heading and checks the rows users added', () => {
    expect(t.sections.map((s) => s.tt)).toEqual(['I']);
    expect(t.items.map((i) => [i.tt, i.lead, i.line])).toEqual([
      ['1', 'Sở Nội vụ', 8],
      ['2', 'Sở Tư pháp', 9],
      ['3', '', 10],
    ]);
  });

  it('takes the title block as the table title and attachment line', () => {
    expect(t.title).toBe('PHỤ LỤC 2 — DANH MỤC NHIỆM VỤ NHIỆM KỲ 2025 - 2030');
    expect(t.attachedTo).toMatch(/^\(Kèm theo/);
  });

  it('has no cell for a column the table lacks', () => {
    expect(rb.cellOf(0, 9, 'lead')).toEqual({ sheet: 'Phụ lục 2', address: 'C9' });
    expect(rb.cellOf(0, 9, 'resources')).toBeNull();
  });
});

describe('readBack: indicator tables', () => {
  const rb = readBack([
    {
      sheet: 'Phụ lục 1',
      table: 'ChiTieu_1',
      headerRow: 6,
      firstCol: 1,
      headers: ['STT', 'Chỉ tiêu', 'Mục tiêu 2026 - 2030', 'Đơn vị tham mưu'],
      rows: [
        ['I', 'Về kinh tế', null, null],
        [1, '- Tốc độ tăng trưởng GRDP', 'Bình quân khoảng 10%', 'Chi bộ Tổng hợp'],
        [null, '- GRDP bình quân đầu người', '90 triệu đồng', null],
        ['II', 'Về xã hội', null, null],
        [2, 'Dân số', '> 530 nghìn người', null],
      ],
    },
  ]);
  const t = rb.programme.tables[0];
  it('reads Roman TT rows as headings and un-numbered rows as sub-rows', () => {
    expect(t.kind).toBe('indicators');
    expect(t.sections.map((s) => s.tt)).toEqual(['I', 'II']);
    expect(t.items.map((i) => [i.tt, i.parentTt ?? null])).toEqual([
      ['1', null],
      ['', '1'],
      ['2', null],
    ]);
    expect(t.items[2].path).toEqual(['II. Về xã hội']);
  });
});

describe('readBack: OCR text', () => {
  it('is recognised from the cells, so leads are matched leniently', () => {
    const words = 'Thuc hien cac nhiem vu cua tinh va phat trien xay dung viec truong nguoi';
    const rows = Array.from({ length: 4 }, (_, i) => [`(${i + 1})`, words, 'Ban To chuc Tinh uy', 'Nam 2026', 'Có hạn', null, null, null, null, null]);
    expect(readBack([table(rows)]).programme.quality).toBe('ocr');
    expect(readBack([table([['1', 'Thực hiện các nhiệm vụ của tỉnh', 'Sở Nội vụ', 'Năm 2026', 'Có hạn', null, null, null, null, null]])]).programme.quality).toBe('clean');
  });
});
