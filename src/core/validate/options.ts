import type { Catalogue } from '../agencies/types';
import type { ColumnKey, ProgrammeTable } from '../model';

/** Which columns a reviewer requires: the Tuyên Quang 7-column shape asks for nguồn lực, Lai Châu's 4 columns do not. */
export type ValidationProfile = 'tuyen-quang' | 'lai-chau' | 'auto';

export interface ValidateOptions {
  /** Report date (ISO yyyy-mm-dd); kept in the report. */
  asOf?: string;
  profile?: ValidationProfile;
  /** Columns that must be filled; when given, replaces the profile. */
  required?: ColumnKey[];
  /** Agency catalogue for the lead rules; without it the catalogue rules are skipped. */
  catalogue?: Catalogue;
  /** Programme term years; derived from the document ("nhiệm kỳ 2025 - 2030") when absent. */
  term?: { start: number; end: number };
  /** Date of issue (ISO); derived from the "(Kèm theo … ngày 17/4/2026 …)" line when absent. */
  issuedOn?: string;
}

const PROFILE_COLUMNS: Record<ValidationProfile, ColumnKey[]> = {
  'tuyen-quang': ['lead', 'time', 'resources'],
  'lai-chau': ['lead', 'time'],
  auto: [],
};

/** The fill-in columns the rules look at. */
const CHECKED: ColumnKey[] = ['lead', 'time', 'resources'];

/**
 * Columns whose empty cells are "missing" in this table. An explicit `required` list is taken as
 * is; otherwise the chủ trì / thời gian / nguồn lực columns the table prints, plus those the
 * profile demands ('auto' demands none beyond the table's own). Indicator tables (Phụ lục 1) are
 * only held to the columns they have: they have no time column.
 */
export function requiredColumns(table: ProgrammeTable, options: ValidateOptions): Set<ColumnKey> {
  const present = new Set(table.columns.map((c) => c.key));
  const wanted = options.required ?? [...PROFILE_COLUMNS[options.profile ?? 'auto'], ...CHECKED.filter((k) => present.has(k))];
  const out = new Set<ColumnKey>();
  for (const k of wanted) {
    if (table.kind === 'indicators' && !present.has(k)) continue;
    out.add(k);
  }
  return out;
}

export const PROFILES: ValidationProfile[] = ['tuyen-quang', 'lai-chau', 'auto'];
