import type { CellScalar } from '../../../plan/sheetData';

/** A sheet name quoted for a cell reference: 'Phụ lục' ('' for a quote in it). */
export const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A cell value for a message, control characters escaped as JSON does. */
export const shownValue = (v: CellScalar) => JSON.stringify(String(v)).slice(1, -1);
