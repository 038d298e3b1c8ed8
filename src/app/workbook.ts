/**
 * Use cases on a workbook Phụ lục wrote, as its users left it: the programme read back from its
 * appendix tables, the agency catalogue it extends (Danh mục), and its check (Kiểm tra).
 */
import { builtinCatalogue, extendCatalogue } from '../core/agencies';
import type { Catalogue } from '../core/agencies/types';
import { userAgencies } from '../core/plan/catalogueSheet';
import { readBack, ReadBack } from '../core/plan/readBack';
import type { CellScalar } from '../core/plan/sheetData';
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

/** A workbook with no appendix table Phụ lục wrote (`no-tables`), or one the port refused (`unreadable`, its message). */
export type NoWorkbookProgramme = { ok: false; reason: 'unreadable' | 'no-tables'; message: string };

/** The refusal of a use case that needs the workbook's appendix tables when it has none (Vietnamese). */
export const NO_TABLES = 'Sổ này chưa có bảng phụ lục do Phụ lục tạo. Hãy nhập văn bản ở thẻ «Nhập» trước.';

/** Reads the programme as it is now in the port's workbook (tracking cells included). */
export async function workbookProgramme(port: WorkbookPort): Promise<{ ok: true; value: WorkbookProgramme } | NoWorkbookProgramme> {
  const read = await port.read();
  if (!read.ok) return { ok: false, reason: 'unreadable', message: read.message };
  const snap = read.value;
  if (!snap || !snap.tables.length) return { ok: false, reason: 'no-tables', message: NO_TABLES };
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
