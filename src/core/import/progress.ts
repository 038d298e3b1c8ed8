import { PROGRESS } from '../status/labels';
import { fold } from '../text';

/**
 * A status written in a document's "Tiến độ" / "Kết quả thực hiện" column → the workbook's Tiến
 * độ value, or null when the text is not a status (an expected result, a product: it stays a
 * note). "Đã hoàn thành", "Hoàn thành" → Hoàn thành; "Đang thực hiện", "Đang triển khai" →
 * Đang thực hiện; "Chưa thực hiện", "Chưa hoàn thành", "Chưa triển khai" → Chưa thực hiện.
 */
export function progressFromText(text: string): string | null {
  const f = fold(text).replace(/[.;,]+$/, '');
  if (!f || f.length > 40) return null;
  if (/^(da )?hoan thanh$/.test(f)) return PROGRESS.done;
  if (/^dang (thuc hien|trien khai|lam)$/.test(f)) return PROGRESS.inProgress;
  if (/^chua (thuc hien|hoan thanh|trien khai|bat dau)$/.test(f)) return PROGRESS.notStarted;
  return null;
}
