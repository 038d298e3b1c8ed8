/**
 * The steps of `phuluc import` that other parts provide: validation findings, the agency
 * catalogue and applying an amendment. Kept here so importCommand.ts stays small.
 */
import { builtinCatalogue } from '../core/agencies';
import type { Catalogue } from '../core/agencies/types';
import type { AmendResult } from '../core/amend/types';
import type { Programme } from '../core/model';
import { fail, Result } from '../core/result';
import { validateProgramme } from '../core/validate';
import type { Finding } from '../core/validate/types';

/** Validation findings for the Kiểm tra sheet. */
export function findingsFor(programme: Programme, asOf: string): Finding[] {
  return validateProgramme(programme, { asOf, profile: 'auto', catalogue: builtinCatalogue() }).findings;
}

export function catalogue(): Catalogue {
  return builtinCatalogue();
}

/** Applies an amending document to the programme's first task table (not available yet). */
export function amendProgramme(_programme: Programme, _amendmentText: string): Result<AmendResult> {
  return fail('chưa áp dụng được văn bản điều chỉnh (--amend) trong phiên bản này.');
}
