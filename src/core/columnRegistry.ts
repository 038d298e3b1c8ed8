/**
 * The column registry: every column of an appendix table, written once. Per column: its key, the
 * header words the importer reads it from (folded: lower case, no diacritics), the header the
 * sheet writes, its width, the header words re-import reads back, whether it is one of the
 * document's own columns or a tracking column the add-in adds, and whether it prints.
 *
 * Who reads it: the importer's header matching (import/columns.ts, in IMPORT_ORDER), the sheet's
 * columns (plan/appendixColumns.ts, in registry order), re-import (plan/workbookColumns.ts,
 * plan/readBack.ts) and the print area (plan/printSetup.ts: the printing columns only).
 * Adding a document column: a ColumnKey (model.ts) and an entry here (plus, if it is a new field
 * of Item, how docValue reads it).
 *
 * Host-free, no imports but types.
 */
import type { ColumnKey } from './model';

/** The tracking columns the add-in adds after the document's columns. */
export type TrackingKey = 'kind' | 'due' | 'progress' | 'doneDate' | 'status' | 'section' | 'id';
/** 'leadAsFound': the lead as printed, beside Cơ quan chủ trì when that shows catalogue names (plan/leads.ts). */
export type SheetColumnKey = ColumnKey | TrackingKey | 'leadAsFound';
/**
 * What a document table's header says a column holds: the document columns, plus `progress` (a
 * "Tiến độ" / "Kết quả thực hiện" column of statuses: the item's progress, never its time) and
 * `timeStart` (the "Bắt đầu" half of a two-row time header).
 */
export type HeaderKey = ColumnKey | 'progress' | 'timeStart';

/** Document: a column of the official appendix (it prints). Tracking: added for follow-up (screen only). */
export type ColumnRole = 'document' | 'tracking';

export interface ColumnDef {
  key: SheetColumnKey;
  role: ColumnRole;
  /** The header the sheet writes. */
  header: string;
  /** Width on screen, in characters of the workbook's default font. */
  width: number;
  /** The narrowest width the print layout may give it (characters); document columns only. */
  minPrintWidth?: number;
  /** Body cell style (a key of WorkbookPlan.styles). */
  style: string;
  /** Text column ("@" number format). */
  text: boolean;
  /** Inside the print area. */
  prints: boolean;
  /** Its text's length sets the row height (false for the section path Mục: one line, cut off). */
  setsHeight: boolean;
  /** Always a column of a task table, even when the document lacks it. */
  always?: boolean;
  /** Only in indicator tables (never a column of a task table). */
  indicatorOnly?: boolean;
  /** Header words the importer reads this column from (folded text). */
  importPattern?: RegExp;
  /**
   * Header words re-import reads this column from, checked before the importer's words (folded
   * text). Document columns are read back by importPattern.
   */
  readBackPattern?: RegExp;
}

/** Header texts the sheet writes, one constant per column (use these, never the literal). */
export const HEADER = {
  tt: 'TT',
  task: 'Nhiệm vụ',
  lead: 'Cơ quan chủ trì',
  leadAsFound: 'Chủ trì (nguyên văn)',
  partners: 'Cơ quan phối hợp',
  time: 'Thời gian',
  authority: 'Thẩm quyền ban hành',
  resources: 'Nguồn lực',
  notes: 'Ghi chú',
  target: 'Mục tiêu',
  kind: 'Loại thời hạn',
  due: 'Hạn hoàn thành',
  progress: 'Tiến độ',
  doneDate: 'Ngày hoàn thành',
  status: 'Tình trạng',
  section: 'Mục',
  id: 'Mã',
} as const satisfies Record<SheetColumnKey, string>;

const doc = (key: SheetColumnKey, width: number, minPrintWidth: number, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  role: 'document',
  header: HEADER[key],
  width,
  minPrintWidth,
  style: 'text',
  text: true,
  prints: true,
  setsHeight: true,
  ...extra,
});
const tracking = (key: TrackingKey, width: number, style: string, text: boolean, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  role: 'tracking',
  header: HEADER[key],
  width,
  style,
  text,
  prints: false,
  setsHeight: true,
  ...extra,
});

/**
 * Every column, in sheet order: the document's columns as the official appendix orders them,
 * then the tracking columns. Import words seen in real plans of provinces and ministries: "Tên
 * nhiệm vụ", "Nội dung công việc", "Nhiệm vụ, giải pháp", "Tên đề án", "Đơn vị chủ trì", "Cơ
 * quan/đơn vị chủ trì", "Đơn vị/ người thực hiện", "Người thực hiện", "Thời gian dự kiến hoàn
 * thành", "Thời hạn", "Nguồn kinh phí", "Kinh phí thực hiện", "Tổng kinh phí", "Sản phẩm (dự
 * kiến / đầu ra)", "Kết quả dự kiến", "Văn bản giao nhiệm vụ", "Hình thức văn bản".
 */
