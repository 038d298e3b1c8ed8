/** The split stamp ("Lần gửi") as users read it, and read back in either form. */
import { readIdentity, stampFromText, stampText } from '../../../src/core/cycle/identity';
import { logSheet, pastMerges } from '../../../src/core/cycle/sheets';

describe('split stamps shown dd/mm/yyyy', () => {
  it.each([
    ['2026-07-01T08:30:05', '01/07/2026 08:30:05'],
    ['2026-12-31T23:59', '31/12/2026 23:59:00'],
    ['2026-11-30T10:31:27.529', '30/11/2026 10:31:27'],
    ['không phải thời điểm', 'không phải thời điểm'],
  ])('%s is shown as %s', (iso, shown) => expect(stampText(iso)).toBe(shown));

  it.each([
    ['01/07/2026 08:30:05', '2026-07-01T08:30:05'],
    ['1/7/2026 8:30', '2026-07-01T08:30:00'],
    ['2026-07-01T08:30:05', '2026-07-01T08:30:05'],
    ['  31/12/2026 23:59:00 ', '2026-12-31T23:59:00'],
  ])('%s reads back as %s', (shown, iso) => expect(stampFromText(shown)).toBe(iso));

  it('shown stamps still order as the moments they stand for', () => {
    const a = stampFromText(stampText('2026-07-01T08:30:05'));
    const b = stampFromText('02/06/2027 07:00:00');
    expect(a < b).toBe(true);
  });

  it('Lần gộp shows both moments dd/mm/yyyy, and its rows count as merges of that split', () => {
    const sheet = logSheet([], [{ file: 'tc.xlsx', agency: 'Sở Tài chính', stamp: '2026-07-01T08:30:05', updated: 3, conflicts: 0 }], '2026-07-10T14:05:00');
    const row = sheet.cells
      .filter((c) => c.row === 4)
      .sort((x, y) => x.col - y.col)
      .map((c) => c.value);
    expect(row).toEqual(['10/07/2026 14:05:00', 'tc.xlsx', 'Sở Tài chính', '01/07/2026 08:30:05', 3, 0]);
    expect(pastMerges([row as string[]])).toEqual([{ agency: 'Sở Tài chính', stamp: '2026-07-01T08:30:05' }]);
  });

  it('a reply whose Hướng dẫn shows the stamp dd/mm/yyyy is identified by its ISO stamp', () => {
    const rows: Array<[string, string]> = [
      ['Mã chương trình', 'CT-abc123'],
      ['Cơ quan chủ trì', 'Sở Y tế'],
      ['Lần gửi', '01/07/2026 08:30:05'],
    ];
    expect(readIdentity(rows)).toEqual({ programmeKey: 'CT-abc123', stamp: '2026-07-01T08:30:05', agency: 'Sở Y tế', asOf: null });
    // Its period: the report date the split was made for.
    expect(readIdentity([...rows, ['Tính đến ngày', '30/06/2026']])?.asOf).toBe('2026-06-30');
  });
});
