import { carriedSettings } from '../../../src/core/plan/reimportMessage';
import { canonicalProgress, looksLikeAppendix, typedDateSerial, workbookColumn } from '../../../src/core/plan/workbookColumns';

describe('reading what users left in a workbook', () => {
  it('reads headers by meaning, the tracking columns first', () => {
    expect(['STT', 'Ghi chú của đơn vị', 'Tiến độ', 'Hạn hoàn thành', 'Mục', 'Mục tiêu', 'Người theo dõi'].map(workbookColumn)).toEqual([
      'tt',
      'notes',
      'progress',
      'due',
      'section',
      'target',
      null,
    ]);
  });

  it('knows an appendix header row, not Tổng hợp’s overdue list', () => {
    expect(looksLikeAppendix(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Loại thời hạn', 'Tiến độ', 'Tình trạng'])).toBe(true);
    expect(looksLikeAppendix(['Nhiệm vụ', 'Phụ lục', 'TT', 'Cơ quan chủ trì', 'Hạn hoàn thành', 'Tình trạng'])).toBe(false);
  });

  it('forgives only the form of a Tiến độ value', () => {
    expect(canonicalProgress('Hoàn thành '.normalize('NFD'))).toBe('Hoàn thành');
    expect(canonicalProgress('  đang  thực hiện')).toBe('Đang thực hiện');
    expect(canonicalProgress('xong rồi')).toBeNull();
    expect(canonicalProgress('50%')).toBeNull();
  });

  it('reads dates typed as text day first, and refuses impossible ones', () => {
    // 30/12/2026 is serial 46386 (46387 − 1: 31/12/2026 = 46387 in the 1900 system).
    expect(typedDateSerial('30/12/2026')).toBe(46386);
    expect(typedDateSerial('2026-12-30')).toBe(46386);
    expect(typedDateSerial('31/11/2026')).toBeNull();
    expect(typedDateSerial('cuối năm')).toBeNull();
  });

  it('carries the report settings: a date, =TODAY(), a text date, an unreadable text', () => {
    expect(carriedSettings({ reportDate: 46386, reportDateFormula: false, dueSoonDays: 15 })).toEqual({ asOf: '2026-12-30', today: false, dueSoonDays: 15 });
    expect(carriedSettings({ reportDate: 46386, reportDateFormula: true, dueSoonDays: 30 })).toEqual({ asOf: null, today: true, dueSoonDays: 30 });
    expect(carriedSettings({ reportDate: '30/11/2026', reportDateFormula: false, dueSoonDays: '7' }).asOf).toBe('2026-11-30');
    expect(carriedSettings({ reportDate: 'cuối tháng', reportDateFormula: false, dueSoonDays: null }).problem).toMatch(/không đọc được: «cuối tháng»/);
  });
});
