/**
 * Use case: check a programme (Kiểm tra) — the same rules and options for `phuluc validate`, the
 * preview of the pane's Nhập tab and the Kiểm tra sheet an import writes.
 */
import type { Catalogue } from '../core/agencies/types';
import type { Programme } from '../core/model';
import { validateProgramme, ValidateOptions, ValidationReport } from '../core/validate';
import type { Finding } from '../core/validate/types';

export type { ValidateOptions, ValidationProfile, ValidationReport } from '../core/validate';
export type { Finding } from '../core/validate/types';
export { PROFILES, RULE_IDS, RULE_LABELS } from '../core/validate';

/** Checks a programme read from a document (options: report date, profile, required columns, catalogue). */
export function checkProgramme(programme: Programme, options: ValidateOptions = {}): ValidationReport {
  return validateProgramme(programme, options);
}

/**
 * The findings an import writes on Kiểm tra: the programme as the workbook will show it (amended),
 * as of the report date (or today), the `auto` profile, agencies against the workbook's catalogue.
 */
export function importFindings(programme: Programme, statusDate: string, catalogue: Catalogue): Finding[] {
  return validateProgramme(programme, { asOf: statusDate, profile: 'auto', catalogue }).findings;
}
