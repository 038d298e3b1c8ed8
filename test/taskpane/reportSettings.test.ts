import { dateField, daysField, fieldsFromWorkbook } from '../../src/taskpane/logic/reportSettings';

// The Tình trạng tab's fields, read from NgayBaoCao / SoNgaySapDenHan and checked when applied.
describe('report settings fields', () => {
  it('shows a serial report date as dd/mm/yyyy and the window as its number', () => {
    // Serial 46310 = 15/10/2026 (46203 is 30/6/2026; + 15 + 31 + 31 + 30 days).
    expect(fieldsFromWorkbook({ reportDate: 46310, reportDateFormula: false, dueSoonDays: 10 }, 30)).toEqual({ date: '15/10/2026', days: '10' });
  });

  it('shows =TODAY() as an empty date, and the fallback window when the cell holds no number', () => {
    expect(fieldsFromWorkbook({ reportDate: null, reportDateFormula: true, dueSoonDays: 'nhiều' }, 30)).toEqual({ date: '', days: '30' });
  });

  it('reads a date typed as text, and says when the text is not a date', () => {
    expect(fieldsFromWorkbook({ reportDate: '30/11/2026', reportDateFormula: false, dueSoonDays: '7' }, 30)).toEqual({ date: '30/11/2026', days: '7' });
    const bad = fieldsFromWorkbook({ reportDate: 'cuối quý', reportDateFormula: false, dueSoonDays: 14 }, 30);
    expect(bad.date).toBe('');
    expect(bad.problem).toContain('«cuối quý»');
  });

  it('takes dd/mm/yyyy (one-digit day and month too), empty for today, and refuses a day that does not exist', () => {
    expect(dateField('5/7/2026')).toEqual({ ok: true, value: '2026-07-05' });
    expect(dateField('  ')).toEqual({ ok: true, value: null });
    const r = dateField('31/02/2026');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('«31/02/2026» không hợp lệ');
    expect(dateField('15.10.2026').ok).toBe(false);
  });

  it('takes a whole number of days, refuses empty, fractions and negatives', () => {
    expect(daysField(' 14 ')).toEqual({ ok: true, value: 14 });
    expect(daysField('0')).toEqual({ ok: true, value: 0 });
    expect(daysField('')).toEqual({ ok: false, message: 'Chưa nhập số ngày sắp đến hạn.' });
    expect(daysField('1.5').ok).toBe(false);
    expect(daysField('-3').ok).toBe(false);
    expect(daysField('10000').ok).toBe(false);
  });
});
