/** Properties of parseTime over generated input (fast-check). */
import fc from 'fast-check';
import { foldText, isIsoDate, parseTime } from '../../../src/core/time';

const WORDS = [
  'Quý',
  'Quí',
  'Quy',
  'II',
  'IV',
  'V',
  'Tháng',
  'tháng',
  'Năm',
  'năm',
  'nam',
  'Trong',
  'Giai đoạn',
  'đầu',
  'cuối',
  '6',
  '12',
  '13',
  '2026',
  '2030',
  '20235',
  '203',
  '1989',
  '/',
  '-',
  '–',
  '(',
  ')',
  '.',
  ',',
  'và',
  'thực hiện',
  'Thường xuyên',
  'liên tục',
  'hằng năm',
  'Hàng năm',
  'Sau khi có',
  'hướng dẫn',
  'Theo chỉ đạo',
  'Từ',
  'đến',
  'Đã ban hành',
  'trước ngày',
  '30/6/2026',
  '31/2/2026',
  'Chi bộ',
  'Trung ương',
  '15',
  '05',
  'ngày',
  'ngày làm việc',
  'kể từ ngày',
  'nhận đủ hồ sơ',
  'trong vòng',
  'hằng quý',
  'Hàng Quí',
  'một lần',
  '/lần',
  'Định kỳ',
  'các năm tiếp theo',
  '30/6',
  '15/12',
  'Bắt đầu',
  'triển khai',
  'Theo lộ trình',
];
const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(phrase, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

describe('parseTime properties', () => {
  it('never throws; text is NFC and collapsed; dates are real ISO dates; invalid has no date', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parseTime(s);
        expect(r.text).toBe(r.text.normalize('NFC'));
        expect(r.text).not.toMatch(/^\s|\s$|\s\s/);
        for (const d of [r.due, r.start]) if (d !== null) expect(isIsoDate(d)).toBe(true);
        if (r.kind === 'invalid') expect([r.due, r.start, !!r.reason]).toEqual([null, null, true]);
        if (r.kind === 'period') expect(r.start! <= r.due!).toBe(true);
        // a duration or a recurrence is never turned into a calendar deadline
        if (r.kind === 'relative') expect([r.due, !!r.duration && r.duration.amount > 0]).toEqual([null, true]);
        if (r.kind === 'recurring') expect([r.due, !!r.recurrence]).toEqual([null, true]);
        if (r.text === '') expect(r.kind).toBe('none');
      }),
      { numRuns: 400 },
    );
  });

  it('NFD and NFC spellings mean the same', () => {
    fc.assert(
      fc.property(phrase, (s) => {
        expect(parseTime(s.normalize('NFD'))).toEqual(parseTime(s.normalize('NFC')));
      }),
      { numRuns: 300 },
    );
  });

  it('foldText keeps the length (spans line up with the text)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = s.normalize('NFC');
        expect(foldText(t).length).toBe(t.length);
      }),
      { numRuns: 300 },
    );
  });
});
