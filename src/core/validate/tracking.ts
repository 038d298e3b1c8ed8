/**
 * Checks of what users type into a workbook's tracking cells — things a document cannot get
 * wrong, so they run on tables read back from a workbook (plan/readBack.ts):
 *  - tracking.progress: a Tiến độ that is not one of the list's values ("xong rồi", "50%",
 *    "Hoàn thành " with a space, "Hoàn thành" in decomposed Unicode). The Tình trạng formula
 *    compares exactly, so such a task is not counted as done. When only the form differs the
 *    list value is suggested, and the fix is certain.
 *  - tracking.dateText: text in Hạn hoàn thành / Ngày hoàn thành ("30/12/2026" pasted as text,
 *    as an en-US Excel keeps it): not a date for the formula. The date it reads as is suggested.
 *  - tracking.reportDate: Tổng hợp's Ngày báo cáo typed as text: every status would be wrong.
 * Each finding carries its cell.
 */
import { HEADER } from '../columnRegistry';
import type { ProgrammeTable } from '../model';
import type { CellScalar, SummarySettings, TableData } from '../plan/sheetData';
import { text } from '../plan/sheetData';
import { canonicalProgress, formDifference, typedDateSerial, workbookColumn } from '../plan/workbookColumns';
import { PROGRESS_VALUES } from '../status/labels';
import { serialToIso, displayDate } from '../status/dates';
import type { Finding } from './types';

const letters = (c: number): string => (c <= 0 ? '' : letters(Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));
const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;
const shownValue = (v: CellScalar) => JSON.stringify(String(v)).slice(1, -1);

export function trackingFindings(tables: TableData[], read: ProgrammeTable[], summary?: SummarySettings | null): Finding[] {
  const out: Finding[] = [];
  tables.forEach((t, tableIndex) => {
    const table = read[tableIndex];
    const meaning = t.headers.map((h) => workbookColumn(h));
    const ttCol = meaning.indexOf('tt');
    const itemAt = new Map((table?.items ?? []).map((it, k) => [it.line, k]));
    t.rows.forEach((r, i) => {
      const line = t.headerRow + 1 + i;
      const itemIndex = itemAt.get(line) ?? -1;
      const at = (c: number) => `${quoteSheet(t.sheet)}!${letters(t.firstCol + c)}${line}`;
      const base = {
        table: table?.title ?? t.sheet, tableIndex, tt: ttCol >= 0 ? text(r[ttCol]) : '', line, itemIndex: itemIndex >= 0 ? itemIndex : null,
      };
      meaning.forEach((m, c) => {
        const v = r[c];
        if (v === null || v === undefined || v === '') return;
        if (m === 'progress' && !PROGRESS_VALUES.includes(String(v))) {
          const fix = canonicalProgress(v);
          out.push({
            ...base, rule: 'tracking.progress', severity: 'error', column: 'progress', value: String(v), cell: at(c),
            message: fix
              ? `Tiến độ «${shownValue(v)}» khác giá trị trong danh sách «${fix}» (${formDifference(String(v))}): Tình trạng không tính được.`
              : `Tiến độ «${shownValue(v)}» không thuộc danh sách (${PROGRESS_VALUES.join(' / ')}): Tình trạng không tính được.`,
            suggestion: fix, ...(fix ? { certain: true } : {}),
          });
        }
        if ((m === 'due' || m === 'doneDate') && typeof v !== 'number') {
          const serial = typedDateSerial(v);
          const what = m === 'due' ? HEADER.due : HEADER.doneDate;
          out.push({
            ...base, rule: 'tracking.dateText', severity: 'error', column: m, value: String(v), cell: at(c),
            message: `${what} «${shownValue(v)}» là chữ, không phải ngày: Tình trạng không tính được. Nhập lại thành ngày (dd/mm/yyyy).`,
            suggestion: serial !== null ? displayDate(serialToIso(serial)) : null,
          });
        }
      });
    });
  });
  if (summary && !summary.reportDateFormula && summary.reportDate !== null && typeof summary.reportDate !== 'number' && text(summary.reportDate)) {
    const serial = typedDateSerial(summary.reportDate);
    out.push({
      rule: 'tracking.reportDate', severity: 'error', table: 'Tổng hợp', tableIndex: 0, tt: '', line: 3, itemIndex: null, column: 'reportDate',
      value: String(summary.reportDate), cell: `${quoteSheet('Tổng hợp')}!B3`,
      message: `Ngày báo cáo «${shownValue(summary.reportDate)}» là chữ, không phải ngày: mọi tình trạng quá hạn, sắp đến hạn đều tính sai. Nhập lại thành ngày.`,
      suggestion: serial !== null ? displayDate(serialToIso(serial)) : null,
    });
  }
  return out;
}
