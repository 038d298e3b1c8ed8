import { HEADER } from '../../../columnRegistry';
import type { CellScalar } from '../../../plan/sheetData';
import { typedDateSerial } from '../../../cellValues';
import { displayDate, serialToIso } from '../../../status/dates';
import { defineRule } from '../../rule';
import { shownValue } from './cellText';

export default defineRule({
  meta: {
    id: 'tracking.dateText',
    severity: 'error',
    label: 'Ngày ghi bằng chữ, không phải ngày',
    description:
      'Text in Hạn hoàn thành / Ngày hoàn thành ("30/12/2026" pasted as text, as an en-US Excel keeps it): not a date for the Tình trạng formula. The date it reads as is suggested.',
    messages: {
      dateText: (what: string, v: CellScalar) => `${what} «${shownValue(v)}» là chữ, không phải ngày: Tình trạng không tính được. Nhập lại thành ngày (dd/mm/yyyy).`,
    },
  },
  scope: 'cell',
  check(cell) {
    const m = cell.column;
    const v = cell.value;
    if ((m !== 'due' && m !== 'doneDate') || typeof v === 'number') return;
    const { meta } = this;
    const serial = typedDateSerial(v);
    cell.report({
      ...cell.place,
      rule: meta.id,
      severity: meta.severity,
      column: m,
      value: String(v),
      cell: cell.address(),
      message: meta.messages.dateText(m === 'due' ? HEADER.due : HEADER.doneDate, v),
      suggestion: serial !== null ? displayDate(serialToIso(serial)) : null,
    });
  },
});
