/**
 * Prose shapes seen in plans of other provinces (wording invented): wrapped labels, lettered
 * labels and activities, bullet sub-points with their own labels, leads written as sentences.
 * Expected values read from the fixtures by hand.
 */
import { importProgramme } from '../../../src/core/import';
import { lostPieces } from '../../hardening/conservation';
import { forms } from '../../helpers/forms';
import { importForms } from '../../helpers/importForms';
import type { Item } from '../../../src/core/model';

const NO_AGENCIES = { agencies: [] };
/** Every fixture read here, to be read again in the structured forms at the end of the file. */
const seen = new Set<string>();
const imp = (text: string) => {
  seen.add(text);
  return importProgramme(text, NO_AGENCIES);
};
const items = (text: string) => imp(text).tables.flatMap((t) => t.items);

describe('labels wrapped over lines', () => {
  const PLAN = `KẾ HOẠCH
Phòng cháy chữa cháy rừng năm 2026

II. NHIỆM VỤ

1. Kiểm tra phương án phòng cháy tại các khu rừng đặc dụng.
- Cơ quan chủ trì: Bộ Công
an.
- Thời gian thực hiện: Quý
II/2026.

2. Tập huấn lực lượng chữa cháy rừng cơ sở.
- Cơ quan chủ
trì: Sở Nông nghiệp và Môi trường.
- Cơ quan phối hợp: Ủy ban nhân dân
các xã.
- Thời hạn hoàn

thành: Tháng 10/2026.
`;

  it('reads a label or its value split over two lines whole', () => {
    const [a, b] = items(PLAN);
    expect(a).toMatchObject({ tt: '1', task: 'Kiểm tra phương án phòng cháy tại các khu rừng đặc dụng.', lead: 'Bộ Công an', partners: '' });
    expect(a.time).toMatchObject({ text: 'Quý II/2026', due: '2026-06-30' });
    expect(b).toMatchObject({ tt: '2', lead: 'Sở Nông nghiệp và Môi trường', partners: 'Ủy ban nhân dân các xã' });
    expect(b.time).toMatchObject({ text: 'Tháng 10/2026', due: '2026-10-31' });
    expect(lostPieces(PLAN, imp(PLAN))).toEqual([]);
  });
});

describe('lettered activities, each with its own lead and time', () => {
  const PLAN = `KẾ HOẠCH
Chuyển đổi số cấp xã năm 2026

II. NHIỆM VỤ

1. Phát triển nhân lực số cấp xã

a) Hoạt động 1: Tập huấn kỹ năng số cho công chức xã.
- Cơ quan thực hiện: Sở Nội vụ.
- Thời gian: Quý II/2026.

b) Hoạt động 2: Xây dựng tổ công nghệ số cộng đồng.
- Cơ quan thực hiện: Ủy ban nhân dân các xã.
- Cơ quan phối hợp: Tỉnh đoàn.
- Thời gian: Tháng 9/2026.

2. Số hóa hồ sơ hộ tịch.
- Cơ quan chủ trì: Sở Tư pháp;
- Thời gian thực hiện: Năm 2026.
`;

  it('gives one item per activity, the letter as TT, the point as its heading', () => {
    const list = items(PLAN);
    expect(list.map((i) => [i.tt, i.parentTt])).toEqual([
      ['a)', '1'],
      ['b)', '1'],
      ['2', undefined],
    ]);
    expect(list[0]).toMatchObject({ task: 'Hoạt động 1: Tập huấn kỹ năng số cho công chức xã.', lead: 'Sở Nội vụ', partners: '' });
    expect(list[0].time).toMatchObject({ text: 'Quý II/2026', due: '2026-06-30' });
    expect(list[0].path).toEqual(['II. NHIỆM VỤ', '1. Phát triển nhân lực số cấp xã']);
    expect(list[1]).toMatchObject({ task: 'Hoạt động 2: Xây dựng tổ công nghệ số cộng đồng.', lead: 'Ủy ban nhân dân các xã', partners: 'Tỉnh đoàn' });
    expect(list[1].time).toMatchObject({ text: 'Tháng 9/2026', due: '2026-09-30' });
    // The next numbered point leaves heading 1.
    expect(list[2]).toMatchObject({ lead: 'Sở Tư pháp', path: ['II. NHIỆM VỤ'] });
    for (const it of list) expect(`${it.task} ${it.lead} ${it.partners} ${it.time.text}`).not.toMatch(/(^|\s)[a-e]\)/);
    expect(lostPieces(PLAN, imp(PLAN))).toEqual([]);
  });
});

