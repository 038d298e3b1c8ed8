import { canRun, MIN_EXCEL_API, TOO_OLD_TEXT, unavailableFeatures, unavailableText } from '../../../src/render/office/requirements';

const upTo = (max: number) => (set: string) => Number(set) <= max + 1e-9;

test('what each Excel lacks, in Vietnamese', () => {
  expect(unavailableText(upTo(1.9))).toBeNull();
  expect(unavailableText(upTo(1.8))).toMatch(/^Phiên bản Excel này chưa hỗ trợ: thiết lập trang in \(khổ A4/);
  expect(unavailableFeatures(upTo(1.6)).map((f) => f.set)).toEqual(['1.7', '1.7', '1.7', '1.8', '1.9']);
  expect(unavailableFeatures(upTo(1.4))).toHaveLength(6);
});

test('below the manifest set the pane does not start and says so', () => {
  expect(MIN_EXCEL_API).toBe('1.4');
  expect(canRun(upTo(1.3))).toBe(false);
  expect(canRun(upTo(1.4))).toBe(true);
  expect(TOO_OLD_TEXT).toMatch(/dòng lệnh phuluc/);
});
