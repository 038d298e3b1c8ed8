import { check, FOUR, SEVEN, table } from './helpers';
import { guessCategory, isFundingCategory } from '../../../src/core/validate/resources';

const L = 'Sở Tài chính';
const only = (rows: ReturnType<typeof check>['rows']) => rows.filter((r) => r[0].startsWith('resources.'));
const seven = (resources: string[]) =>
  table(
    SEVEN,
    resources.map((r, i) => [String(i + 1), `Nhiệm vụ số ${i + 1} có nguồn lực`, L, 'Quý II/2026', 'Ban Thường vụ Tỉnh ủy', r, '']),
  );

describe('resources rules', () => {
  test('missing, cut off and not a funding category', () => {
    const { report, rows } = check(
      seven([
        '',
        'Ngân sách nhà nước, ngân',
        'Bộ Công an',
        'UBND tỉnh hỗ trợ',
        'Ngân sách Nhà nước; Bộ Công an; UBND tỉnh hỗ trợ',
        'Xã hội hóa',
        'Vốn ODA',
        'Quỹ Phòng chống thiên tai tỉnh',
      ]),
    );
    expect(only(rows)).toEqual([
      ['resources.missing', '', '1', 2, 'resources'],
      ['resources.cutOff', '', '2', 3, 'resources'],
      ['resources.unknown', '', '3', 4, 'resources'],
      ['resources.unknown', '', '4', 5, 'resources'],
    ]);
    expect(report.findings.filter((f) => f.rule === 'resources.unknown').map((f) => f.suggestion)).toEqual(['Ngân sách trung ương', 'Ngân sách địa phương']);
  });

  test('the categories reviewers accept, and the guesses offered', () => {
    for (const v of [
      'Ngân sách trung ương',
      'Ngân sách địa phương',
      'NSNN',
      'Vốn ngoài ngân sách',
      'Xã hội hóa',
      'Vốn doanh nghiệp',
      'ODA',
      'Nguồn vốn hợp pháp khác',
      'Kinh phí của địa phương',
    ]) {
      expect([v, isFundingCategory(v)]).toEqual([v, true]);
    }
    expect(isFundingCategory('Sở Tài chính')).toBe(false);
    expect(guessCategory('Công ty cổ phần Thủy điện')).toBe('Vốn doanh nghiệp');
    expect(guessCategory('Nhân dân đóng góp công')).toBe('Xã hội hóa');
    expect(guessCategory('Tổ chức JICA')).toBe('ODA');
    expect(guessCategory('Chưa xác định')).toBeNull();
  });

  test('profiles: Lai Châu tables have no resources column and need none; the Tuyên Quang profile asks for it', () => {
    const four = table(FOUR, [['1', 'Nhiệm vụ không có cột nguồn lực', L, 'Năm 2026']]);
    expect(only(check(four).rows)).toEqual([]);
    expect(only(check(four, { profile: 'lai-chau' }).rows)).toEqual([]);
    expect(only(check(four, { profile: 'tuyen-quang' }).rows)).toEqual([['resources.missing', '', '1', 2, 'resources']]);
  });

  test('an explicit list of required columns replaces the profile', () => {
    const text = seven(['']);
    expect(only(check(text).rows)).toEqual([['resources.missing', '', '1', 2, 'resources']]);
    expect(only(check(text, { required: ['lead', 'time'] }).rows)).toEqual([]);
  });
});