describe('bullet sub-points with "+" labels', () => {
  const PLAN = `KẾ HOẠCH
Thi hành Luật Đường bộ

I. NHIỆM VỤ VÀ GIẢI PHÁP

1. Xây dựng văn bản quy định chi tiết:
- Quyết định quy định giá dịch vụ trông giữ xe
+ Cơ quan chủ trì: Sở Xây dựng
+ Thời hạn ban hành: Quý II/2026
- Quyết định phân cấp quản lý đường xã
+ Cơ quan chủ trì: Sở Tài chính
+ Cơ quan phối hợp: Sở Xây dựng
+ Thời hạn ban hành: Tháng 12/2026
`;

  it('gives one item per bullet, with the time from "Thời hạn ban hành"', () => {
    const list = items(PLAN);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ tt: '-', parentTt: '1', task: 'Quyết định quy định giá dịch vụ trông giữ xe', lead: 'Sở Xây dựng', notes: '' });
    expect(list[0].time).toMatchObject({ text: 'Quý II/2026', due: '2026-06-30' });
    expect(list[1]).toMatchObject({ task: 'Quyết định phân cấp quản lý đường xã', lead: 'Sở Tài chính', partners: 'Sở Xây dựng' });
    expect(list[1].time).toMatchObject({ text: 'Tháng 12/2026', due: '2026-12-31' });
    expect(list[0].path).toEqual(['I. NHIỆM VỤ VÀ GIẢI PHÁP', '1. Xây dựng văn bản quy định chi tiết:']);
    expect(lostPieces(PLAN, imp(PLAN))).toEqual([]);
  });
});

describe('letters that label one point: a) Nhiệm vụ, b) Cơ quan thực hiện, c) Thời gian', () => {
  const PLAN = `KẾ HOẠCH
Quản lý chất thải rắn năm 2026

II. NHIỆM VỤ

1. Về thu gom

1.1. Phân loại rác tại nguồn:

a) Nhiệm vụ: Triển khai thí điểm phân loại rác tại 10 phường.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.

- Đơn vị phối hợp: Ủy ban nhân dân các phường.

c) Thời gian thực hiện: Quý IV/2026.

1.2. Nâng cấp điểm trung chuyển:

a) Nhiệm vụ:

- Cải tạo 5 điểm trung chuyển rác.

- Lắp camera giám sát tại các điểm.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Xây dựng.

c) Thời gian thực hiện: Năm 2027.

2. Về xử lý

a) Nhiệm vụ: Đóng cửa bãi rác cũ.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Công an tỉnh.

c) Thời gian thực hiện: Thường xuyên.
`;

  it('reads the labels as fields of one point, with no letter left in a field', () => {
    const list = items(PLAN);
    expect(list.map((i) => i.tt)).toEqual(['1.1', '1.2', '2']);
    expect(list[0]).toMatchObject({
      task: 'Phân loại rác tại nguồn: Triển khai thí điểm phân loại rác tại 10 phường.',
      lead: 'Sở Nông nghiệp và Môi trường',
      partners: 'Ủy ban nhân dân các phường',
      path: ['II. NHIỆM VỤ', '1. Về thu gom'],
    });
    expect(list[0].time).toMatchObject({ text: 'Quý IV/2026', due: '2026-12-31' });
    expect(list[1].task).toBe('Nâng cấp điểm trung chuyển:\n- Cải tạo 5 điểm trung chuyển rác.\n- Lắp camera giám sát tại các điểm.');
    expect(list[1]).toMatchObject({ lead: 'Sở Xây dựng', partners: '' });
    expect(list[1].time).toMatchObject({ text: 'Năm 2027', due: '2027-12-31' });
    // "2. Về xử lý" is a point here (its labels follow): it leaves heading 1.
    expect(list[2]).toMatchObject({ task: 'Về xử lý\nĐóng cửa bãi rác cũ.', lead: 'Công an tỉnh', path: ['II. NHIỆM VỤ'] });
    expect(list[2].time.kind).toBe('ongoing');
    for (const it of list) for (const f of [it.task, it.lead, it.partners, it.time.text]) expect(f).not.toMatch(/(^|\s)[a-c]\)(\s|$)/);
    expect(lostPieces(PLAN, imp(PLAN))).toEqual([]);
  });
});

