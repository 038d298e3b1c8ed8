/**
 * Use cases on a workbook Phụ lục wrote, as its users left it: the programme read back from its
 * appendix tables, the agency catalogue it extends (Danh mục), and its check (Kiểm tra).
 */
import { builtinCatalogue, extendCatalogue } from '../core/agencies';
import type { Catalogue } from '../core/agencies/types';
import { userAgencies } from '../core/plan/catalogueSheet';
import { readBack, ReadBack } from '../core/plan/readBack';
import type { CellScalar } from '../core/plan/sheetData';
import { PARTNER_TABLE, REPLY_TABLE } from '../core/cycle/identity';
import { userTracking, UserTrackingRow } from '../core/plan/userTracking';
import { validateWorkbook } from '../core/plan/validateWorkbook';
import type { ValidateOptions, ValidationReport } from '../core/validate';
import type { WorkbookPort } from './port';

/** The built-in agency catalogue extended with the agencies the user keeps on the Danh mục sheet (its rows, header first). */
export function workbookCatalogue(rows: CellScalar[][] = []): Catalogue {
  return extendCatalogue(builtinCatalogue(), userAgencies(rows));
}

/** The programme in a workbook: items whose `line` is their worksheet row, the cell of each, the catalogue and users' progress. */
export type WorkbookProgramme = ReadBack & { catalogue: Catalogue; userTracking: Map<string, UserTrackingRow> };

/**
 * A workbook with no appendix table Phụ lục wrote (`no-tables`), an agency's reply file that
 * `split` wrote (`reply`: its tables are the agency's tasks, not a programme), or one the port
 * refused (`unreadable`, its message).
 */
export type NoWorkbookProgramme = { ok: false; reason: 'unreadable' | 'no-tables' | 'reply'; message: string };

/** The refusal of a workbook use case given an agency's reply file (Vietnamese). */
export const REPLY_BOOK =
  'Sổ này là tệp trả lời của một cơ quan (do “phuluc split” hoặc nút «Chuẩn bị tệp cho các cơ quan» tạo), không phải sổ theo dõi chương trình: điền các cột vàng rồi gửi lại; cơ quan theo dõi gộp tệp vào sổ theo dõi bằng “phuluc merge <sổ theo dõi> <tệp này>” hoặc thẻ «Chu kỳ báo cáo».';

/** The refusal of a use case that needs the workbook's appendix tables when it has none (Vietnamese). */
export const NO_TABLES = 'Sổ này chưa có bảng phụ lục do Phụ lục tạo. Hãy nhập văn bản ở thẻ «Nhập» trước.';

/** Reads the programme as it is now in the port's workbook (tracking cells included). */
export async function workbookProgramme(port: WorkbookPort): Promise<{ ok: true; value: WorkbookProgramme } | NoWorkbookProgramme> {
  const read = await port.read();
  if (!read.ok) return { ok: false, reason: 'unreadable', message: read.message };
  const snap = read.value;
  if (!snap || !snap.tables.length) return { ok: false, reason: 'no-tables', message: NO_TABLES };
  if (snap.tables.every((t) => t.table === REPLY_TABLE || t.table === PARTNER_TABLE)) return { ok: false, reason: 'reply', message: REPLY_BOOK };
  // Users' progress by Mục + TT: the summary's overdue list leaves out tasks marked done.
  return { ok: true, value: { ...readBack(snap.tables, '', snap.summary), catalogue: workbookCatalogue(snap.catalogueRows), userTracking: userTracking(snap.tables) } };
}

/**
 * Checks a workbook as its users left it: the programme's rules plus its tracking cells (Tiến độ
 * values, dates typed as text), each finding naming its cell; the workbook's own Danh mục
 * agencies count as known.
 */
export async function checkWorkbook(
  port: WorkbookPort,
  options: ValidateOptions = {},
): Promise<{ ok: true; value: { report: ValidationReport; workbook: WorkbookProgramme } } | NoWorkbookProgramme> {
  const wb = await workbookProgramme(port);
  if (!wb.ok) return wb;
  return { ok: true, value: { report: validateWorkbook(wb.value, { ...options, catalogue: wb.value.catalogue }), workbook: wb.value } };
}