export const COLUMNS: readonly ColumnDef[] = [
  doc('tt', 7, 5, { style: 'textCenter', always: true, importPattern: /^(s\.?\s?tt|tt|so tt|so thu tu|thu tu)\.?$/ }),
  doc('task', 50, 30, {
    always: true,
    importPattern: /^(nhiem vu|noi dung|ten |ten$|chi tieu|cong trinh|du an|de an|danh muc|cong viec|giai phap|hoat dong)/,
  }),
  doc('lead', 24, 14, {
    always: true,
    importPattern: /(chu tri|chi dao|tham muu|don vi muu|(co quan|don vi|nguoi)(\/ ?(co quan|don vi|nguoi))? (thuc hien|phu trach)|^don vi$|^co quan$)/,
  }),
  // The lead as found (scanned tables): document text, so it prints beside the catalogue name.
  doc('leadAsFound', 20, 12, { readBackPattern: /^chu tri \(nguyen van\)/ }),
  doc('partners', 20, 12, { importPattern: /phoi hop/ }),
  doc('time', 16, 11, { always: true, importPattern: /^(thoi gian|thoi han|moc thoi gian|hoan thanh|ket thuc|nam hoan thanh|den ngay)/ }),
  doc('authority', 20, 11, { importPattern: /tham quyen|cap (ban hanh|phe duyet|trinh)|co quan (ban hanh|phe duyet)/ }),
  doc('resources', 20, 11, { importPattern: /^(nguon luc|nguon kinh phi|kinh phi|tong kinh phi|nguon von|von|du toan)/ }),
  doc('notes', 18, 10, { always: true, importPattern: /^(ghi chu|ket qua|san pham|hinh thuc( van ban)?|van ban giao|nguoi dung dau|de xuat)/ }),
  doc('target', 24, 12, { indicatorOnly: true, importPattern: /^(muc tieu|chi tieu (nam|den|giai doan)|gia tri)/ }),
  tracking('kind', 13, 'textCenter', true, { readBackPattern: /^loai thoi han/ }),
  tracking('due', 12, 'date', false, { readBackPattern: /^(han hoan thanh|thoi han hoan thanh)/ }),
  // A document's "Tiến độ" / "Kết quả thực hiện" column is read into the item's progress (import).
  tracking('progress', 15, 'textCenter', true, {
    importPattern: /^(tien do|tinh trang|ket qua thuc hien|ket qua trien khai)/,
    readBackPattern: /^tien do( thuc hien)?$/,
  }),
  tracking('doneDate', 12, 'date', false, { readBackPattern: /^ngay hoan thanh/ }),
  tracking('status', 17, 'status', false, { readBackPattern: /^tinh trang/ }),
  tracking('section', 24, 'text', true, { readBackPattern: /^muc$/, setsHeight: false }),
  // The stable item id (core/cycle/ids.ts), narrow, last: split and merge match items by it.
  tracking('id', 10, 'textCenter', true),
];

/** The "Bắt đầu" half of a two-row time header: read by the importer, never a sheet column. */
export const TIME_START_PATTERN = /^(bat dau|thoi gian bat dau|tu ngay|khoi cong)$/;

/**
 * The order the importer tries header words in: the first match wins. Specific words before
 * general ones: "Cơ quan phối hợp" is not the lead, "Tiến độ" is not the time, "Tên nhiệm vụ"
 * last because "nhiệm vụ" appears inside other headers.
 */
export const IMPORT_ORDER: readonly HeaderKey[] = ['tt', 'partners', 'authority', 'resources', 'progress', 'notes', 'target', 'timeStart', 'time', 'lead', 'task'];

const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

/** The registry entry of a sheet column. */
export function columnDef(key: SheetColumnKey): ColumnDef {
  return BY_KEY.get(key)!;
}

/** The document columns, in sheet order. */
export const DOCUMENT_KEYS: readonly SheetColumnKey[] = COLUMNS.filter((c) => c.role === 'document').map((c) => c.key);
/** The tracking columns, in sheet order. */
export const TRACKING_KEYS: readonly TrackingKey[] = COLUMNS.filter((c) => c.role === 'tracking').map((c) => c.key as TrackingKey);
