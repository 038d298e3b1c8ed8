/**
 * Phrase families met in plans of other provinces and ministries (dates in words, "và các năm
 * tiếp theo", "Bắt đầu triển khai từ …", "Theo lộ trình …", recurrences with a day or an
 * interval, relative durations). Phrases are invented in the style of those documents; the
 * expected values are worked out by hand.
 */
import { parseTime, TimeMeaning } from '../../../src/core/time';

type Expect = Partial<Omit<TimeMeaning, 'text' | 'kind'>>;
type Row = [string, TimeMeaning['kind'], Expect];

function meaning(text: string, kind: TimeMeaning['kind'], e: Expect = {}): TimeMeaning {
  return { text, kind, due: null, start: null, condition: null, recurrence: null, reason: null, ...e };
}

/** Each phrase as written, upper-cased and NFD-decomposed (pasted from a PDF) must mean the same. */
function check(rows: Row[]): void {
  it.each(rows)('%s → %s', (text, kind, e) => {
    expect(parseTime(text)).toEqual(meaning(text, kind, e));
  });
  it.each(rows)('%s — NFD and upper case', (text, kind, e) => {
    const nfd = parseTime(text.normalize('NFD'));
    expect(nfd).toEqual(meaning(text, kind, e));
    const upper = parseTime(text.toUpperCase());
    // condition and reason quote the text as written, so they are upper-cased too
    const asWritten = { text: '', condition: null, reason: null };
    expect({ ...upper, ...asWritten }).toEqual({ ...meaning('', kind, e), ...asWritten });
  });
}

describe('dates in words', () => {
  check([
    ['trước ngày 01 tháng 01 năm 2026', 'deadline', { due: '2026-01-01' }],
    ['Trước ngày 1 tháng 1 năm 2026', 'deadline', { due: '2026-01-01' }],
    ['ngày 15 tháng 12 năm 2025', 'deadline', { due: '2025-12-15' }],
    ['Chậm nhất ngày 30 tháng 6 năm 2026', 'deadline', { due: '2026-06-30' }],
    ['Chậm nhất trong ngày 28 tháng 02 năm 2027', 'deadline', { due: '2027-02-28' }],
    ['Hoàn thành trước ngày 31 tháng 12 của năm 2026', 'deadline', { due: '2026-12-31' }],
    ['Trước ngày 20 tháng 10, năm 2026', 'deadline', { due: '2026-10-20' }],
    ['Trước 15 tháng 9 năm 2026', 'deadline', { due: '2026-09-15' }],
    ['Chậm nhat ngay 30 thang 6 nam 2026', 'deadline', { due: '2026-06-30' }], // diacritics lost
    // no year: understood, cannot be dated
    ['Trước ngày 31 tháng 12', 'none', { reason: 'Thiếu năm: ngày 31 tháng 12' }],
    ['trước ngày 15/12', 'none', { reason: 'Thiếu năm: ngày 15/12' }],
    ['Trước 30/6', 'none', { reason: 'Thiếu năm: 30/6' }],
  ]);

  it('a day that does not exist is invalid, never a guessed date', () => {
    expect(parseTime('ngày 30 tháng 02 năm 2026')).toMatchObject({ kind: 'invalid', due: null });
    expect(parseTime('Trước ngày 31/4')).toEqual(meaning('Trước ngày 31/4', 'invalid', { reason: 'Ngày không hợp lệ: ngày 31/4' }));
  });
});

describe('a first year, then the following years', () => {
  check([
    ['năm 2025 và các năm tiếp theo', 'deadline', { due: '2025-12-31', ongoingAfter: true }],
    ['Năm 2026 và các năm tiếp theo', 'deadline', { due: '2026-12-31', ongoingAfter: true }],
    ['Năm 2026, các năm tiếp theo', 'deadline', { due: '2026-12-31', ongoingAfter: true }],
    ['Trong năm 2026 và những năm tiếp theo', 'deadline', { due: '2026-12-31', ongoingAfter: true }],
    ['Quý IV/2025 và các năm sau', 'deadline', { due: '2025-12-31', ongoingAfter: true }],
    ['Nam 2025 va cac nam tiep theo', 'deadline', { due: '2025-12-31', ongoingAfter: true }],
    // a start, then the following years: ongoing from that start
    ['Từ năm 2026 và các năm tiếp theo', 'ongoing', { start: '2026-01-01' }],
  ]);
});

describe('a start with no end', () => {
  check([
    ['Bắt đầu triển khai từ năm 2026', 'ongoing', { start: '2026-01-01' }],
    ['Bắt đầu thực hiện từ năm 2027', 'ongoing', { start: '2027-01-01' }],
    ['Bắt đầu thực hiện năm 2026', 'ongoing', { start: '2026-01-01' }],
    ['Bắt đầu từ Quý III/2026', 'ongoing', { start: '2026-07-01' }],
    ['Từ ngày 01/7/2026', 'ongoing', { start: '2026-07-01' }],
    ['Kể từ ngày 15 tháng 8 năm 2026', 'ongoing', { start: '2026-08-15' }],
    ['Triển khai từ tháng 9/2026', 'ongoing', { start: '2026-09-01' }],
    ['Bat dau trien khai tu nam 2026', 'ongoing', { start: '2026-01-01' }],
  ]);

  it('a start and an end is a period', () => {
    expect(parseTime('Bắt đầu từ năm 2026, hoàn thành năm 2028')).toMatchObject({
      kind: 'period',
      start: '2026-01-01',
      due: '2028-12-31',
    });
  });
});

