import { importProgramme } from '../../../src/core/import';

// A ministry plan in the style "1. … - Cơ quan chủ trì: …; - Cơ quan phối hợp: …; - Thời gian thực hiện: …".
const PLAN = `BỘ KHOA HỌC VÀ CÔNG NGHỆ

KẾ HOẠCH
TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Bảo đảm triển khai đồng bộ các nhiệm vụ chuyển đổi số của Bộ.

II. NHIỆM VỤ CỤ THỂ

1. Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp luật về chuyển đổi số
thuộc phạm vi quản lý của Bộ.
- Cơ quan chủ trì: Vụ Pháp chế;
- Cơ quan phối hợp: Cục Chuyển đổi số quốc gia, các đơn vị liên quan;
- Thời gian thực hiện: Quý II/2026.
- Sản phẩm: Thông tư sửa đổi, bổ sung.

2. Xây dựng cơ sở dữ liệu dùng chung của ngành.
- Cơ quan chủ trì: Cục Chuyển đổi số quốc gia;
- Cơ quan phối hợp: Vụ Kế hoạch - Tài chính;
- Thời gian thực hiện: Năm 2026 - 2027.

3. Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch.
- Cơ quan thực hiện: Văn phòng Bộ;
- Thời hạn hoàn thành: Tháng 12/2026;
- Thời gian thực hiện: Hằng năm.

III. TỔ CHỨC THỰC HIỆN

1. Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện Kế hoạch này.
`;

describe('ministry-style numbered points with dash labels', () => {
  const p = importProgramme(PLAN);
  const items = p.tables[0].items;

  it('makes one item per labelled numbered point, not of the other numbered paragraphs', () => {
    expect(p.shape).toBe('prose');
    expect(p.title).toBe('KẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026');
    expect(items.map((i) => i.tt)).toEqual(['1', '2', '3']);
    expect(items.every((i) => i.path[0] === 'II. NHIỆM VỤ CỤ THỂ')).toBe(true);
  });

  it('splits chủ trì, phối hợp, time and product', () => {
    expect(items[0]).toMatchObject({
      task: 'Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp luật về chuyển đổi số thuộc phạm vi quản lý của Bộ.',
      lead: 'Vụ Pháp chế',
      partners: 'Cục Chuyển đổi số quốc gia, các đơn vị liên quan',
      time: { text: 'Quý II/2026', kind: 'deadline', due: '2026-06-30' },
      notes: 'Sản phẩm: Thông tư sửa đổi, bổ sung',
      line: 12,
    });
    expect(items[0].period).toBeUndefined();
    expect(items[1].time).toMatchObject({ kind: 'period', due: '2027-12-31' });
    expect(p.tables[0].columns.map((c) => c.header)).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Ghi chú']);
  });

  it('reads "Cơ quan thực hiện" as the lead and keeps the deadline beside the period', () => {
    expect(items[2].lead).toBe('Văn phòng Bộ');
    expect(items[2].time).toMatchObject({ text: 'Tháng 12/2026', kind: 'deadline', due: '2026-12-31' });
    expect(items[2].period).toMatchObject({ text: 'Hằng năm', kind: 'recurring' });
    expect(p.quality).toBe('clean');
  });
});
