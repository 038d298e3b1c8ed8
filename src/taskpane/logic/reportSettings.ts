/**
 * The Tình trạng tab's two fields — report date (dd/mm/yyyy, empty = today) and the due-soon
 * window in days — to and from the workbook's named cells NgayBaoCao and SoNgaySapDenHan.
 */
import { carriedSettings, dateInput, displayDate, fail, ok } from '../../app';
import type { Result, WorkbookSummarySettings as SummarySettings } from '../../app';

/** What the fields show: texts as typed (date dd/mm/yyyy or empty for today), and a problem found reading them. */
export interface ReportFields {
  date: string;
  days: string;
  /** Vietnamese: a report date cell whose text is not a date (then the field shows empty = today). */
  problem?: string;
}

/** The largest due-soon window accepted, as the command line's --due-soon-days (1–4 digits). */
export const MAX_DUE_SOON_DAYS = 9999;

/**
 * The fields for the workbook's settings (read as a re-import reads them: core carriedSettings):
 * a serial or a typed date → dd/mm/yyyy, =TODAY() → empty; the window as its whole number, or
 * `fallbackDays` when the cell is missing or not a number.
 */
export function fieldsFromWorkbook(s: SummarySettings, fallbackDays: number): ReportFields {
  const c = carriedSettings(s);
  return {
    date: c.asOf ? displayDate(c.asOf) : '',
    days: String(c.dueSoonDays ?? fallbackDays),
    ...(c.problem ? { problem: c.problem } : {}),
  };
}

/** The date field's text → ISO, null for empty (today); a Vietnamese message when it is not a date. */
export function dateField(text: string): Result<string | null> {
  if (!text.trim()) return ok(null);
  const iso = dateInput(text);
  return iso ? ok(iso) : fail(`Ngày báo cáo «${text.trim()}» không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 30/06/2026 (để trống: hôm nay).`);
}

/** The window field's text → whole days 0…MAX_DUE_SOON_DAYS; a Vietnamese message otherwise (also when empty). */
export function daysField(text: string): Result<number> {
  const t = text.trim();
  if (!t) return fail('Chưa nhập số ngày sắp đến hạn.');
  if (!/^\d{1,4}$/.test(t)) return fail(`Số ngày sắp đến hạn «${t}» không hợp lệ: cần một số nguyên từ 0 đến ${MAX_DUE_SOON_DAYS}.`);
  return ok(Number(t));
}
