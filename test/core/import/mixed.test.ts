/**
 * Documents with both a prose task section and an appendix table (invented wording). The body's
 * "NHIỆM VỤ, GIẢI PHÁP" section is read beside the table when it assigns its points to agencies by
 * heading and does not restate the table; otherwise only the table is the task list and the body
 * is reported as not imported. Checked as TAB text (a paste from Word) and as .docx. Expected
 * values come from reading the fixtures by hand.
 */
import { forms, FormSpec } from '../../helpers/forms';
import { importForms, Form } from '../../helpers/importForms';
import type { Programme } from '../../../src/core/model';

type Row = [tt: string, task: string, lead: string, due: string | null];

const rowsOf = (p: Programme): Row[] => p.tables.flatMap((t) => t.items).map((i) => [i.tt, i.task, i.lead, i.time.due]);

async function each(spec: FormSpec, check: (p: Programme) => void): Promise<void> {
  const all = await importForms(forms(spec));
  for (const form of ['text', 'docx'] as Form[]) {
    try {
      check(all[form]!);
    } catch (e) {
      (e as Error).message = `[${form}] ${(e as Error).message}`;
      throw e;
    }
  }
}

const HEADER = ['TT', 'Tên dự án', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'];

/** A provincial resolution: II assigns tasks to agencies by heading; the appendix lists two projects. */
const RESOLUTION: FormSpec = [
  'NGHỊ QUYẾT',
  'VỀ ĐẨY MẠNH PHONG TRÀO TIẾT KIỆM NƯỚC SINH HOẠT',
  'I. MỤC TIÊU',
  '1. Đến năm 2028, 90% hộ gia đình được phổ biến cách tiết kiệm nước.',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  'Để đạt mục tiêu trên, các sở, ngành và địa phương thực hiện các nhiệm vụ sau đây:',
  '1. Tuyên truyền, vận động',
  'a) Sở Văn hóa và Thể thao',
  '- Biên soạn tài liệu hỏi đáp về tiết kiệm nước cho hộ gia đình.',
  '- Tổ chức cuộc thi ảnh về tiết kiệm nước trong trường học, gồm:',
  '+ Vòng trường vào tháng 3 hằng năm;',
  '+ Vòng tỉnh vào tháng 5 hằng năm.',
  'b) Sở Xây dựng rà soát định mức cấp nước sinh hoạt, hoàn thành trước ngày 30 tháng 6 năm 2027.',
  '2. Quản lý mạng lưới cấp nước',
  'a) Giảm thất thoát nước',
  '- Sở Xây dựng',
  '+ Ban hành quy trình kiểm tra rò rỉ đường ống.',
  '+ Hướng dẫn lắp đồng hồ đo nước thông minh.',
  '- Công ty Cấp nước tỉnh triển khai thay thế các tuyến ống cũ trên 30 năm.',
  'b) Đầu tư hạ tầng cấp nước',
  'Ủy ban nhân dân các huyện:',
  '- Bố trí vốn cải tạo trạm cấp nước nông thôn trong kế hoạch đầu tư công giai đoạn 2026 - 2030.',
  '- Kiểm tra chất lượng nước định kỳ tại các trạm.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Xây dựng có trách nhiệm theo dõi, tổng hợp kết quả thực hiện Nghị quyết này.',
  '2. Sở Tài chính bố trí kinh phí theo quy định.',
  'PHỤ LỤC',
  'DANH MỤC DỰ ÁN ƯU TIÊN',
  {
    rows: [
      HEADER,
      ['1', 'Dự án nâng cấp nhà máy nước Bắc Sơn', 'Sở Xây dựng', 'Sở Tài chính', '2027'],
      ['2', 'Dự án cấp nước sạch cho vùng ven biển', 'Ủy ban nhân dân các huyện', 'Sở Nông nghiệp và Môi trường', '2028'],
    ],
  },
];

describe('a prose task section assigned by agency beside an appendix table', () => {
  it('reads both: every point under an agency heading leads with that agency, then the appendix rows', () =>
    each(RESOLUTION, (p) => {
      expect(p.shape).toBe('table');
      expect(p.tables.map((t) => t.title)).toEqual(['II. NHIỆM VỤ, GIẢI PHÁP', 'PHỤ LỤC — DANH MỤC DỰ ÁN ƯU TIÊN']);
      expect(rowsOf(p)).toEqual([
        ['-', 'Biên soạn tài liệu hỏi đáp về tiết kiệm nước cho hộ gia đình.', 'Sở Văn hóa và Thể thao', null],
        // "+" lines under a "-" task: details of that task, not tasks of their own.
        [
          '-',
          'Tổ chức cuộc thi ảnh về tiết kiệm nước trong trường học, gồm:\n+ Vòng trường vào tháng 3 hằng năm;\n+ Vòng tỉnh vào tháng 5 hằng năm.',
          'Sở Văn hóa và Thể thao',
          null,
        ],
        // A lettered point that names its agency as its subject, with its own deadline.
        ['b)', 'Sở Xây dựng rà soát định mức cấp nước sinh hoạt, hoàn thành trước ngày 30 tháng 6 năm 2027.', 'Sở Xây dựng', '2027-06-30'],
        // "+" points under an agency "-" line: each one a task of that agency.
        ['+', 'Ban hành quy trình kiểm tra rò rỉ đường ống.', 'Sở Xây dựng', null],
        ['+', 'Hướng dẫn lắp đồng hồ đo nước thông minh.', 'Sở Xây dựng', null],
        ['-', 'Công ty Cấp nước tỉnh triển khai thay thế các tuyến ống cũ trên 30 năm.', 'Công ty Cấp nước tỉnh', null],
        // The years a task is about are not its time: only a closing "hoàn thành …" clause is.
        ['-', 'Bố trí vốn cải tạo trạm cấp nước nông thôn trong kế hoạch đầu tư công giai đoạn 2026 - 2030.', 'Ủy ban nhân dân các huyện', null],
        ['-', 'Kiểm tra chất lượng nước định kỳ tại các trạm.', 'Ủy ban nhân dân các huyện', null],
        ['1', 'Dự án nâng cấp nhà máy nước Bắc Sơn', 'Sở Xây dựng', '2027-12-31'],
        ['2', 'Dự án cấp nước sạch cho vùng ven biển', 'Ủy ban nhân dân các huyện', '2028-12-31'],
      ]);
      // The lettered topic stays in the path of the tasks under its agency paragraph.
      expect(p.tables[0].items[6].path).toEqual(['II. NHIỆM VỤ, GIẢI PHÁP', '2. Quản lý mạng lưới cấp nước', 'b) Đầu tư hạ tầng cấp nước', 'Ủy ban nhân dân các huyện:']);
    }));

  it('keeps the objectives, the lead-in sentence and the closing duties as not imported', () =>
    each(RESOLUTION, (p) => {
      const texts = p.notImported.map((n) => n.text);
      for (const t of [
        'I. MỤC TIÊU',
        '1. Đến năm 2028, 90% hộ gia đình được phổ biến cách tiết kiệm nước.',
        'Để đạt mục tiêu trên, các sở, ngành và địa phương thực hiện các nhiệm vụ sau đây:',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Xây dựng có trách nhiệm theo dõi, tổng hợp kết quả thực hiện Nghị quyết này.',
        '2. Sở Tài chính bố trí kinh phí theo quy định.',
      ])
        expect(texts).toContain(t);
    }));
});

const TOURISM_HEAD = [
  'KẾ HOẠCH',
  'PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2027',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Khai thác tiềm năng du lịch cộng đồng của các xã vùng cao.',
  'II. NHIỆM VỤ, GIẢI PHÁP',
];
const TOURISM_TAIL: FormSpec = [
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Văn hóa, Thể thao và Du lịch:',
  '- Chủ trì triển khai các nhiệm vụ tại Phụ lục.',
  '- Tổng hợp, báo cáo kết quả trước ngày 15 tháng 12 năm 2027.',
  'PHỤ LỤC',
  'NHIỆM VỤ CỤ THỂ',
  {
    rows: [
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
      ['1', 'Xây dựng bộ tiêu chí homestay đạt chuẩn của tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Công Thương', 'Quý II/2027'],
      ['2', 'Tổ chức tập huấn kỹ năng đón khách cho hộ kinh doanh du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân các xã', 'Quý III/2027'],
      ['3', 'Quảng bá sản phẩm du lịch cộng đồng trên các nền tảng số', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Năm 2027'],
    ],
  },
];
const APPENDIX_ROWS: Row[] = [
  ['1', 'Xây dựng bộ tiêu chí homestay đạt chuẩn của tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', '2027-06-30'],
  ['2', 'Tổ chức tập huấn kỹ năng đón khách cho hộ kinh doanh du lịch', 'Sở Văn hóa, Thể thao và Du lịch', '2027-09-30'],
  ['3', 'Quảng bá sản phẩm du lịch cộng đồng trên các nền tảng số', 'Sở Khoa học và Công nghệ', '2027-12-31'],
];

describe('a body that restates its appendix is not read twice', () => {
  it('by agency heading: the appendix rows only, the body restating them not imported', () =>
    each(
      [
        ...TOURISM_HEAD,
        '1. Sở Văn hóa, Thể thao và Du lịch',
        '- Xây dựng bộ tiêu chí homestay đạt chuẩn của tỉnh.',
        '- Tổ chức lớp tập huấn kỹ năng đón khách cho hộ kinh doanh du lịch.',
        '2. Sở Khoa học và Công nghệ',
        '- Quảng bá sản phẩm du lịch cộng đồng trên các nền tảng số.',
        ...(TOURISM_TAIL as string[]),
      ],
      (p) => {
        expect(rowsOf(p)).toEqual(APPENDIX_ROWS);
        const texts = p.notImported.map((n) => n.text);
        expect(texts).toContain('1. Sở Văn hóa, Thể thao và Du lịch');
        expect(texts).toContain('- Quảng bá sản phẩm du lịch cộng đồng trên các nền tảng số.');
      },
    ));

  it('as numbered points with no agency: the appendix rows only', () =>
    each(
      [
        ...TOURISM_HEAD,
        '1. Xây dựng bộ tiêu chí homestay đạt chuẩn của tỉnh.',
        '2. Tổ chức lớp tập huấn kỹ năng đón khách cho hộ kinh doanh.',
        '3. Quảng bá sản phẩm du lịch cộng đồng trên nền tảng số.',
        '(Chi tiết tại Phụ lục kèm theo)',
        ...(TOURISM_TAIL as string[]),
      ],
      (p) => {
        expect(rowsOf(p)).toEqual(APPENDIX_ROWS);
        expect(p.notImported.map((n) => n.text)).toContain('2. Tổ chức lớp tập huấn kỹ năng đón khách cho hộ kinh doanh.');
      },
    ));
});