describe('a lead written as a sentence', () => {
  const PLAN = `KẾ HOẠCH
Cải cách hành chính năm 2026

II. NHIỆM VỤ

1. Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan.
- Thời gian thực hiện: Quý III/2026.
`;
  const LIST = `KẾ HOẠCH
Bình đẳng giới năm 2026

II. CÁC HOẠT ĐỘNG

1. Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức khám sức khỏe sinh sản cho phụ nữ vùng cao.

2. Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn lồng ghép nội dung bình đẳng giới vào hoạt động ngoại khóa.
`;

  it('splits the label value into lead and partners', () => {
    const [it] = items(PLAN);
    expect(it).toMatchObject({ lead: 'Sở Nội vụ', partners: 'các sở, ngành liên quan' });
    expect(it.time).toMatchObject({ text: 'Quý III/2026', due: '2026-09-30' });
    expect(lostPieces(PLAN, imp(PLAN))).toEqual([]);
  });

  it('reads lead and partners from a task that opens with them, keeping the task whole', () => {
    const [a, b] = items(LIST);
    expect(a).toMatchObject({
      tt: '1',
      task: 'Sở Y tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức khám sức khỏe sinh sản cho phụ nữ vùng cao.',
      lead: 'Sở Y tế',
      partners: 'Hội Liên hiệp Phụ nữ tỉnh',
    });
    expect(b).toMatchObject({ tt: '2', lead: 'Sở Giáo dục và Đào tạo', partners: 'Tỉnh đoàn' });
  });
});

describe('sections that hold the tasks', () => {
  const plan = (title: string) => `KẾ HOẠCH
Phát triển nghề dệt thổ cẩm năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích: giữ gìn nghề truyền thống của đồng bào.

II. ${title}

1. Mở lớp truyền nghề dệt cho thanh niên các bản.

2. Đưa sản phẩm thổ cẩm lên sàn thương mại điện tử.

III. TỔ CHỨC THỰC HIỆN

1. Sở Công Thương chủ trì triển khai Kế hoạch.
`;

  it.each(['NỘI DUNG', 'NỘI DUNG THỰC HIỆN', 'NỘI DUNG CỦA KẾ HOẠCH', 'CÁC HOẠT ĐỘNG', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'NHIỆM VỤ, GIẢI PHÁP'])(
    'reads the tasks under "%s", not the purpose or organisation parts',
    (title) => {
      const p = importProgramme(plan(title), NO_AGENCIES);
      const list = p.tables.flatMap((t) => t.items);
      expect(list.map((i) => [i.tt, i.task])).toEqual([
        ['1', 'Mở lớp truyền nghề dệt cho thanh niên các bản.'],
        ['2', 'Đưa sản phẩm thổ cẩm lên sàn thương mại điện tử.'],
      ]);
      expect(list.every((i) => i.path[0] === `II. ${title}`)).toBe(true);
      expect(p.notImported.map((n) => n.text)).toContain('1. Sở Công Thương chủ trì triển khai Kế hoạch.');
      expect(lostPieces(plan(title), p)).toEqual([]);
    },
  );
});

