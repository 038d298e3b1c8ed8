import { importProgramme } from '../../../src/core/import';
import { seedText } from '../../helpers/seeds';

// 002: Phú Thọ 28-CTr/TU, prose task paragraphs without owner or time; counted by hand.
describe('002 (prose without labelled fields)', () => {
  const p = importProgramme(seedText('002'));
  const [main, appendix] = p.tables;

  it('has the programme table and its numbered infrastructure appendix', () => {
    expect(p.shape).toBe('prose');
    expect(p.quality).toBe('clean');
    expect(p.tables).toHaveLength(2);
    expect(appendix.label).toBe('PHỤ LỤC');
    expect(appendix.title).toBe('định hướng kết nối, phát triển hạ tầng giao thông giữa thành phố Hà Nội và tỉnh Phú Thọ');
    // As printed (lines 234–235), parentheses kept, as the table importer keeps them.
    expect(appendix.attachedTo).toBe('(Kèm theo Chương trình hành động số 28 -CTr/TU, ngày 20/5/2026 của Ban Thường vụ Tỉnh ủy)');
  });

  it('yields one item per task paragraph under the headings of part II (71)', () => {
    const counts: Record<string, number> = {};
    for (const i of main.items) {
      const k = i.path.map((x) => x.split(' ')[0]).join(' > ');
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'II- > 1.': 13,
      'II- > 2. > 2.1.': 14,
      'II- > 2. > 2.2.': 9,
      'II- > 2. > 2.3.': 13,
      'II- > 3.': 12,
      'II- > 4.': 5,
      'II- > 5.': 5,
    });
    expect(main.items.every((i) => i.lead === '' && i.time.kind === 'none' && i.time.text === '' && i.leadCanonical === null)).toBe(true);
  });

  it('joins a paragraph wrapped over a blank line', () => {
    const it = main.items.find((i) => i.line === 37)!;
    expect(it.task).toContain('trong thủ tục hải quan, kiểm dịch, logistics số (e-logistics) để giảm thời gian thông quan xuống dưới 24 giờ.');
    expect(main.items.some((i) => i.line === 39)).toBe(false);
  });

  it('keeps the purpose and organisation parts out of the items', () => {
    expect(main.items.some((i) => /^(I|III)-/.test(i.path[0]))).toBe(false);
    expect(main.items.some((i) => i.task.startsWith('Tạo sự chuyển biến mạnh mẽ'))).toBe(false);
    expect(p.notImported.some((n) => n.text.startsWith('Tạo sự chuyển biến mạnh mẽ'))).toBe(true);
  });

  it('reports the headings of parts I and III, which head no task, as not imported', () => {
    // Line 9 prints "I- MỤC ĐÍCH, YÊU CẦU**1. Mục đích**": two headings on one line.
    const headings = p.notImported.filter((n) => n.reason === 'Đề mục không có điểm nhiệm vụ nào bên dưới');
    expect(headings.map((n) => [n.line, n.text])).toEqual([
      [9, 'I- MỤC ĐÍCH, YÊU CẦU'],
      [9, '1. Mục đích'],
      [17, '2. Yêu cầu'],
      [193, 'III- TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(main.sections.map((s) => s.tt)).not.toContain('I');
    expect(main.sections.map((s) => s.tt)).not.toContain('III');
  });

  it('numbers the appendix items as printed, with 9.1–9.4 under heading 9', () => {
    expect(appendix.items.map((i) => i.tt)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9.1', '9.2', '9.3', '9.4']);
    expect(appendix.items[8].path).toEqual(['9. Các tuyến đường sắt đô thị']);
    expect(appendix.items[0].task.split('\n')).toEqual([
      'Tuyến đường Vành đai 4,5 của Hà Nội, đoạn tuyến dự kiến đi trên địa bàn tỉnh Phú Thọ như sau:',
      '- Điểm đầu kết nối với tỉnh Phú Thọ: Tại cầu Vân Phúc;',
      '- Điểm cuối kết nối với thành phố Hà Nội: Tại điểm kết nối giữa Đường tỉnh 310 tỉnh Phú Thọ với Đường tỉnh 410E thành phố Hà Nội.',
      expect.stringMatching(/^- Hướng tuyến: Cầu Vân Phúc → .* Đường tỉnh 410E thành phố Hà Nội\.$/),
    ]);
  });
});

describe('phuluc parse on the prose seeds', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { runCli } = require('../../helpers/cli');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { seedPath } = require('../../helpers/seeds');

  it('prints the two tables of 002 and the OCR notice for 001', () => {
    const r = runCli(['parse', seedPath('002'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tables.map((t: { items: unknown[] }) => t.items.length)).toEqual([71, 12]);
    const s = runCli(['parse', seedPath('001')]);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('Chất lượng: văn bản quét (OCR)');
    expect(s.stdout).toContain('112 dòng');
  });
});
