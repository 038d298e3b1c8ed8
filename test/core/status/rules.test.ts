import { importProgramme } from '../../../src/core/import';
import { dueByQuarter, groupCounts, isoToSerial, itemStatus, itemTracking, serialToIso, statusCounts, statusOf, StatusInput, totalOf } from '../../../src/core/status';
import { seedText } from '../../helpers/seeds';

const S = { asOf: '2026-06-15', dueSoonDays: 30 };
const row = (r: Partial<StatusInput>): StatusInput => ({ kind: 'Có hạn', due: null, progress: '', doneDate: null, ...r });

describe('statusOf: one rule at a time', () => {
  it.each([
    ['heading row', row({ kind: '' }), ''],
    ['removed point', row({ kind: 'Đã lược bỏ', due: '2026-01-01' }), 'Đã lược bỏ'],
    ['due yesterday', row({ due: '2026-06-14' }), 'Quá hạn'],
    ['due today', row({ due: '2026-06-15' }), 'Sắp đến hạn'],
    ['due in 30 days', row({ due: '2026-07-15' }), 'Sắp đến hạn'],
    ['due in 31 days', row({ due: '2026-07-16' }), 'Trong hạn'],
    ['period ending later', row({ kind: 'Giai đoạn', due: '2030-12-31' }), 'Trong hạn'],
    ['done before the deadline', row({ due: '2026-06-30', progress: 'Hoàn thành', doneDate: '2026-06-30' }), 'Hoàn thành đúng hạn'],
    ['done after the deadline', row({ due: '2026-03-31', progress: 'Hoàn thành', doneDate: '2026-04-01' }), 'Hoàn thành quá hạn'],
    ['done, no date entered', row({ due: '2026-03-31', progress: 'hoàn thành' }), 'Hoàn thành đúng hạn'],
    ['done date without progress', row({ due: '2026-03-31', doneDate: '2026-05-01' }), 'Hoàn thành quá hạn'],
    ['"Đã ban hành"', row({ kind: 'Đã xong' }), 'Hoàn thành đúng hạn'],
    ['in progress and late', row({ due: '2026-03-31', progress: 'Đang thực hiện' }), 'Quá hạn'],
    ['ongoing', row({ kind: 'Thường xuyên' }), 'Thường xuyên'],
    ['recurring', row({ kind: 'Hằng năm' }), 'Thường xuyên'],
    ['waiting for guidance', row({ kind: 'Chờ hướng dẫn' }), 'Chờ hướng dẫn'],
    ['waiting, then a date typed in', row({ kind: 'Chờ hướng dẫn', due: '2026-01-31' }), 'Quá hạn'],
    ['time not understood', row({ kind: 'Không rõ' }), 'Không hạn'],
    ['broken date', row({ kind: 'Lỗi thời gian' }), 'Không hạn'],
    ['a duration from an event ("15 ngày làm việc kể từ …")', row({ kind: 'Tính từ sự kiện' }), 'Không hạn'],
    ['a duration, then a date typed in', row({ kind: 'Tính từ sự kiện', due: '2026-06-20' }), 'Sắp đến hạn'],
    ['a duration, done', row({ kind: 'Tính từ sự kiện', progress: 'Hoàn thành' }), 'Hoàn thành đúng hạn'],
  ])('%s', (_name, input, expected) => {
    expect(statusOf(input, S)).toBe(expected);
  });

  it('uses the due-soon window it is given', () => {
    expect(statusOf(row({ due: '2026-06-25' }), { asOf: '2026-06-15', dueSoonDays: 5 })).toBe('Trong hạn');
    expect(statusOf(row({ due: '2026-06-20' }), { asOf: '2026-06-15', dueSoonDays: 5 })).toBe('Sắp đến hạn');
  });
});

describe('Excel serial dates', () => {
  it('matches Excel day numbers', () => {
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2026-06-30')).toBe(46203);
    expect(serialToIso(46203)).toBe('2026-06-30');
  });
});

describe('003 (Tuyên Quang) at 15/06/2026, window 30 days — counted by hand from the source table', () => {
  const items = importProgramme(seedText('003')).tables[0].items;
  const rows = items.map((i) => ({ lead: i.lead, section: i.path.join(' › '), due: itemTracking(i).due, status: itemStatus(i, S) }));
  const c = statusCounts(rows);

  it('has 1 overdue (IV.14, Tháng 5/2026) and 12 due soon (Quý II/2026 and Tháng 6/2026)', () => {
    expect(c['Quá hạn']).toBe(1);
    expect(c['Sắp đến hạn']).toBe(12);
    expect(rows.filter((r) => r.status === 'Quá hạn').map((r) => r.due)).toEqual(['2026-05-31']);
  });
  it('has 17 on schedule, 2 done ("Đã ban hành": I.1, II.6), 8 ongoing (3 + 5 annual), 4 waiting', () => {
    expect(c['Trong hạn']).toBe(17);
    expect(c['Hoàn thành đúng hạn']).toBe(2);
    expect(c['Thường xuyên']).toBe(8);
    expect(c['Chờ hướng dẫn']).toBe(4);
    expect(totalOf(c)).toBe(44);
  });
  it('counts Ban Tổ chức Tỉnh ủy: IV.1–IV.14 (14 items)', () => {
    const g = groupCounts(rows, (r) => r.lead).find((x) => x.key === 'Ban Tổ chức Tỉnh ủy')!;
    expect(totalOf(g.counts)).toBe(14);
    expect(g.counts['Quá hạn']).toBe(1);
    expect(g.counts['Sắp đến hạn']).toBe(3);
  });
  it('counts items due per quarter: 2026 Q2 has 13 (12 Quý II/Tháng 6 + Tháng 5)', () => {
    const y2026 = dueByQuarter(rows).find((y) => y.year === 2026)!;
    expect(y2026.quarters[1]).toBe(13);
    expect(dueByQuarter(rows).map((y) => y.year)).toEqual([2026, 2027, 2030]);
  });
});
