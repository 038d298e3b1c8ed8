import { importProgramme } from '../../../src/core/import';
import type { Programme } from '../../../src/core/model';

// Text a prose import must not drop: headings that head nothing, text sharing a line with a used
// heading, an appendix with no task. Expected values are read off the documents below.
const HEADING = 'Đề mục không có điểm nhiệm vụ nào bên dưới';
const NO_AGENCIES = { agencies: [] };
const find = (p: Programme, text: string) => p.notImported.find((n) => n.text === text);

describe('prose import: nothing is dropped', () => {
  it('reports a heading with no point under it, with its line and as printed', () => {
    const p = importProgramme(
      [
        'I- MỤC ĐÍCH, YÊU CẦU',
        '',
        'II- NHIỆM VỤ TRỌNG TÂM',
        '(1) Xây dựng đề án A.',
        'Cơ quan chủ trì: Sở Nội vụ. Thời hạn hoàn thành: Quý II/2026.',
        '## III- TỔ CHỨC THỰC HIỆN',
      ].join('\n'),
      NO_AGENCIES,
    );
    expect(p.tables[0].items.map((i) => [i.tt, i.task, i.lead, i.time.text])).toEqual([['(1)', 'Xây dựng đề án A.', 'Sở Nội vụ', 'Quý II/2026']]);
    expect(p.tables[0].sections.map((s) => s.tt)).toEqual(['II']);
    expect(p.notImported).toEqual([
      { line: 1, text: 'I- MỤC ĐÍCH, YÊU CẦU', reason: HEADING },
      { line: 6, text: 'III- TỔ CHỨC THỰC HIỆN', reason: HEADING },
    ]);
  });

  it('a lone heading (no point anywhere) is reported, not lost', () => {
    const p = importProgramme('## II- NHIỆM VỤ TRỌNG TÂM', NO_AGENCIES);
    expect(p.tables).toEqual([]);
    expect(p.notImported).toEqual([{ line: 1, text: 'II- NHIỆM VỤ TRỌNG TÂM', reason: HEADING }]);
  });

  it('keeps a page number printed on the line of a used heading', () => {
    const p = importProgramme(['II- NHIỆM VỤ TRỌNG TÂM**12**', '(1) Xây dựng đề án A.', 'Cơ quan chủ trì: Sở Nội vụ. Thời hạn hoàn thành: Quý II/2026.'].join('\n'), NO_AGENCIES);
    expect(p.tables[0].sections.map((s) => s.title)).toEqual(['NHIỆM VỤ TRỌNG TÂM']);
    expect(find(p, '12')).toMatchObject({ line: 1 });
  });

  it('"1.2." before a word OCR damaged is not point "1" with task "2. …"', () => {
    const p = importProgramme('1.2. ¢ăng cường củng cố, xây dựng tổ chức cơ sở đảng', NO_AGENCIES);
    const all = [...p.tables.flatMap((t) => t.items.map((i) => `${i.tt}|${i.task}`)), ...p.notImported.map((n) => n.text)];
    expect(all.some((s) => s.startsWith('1|'))).toBe(false);
    expect(all.join('\n')).toContain('1.2. ¢ăng cường củng cố');
  });

  it('reports an appendix that has no task, with its "(Kèm theo …)" line', () => {
    const p = importProgramme(
      [
        'II- NHIỆM VỤ TRỌNG TÂM',
        '(1) Xây dựng đề án A.',
        'Cơ quan chủ trì: Sở Nội vụ. Thời hạn hoàn thành: Quý II/2026.',
        '',
        'PHỤ LỤC',
        'DANH MỤC CÔNG TRÌNH',
        '(Kèm theo Chương trình số 5-CTr/TU)',
      ].join('\n'),
      NO_AGENCIES,
    );
    expect(p.tables).toHaveLength(1);
    expect(p.notImported).toEqual([
      { line: 5, text: 'PHỤ LỤC DANH MỤC CÔNG TRÌNH', reason: 'Phụ lục không có điểm nhiệm vụ nào' },
      { line: 7, text: '(Kèm theo Chương trình số 5-CTr/TU)', reason: 'Phụ lục không có điểm nhiệm vụ nào' },
    ]);
  });
});
