/**
 * What a re-import tells its user (command line and task pane alike), in Vietnamese: what was
 * kept, what was normalised, what was replaced and where the old values are; and the report
 * settings read back from the old Tổng hợp sheet (report date, due-soon days).
 */
import { serialToIso } from '../status/dates';
import type { KeepResult } from './keepUserCells';
import type { SummarySettings } from './sheetData';
import { typedDateSerial } from './workbookColumns';

/** Message lines, one fact a line; `where` names the old values' other home (a copy of the file), if any. */
export function reimportLines(keep: KeepResult, where?: string): string[] {
  const r = keep.report;
  const lines: string[] = [];
  const backup = keep.backupSheet ? `trang “${keep.backupSheet}”` : '';
  if (backup) lines.push(`Giữ lại ${keep.kept} ô người dùng đã nhập; bảng cũ được sao lưu vào ${backup}${where ? ` và ${where}` : ''}.`);
  const by = Object.entries(r.keptBy);
  if (by.length) lines.push(`Các ô giữ lại: ${by.map(([h, n]) => `${h} ${n}`).join(', ')}.`);
  if (r.otherSheets.length) {
    const names = r.otherSheets.map((n) => `“${n}”`).join(', ');
    lines.push(where ? `Trang không có trong sổ mới, còn nguyên trong ${where}: ${names}.` : `Trang không do lần nhập này tạo, giữ nguyên: ${names}.`);
  }
  for (const t of r.recognised) lines.push(`Nhận ra phụ lục theo tiêu đề cột: ${t}.`);
  for (const t of r.unmatchedTables) lines.push(`Bảng cũ không khớp bảng mới nào, chỉ còn ở ${backup || 'bản sao'}: ${t}.`);
  const list = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`${title} (${items.length}):`);
    for (const i of items) lines.push(`  - ${i}`);
  };
  list(
    'Đã chuẩn hoá',
    r.normalised.map((c) => `${c.cell} (${c.column}, ${c.row}): ${c.old} → ${c.new}`),
  );
  list(
    'Giữ giá trị trong sổ khác văn bản (người dùng đã sửa)',
    r.keptEdits.map((c) => `${c.cell} (${c.column}, ${c.row}): giữ ${c.old}; văn bản ghi ${c.new}`),
  );
  list(
    `Ô trong sổ khác văn bản (người dùng đã sửa, hoặc văn bản đã đổi), thay theo văn bản — giá trị cũ còn ở ${backup || 'bản sao'}${where ? ` và ${where}` : ''}`,
    r.replaced.map((c) => `${c.cell} (${c.column}, ${c.row}): ${c.old} → ${c.new}`),
  );
  list('Dòng trùng mục và số thứ tự, giữ cả hai', r.ambiguous);
  list('Dòng người dùng thêm, giữ trong bảng', r.addedRows);
  list(`Dòng cũ không còn trong văn bản, chỉ còn ở ${backup || 'bản sao'}`, r.droppedRows);
  list(
    'Chữ ngoài bảng',
    r.outside.map((p) => `${p.address} «${String(p.cell.value).slice(0, 60)}»: ${p.inPlace ? 'giữ tại chỗ' : `ô đó nay thuộc bảng mới, giá trị ở ${backup}`}`),
  );
  return lines;
}

/** The report settings of the old workbook, as a re-import should carry them on. */
export interface CarriedSettings {
  /** ISO date; null = =TODAY() (or nothing usable, see `problem`). */
  asOf: string | null;
  /** True when the old workbook used =TODAY() or had no date. */
  today: boolean;
  dueSoonDays: number | null;
  /** A value that could not be read (Vietnamese), to tell the user. */
  problem?: string;
}

/** Reads Tổng hợp's B3/B4 as users left them: a date, =TODAY(), or a date typed as text ("30/11/2026"). */
export function carriedSettings(s: SummarySettings | null | undefined): CarriedSettings {
  if (!s) return { asOf: null, today: true, dueSoonDays: null };
  const days =
    typeof s.dueSoonDays === 'number' && s.dueSoonDays >= 0
      ? Math.round(s.dueSoonDays)
      : /^\s*\d{1,4}\s*$/.test(String(s.dueSoonDays ?? ''))
        ? Number(String(s.dueSoonDays).trim())
        : null;
  const base = { dueSoonDays: days };
  if (s.reportDateFormula || s.reportDate === null || s.reportDate === '') return { ...base, asOf: null, today: true };
  if (typeof s.reportDate === 'number') return { ...base, asOf: serialToIso(s.reportDate), today: false };
  const serial = typedDateSerial(s.reportDate);
  if (serial !== null) return { ...base, asOf: serialToIso(serial), today: false };
  return {
    ...base,
    asOf: null,
    today: true,
    problem: `Ngày báo cáo ở trang “Tổng hợp” (ô B3) là chữ không đọc được: «${String(s.reportDate)}»; dùng ngày hôm nay.`,
  };
}
