import type { ColumnKey } from '../model';
import { Memo } from '../memo';
import { cleanCell, fold } from '../text';

/**
 * What a table column holds. The document columns of the model (ColumnKey) plus two the importer
 * reads into other fields: `progress` (a "Tiến độ" / "Kết quả thực hiện" column of statuses: the
 * item's progress, never its time) and `timeStart` (the "Bắt đầu" half of a two-row time header:
 * the start of the item's time, whose deadline comes from the "Hoàn thành" half).
 */
export type HeaderKey = ColumnKey | 'progress' | 'timeStart';

/**
 * Header words → column meaning (folded: lower case, no diacritics). Order matters: the first
 * match wins. Words seen in real plans of provinces and ministries: "Tên nhiệm vụ", "Nội dung
 * công việc", "Nhiệm vụ, giải pháp", "Tên đề án", "Đơn vị chủ trì", "Cơ quan/đơn vị chủ trì",
 * "Đơn vị/ người thực hiện", "Người thực hiện", "Thời gian dự kiến hoàn thành", "Thời hạn",
 * "Nguồn kinh phí", "Kinh phí thực hiện", "Tổng kinh phí", "Sản phẩm (dự kiến / đầu ra)",
 * "Kết quả dự kiến", "Văn bản giao nhiệm vụ", "Hình thức văn bản".
 */
const HEADER_RULES: Array<[HeaderKey, RegExp]> = [
  ['tt', /^(s\.?\s?tt|tt|so tt|so thu tu|thu tu)\.?$/],
  ['partners', /phoi hop/],
  ['authority', /tham quyen|cap (ban hanh|phe duyet|trinh)|co quan (ban hanh|phe duyet)/],
  ['resources', /^(nguon luc|nguon kinh phi|kinh phi|tong kinh phi|nguon von|von|du toan)/],
  ['progress', /^(tien do|tinh trang|ket qua thuc hien|ket qua trien khai)/],
  ['notes', /^(ghi chu|ket qua|san pham|hinh thuc( van ban)?|van ban giao|nguoi dung dau|de xuat)/],
  ['target', /^(muc tieu|chi tieu (nam|den|giai doan)|gia tri)/],
  ['timeStart', /^(bat dau|thoi gian bat dau|tu ngay|khoi cong)$/],
  ['time', /^(thoi gian|thoi han|moc thoi gian|hoan thanh|ket thuc|nam hoan thanh|den ngay)/],
  [
    'lead',
    /(chu tri|chi dao|tham muu|don vi muu|(co quan|don vi|nguoi)(\/ ?(co quan|don vi|nguoi))? (thuc hien|phu trach)|^don vi$|^co quan$)/,
  ],
  ['task', /^(nhiem vu|noi dung|ten |ten$|chi tieu|cong trinh|du an|de an|danh muc|cong viec|giai phap|hoat dong)/],
];

/**
 * Every row's first cell is asked (is this a header row?), and TT cells repeat ("1", "2", "1.1"):
 * answers are remembered per text.
 */
const classified = new Memo<string, HeaderKey | null>(4096);

export function classifyHeader(raw: string): HeaderKey | null {
  return classified.get(raw, classify);
}

function classify(raw: string): HeaderKey | null {
  const f = fold(cleanCell(raw)).replace(/\s*\/\s*/g, '/').replace(/\//g, '/ ').replace(/\s+/g, ' ');
  if (!f) return null;
  for (const [key, re] of HEADER_RULES) if (re.test(f)) return key;
  return null;
}

/** A row is a header row when it names a TT column and a task column, by meaning. */
export function headerKeys(cells: string[]): Array<HeaderKey | null> | null {
  // Every row is asked: reject body rows on their first cell before folding the others.
  if (!cells.length || classifyHeader(cells[0]) !== 'tt') return null;
  const keys = cells.map(classifyHeader);
  if (keys[0] !== 'tt' || !keys.includes('task')) return null;
  if (keys.filter((k) => k !== null).length < 3) return null;
  return keys;
}

/** A "(1) (2) (3) …" or "1 2 3 …" row printed under the header: column numbers, not a task. */
export function isColumnNumberRow(cells: string[]): boolean {
  // At least three filled cells, every one a number one more than the filled cell before; a
  // task row stops at its first cell that is not a number.
  let filled = 0;
  let prev = 0;
  let counting = true;
  for (const c of cells) {
    const t = c.trim();
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (filled > 0 && n !== prev + 1) counting = false;
    prev = n;
    filled++;
  }
  return filled >= 3 && counting;
}
