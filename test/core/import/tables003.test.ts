import { importProgramme } from '../../../src/core/import';
import { seedText } from '../../helpers/seeds';

const programme = importProgramme(seedText('003'));
const table = programme.tables[0];

describe('Tuyên Quang 52-CTr/TU appendix (003)', () => {
  it('is one 7-column task table', () => {
    expect(programme.tables).toHaveLength(1);
    expect(table.kind).toBe('tasks');
    expect(table.label).toBe('PHỤ LỤC');
    expect(table.columns.map((c) => c.key)).toEqual(['tt', 'task', 'lead', 'time', 'authority', 'resources', 'notes']);
    expect(table.columns[2].header).toBe('Cơ quan, tổ chức chỉ đạo/ Cơ quan chủ trì tham mưu');
    expect(table.attachedTo).toBe('(Kèm theo Chương trình số 52-CTr/TU ngày 17/4/2026 của Ban Chấp hành Đảng bộ tỉnh)');
    expect(table.title).toContain('CÁC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT');
  });

  it('has 44 items in 4 sections (3 + 14 + 11 + 16, section II skips number 7)', () => {
    expect(table.items).toHaveLength(44);
    expect(table.sections.map((s) => `${s.tt}. ${s.title}`)).toEqual([
      'I. Lĩnh vực kinh tế',
      'II. Lĩnh vực văn hóa - xã hội',
      'III. Lĩnh vực Quốc phòng - an ninh và đối ngoại',
      'IV. Công tác xây dựng Đảng, hệ thống chính trị',
    ]);
    const per = (p: string) => table.items.filter((i) => i.path[0].startsWith(p)).map((i) => i.tt);
    expect(per('I.')).toEqual(['1', '2', '3']);
    expect(per('II.')).toEqual(['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12', '13', '14', '15']);
    expect(per('III.')).toHaveLength(11);
    expect(per('IV.')).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
  });

  it('drops the header repeated at page breaks', () => {
    expect(table.items.some((i) => i.tt === 'TT' || i.task === 'Nhiệm vụ triển khai')).toBe(false);
  });

  it('merges the row split over a page break, cell by cell (II.12)', () => {
    const item = table.items.find((i) => i.path[0].startsWith('II.') && i.tt === '12')!;
    expect(item.line).toBe(207);
    expect(item.task).toBe(
      'Kế hoạch triển khai Đề án “Đưa tiếng Anh trở thành ngôn ngữ thứ 2 trong trường học giai đoạn 2025 – 2035, tầm nhìn đến năm 2045” và Đề án tăng cường dạy và học ngoại ngữ giai đoạn 2025 – 2035, định hướng đến năm 2045” trên địa bàn tỉnh Tuyên Quang,',
    );
    expect(item.lead).toBe('Đảng ủy Ủy ban nhân dân tỉnh (Sở Giáo dục và Đào tạo)');
    expect(item.authority).toBe('Ban Thường vụ Tỉnh ủy cho ý kiến; Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh hoàn thiện, ban hành');
    expect(item.resources).toBe('Ngân sách nhà nước, ngân sách địa phương, các nguồn vốn hợp pháp khác.');
    expect(item.time.text).toBe('Quý IV/2026');
    expect(item.time.due).toBe('2026-12-31');
  });

  it('keeps every field of a row, with markup removed and paragraphs of a cell on their own lines', () => {
    const first = table.items[0];
    expect(first).toMatchObject({
      tt: '1',
      path: ['I. Lĩnh vực kinh tế'],
      task: 'Quy hoạch điều chỉnh tỉnh Tuyên Quang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
      lead: 'Đảng ủy Ủy ban nhân dân tỉnh (Sở Tài chính)',
      authority: 'Ban Chấp hành Đảng bộ tỉnh, Hội đồng nhân dân tỉnh cho ý kiến; Ủy ban nhân dân tỉnh ban hành',
      resources: 'Ngân sách Nhà nước và nguồn vốn hợp pháp khác',
      notes: 'Quyết định số 387/QĐ-UBND ngày 26/02/2026',
      line: 187,
    });
    expect(first.time.kind).toBe('done');
    const six = table.items.find((i) => i.line === 200)!;
    expect(six.task.split('\n')).toHaveLength(2);
    expect(six.task).not.toMatch(/<\/?p>/);
    expect(six.task.startsWith('- Chương trình hành động thực hiện Nghị quyết số 72-NQ/TW')).toBe(true);
  });

  it('reads every time cell of the table', () => {
    const kinds = new Map<string, number>();
    for (const i of table.items) kinds.set(i.time.kind, (kinds.get(i.time.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ done: 2, deadline: 30, conditional: 4, recurring: 5, ongoing: 3 });
    expect(table.items.find((i) => i.line === 252)!.time).toMatchObject({
      kind: 'deadline',
      due: '2026-06-30',
      condition: 'Sau khi có Nghị định của Chính phủ',
    });
  });

  it('lists the programme text outside the appendix as not imported, never dropping it', () => {
    expect(programme.notImported.length).toBeGreaterThan(10);
    expect(programme.notImported.some((n) => n.text.startsWith('I- MỤC ĐÍCH, YÊU CẦU'))).toBe(true);
    expect(programme.notImported.every((n) => n.reason.length > 0)).toBe(true);
  });
});
