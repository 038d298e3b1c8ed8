import { importProgramme } from '../../../src/core/import';
import type { Programme } from '../../../src/core/model';
import { validateProgramme, ValidateOptions } from '../../../src/core/validate';
import type { Finding } from '../../../src/core/validate/types';

/** A finding as the tests write it: [rule, appendix label, tt, line, column]. */
export type Row = [string, string, string, number, string];

export const row = (p: Programme, f: Finding): Row => [f.rule, p.tables[f.tableIndex].label, f.tt, f.line, f.column];

export function check(text: string, options: ValidateOptions = {}) {
  const programme = importProgramme(text);
  const report = validateProgramme(programme, options);
  return { programme, report, rows: report.findings.map((f) => row(programme, f)) };
}

/** A small appendix table as Word copies it: header row, then rows, cells separated by TAB. */
export function table(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.join('\t')).join('\n');
}

export const SEVEN = ['TT', 'Nhiệm vụ triển khai', 'Cơ quan chủ trì tham mưu', 'Thời gian ban hành', 'Thẩm quyền ban hành', 'Nguồn lực thực hiện', 'Ghi chú'];
export const FOUR = ['TT', 'Nhiệm vụ', 'Đơn vị tham mưu', 'Thời gian'];

/** Sorted copy, so expected lists can be written in reading order. */
export const sorted = (rows: Row[]): Row[] => [...rows].sort((a, b) => a[3] - b[3] || a[0].localeCompare(b[0]));
