import resourcesCutOff from '../../../../src/core/validate/rules/resources/cutOff';
import resourcesMissing from '../../../../src/core/validate/rules/resources/missing';
import resourcesUnknown from '../../../../src/core/validate/rules/resources/unknown';
import { testRule } from '../../../helpers/ruleTester';
import { FOUR, SEVEN, table } from '../helpers';

/** A seven-column appendix (header on line 1, tasks from line 2) of the given funding cells. */
const funds = (...cells: string[]) =>
  table(
    SEVEN,
    cells.map((r, i) => [String(i + 1), `Nâng cấp trạm y tế xã số ${i + 1}`, 'Sở Y tế', 'Năm 2027', 'UBND tỉnh', r, '']),
  );

testRule(resourcesMissing, {
  valid: [
    { name: 'every task has a source', text: funds('Ngân sách tỉnh', 'Xã hội hóa') },
    { name: 'four columns, profile auto: not required', text: table(FOUR, [['1', 'Nâng cấp trạm y tế xã', 'Sở Y tế', 'Năm 2027']]) },
  ],
  invalid: [
    {
      name: 'one empty among filled',
      text: funds('Ngân sách tỉnh', ''),
      findings: [{ line: 3, tt: '2', column: 'resources', value: '', message: 'Chưa ghi nguồn lực thực hiện.' }],
    },
    {
      name: 'four columns held to the Tuyên Quang profile',
      text: table(FOUR, [
        ['1', 'Nâng cấp trạm y tế xã', 'Sở Y tế', 'Năm 2027'],
        ['2', 'Mua sắm trang thiết bị y tế', 'Sở Y tế', 'Năm 2028'],
      ]),
      options: { profile: 'tuyen-quang' },
      findings: [{ line: 2, tt: '1', message: 'Không nhiệm vụ nào trong bảng ghi nguồn lực (2 nhiệm vụ).' }],
    },
  ],
});

testRule(resourcesCutOff, {
  valid: [{ name: 'whole texts', text: funds('Ngân sách trung ương và địa phương', 'Vốn ODA (Ngân hàng Thế giới)') }],
  invalid: [
    {
      name: 'ends on a connector',
      text: funds('Ngân sách tỉnh', 'Ngân sách tỉnh và'),
      findings: [{ line: 3, tt: '2', value: 'Ngân sách tỉnh và', message: 'Nguồn lực “Ngân sách tỉnh và” kết thúc giữa câu (“và”): có thể bị cắt khi sao chép.' }],
    },
    { name: 'ends on a comma', text: funds('Vốn vay ưu đãi,'), findings: [{ line: 2, message: 'Nguồn lực “Vốn vay ưu đãi,” kết thúc bằng “,”: có thể bị cắt khi sao chép.' }] },
    {
      name: 'a bracket left open',
      text: funds('Kinh phí sự nghiệp (năm 2027'),
      findings: [{ line: 2, message: 'Nguồn lực “Kinh phí sự nghiệp (năm 2027” mở ngoặc “(” mà không đóng: có thể bị cắt khi sao chép.' }],
    },
  ],
});

const USUAL = '(Ngân sách trung ương / địa phương / nhà nước, Vốn ngoài ngân sách, Xã hội hóa, Vốn doanh nghiệp, ODA, Nguồn vốn hợp pháp khác)';
testRule(resourcesUnknown, {
  valid: [{ name: 'usual categories', text: funds('Ngân sách nhà nước', 'Xã hội hóa', 'Kinh phí thường xuyên', 'Nguồn vốn hợp pháp khác') }],
  invalid: [
    {
      name: 'who pays instead of a source: the local budget suggested',
      text: funds('Ngân sách tỉnh', 'UBND huyện'),
      findings: [{ line: 3, tt: '2', value: 'UBND huyện', message: `Nguồn lực “UBND huyện” không thuộc nhóm nguồn vốn thường dùng ${USUAL}.`, suggestion: 'Ngân sách địa phương' }],
    },
    { name: 'firms: their own capital suggested', text: funds('Các doanh nghiệp'), findings: [{ line: 2, suggestion: 'Vốn doanh nghiệp' }] },
    { name: 'nothing to guess from', text: funds('Theo thực tế'), findings: [{ line: 2, value: 'Theo thực tế', suggestion: null }] },
  ],
});
