import type { Catalogue } from '../../../../src/core/agencies/types';
import leadMissing from '../../../../src/core/validate/rules/lead/missing';
import leadSeveral from '../../../../src/core/validate/rules/lead/several';
import leadTime from '../../../../src/core/validate/rules/lead/time';
import leadUnknown from '../../../../src/core/validate/rules/lead/unknown';
import leadVariant from '../../../../src/core/validate/rules/lead/variant';
import { testRule } from '../../../helpers/ruleTester';
import { FOUR, table } from '../helpers';

/** Our own small catalogue: the lead rules apart from the built-in one. */
const catalogue: Catalogue = {
  agencies: [
    { name: 'Sở Nông nghiệp và Môi trường', aliases: ['Sở NN&MT'] },
    { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: [] },
    { name: 'Huyện ủy Sơn Dương', aliases: [] },
    { name: 'Sở Khoa học và Công nghệ', aliases: [] },
    { name: 'Sở Nội vụ', aliases: [] },
  ],
};
const T = 'Quý IV/2026';
/** A four-column appendix (header on line 1, tasks from line 2) of the given leads. */
const leads = (...cells: string[]) =>
  table(
    FOUR,
    cells.map((lead, i) => [String(i + 1), `Triển khai nhiệm vụ chuyên đề số ${i + 1} về nông thôn mới`, lead, T]),
  );
const NN = 'Sở Nông nghiệp và Môi trường';
const VH = 'Sở Văn hóa, Thể thao và Du lịch';
const KH = 'Sở Khoa học và Công nghệ';

testRule(leadMissing, {
  valid: [
    { name: 'every task has a lead', text: leads(NN, VH) },
    { name: 'no lead column, none required', text: table(['TT', 'Nhiệm vụ', 'Thời gian'], [['1', 'Tổng kết mô hình hợp tác xã kiểu mới', T]]) },
  ],
  invalid: [
    {
      name: 'one empty lead among filled ones',
      text: leads(NN, '', VH),
      findings: [{ line: 3, tt: '2', column: 'lead', value: '', message: 'Chưa ghi cơ quan chủ trì.', suggestion: null }],
    },
    { name: 'a single task without lead is reported at its row', text: leads(''), findings: [{ line: 2, tt: '1', message: 'Chưa ghi cơ quan chủ trì.' }] },
    {
      name: 'no task of the table has one: one finding at the first task',
      text: leads('', '', ''),
      findings: [{ line: 2, tt: '1', column: 'lead', message: 'Không nhiệm vụ nào trong bảng ghi cơ quan chủ trì (3 nhiệm vụ).' }],
    },
    {
      name: 'required by the options though the table has no lead column',
      text: table(
        ['TT', 'Nhiệm vụ', 'Thời gian'],
        [
          ['1', 'Tổng kết mô hình hợp tác xã kiểu mới', T],
          ['2', 'Nhân rộng mô hình kinh tế tuần hoàn', T],
        ],
      ),
      options: { required: ['lead'] },
      findings: [{ line: 2, message: 'Không nhiệm vụ nào trong bảng ghi cơ quan chủ trì (2 nhiệm vụ).' }],
    },
  ],
});

testRule(leadTime, {
  valid: [
    { name: 'an agency', text: leads(NN) },
    { name: 'an agency with a year in its name', text: leads('Tổ công tác rà soát năm 2026') },
    { name: 'empty', text: leads('') },
  ],
  invalid: [
    {
      name: 'a quarter',
      text: leads(NN, 'Quý III/2027'),
      findings: [{ line: 3, tt: '2', column: 'lead', value: 'Quý III/2027', message: 'Cột chủ trì ghi thời gian “Quý III/2027”: có thể đã dán nhầm cột.' }],
    },
    { name: 'an ongoing time', text: leads('Hằng năm'), findings: [{ line: 2, value: 'Hằng năm', message: 'Cột chủ trì ghi thời gian “Hằng năm”: có thể đã dán nhầm cột.' }] },
  ],
});

testRule(leadSeveral, {
  valid: [
    { name: 'one agency', text: leads(VH), options: { catalogue } },
    { name: 'one agency whose name holds "và" and a comma', text: leads(VH, NN), options: { catalogue } },
  ],
  invalid: [
    {
      name: 'two agencies split by a semicolon',
      text: leads(`${NN}; ${KH}`),
      options: { catalogue },
      findings: [
        {
          line: 2,
          column: 'lead',
          value: `${NN}; ${KH}`,
          message: `Ô chủ trì ghi 2 cơ quan (“${NN}”, “${KH}”): mỗi nhiệm vụ nên có một cơ quan chủ trì, các cơ quan khác là phối hợp.`,
        },
      ],
    },
    { name: 'a committee with departments in brackets', text: leads(NN, `Huyện ủy Sơn Dương (${NN}; ${KH})`), options: { catalogue }, findings: [{ line: 3, tt: '2' }] },
  ],
});

testRule(leadUnknown, {
  valid: [
    { name: 'catalogue names and aliases', text: leads(NN, 'Sở NN&MT', KH), options: { catalogue } },
    { name: 'a time in the lead column is lead.time, not an unknown agency', text: leads('Quý III/2027'), options: { catalogue } },
  ],
  invalid: [
    {
      name: 'a misspelt catalogue name, with the name suggested',
      text: leads(KH, 'Sở Nộ vụ'),
      options: { catalogue },
      findings: [{ line: 3, tt: '2', value: 'Sở Nộ vụ', message: 'Cơ quan chủ trì “Sở Nộ vụ” không có trong danh mục cơ quan.', suggestion: 'Sở Nội vụ' }],
    },
    {
      name: 'an agency the catalogue does not hold',
      text: leads('Ban Quản lý các khu công nghiệp'),
      options: { catalogue },
      findings: [{ line: 2, value: 'Ban Quản lý các khu công nghiệp' }],
    },
  ],
});

testRule(leadVariant, {
  valid: [
    { name: 'one spelling throughout', text: leads(NN, NN, NN), options: { catalogue } },
    { name: 'different agencies', text: leads(NN, KH, VH), options: { catalogue } },
  ],
  invalid: [
    {
      name: 'the alias among full names: the usual form suggested',
      text: leads(NN, 'Sở NN&MT', NN),
      options: { catalogue },
      findings: [{ line: 3, tt: '2', value: 'Sở NN&MT', message: `Cơ quan “Sở NN&MT” được viết khác với cách viết thường dùng trong bảng “${NN}”.`, suggestion: NN }],
    },
    {
      name: 'old-style tone mark (uỷ) among new-style (ủy)',
      text: leads('Huyện ủy Sơn Dương', 'Huyện uỷ Sơn Dương', 'Huyện ủy Sơn Dương'),
      options: { catalogue },
      findings: [{ line: 3, value: 'Huyện uỷ Sơn Dương', suggestion: 'Huyện ủy Sơn Dương' }],
    },
  ],
});
