/**
 * Invented programmes for the "several programmes in one workbook" tests (issue 13): a plan of a
 * district People's Committee on community tourism (number 15-KH/UBND), the same plan edited (a
 * task reworded, a time moved, a task added), and an unrelated action programme on disaster
 * prevention (07-CTr/HU). Wording is our own.
 */
const T = '\t';

function appendix(attached: string | null, title: string, rows: string[][]): string {
  return ['PHỤ LỤC', title, ...(attached ? [attached] : []), ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'].join(T), ...rows.map((r) => r.join(T))].join('\n');
}

const TOURISM_ROWS = [
  ['<b>I</b>', '<b>Hạ tầng du lịch</b>', '', ''],
  ['1', 'Xây dựng bãi đỗ xe tại điểm du lịch thác Bạc', 'Phòng Kinh tế và Hạ tầng', 'Quý III/2026'],
  ['2', 'Lắp đặt biển chỉ dẫn song ngữ tại các bản du lịch', 'Phòng Văn hóa và Thông tin', 'Năm 2026'],
  ['3', 'Nâng cấp đường vào bản Lướt', 'Ban Quản lý dự án huyện', 'Năm 2027'],
  ['<b>II</b>', '<b>Đào tạo nguồn nhân lực</b>', '', ''],
  ['1', 'Mở lớp tập huấn kỹ năng đón khách cho hộ làm homestay', 'Trung tâm Giáo dục nghề nghiệp huyện', 'Quý II/2026'],
  ['2', 'Biên soạn tài liệu hướng dẫn viên tại điểm bằng tiếng dân tộc', 'Phòng Văn hóa và Thông tin', 'Tháng 12/2026'],
  ['3', 'Tổ chức hội thi ẩm thực bản địa', 'Hội Liên hiệp Phụ nữ huyện', 'Hằng năm'],
];

/** 15-KH/UBND as first issued. */
export function tourismPlan(withNumber = true): string {
  return [
    'KẾ HOẠCH',
    'Phát triển du lịch cộng đồng giai đoạn 2026 - 2028',
    appendix(withNumber ? '(Kèm theo Kế hoạch số 15-KH/UBND ngày 10/3/2026 của Ủy ban nhân dân huyện)' : null, 'DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG', TOURISM_ROWS),
  ].join('\n');
}

/** 15-KH/UBND edited: one task reworded, one time moved, one task added. */
export function tourismPlanEdited(withNumber = true): string {
  const rows = TOURISM_ROWS.map((r) => [...r]);
  rows[2][1] = 'Lắp đặt biển chỉ dẫn ba thứ tiếng tại các bản du lịch';
  rows[3][3] = 'Quý II/2027';
  rows.push(['4', 'Khảo sát nhu cầu vay vốn của hộ làm du lịch', 'Ngân hàng Chính sách xã hội huyện', 'Quý IV/2026']);
  return [
    'KẾ HOẠCH',
    'Phát triển du lịch cộng đồng giai đoạn 2026 - 2028',
    appendix(withNumber ? '(Kèm theo Kế hoạch số 15-KH/UBND ngày 10/3/2026 của Ủy ban nhân dân huyện)' : null, 'DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG', rows),
  ].join('\n');
}

/** 07-CTr/HU: another programme, another body. */
export function disasterProgramme(withNumber = true): string {
  return [
    'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    'Về phòng, chống thiên tai và tìm kiếm cứu nạn đến năm 2030',
    appendix(withNumber ? '(Kèm theo Chương trình số 07-CTr/HU ngày 02/4/2026 của Ban Thường vụ Huyện ủy)' : null, 'NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI', [
      ['1', 'Rà soát các hộ dân sống ven suối có nguy cơ sạt lở', 'Ủy ban nhân dân các xã', 'Quý II/2026'],
      ['2', 'Diễn tập ứng phó lũ quét cấp huyện', 'Ban Chỉ huy Quân sự huyện', 'Quý III/2026'],
      ['3', 'Mua sắm áo phao, nhà bạt cho đội xung kích', 'Phòng Tài chính - Kế hoạch', 'Năm 2026'],
      ['4', 'Cắm mốc cảnh báo ngập tại các ngầm tràn', 'Phòng Kinh tế và Hạ tầng', 'Tháng 9/2026'],
      ['5', 'Tuyên truyền kỹ năng phòng tránh sét đánh trên loa truyền thanh', 'Trung tâm Văn hóa - Truyền thông huyện', 'Thường xuyên'],
    ]),
  ].join('\n');
}

/** 21-KH/UBND: a third programme (the same district body as the tourism plan, another number). */
export function schoolMealsPlan(): string {
  return [
    'KẾ HOẠCH',
    'Tổ chức bữa ăn bán trú cho học sinh vùng cao năm học 2026 - 2027',
    appendix('(Kèm theo Kế hoạch số 21-KH/UBND ngày 05/5/2026 của Ủy ban nhân dân huyện)', 'NHIỆM VỤ TỔ CHỨC BÁN TRÚ', [
      ['1', 'Sửa chữa bếp ăn tại điểm trường Nậm Pồ', 'Phòng Giáo dục và Đào tạo', 'Tháng 8/2026'],
      ['2', 'Ký hợp đồng cung cấp gạo với hợp tác xã địa phương', 'Ban Giám hiệu các trường', 'Tháng 9/2026'],
      ['3', 'Kiểm tra an toàn thực phẩm tại bếp bán trú', 'Trung tâm Y tế huyện', 'Hằng quý'],
    ]),
  ].join('\n');
}
