import type { Item, Programme, Section } from '../../../src/core/model';
import { parseTime } from '../../../src/core/time';
import { validateProgramme } from '../../../src/core/validate';

/** A prose programme as the prose importer hands it over: points "(n)" under numbered sections. */
function prose(rows: Array<[string, string, string, string]>, quality: 'clean' | 'ocr' = 'clean'): Programme {
  const sections: Section[] = [];
  const items: Item[] = [];
  rows.forEach(([tt, task, lead, time], i) => {
    const line = (i + 1) * 3;
    if (!lead && !time && !/^\(/.test(tt)) {
      sections.push({ tt, title: task, level: /^[IVX]+$/.test(tt) ? 2 : 2 + tt.split('.').length, line });
      return;
    }
    items.push({ tt, path: [], task, lead, partners: '', time: parseTime(time), authority: '', resources: '', notes: '', line });
  });
  const columns = (['tt', 'task', 'lead', 'time'] as const).map((key) => ({ key, header: key }));
  return {
    title: 'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    tables: [{ title: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', label: '', kind: 'tasks', columns, sections, items }],
    notImported: [],
    quality,
    shape: 'prose',
  };
}

const rules = (p: Programme) => validateProgramme(p).findings.map((f) => [f.rule, f.tt, f.line]);

describe('prose programmes', () => {
  test('points "(n)" count within their section; sections need not start at I', () => {
    const p = prose([
      ['II', 'NHIỆM VỤ CHỦ YẾU', '', ''],
      ['1', 'Xây dựng Đảng', '', ''],
      ['1.1', 'Về chính trị', '', ''],
      ['(1)', 'Xây dựng đề án thứ nhất về chính trị', 'Ban Tổ chức Tỉnh ủy', 'Quý II/2026'],
      ['(2)', 'Xây dựng đề án thứ hai về chính trị', 'Ban Tổ chức Tỉnh ủy', 'Quý II/2026'],
      ['1.2', 'Về tổ chức', '', ''],
      ['(1)', 'Xây dựng đề án thứ nhất về tổ chức', 'Ban Tổ chức Tỉnh ủy', 'Quý II/2026'],
      ['(3)', 'Xây dựng đề án thứ ba về tổ chức', 'Ban Tổ chức Tỉnh ủy', 'Quý II/2026'],
    ]);
    expect(rules(p)).toEqual([['structure.gap', '(3)', 24]]);
    expect(validateProgramme(p).findings[0].message).toBe('Số thứ tự nhảy từ (1) lên (3): thiếu (2).');
  });

  test('a programme with no owner or time for any task: one finding per column, not one per task', () => {
    const p = prose([
      ['II', 'NHIỆM VỤ', '', ''],
      ['(1)', 'Phối hợp quy hoạch liên kết vùng', '', ''],
      ['(2)', 'Rà soát phương án sử dụng đất', '', ''],
      ['(3)', 'Ưu tiên nguồn lực cho hạ tầng', '', ''],
    ]);
    const found = validateProgramme(p).findings;
    expect(found.map((f) => [f.rule, f.tt, f.line, f.itemIndex])).toEqual([
      ['lead.missing', '(1)', 6, 0],
      ['time.missing', '(1)', 6, 0],
    ]);
    expect(found[0].message).toBe('Không nhiệm vụ nào trong bảng ghi cơ quan chủ trì (3 nhiệm vụ).');
  });

  test('OCR text: damaged agency names are matched, and spellings that differ by OCR damage are no variants', () => {
    const rows: Array<[string, string, string, string]> = [
      ['II', 'NHIEM VU', '', ''],
      ['(1)', 'Xay dung de an mot', 'Ban T6 chire Tinh viy', 'Quy II/2026'],
      ['(2)', 'Xay dung de an hai', 'Ban T6 chire Tinh viy', 'Quy II/2026'],
      ['(3)', 'Xay dung de an ba', 'Ban To6 chire Tinh ity', 'Quy II/2026'],
    ];
    expect(rules(prose(rows, 'ocr'))).toEqual([]);
    // The same cells in a clean document are a typo the catalogue does not know, and a variant.
    expect(rules(prose(rows, 'clean')).map((r) => r[0])).toContain('lead.unknown');
  });
});
