import type { ColumnKey } from '../model';
import { cleanCell, fold } from '../text';

/** Header words → column meaning. Order matters: the first match wins. */
const HEADER_RULES: Array<[ColumnKey, RegExp]> = [
  ['tt', /^(s\.?\s?tt|tt|so tt|so thu tu)\.?$/],
  ['partners', /phoi hop/],
  ['authority', /tham quyen/],
  ['resources', /^(nguon luc|kinh phi|nguon von|von)/],
  ['notes', /^(ghi chu|ket qua|san pham)/],
  ['target', /^(muc tieu|chi tieu (nam|den|giai doan)|gia tri)/],
  ['time', /^(thoi gian|thoi han|tien do|moc thoi gian)/],
  ['lead', /(chu tri|chi dao|tham muu|don vi muu|co quan thuc hien|don vi thuc hien|don vi phu trach|co quan phu trach)/],
  ['task', /^(nhiem vu|noi dung|ten |ten$|chi tieu|cong trinh|du an|de an|danh muc|cong viec)/],
];

export function classifyHeader(raw: string): ColumnKey | null {
  const f = fold(cleanCell(raw)).replace(/\s*\/\s*/g, '/');
  if (!f) return null;
  for (const [key, re] of HEADER_RULES) if (re.test(f)) return key;
  return null;
}

/** A row is a header row when it names a TT column and a task column, by meaning. */
export function headerKeys(cells: string[]): Array<ColumnKey | null> | null {
  // Every TAB line is asked: reject body rows on their first cell before folding the others.
  if (!cells.length || classifyHeader(cells[0]) !== 'tt') return null;
  const keys = cells.map(classifyHeader);
  if (keys[0] !== 'tt' || !keys.includes('task')) return null;
  if (keys.filter((k) => k !== null).length < 3) return null;
  return keys;
}
