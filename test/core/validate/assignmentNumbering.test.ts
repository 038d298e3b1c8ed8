/**
 * A plan that assigns tasks by agency numbers its agencies 1, 2, 3 …: some are headings over
 * "- …" lines, some a single paragraph (a task of its own). One run of numbers, no gap.
 */
import { importProgramme } from '../../../src/core/import';
import { validateProgramme } from '../../../src/core/validate';

const PLAN = `KẾ HOẠCH
Phòng chống hạn hán vụ đông xuân năm 2027

III. PHÂN CÔNG NHIỆM VỤ

1. Sở Nông nghiệp và Môi trường:
- Theo dõi mực nước các hồ chứa, cảnh báo thiếu nước.
- Hướng dẫn chuyển đổi cây trồng vùng thiếu nước.

2. Sở Tài chính: Bố trí kinh phí chống hạn từ dự phòng ngân sách tỉnh.

3. Công an tỉnh:
- Bảo đảm an ninh trật tự tại các công trình thủy lợi.
`;

test('agencies numbered 1, 2, 3 — headings and single tasks alike — give no numbering finding', () => {
  const p = importProgramme(PLAN);
  const items = p.tables.flatMap((t) => t.items);
  expect(items.map((i) => [i.tt, i.lead])).toEqual([
    ['-', 'Sở Nông nghiệp và Môi trường'],
    ['-', 'Sở Nông nghiệp và Môi trường'],
    ['2', 'Sở Tài chính'],
    ['-', 'Công an tỉnh'],
  ]);
  const numbering = validateProgramme(p).findings.filter((f) => f.rule.startsWith('structure.'));
  expect(numbering).toEqual([]);
});
