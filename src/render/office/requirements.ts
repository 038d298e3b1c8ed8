/**
 * Which Excel requirement sets (ExcelApi) each part of the drawing needs, and what a user misses
 * when their Excel lacks one. The manifest declares MIN_EXCEL_API, the lowest set with which the
 * add-in still does its main job (the appendix tables, their status formulas and the named
 * report date); everything newer is detected at run time (Office.context.requirements
 * .isSetSupported) and skipped, and the pane tells the user what is unavailable.
 * Sets per API as listed in Microsoft's Office.js reference ("API set: ExcelApi 1.x").
 */

/** The set the manifest declares: defined names (names.add) arrive in ExcelApi 1.4. */
export const MIN_EXCEL_API = '1.4';

export interface Feature {
  /** ExcelApi version that brings it, e.g. "1.8". */
  set: string;
  /** What the user does not get without it (Vietnamese, for the pane). */
  label: string;
}

export const FEATURES = {
  colours: { set: '1.6', label: 'tô màu theo tình trạng (định dạng có điều kiện)' },
  tabColour: { set: '1.7', label: 'màu thẻ trang' },
  freeze: { set: '1.7', label: 'cố định dòng tiêu đề khi cuộn' },
  links: { set: '1.7', label: 'liên kết từ trang Tổng hợp và Kiểm tra tới nhiệm vụ' },
  dropDowns: { set: '1.8', label: 'danh sách chọn (cơ quan, tiến độ, nguồn lực) và kiểm tra ngày nhập' },
  print: { set: '1.9', label: 'thiết lập trang in (khổ A4, lề, vùng in chỉ gồm các cột của văn bản, dòng tiêu đề lặp lại, số trang)' },
} satisfies Record<string, Feature>;

/** A test of one ExcelApi version ("1.8" → is it supported?). */
export type Supports = (set: string) => boolean;

export const ALL_SUPPORTED: Supports = () => true;

/** The features the given Excel lacks, in a fixed order, each named once. */
export function unavailableFeatures(supports: Supports): Feature[] {
  return Object.values(FEATURES).filter((f) => !supports(f.set));
}

/** The sentence the pane shows for what this Excel cannot do, or null when it can do everything. */
export function unavailableText(supports: Supports): string | null {
  const missing = unavailableFeatures(supports);
  if (!missing.length) return null;
  return (
    `Phiên bản Excel này chưa hỗ trợ: ${missing.map((f) => f.label).join('; ')}. ` +
    'Phụ lục vẫn nhập và theo dõi được các bảng nhiệm vụ; để có đủ các phần trên, hãy mở sổ bằng Excel mới hơn (Microsoft 365, Excel 2021 trở lên) ' +
    'hoặc tạo tệp .xlsx bằng dòng lệnh phuluc.'
  );
}

/** Whether this Excel can run the add-in's main job at all (the manifest's set). */
export function canRun(supports: Supports): boolean {
  return supports(MIN_EXCEL_API);
}

/** Text shown instead of the pane when even the main job cannot run. */
export const TOO_OLD_TEXT =
  'Phiên bản Excel này quá cũ để chạy Phụ lục (cần Excel hỗ trợ bộ lệnh ExcelApi 1.4: Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web). ' +
  'Bạn vẫn có thể tạo tệp Excel bằng dòng lệnh phuluc rồi mở tệp đó bằng Excel hiện có.';

/** Office's own test, when Office.js is loaded; otherwise everything counts as supported. */
export function officeSupports(): Supports {
  const req = typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
  if (!req) return ALL_SUPPORTED;
  return (set) => req.isSetSupported('ExcelApi', set);
}
