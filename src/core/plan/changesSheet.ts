/** Điều chỉnh: the change log of an applied amendment, then the conflicts it raised. */
import type { AmendOp, AmendResult, Conflict } from '../amend/types';
import { emptySheet } from './layout';
import { printSetup } from './printSetup';
import type { CellValue, SheetPlan, TablePlan } from './types';

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
    value: `${a.changes.length} thay đổi đã áp dụng vào trang “${appendixName}”; điểm bị lược bỏ vẫn giữ ở đó, gạch ngang. ${a.conflicts.length} xung đột cần xem.`,
    style: 'note',
  });
  const changes: CellValue[][] = a.changes.map((c, i) => [i + 1, OP_LABEL[c.op], c.section, c.point, c.before, c.after, c.line]);
  if (!changes.length) changes.push([null, '', '', '', 'Không có thay đổi nào.', '', null]);
  sheet.tables.push(logTable('DieuChinh', 4, ['Thay đổi', 'Mục', 'Điểm', 'Nội dung cũ', 'Nội dung mới'], changes, 'TableStyleLight12'));
  let next = 4 + changes.length + 3;
  sheet.cells.push({ row: next - 1, col: 1, value: 'Xung đột khi áp dụng', style: 'blockTitle' });
  const conflicts: CellValue[][] = a.conflicts.map((c, i) => [i + 1, CONFLICT_LABEL[c.kind], c.section, c.point, c.message, '', c.line]);
  if (!conflicts.length) conflicts.push([null, '', '', '', 'Không có xung đột.', '', null]);
  sheet.tables.push(logTable('XungDot', next, ['Loại', 'Mục', 'Điểm', 'Nội dung', 'Ghi chú'], conflicts, 'TableStyleLight10'));
  // Text of the amending document that is no change at all (preamble, closing part): listed.
  const rest = a.notApplied ?? [];
  if (rest.length) {
    next += conflicts.length + 3;
    sheet.cells.push({ row: next - 1, col: 1, value: 'Văn bản điều chỉnh không áp dụng (không phải nội dung điều chỉnh)', style: 'blockTitle' });
    const rows: CellValue[][] = rest.map((r, i) => [i + 1, r.reason, '', '', r.text, '', r.line]);
    sheet.tables.push(logTable('KhongApDung', next, ['Lý do', 'Mục', 'Điểm', 'Nội dung', 'Ghi chú'], rows, 'TableStyleLight8'));
  }
  sheet.freeze = { rows: 4, cols: 0 };
  sheet.print = printSetup(4);
  return sheet;
}

/** The three lists of the sheet share one shape: STT, five text columns, the source line. */
function logTable(name: string, row: number, headers: string[], rows: CellValue[][], tableStyle: string): TablePlan {
  const widths = [20, 10, 8, 50, 50];
  return {
    name,
    row,
    col: 1,
    columns: [
      { header: 'STT', width: 6, style: 'count' },
      ...headers.map((header, i) => ({ header, width: widths[i], text: true, style: 'label' })),
      { header: 'Dòng', width: 8, style: 'count' },
    ],
    rows,
    tableStyle,
    headerStyle: 'header',
    showRowStripes: false,
    showFilterButton: true,
  };
}
