import structureCutOff from '../../../../src/core/validate/rules/structure/cutOff';
import structureDuplicate from '../../../../src/core/validate/rules/structure/duplicate';
import structureDuplicateTask from '../../../../src/core/validate/rules/structure/duplicateTask';
import structureEmptyTask from '../../../../src/core/validate/rules/structure/emptyTask';
import structureGap from '../../../../src/core/validate/rules/structure/gap';
import structureHeadingLead from '../../../../src/core/validate/rules/structure/headingLead';
import structureHeadingTime from '../../../../src/core/validate/rules/structure/headingTime';
import structureNoNumber from '../../../../src/core/validate/rules/structure/noNumber';
import structureOrder from '../../../../src/core/validate/rules/structure/order';
import structureWrongLevel from '../../../../src/core/validate/rules/structure/wrongLevel';
import { testRule } from '../../../helpers/ruleTester';
import { FOUR, table } from '../helpers';

const L = 'Phòng Giáo dục và Đào tạo';
const T = 'Năm 2027';
/** Tasks numbered as given (header on line 1, the n-th number on line n + 1). */
const numbered = (...tts: string[]) =>
  table(
    FOUR,
    tts.map((tt, i) => [tt, `Bồi dưỡng giáo viên cốt cán đợt ${i + 1} cho các trường`, L, T]),
  );
/** Tasks with the given texts, numbered 1, 2, … */
const tasks = (...texts: string[]) =>
  table(
    FOUR,
    texts.map((task, i) => [String(i + 1), task, L, T]),
  );

testRule(structureGap, {
  valid: [
    { name: '1 to 4', text: numbered('1', '2', '3', '4') },
    { name: 'one mistyped number is a gap once, not a cascade', text: numbered('1', '2', '3') },
  ],
  invalid: [
    {
      name: 'a number skipped',
      text: numbered('1', '2', '4', '5'),
      findings: [{ line: 4, tt: '4', column: 'tt', value: '4', message: 'Số thứ tự nhảy từ 2 lên 4: thiếu 3.', suggestion: '3' }],
    },
    { name: 'not starting at 1', text: numbered('3', '4'), findings: [{ line: 2, tt: '3', message: 'Số thứ tự bắt đầu từ 3: thiếu 1, 2.', suggestion: '1' }] },
    { name: 'a typo the rows after it ignore', text: numbered('1', '2', '7', '3', '4'), findings: [{ line: 4, tt: '7', message: 'Số thứ tự nhảy từ 2 lên 7: thiếu 3, 4, 5, 6.' }] },
  ],
});

testRule(structureDuplicate, {
  valid: [{ name: 'all distinct', text: numbered('1', '2', '3') }],
  invalid: [
    { name: 'the same number twice', text: numbered('1', '2', '2', '3'), findings: [{ line: 4, tt: '2', value: '2', message: 'Số thứ tự 2 trùng với dòng 3.', suggestion: null }] },
  ],
});

testRule(structureOrder, {
  valid: [{ name: 'in order', text: numbered('1', '2', '3') }],
  invalid: [
    // 5 skips 4 (a gap), 6 follows 5, then 4 comes after 6.
    {
      name: 'a smaller number after a larger one',
      text: numbered('1', '2', '3', '5', '6', '4'),
      findings: [{ line: 7, tt: '4', message: 'Số thứ tự 4 đứng sau 6.', suggestion: null }],
    },
  ],
});

/** A bold heading "3" over tasks numbered as given. */
const underThree = (...tts: string[]) =>
  table(FOUR, [['<b>3</b>', '<b>Nhóm nhiệm vụ về chuyển đổi số</b>', '', ''], ...tts.map((tt, i) => [tt, `Số hóa hồ sơ học sinh đợt ${i + 1}`, L, T])]);

testRule(structureWrongLevel, {
  valid: [{ name: '3.1, 3.2 under heading 3', text: underThree('3.1', '3.2') }],
  invalid: [
    {
      name: 'a number from another heading',
      text: underThree('3.1', '4.2'),
      findings: [{ line: 4, tt: '4.2', message: 'Số 4.2 không thuộc mục 3 (các nhiệm vụ của mục này đánh số 3.x).', suggestion: '3.2' }],
    },
    { name: 'a number with a 0 part', text: numbered('1', '1.0'), findings: [{ line: 3, tt: '1.0', message: 'Số 1.0 không hợp lệ (có thành phần 0).', suggestion: null }] },
  ],
});

testRule(structureNoNumber, {
  valid: [{ name: 'no number anywhere: nothing to say', text: numbered('', '') }],
  invalid: [
    {
      name: 'one task without a number among numbered ones',
      text: underThree('3.1', '', '3.3'),
      findings: [{ line: 4, tt: '', value: '', message: 'Nhiệm vụ không có số thứ tự.', suggestion: '3.2' }],
    },
  ],
});

