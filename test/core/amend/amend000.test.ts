import { applyAmendment, parseAmendment } from '../../../src/core/amend';
import { headingNumber } from '../../../src/core/amend/apply';
import { importProgramme } from '../../../src/core/import';
import type { Item } from '../../../src/core/model';
import { seedText } from '../../helpers/seeds';

// 000 amends 001. Operations listed by hand from the amending document:
// modify (points): 1.1(3) 1.4(4) 1.6(3) 2.1(1) 2.1(5) 2.2(4) 2.4(1) 2.4(2) 2.5(1) 2.6(1) 2.6(3)
//   2.7(2) 2.7(7) 3.1(3) 3.4(1) 4.1(1) 4.1(3) 4.2(1) = 18, plus the opening paragraph, Mục I
//   khoản 1 and part III (not points) = 21
// modify-time: 2.7(3); 4.2(2),(3),(5) = 4 points in 2 operations
// rename-section: 1.5; add-section: 1.8 with 3 points; remove: 1.7(2); no-change: 1.3, 2.3
// add: 1.1 (5)-(8), 1.2 (10)-(12), 1.5 (6), 2.1 (9)-(11), 2.6 (5)-(7), 2.7 (8)-(11), 3.1 (11),
//   3.2 (8), 3.3 (7), 4.2 (7)-(9) = 24 points in 10 operations; 2.1 (9) already exists in 001:
//   a conflict, and the added (9) is still kept (after the old (9), flagged, with a Ghi chú).
describe('000 applied to 001', () => {
  const base = importProgramme(seedText('001'));
  const parsed = parseAmendment(seedText('000'));
  const r = applyAmendment(base, seedText('000'));
  const sec = (i: Item) => headingNumber(i.path[i.path.length - 1]);
  const find = (s: string, tt: string) => r.items.filter((i) => sec(i) === s && i.tt === tt);
  const one = (s: string, tt: string) => {
    const f = find(s, tt);
    expect(f).toHaveLength(1);
    return f[0];
  };
  const count = (op: string) => r.changes.filter((c) => c.op === op).length;

  it('finds every operation of the amending document', () => {
    const ops: Record<string, number> = {};
    for (const o of parsed.operations) ops[o.op] = (ops[o.op] ?? 0) + 1;
    expect(ops).toEqual({ modify: 21, 'modify-time': 2, 'rename-section': 1, add: 10, 'add-section': 1, remove: 1, 'no-change': 2 });
    expect(parsed.operations.filter((o) => o.op === 'add').flatMap((o) => o.points)).toHaveLength(24);
    expect(parsed.stray).toEqual([]);
  });

  it('logs every change: 21 modifications, 4 time changes, 27 added points, 1 removal …', () => {
    expect(count('modify')).toBe(21);
    expect(count('modify-time')).toBe(4);
    expect(count('rename-section')).toBe(1);
    expect(count('add')).toBe(24 + 3);
    expect(count('add-section')).toBe(1);
    expect(count('remove')).toBe(1);
    expect(count('no-change')).toBe(2);
    expect(r.changes.every((c) => Object.keys(c).sort().join() === 'after,before,line,op,point,section')).toBe(true);
  });

  it('reports the added point (9) of Mục 2.1 as a conflict, keeps the original point 9 and the added one after it', () => {
    expect(r.conflicts).toEqual([expect.objectContaining({ kind: 'duplicate-number', section: '2.1', point: '(9)', line: 175 })]);
    const nines = find('2.1', '(9)');
    expect(nines).toHaveLength(2);
    expect(nines[0].task).toBe('Trién khai c6 hiéu qua cac chuong trinh tin dung, tin dung uu dai.');
    expect(nines[0].duplicateNumber).toBeUndefined();
    expect(nines[1]).toMatchObject({
      task: expect.stringMatching(/^Triển khai hiệu quả Nghị quyết số 79-NQ\/TW, ngày 06\/01\/2026 của Bộ Chính trị/),
      lead: 'Đảng ủy UBND tỉnh',
      time: { kind: 'ongoing' },
      line: 175,
      duplicateNumber: true,
    });
    expect(nines[1].notes).toMatch(/^Điểm bổ sung trùng số \(9\) với điểm đã có trong Mục 2\.1 \(dòng \d+ văn bản gốc\): cần đánh lại số thứ tự\.$/);
    expect(r.items.filter((i) => sec(i) === '2.1').map((i) => i.tt)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(9)', '(10)', '(11)']);
    expect(r.changes.filter((c) => c.section === '2.1' && c.op === 'add').map((c) => [c.point, c.line])).toEqual([
      ['(9)', 175],
      ['(10)', 179],
      ['(11)', 183],
    ]);
    expect(r.items.filter((i) => i.duplicateNumber)).toHaveLength(1);
  });

  it('gives the consolidated programme in document order, the removed point kept as removed', () => {
    expect(r.items).toHaveLength(112 + 24 + 3);
    expect(r.items.filter((i) => i.removed).map((i) => `${sec(i)} ${i.tt}`)).toEqual(['1.7 (2)']);
    const counts: Record<string, number> = {};
    for (const i of r.items) counts[sec(i)] = (counts[sec(i)] ?? 0) + 1;
    expect(counts).toMatchObject({ '1.1': 8, '1.2': 12, '1.3': 5, '1.5': 6, '1.7': 4, '1.8': 3, '2.1': 12, '2.6': 7, '2.7': 11, '3.1': 11, '3.2': 8, '3.3': 7, '4.2': 9 });
    const order = r.items.map((i) => sec(i));
    const firstIndex = (s: string) => order.indexOf(s);
    expect(firstIndex('1.8')).toBeGreaterThan(order.lastIndexOf('1.7'));
    expect(order.lastIndexOf('1.8')).toBeLessThan(firstIndex('2.1'));
    expect(r.items.slice(order.indexOf('1.1'), order.indexOf('1.1') + 8).map((i) => i.tt)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']);
  });

  it('modifies text, lead and both times of 1.1 (3)', () => {
    const c = r.changes.find((x) => x.section === '1.1' && x.point === '(3)')!;
    expect(c).toEqual({
      op: 'modify',
      section: '1.1',
      point: '(3)',
      line: 35,
      before:
        '(3) Xây dựng cơ chế thực hiện lấy ý kiến Nhân dân đánh giá về mức độ hoàn thành nhiệm vụ công tác của cán bộ và các tổ chức đảng, Nhà nước.\nCơ quan chủ trì tham mưu: Ban Tuyên giáo và Dân vận Tỉnh ủy. Thời hạn hoàn thành: Trong năm 2025.',
      after:
        '(3) Triển khai thực hiện lấy ý kiến Nhân dân đánh giá về mức độ hoàn thành nhiệm vụ công tác của cán bộ và các tổ chức đảng, Nhà nước.\nCơ quan chủ trì tham mưu: Ban Tuyên giáo và Dân vận Tỉnh ủy. Thời hạn hoàn thành: Sau khi có hướng dẫn của Trung ương. Thời gian thực hiện thường xuyên, liên tục.',
    });
    const it = one('1.1', '(3)');
    expect(it.task).toBe('Triển khai thực hiện lấy ý kiến Nhân dân đánh giá về mức độ hoàn thành nhiệm vụ công tác của cán bộ và các tổ chức đảng, Nhà nước.');
    expect(it.lead).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(it.time).toMatchObject({ kind: 'conditional', text: 'Sau khi có hướng dẫn của Trung ương' });
    expect(it.period).toMatchObject({ kind: 'ongoing' });
  });

  it('changes only the lead of 1.4 (4), keeping its text', () => {
    const it = one('1.4', '(4)');
    expect(it.task).toBe(base.tables[0].items.find((i) => sec(i) === '1.4' && i.tt === '(4)')!.task);
    expect(it.lead).toBe('Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh');
    expect(it.leadCanonical).toBe('Đảng ủy MTTQ tỉnh');
  });

  it('changes only the deadline for a time change, keeping the period', () => {
    const it = one('2.7', '(3)');
    expect(it.time).toMatchObject({ text: 'Trong năm 2026', kind: 'deadline', due: '2026-12-31' });
    expect(it.period?.text).toBe('Thuong xuyén, lién tuc');
    expect(it.task.startsWith('Ban hanh Chi thi cia Ban Thuong vu Tinh iy')).toBe(true);
    for (const p of ['(2)', '(3)', '(5)']) expect(one('4.2', p).time.due).toBe('2026-12-31');
    expect(one('4.2', '(4)').time.kind).toBe('ongoing');
    const c = r.changes.filter((x) => x.op === 'modify-time' && x.section === '4.2');
    expect(c.map((x) => [x.point, x.before, x.after])).toEqual([
      ['(2)', 'Thời hạn hoàn thành: Trong năm 2025', 'Thời hạn hoàn thành: Trong năm 2026.'],
      ['(3)', 'Thời hạn hoàn thành: Trong năm 2025', 'Thời hạn hoàn thành: Trong năm 2026.'],
      ['(5)', 'Thời hạn hoàn thành: Trong năm 2025', 'Thời hạn hoàn thành: Trong năm 2026.'],
    ]);
  });

  it('renames Mục 1.5 and adds Mục 1.8 under part 1', () => {
    expect(r.items.filter((i) => sec(i) === '1.5').every((i) => i.path[2].startsWith('1.5. Tăng cường kiểm soát quyền lực'))).toBe(true);
    const s18 = r.items.filter((i) => sec(i) === '1.8');
    expect(s18.map((i) => i.tt)).toEqual(['(1)', '(2)', '(3)']);
    expect(s18[0].path.slice(0, 2)).toEqual(base.tables[0].items[0].path.slice(0, 2));
    expect(s18[0].path[2]).toMatch(/^1\.8\. Tiếp tục đẩy mạnh xây dựng và hoàn thiện Nhà nước pháp quyền/);
    expect(s18[2].lead).toBe('Ban Tổ chức Tỉnh ủy; Đảng ủy các cơ quan Đảng tỉnh; Đảng ủy UBND tỉnh');
    expect(s18[0].line).toBe(135);
  });

  it('adds points with their fields (1.2 (10))', () => {
    const it = one('1.2', '(10)');
    expect(it).toMatchObject({
      task: 'Đề án phát triển đảng viên trong học sinh, sinh viên.',
      lead: 'Ban Tổ chức Tỉnh ủy',
      leadCanonical: 'Ban Tổ chức Tỉnh ủy',
      time: { text: 'Quý II/2026', due: '2026-06-30' },
      period: { text: 'Trong năm 2026 và thực hiện thường xuyên' },
      line: 69,
    });
    expect(r.changes.find((c) => c.section === '1.2' && c.point === '(10)')).toMatchObject({ op: 'add', before: '' });
  });

  it('removes 1.7 (2) with the quoted text as "before"', () => {
    expect(r.changes.find((c) => c.op === 'remove')).toEqual({
      op: 'remove',
      section: '1.7',
      point: '(2)',
      line: 125,
      after: '',
      before:
        '(2) Ban hành quy chế phối hợp liên thông giữa các cơ quan Đảng - Nhà nước - Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trên địa bàn tỉnh.\nCơ quan chủ trì tham mưu: Ban Tổ chức Tỉnh ủy. Thời hạn hoàn thành: Trong năm 2025',
    });
  });
});

describe('conflicts on a small amendment', () => {
  const base = importProgramme(seedText('001'));
  const text = `**1.1. Mục 1.1 - Coi trọng xây dựng Đảng về chính trị, tư tưởng, đạo đức**

**a) Điều chỉnh điểm (2):**

*“(2) Xây dựng cơ chế thực hiện lấy ý kiến Nhân dân đánh giá về mức độ hoàn thành nhiệm vụ công tác của cán bộ.”*

**\\* Điều chỉnh thành:**

(2) Nội dung mới.

**b) Lược bỏ điểm (15)**

**1.9. Mục 1.9 - Mục không có**

**Bổ sung 01 điểm mới (1) vào Mục 1.9:**

(1) Nhiệm vụ mới.
`;
  const r = applyAmendment(base, text);

  it('reports a quote that does not match, a missing point and a missing section, and applies none of them', () => {
    expect(r.conflicts.map((c) => [c.kind, c.section, c.point, c.line])).toEqual([
      ['quote-mismatch', '1.1', '(2)', 3],
      ['missing-target', '1.1', '(15)', 11],
      ['missing-target', '1.9', '(1)', 15],
    ]);
    expect(r.changes).toEqual([]);
    expect(r.items.find((i) => i.tt === '(2)')!.task).toBe(base.tables[0].items[1].task);
    expect(r.conflicts[0].message).toMatch(/không khớp/);
  });
});

describe('an added section whose number the base already has', () => {
  const base = importProgramme(seedText('001'));
  const sec = (i: Item) => headingNumber(i.path[i.path.length - 1]);
  // Invented amendment: "Mục 1.7" exists in 001 (4 points); the new section is kept after it.
  const text = [
    '**1.7. Bổ sung mới Mục 1.7 với 02 điểm:**', // 1
    '', // 2
    '**1.7. Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng**', // 3
    '', // 4
    '(1) Xây dựng kho dữ liệu số về công tác đảng viên của tỉnh.', // 5
    '', // 6
    'Cơ quan chủ trì tham mưu: Văn phòng Tỉnh ủy. Thời hạn hoàn thành: Quý IV/2026.', // 7
    '', // 8
    '(2) Số hóa hồ sơ lưu trữ của các cơ quan tham mưu, giúp việc Tỉnh ủy.', // 9
    '', // 10
    'Cơ quan chủ trì tham mưu: Văn phòng Tỉnh ủy. Thời gian thực hiện: Thường xuyên, liên tục.', // 11
  ].join('\n');
  const r = applyAmendment(base, text);

  it('reports one conflict and keeps both points, flagged, right after the old section', () => {
    expect(r.conflicts.map((c) => [c.kind, c.section, c.point, c.line])).toEqual([['duplicate-number', '1.7', '', 1]]);
    expect(r.items).toHaveLength(112 + 2);
    const in17 = r.items.filter((i) => sec(i) === '1.7');
    expect(in17.map((i) => [i.tt, !!i.duplicateNumber])).toEqual([
      ['(1)', false],
      ['(2)', false],
      ['(3)', false],
      ['(4)', false],
      ['(1)', true],
      ['(2)', true],
    ]);
    expect(in17[4]).toMatchObject({ task: 'Xây dựng kho dữ liệu số về công tác đảng viên của tỉnh.', lead: 'Văn phòng Tỉnh ủy', line: 5 });
    expect(in17[4].path[in17[4].path.length - 1]).toBe('1.7. Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng');
    expect(in17[4].path.slice(0, -1)).toEqual(in17[0].path.slice(0, -1));
    expect(in17[5].notes).toMatch(/^Thuộc mục bổ sung trùng số Mục 1\.7/);
    expect(r.changes.map((c) => [c.op, c.point])).toEqual([
      ['add-section', ''],
      ['add', '(1)'],
      ['add', '(2)'],
    ]);
  });
});
