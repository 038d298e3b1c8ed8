import fc from 'fast-check';
import { importProgramme } from '../../../src/core/import';
import { planAppendix } from '../../../src/core/plan/appendixSheet';
import { trackingKey, UserTrackingRow } from '../../../src/core/plan/userTracking';
import { itemTracking, statusOf } from '../../../src/core/status';

// planAppendix remembers each status per (kind, due, progress, done date): every counted row must
// still carry statusOf of its own item and the user's row, as computed one by one.
const TEXT = [
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  'I\tNhóm nhiệm vụ về hạ tầng\t\t',
  '1\tLắp đặt trạm thu phát sóng\tSở Khoa học và Công nghệ\tQuý III/2026',
  '2\tRà soát danh mục dữ liệu\tSở Nội vụ\t30/6/2026',
  '3\tTập huấn cán bộ xã\tSở Nội vụ\tHằng năm',
  '4\tHoàn thiện quy chế phối hợp\tVăn phòng UBND tỉnh\tĐã hoàn thành',
  '5\tKhảo sát nhu cầu\tSở Y tế\tQuý III/2026',
  '6\tXây dựng kho dữ liệu\tSở Tài chính\tKhi có hướng dẫn của Bộ',
  '7\tĐánh giá sơ kết\tSở Y tế\t30/6/2026',
  '8\tBáo cáo kết quả\tSở Nội vụ\tThường xuyên',
].join('\n');

describe('statuses on the appendix equal statusOf row by row', () => {
  const programme = importProgramme(TEXT);
  const table = programme.tables[0];
  it('reads the table written above', () => {
    expect(table.items.map((i) => i.tt)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
  it('for any report date, window and users\u2019 progress', () => {
    let matched = 0;
    const day = fc.integer({ min: 0, max: 600 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86400000).toISOString().slice(0, 10));
    const user = fc.option(
      fc.record({
        progress: fc.constantFrom('', 'Đã hoàn thành', 'Đang thực hiện', ' đã  hoàn thành '),
        doneDate: fc.option(day, { nil: null }),
        due: fc.option(day, { nil: null }),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), fc.array(user, { minLength: 8, maxLength: 8 }), (asOf, dueSoonDays, users) => {
        const settings = { asOf, dueSoonDays };
        // Users' rows keyed as the sheet writes each item's Mục and TT.
        const plain = planAppendix({ table, tableIndex: 0, sheetName: 'Phụ lục', tableName: 'PhuLuc_1', amended: false, settings });
        const tracking = new Map<string, UserTrackingRow>();
        for (const c of plain.counted) {
          const u = users[c.itemIndex];
          if (u) tracking.set(trackingKey(c.section, table.items[c.itemIndex].tt), u);
        }
        const layout = planAppendix({ table, tableIndex: 0, sheetName: 'Phụ lục', tableName: 'PhuLuc_1', amended: false, settings, userTracking: tracking });
        expect(layout.counted.length).toBe(8);
        matched += layout.counted.filter((c) => tracking.has(trackingKey(c.section, table.items[c.itemIndex].tt))).length;
        for (const c of layout.counted) {
          const item = table.items[c.itemIndex];
          const t = itemTracking(item);
          const u = tracking.get(trackingKey(c.section, item.tt));
          const reported = u ? { ...t, progress: u.progress || t.progress, doneDate: u.doneDate ?? t.doneDate, due: t.due ?? u.due } : t;
          expect(c.status).toBe(statusOf(reported, settings));
        }
      }),
      { numRuns: 500 },
    );
    // The users' rows were found (the memo saw their progress and dates, not only the document's).
    expect(matched).toBeGreaterThan(1000);
  });
});
