import timeAgency from '../../../../src/core/validate/rules/time/agency';
import timeBeforeIssue from '../../../../src/core/validate/rules/time/beforeIssue';
import timeInvalid from '../../../../src/core/validate/rules/time/invalid';
import timeMissing from '../../../../src/core/validate/rules/time/missing';
import timeOutsideTerm from '../../../../src/core/validate/rules/time/outsideTerm';
import timeReversed from '../../../../src/core/validate/rules/time/reversed';
import timeUnrecognised from '../../../../src/core/validate/rules/time/unrecognised';
import { testRule } from '../../../helpers/ruleTester';
import { FOUR, table } from '../helpers';

const L = 'Ban Dân vận Huyện ủy';
/** A four-column appendix (header on line 1, tasks from line 2) of the given times. */
const times = (...cells: string[]) =>
  table(
    FOUR,
    cells.map((time, i) => [String(i + 1), `Tuyên truyền chủ trương số ${i + 1} về dân vận khéo`, L, time]),
  );
const term = { start: 2025, end: 2030 };

testRule(timeMissing, {
  valid: [
    { name: 'every task has a time', text: times('Năm 2027', 'Thường xuyên') },
    { name: 'no time column, none required', text: table(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì'], [['1', 'Sơ kết phong trào dân vận khéo', L]]) },
  ],
  invalid: [
    {
      name: 'one empty time among filled ones',
      text: times('Năm 2027', '', 'Quý I/2028'),
      findings: [{ line: 3, tt: '2', column: 'time', value: '', message: 'Chưa ghi thời gian thực hiện / thời hạn hoàn thành.' }],
    },
    { name: 'no task of the table has one', text: times('', ''), findings: [{ line: 2, tt: '1', message: 'Không nhiệm vụ nào trong bảng ghi thời gian (2 nhiệm vụ).' }] },
  ],
});

testRule(timeUnrecognised, {
  valid: [
    { name: 'dated, ongoing, conditional and no-limit times', text: times('Tháng 9/2027', 'Thường xuyên', 'Sau khi có hướng dẫn của Trung ương', 'Không quy định') },
    { name: 'an agency is time.agency', text: times('Sở Nội vụ') },
  ],
  invalid: [{ name: 'words that are no time', text: times('Năm 2027', 'Khi nào xong thì báo'), findings: [{ line: 3, tt: '2', column: 'time', value: 'Khi nào xong thì báo' }] }],
});

testRule(timeInvalid, {
  valid: [
    { name: 'good times', text: times('31/12/2027', 'Năm 2026 - 2028') },
    { name: 'a reversed range is time.reversed', text: times('Năm 2029 - 2027') },
  ],
  invalid: [
    { name: 'an impossible date', text: times('30/02/2027'), findings: [{ line: 2, value: '30/02/2027' }] },
    { name: 'a range cut off', text: times('Năm 2027', 'Năm 2027 - 20'), findings: [{ line: 3, tt: '2', value: 'Năm 2027 - 20' }] },
  ],
});

testRule(timeReversed, {
  valid: [{ name: 'a forward range', text: times('Năm 2027 - 2029') }],
  invalid: [{ name: 'end before start', text: times('Năm 2029 - 2027'), findings: [{ line: 2, column: 'time', value: 'Năm 2029 - 2027' }] }],
});

testRule(timeAgency, {
  valid: [{ name: 'a time phrase', text: times('Quý II/2027') }],
  invalid: [
    {
      name: 'an agency name in the time column',
      text: times('Năm 2027', 'Sở Nội vụ'),
      findings: [{ line: 3, tt: '2', value: 'Sở Nội vụ', message: 'Cột thời gian ghi tên cơ quan “Sở Nội vụ”: có thể đã dán nhầm cột.' }],
    },
    {
      name: 'the lead repeated in the time column',
      text: table(FOUR, [['1', 'Tập huấn công tác dân vận', L, L]]),
      findings: [{ line: 2, value: L, message: `Cột thời gian ghi tên cơ quan “${L}” (trùng với cột chủ trì): có thể đã dán nhầm cột.` }],
    },
  ],
});

testRule(timeOutsideTerm, {
  valid: [
    { name: 'inside the term', text: times('Quý IV/2030', 'Năm 2025 - 2030'), options: { term } },
    { name: 'no term known', text: times('Năm 2033') },
    { name: 'ongoing, no due date', text: times('Thường xuyên'), options: { term } },
  ],
  invalid: [
    {
      name: 'due after the term',
      text: times('Năm 2027', 'Năm 2032'),
      options: { term },
      findings: [{ line: 3, tt: '2', value: 'Năm 2032', message: 'Thời gian “Năm 2032” nằm ngoài nhiệm kỳ, giai đoạn 2025 - 2030 của chương trình.' }],
    },
    { name: 'starting before the term', text: times('Năm 2023 - 2026'), options: { term }, findings: [{ line: 2, value: 'Năm 2023 - 2026' }] },
  ],
});

testRule(timeBeforeIssue, {
  valid: [
    { name: 'due after the date of issue', text: times('Quý III/2026'), options: { issuedOn: '2026-05-20' } },
    { name: 'done before issue', text: times('Đã ban hành'), options: { issuedOn: '2026-05-20' } },
    { name: 'no date of issue known', text: times('Tháng 1/2026') },
    { name: 'outside the term is time.outsideTerm', text: times('Năm 2024'), options: { issuedOn: '2026-05-20', term } },
  ],
  invalid: [
    {
      name: 'a deadline past on the day of issue',
      text: times('Quý III/2026', 'Tháng 4/2026'),
      options: { issuedOn: '2026-05-20' },
      findings: [{ line: 3, tt: '2', value: 'Tháng 4/2026', message: 'Thời hạn “Tháng 4/2026” đã qua trước ngày ban hành văn bản (20/5/2026).' }],
    },
    {
      name: 'only the year of issue printed: the 1st of January is the bound',
      text: times('Năm 2025'),
      options: { issuedOn: '2026-01-01' },
      findings: [{ line: 2, message: 'Thời hạn “Năm 2025” đã qua trước ngày ban hành văn bản (năm 2026).' }],
    },
  ],
});
