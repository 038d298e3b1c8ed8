import type { Catalogue } from '../../../src/core/agencies/types';
import { check, FOUR, table } from './helpers';

/** A small catalogue of our own, so the lead rules are tested apart from the built-in one. */
const CATALOGUE: Catalogue = {
  agencies: [
    { name: 'Sở Tài chính', aliases: ['STC'] },
    { name: 'Sở Y tế', aliases: [] },
    { name: 'Tỉnh ủy', aliases: [] },
    { name: 'Chi bộ Kinh tế ngành – Văn xã', aliases: [] },
    { name: 'Đảng ủy UBND tỉnh', aliases: [] },
  ],
};
const only = (rows: ReturnType<typeof check>['rows']) => rows.filter((r) => r[0].startsWith('lead.'));
const T = 'Năm 2026';

describe('lead rules', () => {
  const text = table(FOUR, [
    ['1', 'Nhiệm vụ không ghi chủ trì', '', T],
    ['2', 'Nhiệm vụ ghi thời gian vào cột chủ trì', 'Quý II/2026', 'Sở Tài chính'],
    ['3', 'Nhiệm vụ có hai cơ quan chủ trì', 'Sở Tài chính; Sở Y tế', T],
    ['4', 'Nhiệm vụ có cơ quan gõ sai', 'Sở Tài chíh', T],
    ['5', 'Nhiệm vụ của Tỉnh ủy viết dấu kiểu mới', 'Tỉnh ủy', T],
    ['6', 'Nhiệm vụ của Tỉnh ủy viết dấu kiểu cũ', 'Tỉnh uỷ', T],
    ['7', 'Nhiệm vụ của Tỉnh ủy lần nữa', 'Tỉnh ủy', T],
    ['8', 'Nhiệm vụ của Đảng ủy UBND tỉnh với hai sở', 'Đảng ủy Ủy ban nhân dân tỉnh (Sở Tài chính; Sở Y tế)', T],
    ['9', 'Nhiệm vụ của chi bộ viết gạch ngang ngắn', 'Chi bộ Kinh tế ngành - Văn xã', T],
    ['10', 'Nhiệm vụ của chi bộ viết gạch dài', 'Chi bộ Kinh tế ngành – Văn xã', T],
    ['11', 'Nhiệm vụ của chi bộ viết gạch dài lần nữa', 'Chi bộ Kinh tế ngành – Văn xã', T],
    ['12', 'Nhiệm vụ của cơ quan viết tắt trong danh mục', 'STC', T],
    ['13', 'Nhiệm vụ của Sở Y tế', 'Sở Y tế', T],
    ['14', 'Nhiệm vụ của một tổ có năm trong tên', 'Tổ công tác năm 2026', T],
    ['15', 'Nhiệm vụ ghi tên viết tắt vào cột thời gian', 'Sở Y tế', 'STC'],
  ]);
  const { report, rows } = check(text, { catalogue: CATALOGUE });
  const at = (rule: string, line: number) => report.findings.find((f) => f.rule === rule && f.line === line)!;

  test('each lead problem has its rule', () => {
    expect(only(rows)).toEqual([
      ['lead.missing', '', '1', 2, 'lead'],
      ['lead.time', '', '2', 3, 'lead'],
      ['lead.several', '', '3', 4, 'lead'],
      ['lead.unknown', '', '4', 5, 'lead'],
      ['lead.variant', '', '6', 7, 'lead'],
      ['lead.several', '', '8', 9, 'lead'],
      ['lead.variant', '', '9', 10, 'lead'],
      ['lead.variant', '', '12', 13, 'lead'],
      // An agency whose name holds a year is not a time typed into the lead column.
      ['lead.unknown', '', '14', 15, 'lead'],
    ]);
  });

  test('an agency the catalogue knows, typed in the time column, even when it does not look like one', () => {
    expect(at('time.agency', 16).value).toBe('STC');
  });

  test('the column swap shows on both sides', () => {
    expect(at('time.agency', 3).value).toBe('Sở Tài chính');
    expect(at('lead.time', 3).message).toContain('“Quý II/2026”');
    expect(at('lead.time', 3).severity).toBe('error');
  });

  test('suggestions: the nearest catalogue name, the form the table uses most', () => {
    expect(at('lead.unknown', 5).suggestion).toBe('Sở Tài chính');
    expect(at('lead.unknown', 5).message).toContain('“Sở Tài chíh”');
    expect(at('lead.variant', 7).suggestion).toBe('Tỉnh ủy');
    expect(at('lead.variant', 10).suggestion).toBe('Chi bộ Kinh tế ngành – Văn xã');
    // "STC" is in the catalogue (an alias), but the table writes Sở Tài chính out in full elsewhere.
    expect(at('lead.variant', 13).suggestion).toBe('Sở Tài chính');
    expect(at('lead.several', 9).message).toContain('“Sở Tài chính”, “Sở Y tế”');
  });

  test('indicator tables merge the lead cell down a section', () => {
    const ind = table(
      ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Đơn vị tham mưu'],
      [
        ['<b>I</b>', '<b>Về kinh tế</b>', '', ''],
        ['1', 'Tốc độ tăng trưởng', '10%', 'Sở Tài chính'],
        ['2', 'Thu ngân sách', '4.500 tỷ', ''],
        ['<b>II</b>', '<b>Về xã hội</b>', '', ''],
        ['3', 'Dân số', '530 nghìn', ''],
      ],
    );
    expect(only(check(ind, { catalogue: CATALOGUE }).rows)).toEqual([['lead.missing', '', '3', 6, 'lead']]);
  });
});
