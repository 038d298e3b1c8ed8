/**
 * The steps of `phuluc import` that other parts provide: validation findings, the agency
 * catalogue and applying an amendment. Kept here so importCommand.ts stays small.
 */
import { builtinCatalogue } from '../core/agencies';
import type { Catalogue } from '../core/agencies/types';
import { applyAmendment } from '../core/amend';
import type { AmendResult } from '../core/amend/types';
import type { Programme } from '../core/model';
import { fail, ok, Result } from '../core/result';
import { validateProgramme } from '../core/validate';
import type { Finding } from '../core/validate/types';

/** Validation findings for the Kiểm tra sheet. */
export function findingsFor(programme: Programme, asOf: string): Finding[] {
  return validateProgramme(programme, { asOf, profile: 'auto', catalogue: builtinCatalogue() }).findings;
}

export function catalogue(): Catalogue {
  return builtinCatalogue();
}

/**
 * Applies an amending document. The consolidated items replace those of the programme's task
 * table, so the base must hold exactly one table (the amendment numbers points across it).
 */
export function amendProgramme(programme: Programme, amendmentText: string): Result<AmendResult> {
  if (programme.tables.length !== 1) {
    return fail(`--amend chỉ áp dụng cho một văn bản gốc có đúng một bảng nhiệm vụ (văn bản gốc có ${programme.tables.length} bảng).`);
  }
  const result = applyAmendment(programme, amendmentText);
  if (!result.changes.length && !result.conflicts.length) {
    return fail('không tìm thấy nội dung điều chỉnh, bổ sung hay lược bỏ nào trong văn bản điều chỉnh.');
  }
  return ok(result);
}
