/**
 * Table shapes found in real plans, each written once (invented wording) and checked in every
 * input form that can express it: TAB text (a paste from Word), Markdown (no merged cells),
 * HTML (rowspan/colspan) and .docx (vMerge/gridSpan). Expected values come from reading the
 * fixture: the number of tasks, their TT, task, lead, partners, time and due date.
 */
import { forms, FormSpec } from '../../helpers/forms';
import { importForms, Form } from '../../helpers/importForms';
import type { Item, Programme } from '../../../src/core/model';

type Row = [tt: string, task: string, lead: string, partners?: string, due?: string | null];

const rowsOf = (p: Programme): Row[] => p.tables.flatMap((t) => t.items).map((i: Item) => [i.tt, i.task, i.lead, i.partners, i.time.due]);

async function each(spec: FormSpec, check: (p: Programme, form: Form) => void, only?: Form[]): Promise<void> {
  const all = await importForms(forms(spec));
  for (const [form, programme] of Object.entries(all) as Array<[Form, Programme]>) {
    if (only && !only.includes(form)) continue;
    try {
      check(programme, form);
    } catch (e) {
      (e as Error).message = `[${form}] ${(e as Error).message}`;
      throw e;
    }
  }
}

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'];

describe('section and group headings', () => {
  it('a heading merged across the table ("A. …", an agency as group title) is a section, not a task nor the end of the table', () =>
    each(
      {
        before: ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027'],
        rows: [
          HEADER,
          [{ text: 'A. NHIỆM VỤ CHUNG', colSpan: 5, bold: true }],
          ['1', 'Rà soát thủ tục cấp phép xây dựng', 'Sở Xây dựng', 'Sở Tư pháp', 'Quý I/2027'],
          [{ text: 'Nhiệm vụ giao Sở Nội vụ chủ trì', colSpan: 5 }],
          ['2', 'Sắp xếp lại bộ phận một cửa cấp xã', '', 'UBND các xã', 'Tháng 6/2027'],
          [{ text: 'Sở Tài chính', colSpan: 5 }],
          ['3', 'Công khai dự toán ngân sách trên cổng thông tin', '', '', 'Năm 2027'],
        ],
      },
      (p) => {
        expect(p.tables).toHaveLength(1);
        expect(p.tables[0].sections.map((s) => [s.tt, s.title])).toEqual([
          ['A', 'NHIỆM VỤ CHUNG'],
          ['', 'Nhiệm vụ giao Sở Nội vụ chủ trì'],
          ['', 'Sở Tài chính'],
        ]);
        expect(rowsOf(p)).toEqual([
          ['1', 'Rà soát thủ tục cấp phép xây dựng', 'Sở Xây dựng', 'Sở Tư pháp', '2027-03-31'],
          ['2', 'Sắp xếp lại bộ phận một cửa cấp xã', 'Sở Nội vụ', 'UBND các xã', '2027-06-30'],
          ['3', 'Công khai dự toán ngân sách trên cổng thông tin', 'Sở Tài chính', '', '2027-12-31'],
        ]);
        expect(p.tables[0].items[1].path).toEqual(['A. NHIỆM VỤ CHUNG', 'Nhiệm vụ giao Sở Nội vụ chủ trì']);
      },
    ));

  it('a numbered row with no lead and no time above its children ("5.1 Thương mại" over 5.1.1) is a heading', () =>
    each(
      {
        rows: [
          HEADER,
          ['5', { text: 'Phát triển kinh tế số ngành', colSpan: 4 }],
          ['5.1', 'Thương mại', '', '', ''],
          ['5.1.1', 'Đưa chợ truyền thống lên sàn thương mại điện tử', 'Sở Công Thương', '', 'Quý III/2027'],
          ['5.1.2', 'Hỗ trợ hộ kinh doanh dùng hóa đơn điện tử', 'Thuế tỉnh', 'Sở Công Thương', 'Quý IV/2027'],
          ['5.2', '', 'Nông nghiệp', '', ''],
          ['5.2.1', 'Cấp mã vùng trồng cho cây ăn quả chủ lực', 'Sở Nông nghiệp và Môi trường', '', 'Năm 2028'],
        ],
      },
      (p) => {
        expect(p.tables[0].sections.map((s) => `${s.tt} ${s.title}`)).toEqual(['5 Phát triển kinh tế số ngành', '5.1 Thương mại', '5.2 Nông nghiệp']);
        expect(rowsOf(p).map((r) => r[0])).toEqual(['5.1.1', '5.1.2', '5.2.1']);
        expect(p.tables[0].items[2].path).toEqual(['5. Phát triển kinh tế số ngành', '5.2. Nông nghiệp']);
        expect(p.tables[0].items[2].lead).toBe('Sở Nông nghiệp và Môi trường');
      },
    ));

  it('letters H., I., K. in a run of letters are letters, not Roman numerals', () =>
    each(
      {
        rows: [
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'],
          ['H', { text: 'Lĩnh vực y tế', colSpan: 3 }],
          ['1', 'Triển khai bệnh án điện tử tuyến huyện', 'Sở Y tế', 'Năm 2027'],
          ['I', { text: 'Lĩnh vực giáo dục', colSpan: 3 }],
          ['1', 'Số hóa học bạ cấp tiểu học', 'Sở Giáo dục và Đào tạo', 'Năm 2027'],
          ['K', { text: 'Lĩnh vực văn hóa', colSpan: 3 }],
          ['1', 'Số hóa hiện vật bảo tàng tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Năm 2028'],
        ],
      },
      (p) => {
        const s = p.tables[0].sections;
        expect(s.map((x) => [x.tt, x.level])).toEqual([
          ['H', 1],
          ['I', 1],
          ['K', 1],
        ]);
        expect(p.tables[0].items.map((i) => i.path)).toEqual([['H. Lĩnh vực y tế'], ['I. Lĩnh vực giáo dục'], ['K. Lĩnh vực văn hóa']]);
      },
    ));
});

