/**
 * TEST ONLY. A realistic programme of N tasks, invented here (no corpus text): every task text
 * different, leads and partners written the ways documents write them (some unknown or empty),
 * the time phrases of provincial plans with varying years, Roman sections, page-break header
 * repeats, and a long note now and then — then validated and planned as the command line does.
 */
import { builtinCatalogue } from '../../src/core/agencies/catalogue';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook, PlannedWorkbook } from '../../src/core/plan';
import { validateProgramme } from '../../src/core/validate';

const ACT = ['Xây dựng', 'Ban hành', 'Tổ chức', 'Rà soát', 'Hoàn thiện', 'Triển khai', 'Kiểm tra', 'Sơ kết', 'Tổng kết', 'Đánh giá'];
const WHAT = ['kế hoạch', 'đề án', 'quy chế phối hợp', 'chương trình', 'hướng dẫn', 'báo cáo chuyên đề', 'bộ tiêu chí', 'cơ sở dữ liệu'];
const FIELD = [
  'chuyển đổi số cấp xã',
  'phát triển hợp tác xã kiểu mới',
  'giảm nghèo đa chiều',
  'bảo tồn nghề truyền thống',
  'an toàn thực phẩm tại chợ',
  'phòng cháy ở khu dân cư',
  'đào tạo nghề cho lao động nông thôn',
  'nước sạch vùng cao',
  'quản lý rừng cộng đồng',
  'du lịch sinh thái ven hồ',
  'thu gom rác thải nhựa',
  'y tế học đường',
  'học tập suốt đời',
  'dịch vụ công trực tuyến',
  'trật tự hành lang giao thông',
];
const LEAD = [
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Xây dựng',
  'Sở Tư pháp',
  'Sở Công Thương',
  'UBND tỉnh',
  'Ban Tổ chức Tỉnh ủy',
  'Công an tỉnh',
  'Sở Giáo dục và Đào tạo',
  'Hội Làm vườn tỉnh',
  '',
  'Sở Khoa học và Công nghệ',
];
const TIME = (y: number) => [
  `Quý I/${y}`,
  `Quý III năm ${y}`,
  `Tháng 6/${y}`,
  `Năm ${y}`,
  'Thường xuyên',
  'Hằng năm',
  `Trước ngày 30/9/${y}`,
  `${y}-${y + 2}`,
  `6 tháng đầu năm ${y}`,
];
const FUND = ['Ngân sách tỉnh', 'Ngân sách nhà nước và nguồn hợp pháp khác', 'Xã hội hóa', ''];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

/** The programme text (TAB table, as copied out of Word) of `n` tasks. */
export function realisticText(n: number, seed = 7): string {
  const r = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const header = 'TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tNguồn lực\tGhi chú';
  const out = ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'thực hiện Nghị quyết của Tỉnh ủy (dữ liệu thử)', '', 'PHỤ LỤC', 'DANH MỤC NHIỆM VỤ', '', header];
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (i % 150 === 0) {
      out.push(`${ROMAN[(i / 150) % 10]}\tNhóm nhiệm vụ ${i / 150 + 1}\t\t\t\t\t`);
      k = 0;
    }
    if (i % 40 === 39) out.push(header);
    const task = `${pick(ACT)} ${pick(WHAT)} về ${pick(FIELD)} giai đoạn ${2026 + (i % 5)} (lần ${i + 1})`;
    const note = i % 23 === 0 ? `Phối hợp lồng ghép với các chương trình mục tiêu; báo cáo kết quả trước ngày 15 tháng cuối quý (mục ${i + 1})` : '';
    out.push([String(++k), task, pick(LEAD), pick(LEAD), pick(TIME(2026 + (i % 3))), pick(FUND), note].join('\t'));
  }
  return out.join('\n');
}

/** The workbook plan of `n` realistic tasks, for the report date 30/06/2026. */
export function realisticPlan(n: number, seed = 7): PlannedWorkbook {
  const catalogue = builtinCatalogue();
  const programme = importProgramme(realisticText(n, seed), catalogue);
  const asOf = '2026-06-30';
  const { findings } = validateProgramme(programme, { asOf, profile: 'auto', catalogue });
  return buildWorkbook({ programme, findings, catalogue, settings: { asOf, dueSoonDays: 30 } });
}
