import type { CellScalar } from '../../../plan/sheetData';
import { text, typedDateSerial } from '../../../cellValues';
import { displayDate, serialToIso } from '../../../status/dates';
import { defineRule } from '../../rule';
import { quoteSheet, shownValue } from './cellText';

export default defineRule({
  meta: {
    id: 'tracking.reportDate',
    severity: 'error',
    label: 'Ngày báo cáo không phải ngày',
    description: "Tổng hợp's Ngày báo cáo (B3) typed as text instead of a date or =TODAY(): every overdue and due-soon status would be wrong. The date it reads as is suggested.",
    messages: {
      reportDate: (v: CellScalar) => `Ngày báo cáo «${shownValue(v)}» là chữ, không phải ngày: mọi tình trạng quá hạn, sắp đến hạn đều tính sai. Nhập lại thành ngày.`,
    },
  },
  scope: 'summary',
  check({ summary, report }) {
    const v = summary.reportDate;
    if (summary.reportDateFormula || v === null || typeof v === 'number' || !text(v)) return;
    const { meta } = this;
    const serial = typedDateSerial(v);
    report({
      rule: meta.id,
      severity: meta.severity,
      table: 'Tổng hợp',
      tableIndex: 0,
      tt: '',
      line: 3,
      itemIndex: null,
      column: 'reportDate',
      value: String(v),
      cell: `${quoteSheet('Tổng hợp')}!B3`,
      message: meta.messages.reportDate(v),
      suggestion: serial !== null ? displayDate(serialToIso(serial)) : null,
    });
  },
});