describe('headers', () => {
  it('"Thời gian thực hiện" over "Bắt đầu | Hoàn thành": the deadline from the end column, the start from the start column', () =>
    each(
      {
        rows: [
          [
            { text: 'TT', rowSpan: 2 },
            { text: 'Nhiệm vụ', rowSpan: 2 },
            { text: 'Cơ quan chủ trì', rowSpan: 2 },
            { text: 'Thời gian thực hiện', colSpan: 2 },
            { text: 'Kinh phí', colSpan: 3 },
          ],
          ['Bắt đầu', 'Hoàn thành', 'Tổng', 'Ngân sách', 'Khác'],
          ['1', 'Nạo vét kênh tiêu thoát nước nội thị', 'Sở Xây dựng', 'Tháng 2/2027', 'Tháng 10/2027', '12 tỷ', '10 tỷ', '2 tỷ'],
        ],
      },
      (p) => {
        const [it] = p.tables[0].items;
        expect(p.tables[0].items).toHaveLength(1);
        expect(it.time.due).toBe('2027-10-31');
        expect(it.time.start).toBe('2027-02-01');
        expect(it.resources).toBe('Tổng: 12 tỷ\nNgân sách: 10 tỷ\nKhác: 2 tỷ');
        expect(p.tables[0].columns.map((c) => c.key)).toEqual(['tt', 'task', 'lead', 'time', 'resources']);
      },
      ['html', 'docx', 'text'],
    ));

  it('"Cơ quan thực hiện" over "Chủ trì | Phối hợp": lead and partners in their columns, the second header row no task', () =>
    each(
      {
        rows: [
          [
            { text: 'STT', rowSpan: 2 },
            { text: 'Tên nhiệm vụ', rowSpan: 2 },
            { text: 'Cơ quan thực hiện', colSpan: 2 },
            { text: 'Thời hạn', rowSpan: 2 },
          ],
          ['Chủ trì', 'Phối hợp'],
          ['1', 'Lập bản đồ số điểm sạt lở', 'Sở Nông nghiệp và Môi trường', 'UBND các xã vùng núi', 'Quý II/2027'],
        ],
      },
      (p) => {
        expect(rowsOf(p)).toEqual([['1', 'Lập bản đồ số điểm sạt lở', 'Sở Nông nghiệp và Môi trường', 'UBND các xã vùng núi', '2027-06-30']]);
      },
      ['html', 'docx', 'text'],
    ));

  it('a column-number row, a title row above the header and a header repeated mid-table are not tasks', () =>
    each(
      {
        rows: [
          [{ text: 'BIỂU TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ', colSpan: 4, bold: true }],
          ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
          ['(1)', '(2)', '(3)', '(4)'],
          ['1', 'Kết nối camera giao thông về trung tâm điều hành', 'Công an tỉnh', 'Quý II/2027'],
          ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
          ['2', 'Cấp chữ ký số cho trưởng thôn', 'Sở Khoa học và Công nghệ', 'Quý III/2027'],
        ],
      },
      (p) => {
        expect(p.tables).toHaveLength(1);
        expect(p.tables[0].title).toContain('BIỂU TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ');
        expect(rowsOf(p).map((r) => r[0])).toEqual(['1', '2']);
        expect(p.notImported.map((n) => n.text)).toEqual([]);
      },
    ));

  it('a sub-header row at the top of each section ("| Nội dung | Đơn vị thực hiện | …") is not a task', () =>
    each(
      {
        rows: [
          ['STT', 'Nhiệm vụ, giải pháp', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
          ['I', { text: 'Hạ tầng số', colSpan: 4 }],
          ['', 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
          ['1.1', 'Phủ sóng di động vùng lõm', 'Sở Khoa học và Công nghệ', 'Các doanh nghiệp viễn thông', '2027 - 2028'],
          ['II', { text: 'Dữ liệu số', colSpan: 4 }],
          ['', 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
          ['2.1', 'Làm sạch dữ liệu đất đai', 'Sở Nông nghiệp và Môi trường', 'UBND các xã', 'Năm 2027'],
        ],
      },
      (p) => {
        expect(rowsOf(p)).toEqual([
          ['1.1', 'Phủ sóng di động vùng lõm', 'Sở Khoa học và Công nghệ', 'Các doanh nghiệp viễn thông', '2028-12-31'],
          ['2.1', 'Làm sạch dữ liệu đất đai', 'Sở Nông nghiệp và Môi trường', 'UBND các xã', '2027-12-31'],
        ]);
      },
    ));

  it('header words seen in real plans name their columns', () =>
    each(
      {
        rows: [
          ['Số TT', 'Tên đề án', 'Cơ quan/đơn vị chủ trì', 'Thời gian dự kiến hoàn thành', 'Nguồn kinh phí', 'Sản phẩm dự kiến', 'Hình thức văn bản'],
          ['1', 'Đề án phát triển du lịch đêm', 'Sở Văn hóa, Thể thao và Du lịch', 'Quý IV/2027', 'Ngân sách tỉnh', 'Đề án được phê duyệt', 'Quyết định'],
        ],
      },
      (p) => {
        const t = p.tables[0];
        expect(t.columns.map((c) => c.key)).toEqual(['tt', 'task', 'lead', 'time', 'resources', 'notes']);
        const [it] = t.items;
        expect([it.lead, it.time.due, it.resources]).toEqual(['Sở Văn hóa, Thể thao và Du lịch', '2027-12-31', 'Ngân sách tỉnh']);
        expect(it.notes).toBe('Sản phẩm dự kiến: Đề án được phê duyệt\nHình thức văn bản: Quyết định');
        expect(p.notImported).toEqual([]);
      },
    ));

  it('the lead column before the task column; a "Tiến độ" column of statuses is progress, never time', () =>
    each(
      {
        rows: [
          ['TT', 'Đơn vị/ người thực hiện', 'Nội dung công việc', 'Thời hạn', 'Tiến độ'],
          ['1', 'Văn phòng UBND tỉnh', 'Vận hành hệ thống họp không giấy', 'Tháng 3/2027', 'Đã hoàn thành'],
          ['2', 'Sở Tư pháp', 'Số hóa sổ hộ tịch gốc', 'Tháng 9/2027', 'Đang thực hiện'],
        ],
      },
      (p) => {
        const items = p.tables[0].items;
        expect(items.map((i) => [i.lead, i.task, i.time.text, i.time.due, i.progress])).toEqual([
          ['Văn phòng UBND tỉnh', 'Vận hành hệ thống họp không giấy', 'Tháng 3/2027', '2027-03-31', 'Hoàn thành'],
          ['Sở Tư pháp', 'Số hóa sổ hộ tịch gốc', 'Tháng 9/2027', '2027-09-30', 'Đang thực hiện'],
        ]);
        expect(items[0].notes).toBe('Tiến độ: Đã hoàn thành');
      },
    ));
});

describe('rows', () => {
  it('sub-rows under a merged number are tasks of their own that share the merged cells', () =>
    each(
      {
        rows: [
          HEADER,
          [{ text: '1', rowSpan: 2 }, 'Lắp trạm quan trắc mưa tự động', { text: 'Sở Nông nghiệp và Môi trường', rowSpan: 2 }, { text: 'UBND các xã', rowSpan: 2 }, 'Quý II/2027'],
          ['Kết nối dữ liệu trạm về trung tâm chỉ huy', 'Quý IV/2027'],
          ['2', 'Diễn tập sơ tán dân vùng lũ quét', 'Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'Tháng 8/2027'],
        ],
      },
      (p) => {
        expect(rowsOf(p)).toEqual([
          ['1', 'Lắp trạm quan trắc mưa tự động', 'Sở Nông nghiệp và Môi trường', 'UBND các xã', '2027-06-30'],
          ['1', 'Kết nối dữ liệu trạm về trung tâm chỉ huy', 'Sở Nông nghiệp và Môi trường', 'UBND các xã', '2027-12-31'],
          ['2', 'Diễn tập sơ tán dân vùng lũ quét', 'Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', '2027-08-31'],
        ]);
      },
      ['html', 'docx', 'text'],
    ));

  it('a row under a merged number that only adds a second lead belongs to that task', () =>
    each(
      {
        rows: [
          HEADER,
          [
            { text: '1', rowSpan: 2 },
            { text: 'Xây dựng đề án phân loại rác tại nguồn', rowSpan: 2 },
            'Sở Nông nghiệp và Môi trường',
            { text: 'UBND các xã', rowSpan: 2 },
            { text: 'Năm 2027', rowSpan: 2 },
          ],
          ['Sở Xây dựng'],
        ],
      },
      (p) => {
        expect(rowsOf(p)).toEqual([['1', 'Xây dựng đề án phân loại rác tại nguồn', 'Sở Nông nghiệp và Môi trường\nSở Xây dựng', 'UBND các xã', '2027-12-31']]);
      },
      ['html', 'docx', 'text'],
    ));
});

describe('appendices and titles', () => {
  it('several tables in one appendix, each titled by its own numbered heading', () =>
    each(
      [
        'Phụ lục số 02',
        'NHIỆM VỤ TRỌNG TÂM NĂM 2027',
        '1. Các nhiệm vụ về thể chế',
        {
          rows: [
            ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
            ['1', 'Ban hành quy chế quản lý dữ liệu', 'Sở Khoa học và Công nghệ', 'Quý II/2027'],
          ],
        },
        '2. Các nhiệm vụ về hạ tầng',
        {
          rows: [
            ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
            ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', 'Sở Khoa học và Công nghệ', 'Quý IV/2027'],
          ],
        },
      ],
      (p) => {
        expect(p.tables.map((t) => [t.label, t.title])).toEqual([
          ['PHỤ LỤC 02', 'PHỤ LỤC 02 — NHIỆM VỤ TRỌNG TÂM NĂM 2027 — 1. Các nhiệm vụ về thể chế'],
          ['PHỤ LỤC 02', 'PHỤ LỤC 02 — NHIỆM VỤ TRỌNG TÂM NĂM 2027 — 2. Các nhiệm vụ về hạ tầng'],
        ]);
        expect(p.notImported).toEqual([]);
      },
    ));

  it.each([
    ['PHỤ LỤC II', 'PHỤ LỤC II'],
    ['Phụ lục II', 'PHỤ LỤC II'],
    ['Phụ lục số 01', 'PHỤ LỤC 01'],
    ['PHỤ LỤC 1A', 'PHỤ LỤC 1A'],
    ['Biểu số 01', 'BIỂU SỐ 01'],
  ])('the appendix label "%s" is read as %s', (printed, label) =>
    each(
      {
        before: [printed, 'DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG'],
        rows: [
          ['TT', 'Tên dự án', 'Chủ đầu tư', 'Thời gian'],
          ['1', 'Kè chống sạt lở bờ sông', 'Sở Xây dựng', '2027 - 2029'],
        ],
      },
      (p) => {
        expect(p.tables[0].label).toBe(label);
        expect(p.tables[0].title).toBe(`${label} — DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG`);
      },
    ),
  );

  it('an appendix heading run into the paragraph before its table (a captured web page) is read', () =>
    each(
      [
        'Đề nghị các đơn vị khẩn trương triển khai và báo cáo kết quả trước ngày 20/12/2026. PHỤ LỤC DANH MỤC NHIỆM VỤ TRỌNG TÂM THÁNG 12 (Kèm theo Công văn số 88/SVH-VP ngày 01/12/2026 của Sở Văn hóa)',
        {
          rows: [
            ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'],
            ['1', 'Kiểm kê di tích cấp tỉnh', 'Bảo tàng tỉnh', '25/12/2026'],
          ],
        },
      ],
      (p) => {
        const [t] = p.tables;
        expect([t.label, t.title, t.attachedTo]).toEqual([
          'PHỤ LỤC',
          'PHỤ LỤC — DANH MỤC NHIỆM VỤ TRỌNG TÂM THÁNG 12',
          '(Kèm theo Công văn số 88/SVH-VP ngày 01/12/2026 của Sở Văn hóa)',
        ]);
        expect(p.notImported.map((n) => n.text)).toEqual(['Đề nghị các đơn vị khẩn trương triển khai và báo cáo kết quả trước ngày 20/12/2026.']);
        expect(rowsOf(p)).toEqual([['1', 'Kiểm kê di tích cấp tỉnh', 'Bảo tàng tỉnh', '', '2026-12-25']]);
      },
    ));

  it("a decision's title stops before the issuing authority printed under it", () =>
    each(
      [
        'QUYẾT ĐỊNH',
        'BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH GIA SÚC NĂM 2027',
        'ỦY BAN NHÂN DÂN TỈNH BÌNH MINH',
        'Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;',
        {
          rows: [
            ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
            ['1', 'Tiêm phòng lở mồm long móng đợt 1', 'Sở Nông nghiệp và Môi trường', 'Tháng 4/2027'],
          ],
        },
      ],
      (p) => expect(p.title).toBe('QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH GIA SÚC NĂM 2027'),
    ));

  it('the document title is found after a long preamble and across paragraphs', () =>
    each(
      [
        ...Array.from({ length: 90 }, (_, i) => `Căn cứ Văn bản số ${i + 1}/UBND-KT về việc chuẩn bị kế hoạch năm 2027;`),
        'KẾ HOẠCH',
        'CHUYỂN ĐỔI SỐ',
        'TRONG CÁC CƠ QUAN NHÀ NƯỚC NĂM 2027',
        'PHỤ LỤC',
        {
          rows: [
            ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
            ['1', 'Số hóa hồ sơ lưu trữ', 'Sở Nội vụ', 'Năm 2027'],
          ],
        },
      ],
      (p) => {
        expect(p.title).toBe('KẾ HOẠCH CHUYỂN ĐỔI SỐ TRONG CÁC CƠ QUAN NHÀ NƯỚC NĂM 2027');
      },
    ));
});