describe('waiting for a schedule set elsewhere', () => {
  check([
    ['Theo tiến độ của dự án', 'conditional', { condition: 'Theo tiến độ của dự án' }],
    ['Theo tiến độ thực hiện Đề án', 'conditional', { condition: 'Theo tiến độ thực hiện Đề án' }],
    ['Theo lộ trình của Chính phủ', 'conditional', { condition: 'Theo lộ trình của Chính phủ' }],
    ['Theo lộ trình được Bộ giao', 'conditional', { condition: 'Theo lộ trình được Bộ giao' }],
    ['Triển khai theo lộ trình, hướng dẫn của Bộ', 'conditional', { condition: 'theo lộ trình, hướng dẫn của Bộ' }],
    ['Theo kế hoạch của Ủy ban nhân dân tỉnh', 'conditional', { condition: 'Theo kế hoạch của Ủy ban nhân dân tỉnh' }],
    ['theo ke hoach cua So Y te', 'conditional', { condition: 'theo ke hoach cua So Y te' }],
    ['Theo quy định của pháp luật về đầu tư công', 'conditional', { condition: 'Theo quy định của pháp luật về đầu tư công' }],
    ['Theo quy định hiện hành', 'conditional', { condition: 'Theo quy định hiện hành' }],
  ]);
});

describe('recurring', () => {
  check([
    ['Hằng quý', 'recurring', { recurrence: 'quarterly' }],
    ['Hàng quý', 'recurring', { recurrence: 'quarterly' }],
    ['Hàng Quí', 'recurring', { recurrence: 'quarterly' }],
    ['Định kỳ hằng quý', 'recurring', { recurrence: 'quarterly' }],
    ['6 tháng một lần', 'recurring', { recurrence: 'half-yearly' }],
    ['06 tháng/lần', 'recurring', { recurrence: 'half-yearly' }],
    ['Sáu tháng một lần', 'recurring', { recurrence: 'half-yearly' }],
    ['3 tháng 1 lần', 'recurring', { recurrence: 'quarterly' }],
    ['2 năm một lần', 'recurring', { recurrence: 'years:2' }],
    ['Định kỳ hằng năm', 'recurring', { recurrence: 'yearly' }],
    ['Định kỳ hàng năm', 'recurring', { recurrence: 'yearly' }],
    ['Mỗi năm một lần', 'recurring', { recurrence: 'yearly' }],
    ['Định kỳ 6 tháng', 'recurring', { recurrence: 'half-yearly' }],
    ['Định kỳ 06 tháng/lần', 'recurring', { recurrence: 'half-yearly' }],
    ['Hằng tuần', 'recurring', { recurrence: 'weekly' }],
    ['Hàng ngày', 'recurring', { recurrence: 'daily' }],
    ['Trước 30/6 hằng năm', 'recurring', { recurrence: 'yearly:06-30', recurrenceDay: { day: 30, month: 6 } }],
    ['Trước ngày 15/12 hàng năm', 'recurring', { recurrence: 'yearly:12-15', recurrenceDay: { day: 15, month: 12 } }],
    ['Trước ngày 05/01 hằng năm', 'recurring', { recurrence: 'yearly:01-05', recurrenceDay: { day: 5, month: 1 } }],
    ['Trước ngày 31 tháng 12 hằng năm', 'recurring', { recurrence: 'yearly:12-31', recurrenceDay: { day: 31, month: 12 } }],
    ['Định kỳ trước ngày 30 tháng 11 hàng năm', 'recurring', { recurrence: 'yearly:11-30', recurrenceDay: { day: 30, month: 11 } }],
    ['Trước ngày 20 hằng tháng', 'recurring', { recurrence: 'monthly:20', recurrenceDay: { day: 20, month: null } }],
    ['truoc ngay 15/12 hang nam', 'recurring', { recurrence: 'yearly:12-15', recurrenceDay: { day: 15, month: 12 } }],
  ]);

  it('a day that does not exist in any year is invalid', () => {
    expect(parseTime('Trước ngày 31/6 hằng năm')).toEqual(meaning('Trước ngày 31/6 hằng năm', 'invalid', { reason: 'Ngày không hợp lệ: 31/6' }));
    expect(parseTime('Trước ngày 29/2 hằng năm').recurrence).toBe('yearly:02-29'); // leap years
  });

  it('"quy định", "quy hoạch" are not quarters', () => {
    expect(parseTime('Thường xuyên theo định kỳ quy định')).toMatchObject({ kind: 'ongoing', recurrence: null });
    expect(parseTime('Định kỳ quy hoạch').kind).not.toBe('recurring');
  });
});

