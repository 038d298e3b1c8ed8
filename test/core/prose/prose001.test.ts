import { importProgramme } from '../../../src/core/import';
import type { Item } from '../../../src/core/model';
import { seedText } from '../../helpers/seeds';

// 001: Phú Thọ 01-CTr/TU, OCR text. Points counted by hand, section by section, from the seed.
const HAND_COUNT: Record<string, number> = {
  '1.1': 4,
  '1.2': 9,
  '1.3': 5,
  '1.4': 4,
  '1.5': 5,
  '1.6': 5,
  '1.7': 4,
  '2.1': 9,
  '2.2': 4,
  '2.3': 3,
  '2.4': 6,
  '2.5': 7,
  '2.6': 4,
  '2.7': 7,
  '3.1': 10,
  '3.2': 7,
  '3.3': 6,
  '3.4': 3,
  '4.1': 4,
  '4.2': 6,
};

describe('001 (OCR prose programme)', () => {
  const p = importProgramme(seedText('001'));
  const items = p.tables[0]?.items ?? [];
  const section = (i: Item) => i.path[i.path.length - 1].split(' ')[0].replace(/\.$/, '');
  const find = (sec: string, tt: string) => items.find((i) => section(i) === sec && i.tt === tt)!;

  it('is recognised as prose of OCR quality, one task table', () => {
    expect(p.shape).toBe('prose');
    expect(p.quality).toBe('ocr');
    expect(p.tables).toHaveLength(1);
    const t = p.tables[0];
    expect(t.kind).toBe('tasks');
    expect(t.label).toBe('');
    expect(t.title).toBe(p.title);
    expect(t.columns.map((c) => c.header)).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian']);
    expect(items.every((i) => i.ocr === true)).toBe(true);
  });

  it('yields every point, section by section (112 in all)', () => {
    const counts: Record<string, number> = {};
    for (const i of items) counts[section(i)] = (counts[section(i)] ?? 0) + 1;
    expect(counts).toEqual(HAND_COUNT);
    expect(items).toHaveLength(112);
  });

  it('builds the path from the headings, joining wrapped heading lines', () => {
    expect(find('1.1', '(3)').path).toEqual([
      'II. NHIEM VU CHU YEU',
      '1. Xay dung Pang, xay dung hé thong chinh tri trong sach, virng manh toan dién; chinh quyén dia phwong 2 cip hoat dong thong sudt, hiéu qua',
      '1.1. Coi trong xdy dung Pding vé chinh tri, tw twéng, dao dirc',
    ]);
    expect(p.tables[0].sections.map((s) => s.tt)).toEqual([
      'II',
      '1',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '1.7',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '4',
      '4.1',
      '4.2',
    ]);
  });

  it('joins hard-wrapped lines and splits out the labelled fields, keeping both times', () => {
    const it1 = find('1.1', '(1)');
    expect(it1.task).toBe(
      'Xay dung, thyc hién Dé an “Tiép tuc d6i méi cong tac chinh tri, tu tudng, tuyén truyén van dong theo hudng Gng dung cong nghé sd va truyén thong da phuong tién, giai doan 2026 - 2030”.',
    );
    expect(it1.lead).toBe('Ban Tuyén gido va Dan van Tinh uy');
    expect(it1.leadCanonical).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(it1.time).toMatchObject({ text: 'Trong nam 2025', kind: 'deadline', due: '2025-12-31' });
    expect(it1.period).toMatchObject({ text: 'Thuong xuyén, lién tuc', kind: 'ongoing' });
    expect(it1.line).toBe(41);
    const only = find('1.1', '(2)');
    expect(only.time).toMatchObject({ text: 'Thuong xuyén, lién tuc', kind: 'ongoing' });
    expect(only.period).toBeUndefined();
  });

  it('reads "Co quan chu tri tham muu." with a full stop and OCR-damaged labels', () => {
    expect(find('1.6', '(2)').lead).toBe('Van phong Tinh uy');
    const x = find('1.7', '(3)');
    expect(x.lead).toBe('Pdang 1y Mdt trdn Té quéc Viét Nam tinh');
    expect(x.leadCanonical).toBe('Đảng ủy MTTQ tỉnh');
    expect(x.time.text).toBe('Trong nam 2025');
    expect(x.period?.text).toBe('Thirong xuyén, lién tuc');
  });

  it('reads "9)" without its "(" as point 9', () => {
    const nine = find('2.1', '(9)');
    expect(nine.line).toBe(361);
    expect(nine.task).toBe('Trién khai c6 hiéu qua cac chuong trinh tin dung, tin dung uu dai.');
  });

  it('keeps footnotes and page artefacts out of the points and reports them', () => {
    const six = find('2.1', '(6)');
    expect(six.task).not.toMatch(/La hinh thirc|canh ddng méu|”1 13/);
    expect(six.task.endsWith('“thué chudng trai chan nu6i”,')).toBe(true);
    expect(six.lead).toBe('Pang uy UBND tinh');
    const lines = p.notImported.map((n) => n.line);
    expect(lines).toEqual(expect.arrayContaining([337, 339, 342, 465]));
  });

  it('treats broken years as invalid, never as a guessed date', () => {
    const broken = find('2.6', '(3)');
    expect(broken.time).toMatchObject({ text: 'Trong nam 20235', kind: 'invalid', due: null });
    expect(items.filter((i) => i.time.kind === 'invalid').map((i) => `${section(i)} ${i.tt}`)).toEqual(['2.6 (3)', '2.7 (2)', '3.1 (7)', '3.1 (10)']);
  });

  it('finds the lead of every point and canonicalises at least 95 % of them', () => {
    expect(items.filter((i) => !i.lead)).toEqual([]);
    const resolved = items.filter((i) => i.leadCanonical).length;
    expect(resolved / items.length).toBeGreaterThanOrEqual(0.95);
    expect(find('4.1', '(2)').leadCanonical).toBe('Đảng ủy Quân sự tỉnh; Đảng ủy Công an tỉnh');
    expect(find('2.2', '(4)')).toMatchObject({ lead: 'Ddng 1iy UBND tinh', leadCanonical: 'Đảng ủy UBND tỉnh' });
    expect(find('1.2', '(1)')).toMatchObject({ lead: 'Ban T6 chire Tinh viy', leadCanonical: 'Ban Tổ chức Tỉnh ủy' });
    expect(find('1.1', '(4)')).toMatchObject({ lead: 'Uy ban Kiém tra Tinh iiy', leadCanonical: 'Ủy ban Kiểm tra Tỉnh ủy' });
  });

  it('leaves the purpose and organisation paragraphs (sections I and III) out of the items', () => {
    expect(items.some((i) => i.path[0].startsWith('I.') || i.path[0].startsWith('III.'))).toBe(false);
    expect(p.notImported.map((n) => n.line)).toEqual(expect.arrayContaining([18, 870]));
  });

  it('reports the headings of sections I and III (OCR spelling kept) as headings with no points', () => {
    const headings = p.notImported.filter((n) => n.reason === 'Đề mục không có điểm nhiệm vụ nào bên dưới');
    expect(headings.map((n) => [n.line, n.text])).toEqual([
      [16, 'I. MUC PiCH, YEU CAU'],
      [868, "I1I. TO CHUC THU'C HIEN"],
    ]);
  });
});
