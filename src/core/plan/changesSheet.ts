/** Điều chỉnh: the change log of an applied amendment, then the conflicts it raised. */
import type { AmendOp, AmendResult, Conflict } from '../amend/types';
import { emptySheet } from './layout';
import { printSetup } from './printSetup';
import type { CellValue, SheetPlan } from './types';

export const CHANGES_SHEET = 'Điều chỉnh';

const OP_LABEL: Record<AmendOp, string> = {
  modify: 'Điều chỉnh nội dung',
  'modify-time': 'Điều chỉnh thời gian',
  'rename-section': 'Đổi tên mục',
  add: 'Bổ sung điểm',
  'add-section': 'Bổ sung mục',
  remove: 'Lược bỏ điểm',
  'no-change': 'Không thay đổi',
};

const CONFLICT_LABEL: Record<Conflict['kind'], string> = {
  'duplicate-number': 'Trùng số điểm',
  'missing-target': 'Không tìm thấy điểm',
  'quote-mismatch': 'Trích dẫn không khớp',
  'not-understood': 'Không hiểu câu điều chỉnh',
};

export function planChanges(a: AmendResult, appendixName: string): SheetPlan {
  const sheet = emptySheet(CHANGES_SHEET, 'changes');
  sheet.tabColor = '7030A0';
  sheet.widths = [6, 20, 10, 8, 50, 50, 8];
  sheet.cells.push({ row: 1, col: 1, value: 'NHẬT KÝ ĐIỀU CHỈNH, BỔ SUNG', style: 'sheetTitle' });
  sheet.cells.push({
    row: 2,
    col: 1,
    value: `${a.changes.length} thay đổi đã áp dụng vào sheet “${appendixName}”; điểm bị lược bỏ vẫn giữ ở đó, gạch ngang. ${a.conflicts.length} xung đột cần xem.`,
    style: 'note',
  });
  const text = (h: string, w: number) => ({ header: h, width: w, text: true, style: 'label' });
  const changes: CellValue[][] = a.changes.map((c, i) => [i + 1, OP_LABEL[c.op], c.section, c.point, c.before, c.after, c.line]);
  if (!changes.length) changes.push([null, '', '', '', 'Không có thay đổi nào.', '', null]);
  sheet.tables.push({
    name: 'DieuChinh',
    row: 4,
    col: 1,
    columns: [
      { header: 'STT', width: 6, style: 'count' },
      text('Thay đổi', 20), text('Mục', 10), text('Điểm', 8), text('Nội dung cũ', 50), text('Nội dung mới', 50),
      { header: 'Dòng', width: 8, style: 'count' },
    ],
    rows: changes,
    tableStyle: 'TableStyleLight12',
    headerStyle: 'header',
    showRowStripes: false,
    showFilterButton: true,
  });
  const start = 4 + changes.length + 3;
  sheet.cells.push({ row: start - 1, col: 1, value: 'Xung đột khi áp dụng', style: 'blockTitle' });
  const conflicts: CellValue[][] = a.conflicts.map((c, i) => [i + 1, CONFLICT_LABEL[c.kind], c.section, c.point, c.message, '', c.line]);
  if (!conflicts.length) conflicts.push([null, '', '', '', 'Không có xung đột.', '', null]);
  sheet.tables.push({
    name: 'XungDot',
    row: start,
    col: 1,
    columns: [
      { header: 'STT', width: 6, style: 'count' },
      text('Loại', 20), text('Mục', 10), text('Điểm', 8), text('Nội dung', 50), text('Ghi chú', 50),
      { header: 'Dòng', width: 8, style: 'count' },
    ],
    rows: conflicts,
    tableStyle: 'TableStyleLight10',
    headerStyle: 'header',
    showRowStripes: false,
    showFilterButton: true,
  });
  // Text of the amending document that is no change at all (preamble, closing part): listed.
  const rest = a.notApplied ?? [];
  if (rest.length) {
    const at = start + conflicts.length + 3;
    sheet.cells.push({ row: at - 1, col: 1, value: 'Văn bản điều chỉnh không áp dụng (không phải nội dung điều chỉnh)', style: 'blockTitle' });
    sheet.tables.push({
      name: 'KhongApDung',
      row: at,
      col: 1,
      columns: [
        { header: 'STT', width: 6, style: 'count' },
        text('Lý do', 20), text('Mục', 10), text('Điểm', 8), text('Nội dung', 50), text('Ghi chú', 50),
        { header: 'Dòng', width: 8, style: 'count' },
      ],
      rows: rest.map((r, i) => [i + 1, r.reason, '', '', r.text, '', r.line]),
      tableStyle: 'TableStyleLight8',
      headerStyle: 'header',
      showRowStripes: false,
      showFilterButton: true,
    });
  }
  sheet.freeze = { rows: 4, cols: 0 };
  sheet.print = printSetup(4);
  return sheet;
}