describe('relative durations: no date', () => {
  check([
    ['15 ngày làm việc kể từ ngày nhận đủ hồ sơ', 'relative', { duration: { amount: 15, unit: 'workday' }, condition: 'kể từ ngày nhận đủ hồ sơ' }],
    ['Trong vòng 30 ngày kể từ ngày Quyết định có hiệu lực', 'relative', { duration: { amount: 30, unit: 'day' }, condition: 'kể từ ngày Quyết định có hiệu lực' }],
    ['05 ngày', 'relative', { duration: { amount: 5, unit: 'day' } }],
    ['10 ngày làm việc', 'relative', { duration: { amount: 10, unit: 'workday' } }],
    ['Không quá 07 ngày làm việc', 'relative', { duration: { amount: 7, unit: 'workday' } }],
    ['Tối đa là 20 ngày', 'relative', { duration: { amount: 20, unit: 'day' } }],
    ['Thời hạn chậm nhất 12 ngày làm việc', 'relative', { duration: { amount: 12, unit: 'workday' } }],
    ['Trong 02 tháng', 'relative', { duration: { amount: 2, unit: 'month' } }],
    ['03 ngày làm việc (24 giờ làm việc)', 'relative', { duration: { amount: 3, unit: 'workday' } }],
    ['08 giờ làm việc', 'relative', { duration: { amount: 8, unit: 'workhour' } }],
    ['04 ngày làm việc kể từ khi nhận được văn bản đề nghị', 'relative', { duration: { amount: 4, unit: 'workday' }, condition: 'kể từ khi nhận được văn bản đề nghị' }],
    [
      'Sau khi có Nghị quyết của Hội đồng nhân dân, trong vòng 45 ngày',
      'relative',
      { duration: { amount: 45, unit: 'day' }, condition: 'Sau khi có Nghị quyết của Hội đồng nhân dân' },
    ],
    [
      '15 ngay lam viec ke tu ngay nhan du ho so',
      'relative',
      {
        duration: { amount: 15, unit: 'workday' },
        condition: 'ke tu ngay nhan du ho so',
      },
    ],
    ['Trong ngày', 'relative', { duration: { amount: 1, unit: 'day' } }],
    ['Ngay trong ngày làm việc', 'relative', { duration: { amount: 1, unit: 'workday' } }],
    // counted from a written date: that date is the start, still no deadline is guessed
    ['30 ngày kể từ ngày 01/7/2026', 'relative', { duration: { amount: 30, unit: 'day' }, start: '2026-07-01' }],
  ]);

  it('a duration next to a deadline keeps the deadline', () => {
    expect(parseTime('Trong 30 ngày, trước ngày 31/12/2026')).toEqual(
      meaning('Trong 30 ngày, trước ngày 31/12/2026', 'deadline', {
        due: '2026-12-31',
        duration: { amount: 30, unit: 'day' },
      }),
    );
  });

  it('dates and half-years are not durations', () => {
    expect(parseTime('12 tháng 6 năm 2026')).toEqual(meaning('12 tháng 6 năm 2026', 'deadline', { due: '2026-06-12' }));
    expect(parseTime('Trong 6 tháng đầu năm 2026')).toEqual(meaning('Trong 6 tháng đầu năm 2026', 'deadline', { due: '2026-06-30' }));
    expect(parseTime('6 tháng cuối năm').kind).toBe('none');
    expect(parseTime('Quý 2 năm 2026').due).toBe('2026-06-30');
  });
});

describe('no time limit, said outright', () => {
  const NO_LIMIT = 'Không quy định thời hạn';
  check([
    ['Không quy định', 'none', { reason: NO_LIMIT }],
    ['Không quy định thời hạn', 'none', { reason: NO_LIMIT }],
    ['Không có thời hạn', 'none', { reason: NO_LIMIT }],
    ['Không thời hạn', 'none', { reason: NO_LIMIT }],
  ]);
  it('only as the whole text: a longer text that starts so is not understood', () => {
    expect(parseTime('Không quy định cơ quan chủ trì').reason).toBe('Không nhận ra cụm thời gian');
  });
});

describe('remembered results', () => {
  it('each caller gets its own duration and recurrence day', () => {
    const a = parseTime('07 ngày làm việc');
    a.duration!.amount = 99;
    expect(parseTime('07 ngày làm việc').duration).toEqual({ amount: 7, unit: 'workday' });
    const b = parseTime('Trước ngày 10/10 hằng năm');
    b.recurrenceDay!.day = 1;
    expect(parseTime('Trước ngày 10/10 hằng năm').recurrenceDay).toEqual({ day: 10, month: 10 });
  });
});

describe('a duration with a decimal comma', () => {
  it.each([
    ['0,5 ngày', 0.5, 'day'],
    ['Trong 1,5 giờ làm việc', 1.5, 'workhour'],
  ])('"%s" is a relative duration of %s %s, no date', (text, amount, unit) => {
    const t = parseTime(text);
    expect([t.kind, t.due, t.duration]).toEqual(['relative', null, { amount, unit }]);
  });
});
