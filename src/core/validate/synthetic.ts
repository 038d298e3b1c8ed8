import type { Item, Programme, Section } from '../model';
import { parseTime } from '../time';

const LEADS = ['Sở Tài chính', 'Sở Y tế', 'Đảng ủy UBND tỉnh (Sở Xây dựng)', 'Ban Tổ chức Tỉnh ủy', 'Chi bộ Kinh tế ngành – Văn xã'];
const TIMES = ['Quý II/2026', 'Tháng 12/2027', 'Năm 2026 - 2030', 'Thực hiện thường xuyên', 'Sau khi có hướng dẫn của Trung ương'];
const RESOURCES = ['Ngân sách nhà nước', 'Ngân sách địa phương', 'Xã hội hóa'];

/**
 * A programme of `count` tasks in one 7-column table, sections of 50 tasks each, for the
 * performance check (`npm run bench`) and the sanity test. Every task text is distinct.
 */
export function syntheticProgramme(count: number): Programme {
  const times = TIMES.map(parseTime);
  const sections: Section[] = [];
  const items: Item[] = [];
  let line = 1;
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) {
      const n = sections.length + 1;
      sections.push({ tt: String(n), title: `Nhóm nhiệm vụ số ${n}`, level: 3, line: line++ });
    }
    const s = sections[sections.length - 1];
    items.push({
      tt: `${s.tt}.${(i % 50) + 1}`,
      path: [`${s.tt}. ${s.title}`],
      task: `Xây dựng kế hoạch triển khai nhiệm vụ số ${i + 1} của chương trình`,
      lead: LEADS[i % LEADS.length],
      partners: '',
      time: times[i % times.length],
      authority: 'Ban Thường vụ Tỉnh ủy',
      resources: RESOURCES[i % RESOURCES.length],
      notes: '',
      line: line++,
    });
  }
  const keys = ['tt', 'task', 'lead', 'time', 'authority', 'resources', 'notes'] as const;
  return {
    title: 'CHƯƠNG TRÌNH HÀNH ĐỘNG THỬ NGHIỆM NHIỆM KỲ 2025 - 2030',
    tables: [{ title: 'PHỤ LỤC', label: 'PHỤ LỤC', kind: 'tasks', columns: keys.map((key) => ({ key, header: key })), sections, items }],
    notImported: [],
    quality: 'clean',
    shape: 'table',
  };
}