testRule(structureEmptyTask, {
  valid: [{ name: 'every task has a text', text: tasks('Tổ chức hội giảng cấp huyện', 'Kiểm tra cơ sở vật chất trường học') }],
  invalid: [
    {
      name: 'a number with no task text',
      text: table(FOUR, [
        ['1', 'Tổ chức hội giảng cấp huyện', L, T],
        ['2', '', L, T],
      ]),
      findings: [{ line: 3, tt: '2', column: 'task', value: '', message: 'Dòng có số thứ tự nhưng không có nội dung nhiệm vụ.' }],
    },
  ],
});

testRule(structureCutOff, {
  valid: [
    { name: 'whole sentences, one ending on a colon that introduces rows', text: tasks('Tổ chức hội giảng cấp huyện.', 'Sửa chữa các điểm trường sau:') },
    { name: 'an empty task is structure.emptyTask', text: table(FOUR, [['1', '', L, T]]) },
  ],
  invalid: [
    {
      name: 'ends on a connector',
      text: tasks('Tổ chức hội giảng cấp huyện', 'Rà soát đội ngũ giáo viên theo'),
      findings: [
        {
          line: 3,
          tt: '2',
          column: 'task',
          value: 'Rà soát đội ngũ giáo viên theo',
          message: 'Nội dung nhiệm vụ “Rà soát đội ngũ giáo viên theo” kết thúc giữa câu (“theo”): có thể bị cắt khi sao chép.',
        },
      ],
    },
    {
      // The last 60 characters are "thông mới tại … huyện,": the quote starts after their first space.
      name: 'a long text is quoted from its end',
      text: tasks('Triển khai chương trình giáo dục phổ thông mới tại các trường trung học cơ sở trên địa bàn huyện,'),
      findings: [{ line: 2, message: 'Nội dung nhiệm vụ “…mới tại các trường trung học cơ sở trên địa bàn huyện,” kết thúc bằng “,”: có thể bị cắt khi sao chép.' }],
    },
  ],
});

/** A bold heading "2" with the given lead and time cells, over one task. */
const heading = (lead: string, time: string) =>
  table(FOUR, [
    ['<b>2</b>', '<b>Nhóm nhiệm vụ về thi đua</b>', lead, time],
    ['2.1', 'Phát động phong trào thi đua dạy tốt', L, T],
  ]);

testRule(structureHeadingLead, {
  valid: [{ name: 'a heading with neither', text: heading('', '') }],
  invalid: [
    {
      name: 'a heading with a lead',
      text: heading(L, ''),
      findings: [
        {
          line: 2,
          tt: '2',
          column: 'lead',
          value: L,
          itemIndex: null,
          message: `Dòng tiêu đề “2 Nhóm nhiệm vụ về thi đua” ghi cơ quan chủ trì “${L}”: chủ trì ghi ở từng nhiệm vụ.`,
        },
      ],
    },
  ],
});

testRule(structureHeadingTime, {
  valid: [{ name: 'a heading with a lead only is structure.headingLead', text: heading(L, '') }],
  invalid: [
    {
      name: 'a heading with a time',
      text: heading('', 'Năm 2028'),
      findings: [
        { line: 2, tt: '2', column: 'time', value: 'Năm 2028', message: 'Dòng tiêu đề “2 Nhóm nhiệm vụ về thi đua” ghi thời gian “Năm 2028”: thời gian ghi ở từng nhiệm vụ.' },
      ],
    },
  ],
});

testRule(structureDuplicateTask, {
  valid: [
    { name: 'different tasks', text: tasks('Tổ chức hội giảng cấp huyện', 'Tổ chức hội thi giáo viên dạy giỏi') },
    { name: 'short texts are not compared', text: tasks('Khác', 'Khác') },
  ],
  invalid: [
    {
      name: 'the same task again, other case and punctuation: the later row, naming the first',
      text: tasks('Tổ chức hội giảng cấp huyện (HG.01)', 'Kiểm tra cơ sở vật chất', 'TỔ CHỨC HỘI GIẢNG CẤP HUYỆN (HG01).'),
      findings: [
        {
          line: 4,
          tt: '3',
          column: 'task',
          value: 'TỔ CHỨC HỘI GIẢNG CẤP HUYỆN (HG01).',
          message: 'Nhiệm vụ “TỔ CHỨC HỘI GIẢNG CẤP HUYỆN (HG01).” trùng với nhiệm vụ ở mục 1, dòng 2.',
        },
      ],
    },
  ],
});
