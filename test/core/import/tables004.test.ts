import { importProgramme } from '../../../src/core/import';
import type { ProgrammeTable } from '../../../src/core/model';
import { seedText } from '../../helpers/seeds';

const programme = importProgramme(seedText('004'));
const [pl1, pl2, pl3, pl4] = programme.tables;
const tts = (t: ProgrammeTable, under: string) => t.items.filter((i) => i.path.some((p) => p.startsWith(under))).map((i) => i.tt);

describe('Lai Châu plan (004): four appendices', () => {
  it('gives four tables with their labels, titles and columns', () => {
    expect(programme.tables.map((t) => t.label)).toEqual(['PHỤ LỤC 1', 'PHỤ LỤC 2', 'PHỤ LỤC 3', 'PHỤ LỤC 4']);
    expect(pl1.title).toBe('PHỤ LỤC 1 — Danh mục các chỉ tiêu chủ yếu đến năm 2030');
    expect(pl3.title).toBe('PHỤ LỤC 3 — Danh mục nhiệm vụ cụ thể trong nhiệm kỳ 2025 - 2030');
    expect(pl2.title.startsWith('PHỤ LỤC 2 — Danh mục các nghị quyết chuyên đề, đề án tham mưu trình Tỉnh ủy')).toBe(true);
    expect(pl1.columns.map((c) => c.key)).toEqual(['tt', 'task', 'target', 'lead']);
    expect(pl2.columns.map((c) => c.header)).toEqual(['TT', 'Tên nghị quyết/đề án/kết luận/chỉ thị', 'Đơn vị mưu', 'Thời gian trình']);
    for (const t of [pl2, pl3, pl4]) expect(t.columns.map((c) => c.key)).toEqual(['tt', 'task', 'lead', 'time']);
    expect(pl4.attachedTo).toBe('(Kèm theo Kế hoạch số -KH/ĐU, ngày tháng năm 2026 của Đảng ủy Văn phòng UBND tỉnh)');
  });

  it('keeps Phụ lục 1 as indicators: 22 numbered indicators and 35 sub-rows', () => {
    expect(pl1.kind).toBe('indicators');
    expect(pl1.items.filter((i) => i.tt)).toHaveLength(22);
    expect(pl1.items.filter((i) => i.tt).map((i) => i.tt)).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
    expect(pl1.items).toHaveLength(57);
    const sub = pl1.items.find((i) => i.task === '+ Trung học phổ thông')!;
    expect(sub).toMatchObject({ tt: '', parentTt: '9', target: '≥ 60%', path: ['II. Về xã hội'] });
    expect(pl1.sections.map((s) => s.title)).toEqual(['Về kinh tế', 'Về xã hội', 'Về môi trường', 'Về xây dựng Đảng và hệ thống chính trị']);
    // Rows printed after a page break with one cell fewer keep their target.
    expect(pl1.items.find((i) => i.tt === '10')).toMatchObject({ task: '- Giải quyết việc làm', target: '10.000 lao động/năm', lead: '' });
  });

  it('Phụ lục 2: 14 items in 3 sections (8 + 4 + 2)', () => {
    expect(pl2.items).toHaveLength(14);
    expect(pl2.sections).toHaveLength(3);
    expect(tts(pl2, 'I.')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(tts(pl2, 'II.')).toEqual(['1', '2', '3', '4']);
    expect(tts(pl2, 'III.')).toEqual(['1', '2']);
    expect(pl2.items.map((i) => i.time.kind).join(',')).toBe('deadline,deadline,done,done,done,done,done,deadline,done,deadline,deadline,deadline,deadline,done');
    expect(pl2.items[1].time.due).toBe('2026-03-31');
  });

  it('Phụ lục 3: 160 items under 4 parts and 20 numbered headings', () => {
    expect(pl3.items).toHaveLength(160);
    expect(pl3.sections.filter((s) => s.level === 2).map((s) => s.tt)).toEqual(['I', 'II', 'III', 'IV']);
    expect(pl3.sections).toHaveLength(24);
    // Part II's bold heading is split over a page break and joined back.
    const two = pl3.sections.find((s) => s.tt === 'II')!;
    expect(two.title.endsWith('ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ LÀM ĐỘNG LỰC CHÍNH THỨC ĐẨY THỰC HIỆN MỤC TIÊU TĂNG TRƯỞNG XANH, NHANH VÀ BỀN VỮNG')).toBe(true);
    expect(two.title.startsWith('THAM MƯU TIẾP TỤC CƠ CẤU LẠI CÁC NGÀNH KINH TẾ')).toBe(true);
    // A heading whose number is not bold ("9 | <b>Đẩy mạnh …</b>") is still a heading.
    expect(pl3.sections.some((s) => s.tt === '9' && s.title.startsWith('Đẩy mạnh xây dựng nhà nước pháp quyền'))).toBe(true);
    // 6.2 continues on the next page with an empty TT cell.
    const six2 = pl3.items.find((i) => i.tt === '6.2')!;
    expect(
      six2.task.endsWith(
        'cho thôi việc đối với cán bộ, công chức, viên chức bảo đảm nguyên tắc "có vào, có ra", "có lên, có xuống", đánh giá cán bộ thường xuyên, liên tục, đa chiều, theo kết quả, sản phẩm cụ thể.',
      ),
    ).toBe(true);
    // The row whose number is missing (between 8.3 and 8.5) is an item, not dropped.
    const unnumbered = pl3.items.filter((i) => i.tt === '');
    expect(unnumbered).toHaveLength(1);
    expect(unnumbered[0]).toMatchObject({ line: 555, lead: 'Chi bộ Hành chính – Quản trị' });
    expect(unnumbered[0].time.kind).toBe('ongoing');
    expect(pl3.items.find((i) => i.tt === '6.1')!.path).toEqual(['I. XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ TRONG SẠCH, VỮNG MẠNH TOÀN DIỆN', '6. Đổi mới mạnh mẽ công tác cán bộ']);
  });

  it('Phụ lục 4: 115 projects, funding from the A/B groups', () => {
    expect(pl4.items).toHaveLength(115);
    expect(pl4.sections.filter((s) => s.level === 1).map((s) => `${s.tt} ${s.title}`)).toEqual(['A NGÂN SÁCH NHÀ NƯỚC', 'B VỐN NGOÀI NGÂN SÁCH']);
    const a = pl4.items.filter((i) => i.path[0] === 'A. NGÂN SÁCH NHÀ NƯỚC');
    const b = pl4.items.filter((i) => i.path[0] === 'B. VỐN NGOÀI NGÂN SÁCH');
    expect(a).toHaveLength(10 + 6 + 5 + 4 + 1 + 3 + 4 + 2 + 1);
    expect(b).toHaveLength(79);
    expect(a.every((i) => i.resources === 'Ngân sách nhà nước')).toBe(true);
    expect(b.every((i) => i.resources === 'Vốn ngoài ngân sách')).toBe(true);
    // The heading row that carries a lead keeps it for the reviewer.
    expect(pl4.sections.find((s) => s.title === 'Khu, cụm công nghiệp')).toMatchObject({ tt: '4', lead: 'Chi bộ Kinh tế ngành – Văn xã' });
    // Truncated year: never a guessed date.
    const museum = pl4.items.find((i) => i.task === 'Bảo tàng tỉnh.')!;
    expect(museum.time).toMatchObject({ text: 'Năm 2026-203', kind: 'invalid', due: null });
  });

  it('gives every time text a kind and every date a real ISO day', () => {
    for (const t of [pl2, pl3, pl4]) {
      for (const i of t.items) {
        expect(i.time.kind).toBeTruthy();
        if (i.time.due) expect(new Date(`${i.time.due}T00:00:00Z`).toISOString().slice(0, 10)).toBe(i.time.due);
      }
    }
    const agencyInTime = pl3.items.filter((i) => i.time.text === 'Chi bộ Kinh tế ngành – Văn xã');
    expect(agencyInTime).toHaveLength(1);
    expect(agencyInTime[0].time.kind).toBe('none');
    expect(agencyInTime[0].time.reason).toBeTruthy();
  });
});
