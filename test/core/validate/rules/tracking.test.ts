import trackingDateText from '../../../../src/core/validate/rules/tracking/dateText';
import trackingProgress from '../../../../src/core/validate/rules/tracking/progress';
import trackingReportDate from '../../../../src/core/validate/rules/tracking/reportDate';
import { CELL_ADDRESS, CELL_PLACE, testRule } from '../../../helpers/ruleTester';

const LIST = 'Chưa thực hiện / Đang thực hiện / Hoàn thành';

testRule(trackingProgress, {
  valid: [
    { name: 'a list value', cell: { column: 'progress', value: 'Đang thực hiện' } },
    { name: 'free text in another column', cell: { column: 'notes', value: 'xong rồi' } },
  ],
  invalid: [
    {
      name: 'free text: no suggestion',
      cell: { column: 'progress', value: 'gần xong' },
      findings: [
        {
          ...CELL_PLACE,
          column: 'progress',
          value: 'gần xong',
          cell: CELL_ADDRESS,
          message: `Tiến độ «gần xong» không thuộc danh sách (${LIST}): Tình trạng không tính được.`,
          suggestion: null,
        },
      ],
    },
    {
      name: 'the list value with a trailing space: suggested, certain',
      cell: { column: 'progress', value: 'Hoàn thành ' },
      findings: [
        {
          value: 'Hoàn thành ',
          message: 'Tiến độ «Hoàn thành » khác giá trị trong danh sách «Hoàn thành» (thừa dấu cách): Tình trạng không tính được.',
          suggestion: 'Hoàn thành',
          certain: true,
        },
      ],
    },
    {
      name: 'other letter case',
      cell: { column: 'progress', value: 'chưa thực hiện' },
      findings: [
        { message: 'Tiến độ «chưa thực hiện» khác giá trị trong danh sách «Chưa thực hiện» (khác chữ hoa, chữ thường): Tình trạng không tính được.', suggestion: 'Chưa thực hiện' },
      ],
    },
    { name: 'a number', cell: { column: 'progress', value: 50 }, findings: [{ value: '50', suggestion: null }] },
  ],
});

testRule(trackingDateText, {
  valid: [
    { name: 'a date serial', cell: { column: 'due', value: 46387 } },
    { name: 'text in the task column', cell: { column: 'task', value: '30/12/2026' } },
  ],
  invalid: [
    {
      name: 'a due date typed as text: the date suggested',
      cell: { column: 'due', value: '30/12/2026' },
      findings: [
        {
          ...CELL_PLACE,
          column: 'due',
          value: '30/12/2026',
          cell: CELL_ADDRESS,
          message: 'Hạn hoàn thành «30/12/2026» là chữ, không phải ngày: Tình trạng không tính được. Nhập lại thành ngày (dd/mm/yyyy).',
          suggestion: '30/12/2026',
        },
      ],
    },
    {
      name: 'a done date that is no date',
      cell: { column: 'doneDate', value: 'tuần trước' },
      findings: [
        { column: 'doneDate', message: 'Ngày hoàn thành «tuần trước» là chữ, không phải ngày: Tình trạng không tính được. Nhập lại thành ngày (dd/mm/yyyy).', suggestion: null },
      ],
    },
    { name: 'an ISO date as text', cell: { column: 'doneDate', value: '2026-07-05' }, findings: [{ suggestion: '05/07/2026' }] },
  ],
});

testRule(trackingReportDate, {
  valid: [
    { name: 'a date serial', summary: { reportDate: 46203, reportDateFormula: false, dueSoonDays: 30 } },
    { name: '=TODAY()', summary: { reportDate: 'Ngày hôm nay', reportDateFormula: true, dueSoonDays: 30 } },
    { name: 'empty', summary: { reportDate: null, reportDateFormula: false, dueSoonDays: 30 } },
  ],
  invalid: [
    {
      name: 'typed as text',
      summary: { reportDate: '15/6/2026', reportDateFormula: false, dueSoonDays: 30 },
      findings: [
        {
          table: 'Tổng hợp',
          tableIndex: 0,
          tt: '',
          line: 3,
          itemIndex: null,
          column: 'reportDate',
          value: '15/6/2026',
          cell: "'Tổng hợp'!B3",
          message: 'Ngày báo cáo «15/6/2026» là chữ, không phải ngày: mọi tình trạng quá hạn, sắp đến hạn đều tính sai. Nhập lại thành ngày.',
          suggestion: '15/06/2026',
        },
      ],
    },
  ],
});