describe('assignments: each agency and its tasks', () => {
  const PLAN = `KẾ HOẠCH
Ứng phó rét đậm, rét hại vụ đông xuân 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Chủ động phòng, chống rét cho cây trồng, vật nuôi.

II. PHÂN CÔNG NHIỆM VỤ

1.
Sở Nông nghiệp và Môi trường:

- Hướng dẫn nông dân che chắn chuồng trại cho gia súc.

- Chủ trì, phối hợp với Ủy ban nhân dân các xã kiểm tra dự trữ giống lúa.

2. Sở Tài chính: Bố trí kinh phí hỗ trợ giống cho hộ bị thiệt hại.

III. TỔ CHỨC THỰC HIỆN

1. Giao Sở Y tế chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh:

- Hướng dẫn người dân phòng bệnh mùa rét.

- Bảo đảm thuốc thiết yếu tại trạm y tế xã.

2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động ủng hộ chăn ấm cho hộ nghèo.

3. Các sở, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch này.
`;

  it('gives the bullets under an agency that agency as lead, and reads "Agency: task" points', () => {
    const p = imp(PLAN);
    const list = p.tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.parentTt, i.task, i.lead, i.partners])).toEqual([
      ['-', '1', 'Hướng dẫn nông dân che chắn chuồng trại cho gia súc.', 'Sở Nông nghiệp và Môi trường', ''],
      ['-', '1', 'Chủ trì, phối hợp với Ủy ban nhân dân các xã kiểm tra dự trữ giống lúa.', 'Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân các xã'],
      ['2', undefined, 'Sở Tài chính: Bố trí kinh phí hỗ trợ giống cho hộ bị thiệt hại.', 'Sở Tài chính', ''],
      ['-', '1', 'Hướng dẫn người dân phòng bệnh mùa rét.', 'Sở Y tế', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['-', '1', 'Bảo đảm thuốc thiết yếu tại trạm y tế xã.', 'Sở Y tế', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['2', undefined, 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động ủng hộ chăn ấm cho hộ nghèo.', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', ''],
    ]);
    // The number alone on its line heads the agency ("1." over "Sở Nông nghiệp và Môi trường:").
    expect(list[0].path).toEqual(['II. PHÂN CÔNG NHIỆM VỤ', '1. Sở Nông nghiệp và Môi trường:']);
    // A general duty is no task.
    expect(p.notImported.map((n) => n.text)).toContain('3. Các sở, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch này.');
    expect(p.notImported.map((n) => n.text)).toContain('1. Chủ động phòng, chống rét cho cây trồng, vật nuôi.');
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('a decision that issues a plan, recipients on one line', () => {
  const TEXT = `QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống sốt xuất huyết năm 2026

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống sốt xuất huyết năm 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận: - Như Điều 2; - Lưu: VT.

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2026

I. NỘI DUNG

1. Phun hóa chất diệt muỗi tại các ổ dịch cũ.

2. Tổ chức chiến dịch diệt lăng quăng.

II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế:

- Cấp hóa chất cho các xã.

Nơi nhận: - Bộ Y tế; - Lưu: VT.

[1] Danh sách ổ dịch cũ gồm 12 xã.
`;

  it('reads the plan after the decision’s recipients, and nothing after the plan’s own', () => {
    const p = imp(TEXT);
    const list = p.tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.task, i.lead])).toEqual([
      ['1', 'Phun hóa chất diệt muỗi tại các ổ dịch cũ.', ''],
      ['2', 'Tổ chức chiến dịch diệt lăng quăng.', ''],
      ['-', 'Cấp hóa chất cho các xã.', 'Sở Y tế'],
    ]);
    const left = p.notImported.map((n) => n.text);
    expect(left).toContain('Nơi nhận: - Như Điều 2; - Lưu: VT.');
    expect(left).toContain('[1] Danh sách ổ dịch cũ gồm 12 xã.');
    expect(lostPieces(TEXT, p)).toEqual([]);
  });
});

describe('numbered assignments in TỔ CHỨC THỰC HIỆN', () => {
  const PLAN = `KẾ HOẠCH
Sơ tán dân vùng sạt lở năm 2026

I. NỘI DUNG

1. Lập danh sách hộ dân trong vùng nguy cơ sạt lở.

II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện Kế hoạch này.

2. Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh tại các điểm sơ tán.

3. Sở Tài chính: Bố trí kinh phí sơ tán khẩn cấp.

4. Sở Y tế: Triển khai Kế hoạch này.
`;

  it('makes a task of "Agency: task", not of a sentence saying who organises, nor of the duty to carry out the plan', () => {
    const p = imp(PLAN);
    const list = p.tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.task, i.lead])).toEqual([
      ['1', 'Lập danh sách hộ dân trong vùng nguy cơ sạt lở.', ''],
      ['3', 'Sở Tài chính: Bố trí kinh phí sơ tán khẩn cấp.', 'Sở Tài chính'],
    ]);
    const left = p.notImported.map((n) => n.text);
    expect(left).toContain('1. Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện Kế hoạch này.');
    expect(left).toContain('2. Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh tại các điểm sơ tán.');
    expect(left).toContain('4. Sở Y tế: Triển khai Kế hoạch này.');
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('an agency line over one paragraph', () => {
  const PLAN = `KẾ HOẠCH
Bảo đảm thông tin liên lạc mùa mưa bão 2026

I. PHÂN CÔNG NHIỆM VỤ

1. Sở Khoa học và Công nghệ:

Chỉ đạo doanh nghiệp viễn thông giữ thông tin liên lạc thông suốt.

2. Sở Tài chính:

- Bố trí kinh phí mua máy phát điện dự phòng.

- Hướng dẫn thanh quyết toán kinh phí.
`;

  it('is one point led by that agency; an agency over a list leads each line', () => {
    const p = imp(PLAN);
    const list = p.tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.task, i.lead])).toEqual([
      ['1', 'Sở Khoa học và Công nghệ: Chỉ đạo doanh nghiệp viễn thông giữ thông tin liên lạc thông suốt.', 'Sở Khoa học và Công nghệ'],
      ['-', 'Bố trí kinh phí mua máy phát điện dự phòng.', 'Sở Tài chính'],
      ['-', 'Hướng dẫn thanh quyết toán kinh phí.', 'Sở Tài chính'],
    ]);
    expect(list[1].parentTt).toBe('2');
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('lettered sub-points and "+" details in a list', () => {
  const PLAN = `KẾ HOẠCH
Phát triển thể thao quần chúng năm 2026

II. NỘI DUNG THỰC HIỆN

1. Hoàn thiện cơ sở vật chất:

a) Cải tạo sân vận động trung tâm tỉnh.

b) Xây dựng 20 sân bóng chuyền hơi tại các xã.

2. Tổ chức giải thi đấu:

- Giải việt dã toàn tỉnh, gồm:

+ Nội dung chạy 5 km;

+ Nội dung chạy 10 km.

- Giải bóng chuyền hơi nữ.
`;

  it('gives one item per letter and per "-" line, the "+" lines kept with theirs', () => {
    const p = imp(PLAN);
    const list = p.tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.parentTt, i.task])).toEqual([
      ['a)', '1', 'Cải tạo sân vận động trung tâm tỉnh.'],
      ['b)', '1', 'Xây dựng 20 sân bóng chuyền hơi tại các xã.'],
      ['-', '2', 'Giải việt dã toàn tỉnh, gồm:\n+ Nội dung chạy 5 km;\n+ Nội dung chạy 10 km.'],
      ['-', '2', 'Giải bóng chuyền hơi nữ.'],
    ]);
    expect(list[0].path).toEqual(['II. NỘI DUNG THỰC HIỆN', '1. Hoàn thiện cơ sở vật chất:']);
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('a number inside a wrapped sentence', () => {
  const PLAN = `KẾ HOẠCH
Cứu trợ khẩn cấp sau lũ

II. NỘI DUNG

- Phân phát hàng cứu trợ theo thứ tự ưu tiên cấp độ
1. Trước hết cho các xã bị chia cắt.

- Lập sổ theo dõi hàng cứu trợ.
`;

  it('is not a new point when the line before ends mid-sentence', () => {
    const p = imp(PLAN);
    expect(p.tables.flatMap((t) => t.items).map((i) => [i.tt, i.task])).toEqual([
      ['-', 'Phân phát hàng cứu trợ theo thứ tự ưu tiên cấp độ 1. Trước hết cho các xã bị chia cắt.'],
      ['-', 'Lập sổ theo dõi hàng cứu trợ.'],
    ]);
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('an organisation section that lists agencies’ tasks', () => {
  const PLAN = `KẾ HOẠCH
Phòng, chống rác thải nhựa năm 2026

I. NỘI DUNG

1. Thu gom rác thải nhựa tại các bãi biển.

2. Xây dựng mô hình chợ không túi nilon.

Các địa phương chủ động bố trí nguồn lực để thực hiện các nội dung trên.

II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường:

- Hướng dẫn phân loại rác thải nhựa tại nguồn.

- Tổng hợp báo cáo kết quả hằng quý.

2. Sở Công Thương chủ trì, phối hợp với Tỉnh đoàn vận động các siêu thị giảm túi nilon.

3. Các hội, đoàn thể theo chức năng, nhiệm vụ tuyên truyền hội viên hạn chế đồ nhựa dùng một lần.

4. Sở Tài chính chủ trì triển khai Kế hoạch này.
`;

  it('reads every agency point of it as a task; a closing paragraph and the duty to carry out the plan are not', () => {
    const p = imp(PLAN);
    const list = p.tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.lead, i.partners])).toEqual([
      ['1', '', ''],
      ['2', '', ''],
      ['-', 'Sở Nông nghiệp và Môi trường', ''],
      ['-', 'Sở Nông nghiệp và Môi trường', ''],
      ['2', 'Sở Công Thương', 'Tỉnh đoàn'],
      ['3', 'Các hội, đoàn thể', ''],
    ]);
    const left = p.notImported.map((n) => n.text);
    expect(left).toContain('Các địa phương chủ động bố trí nguồn lực để thực hiện các nội dung trên.');
    expect(left).toContain('4. Sở Tài chính chủ trì triển khai Kế hoạch này.');
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('lettered agencies: a heading over a list, then a one-line assignment', () => {
  const PLAN = `KẾ HOẠCH
Phong trào xanh - sạch - đẹp năm 2026

II. NHIỆM VỤ, GIẢI PHÁP

1. Phát động phong trào

a) Ủy ban nhân dân các xã

- Ra quân tổng vệ sinh vào sáng Chủ nhật hằng tuần.

- Khen thưởng các thôn tiêu biểu.

b) Sở Nội vụ chủ trì, phối hợp với Sở Tài chính hướng dẫn mức khen thưởng.
`;

  it('gives the second letter its own lead, not the lead of the heading before it', () => {
    const list = imp(PLAN).tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.lead, i.partners])).toEqual([
      ['-', 'Ủy ban nhân dân các xã', ''],
      ['-', 'Ủy ban nhân dân các xã', ''],
      ['b)', 'Sở Nội vụ', 'Sở Tài chính'],
    ]);
    expect(list[2].path).toEqual(['II. NHIỆM VỤ, GIẢI PHÁP', '1. Phát động phong trào']);
  });
});

describe('"- Agency:" over "+ …" tasks', () => {
  const PLAN = `KẾ HOẠCH
Quản lý rác thải sinh hoạt năm 2026

II. NHIỆM VỤ, GIẢI PHÁP

1. Hoàn thiện thể chế

- Sở Xây dựng:

+ Ban hành quy định về điểm tập kết rác.

+ Hướng dẫn thiết kế trạm trung chuyển.

- Sở Tài chính:

+ Xây dựng giá dịch vụ thu gom rác.

- Rà soát các quy định còn chồng chéo.
`;

  it('makes each "+" line a task of that agency; a plain "-" line after them is no longer under it', () => {
    const p = imp(PLAN);
    const list = p.tables.flatMap((t) => t.items);
    expect(list.map((i) => [i.tt, i.parentTt, i.task, i.lead])).toEqual([
      ['+', '1', 'Ban hành quy định về điểm tập kết rác.', 'Sở Xây dựng'],
      ['+', '1', 'Hướng dẫn thiết kế trạm trung chuyển.', 'Sở Xây dựng'],
      ['+', '1', 'Xây dựng giá dịch vụ thu gom rác.', 'Sở Tài chính'],
      ['-', '1', 'Rà soát các quy định còn chồng chéo.', ''],
    ]);
    expect(list[0].path).toEqual(['II. NHIỆM VỤ, GIẢI PHÁP', '1. Hoàn thiện thể chế', '- Sở Xây dựng:']);
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('"Giao Sở …:" without a number, over "- …" lines', () => {
  const PLAN = `KẾ HOẠCH
Cải cách thủ tục hành chính năm 2026

I. MỤC ĐÍCH

Giảm thời gian giải quyết hồ sơ.

II. TỔ CHỨC THỰC HIỆN

Giao Sở Nội vụ:

- Hướng dẫn các xã niêm yết thủ tục.

- Theo dõi, tổng hợp kết quả hằng quý.

Giao Văn phòng Ủy ban nhân dân tỉnh:

- Kiểm tra việc trả hồ sơ đúng hạn.
`;

  it('gives each line the agency named', () => {
    const p = imp(PLAN);
    expect(p.tables.flatMap((t) => t.items).map((i) => [i.tt, i.task, i.lead])).toEqual([
      ['-', 'Hướng dẫn các xã niêm yết thủ tục.', 'Sở Nội vụ'],
      ['-', 'Theo dõi, tổng hợp kết quả hằng quý.', 'Sở Nội vụ'],
      ['-', 'Kiểm tra việc trả hồ sơ đúng hạn.', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ]);
    expect(p.notImported.map((n) => n.text)).toContain('Giảm thời gian giải quyết hồ sơ.');
    expect(lostPieces(PLAN, p)).toEqual([]);
  });
});

describe('every prose fixture above, as a Word file and a web page', () => {
  // Lines between blank lines are one paragraph (its lines kept by line breaks, as a hard-wrapped
  // paragraph or Shift+Enter gives them): the items must be those of the pasted text.
  const fields = (i: Item) => [i.tt, i.task, i.lead, i.partners, i.time.text, i.time.due];
  it('gives the same items as the pasted text', async () => {
    expect(seen.size).toBeGreaterThan(10);
    for (const text of seen) {
      const want = importProgramme(text, NO_AGENCIES)
        .tables.flatMap((t) => t.items)
        .map(fields);
      const paragraphs = text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      const all = await importForms(forms(paragraphs));
      // A .md file with no table is read as plain text, like .txt: the text form covers it.
      for (const [form, p] of Object.entries(all).filter(([f]) => f !== 'markdown')) {
        const got = p!.tables.flatMap((t) => t.items).map(fields);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          throw new Error(`[${form}] ${text.split('\n').slice(0, 2).join(' / ')}:\n${JSON.stringify(got)}\n≠ ${JSON.stringify(want)}`);
        }
      }
    }
  });
});
