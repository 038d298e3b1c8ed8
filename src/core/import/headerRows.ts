/**
 * Header rows over two lines: "Thời gian thực hiện" over "Bắt đầu | Hoàn thành", "Cơ quan thực
 * hiện" over "Chủ trì | Phối hợp", "Kinh phí" over "Tổng | Ngân sách | Khác" — in every input form,
 * including the shortened header a paste gives (one cell per merged header cell).
 */
import { pushAll } from '../arrays';
import { fold } from '../text';
import { classifyHeader, HeaderKey } from './columns';
import type { RawRow } from './rows';

/**
 * A second header row under the first ("Thời gian thực hiện" over "Bắt đầu | Hoàn thành", "Cơ quan
 * thực hiện" over "Chủ trì | Phối hợp", "Kinh phí" over "Tổng | Ngân sách | Khác"): the keys and
 * header texts of the columns once both rows are read, or null when `next` is not such a row.
 */
export function twoRowHeader(header: RawRow, keys: Array<HeaderKey | null>, next: RawRow | undefined): { keys: Array<HeaderKey | null>; headers: string[] } | null {
  if (!next || next.merged) return null;
  if (next.cells.length > header.cells.length) {
    const padded = padHeader(header, keys, next);
    if (!padded) return null;
    ({ header, keys } = padded);
  }
  const width = header.cells.length;
  if (next.cells.length > width && next.cells.slice(width).some(Boolean)) return null;
  for (let i = 0; i < width; i++) {
    const sub = next.fromAbove[i] ? '' : (next.cells[i] ?? '');
    if (!sub) continue;
    if (!looksLikeSubHeader(sub)) return null;
    // Every sub-header sits under a header cell that spans it: an empty cell right of a filled
    // one (TAB text), or the same merged cell (a cell merged across repeats on the grid).
    const spans = i > 0 && (!header.cells[i] || header.cells[i] === header.cells[i - 1]) && header.cells.slice(0, i).some(Boolean);
    const parentSpans = !!header.cells[i] && i + 1 < width && !header.cells[i + 1] && !!(next.cells[i + 1] ?? '');
    if (!spans && !parentSpans) return null;
    // …and belongs there by meaning ("Bắt đầu" under a time, "Ngân sách" under funding).
    let parent = i;
    while (parent > 0 && !header.cells[parent]) parent--;
    if (!fitsUnder(keys[parent] ?? null, sub)) return null;
  }
  const outKeys: Array<HeaderKey | null> = [];
  const headers: string[] = [];
  let parent = -1;
  for (let i = 0; i < width; i++) {
    if (header.cells[i] && !(i > 0 && header.cells[i] === header.cells[i - 1])) parent = i;
    const sub = next.fromAbove[i] ? '' : (next.cells[i] ?? '');
    const parentKey = parent >= 0 ? keys[parent] : null;
    const parentHeader = parent >= 0 ? header.cells[parent] : '';
    if (!sub) {
      outKeys.push(i === parent ? (keys[i] ?? null) : null);
      headers.push(i === parent ? header.cells[i] : '');
      continue;
    }
    const subKey = classifyHeader(sub);
    let key: HeaderKey | null;
    if (parentKey === 'time' || parentKey === 'timeStart') key = subKey === 'timeStart' ? 'timeStart' : 'time';
    else if (parentKey === 'resources' || parentKey === 'notes') key = parentKey;
    else key = subKey ?? parentKey;
    outKeys.push(key);
    headers.push(key === 'time' || key === 'timeStart' ? parentHeader : sub);
  }
  return { keys: outKeys, headers };
}

/** A short label ("Bắt đầu", "Ngân sách trung ương", "Phối hợp"), not a cell of data. */
function looksLikeSubHeader(cell: string): boolean {
  return !!cell && cell.length <= 35 && cell.split(/\s+/).length <= 5 && !/^\(?\d+\)?$/.test(cell);
}

/** Does a sub-header label belong under a header of this meaning? */
function fitsUnder(parent: HeaderKey | null, sub: string): boolean {
  const k = classifyHeader(sub);
  const f = fold(sub);
  if (parent === 'time' || parent === 'timeStart') return k === 'time' || k === 'timeStart' || /^(tu|den|bat dau|hoan thanh|ket thuc)\b/.test(f);
  if (parent === 'lead' || parent === 'partners') return k === 'lead' || k === 'partners';
  if (parent === 'resources') return k === 'resources' || /^(tong|ngan sach|khac|von|nguon|trung uong|dia phuong|xa hoi hoa|ns\b)/.test(f);
  return k !== null && k === parent;
}

/**
 * A paste of a two-row header keeps one cell per merged header cell ("Thời gian thực hiện" once
 * over "Bắt đầu | Hoàn thành"), so the header row is shorter than the rows beneath it. Spread each
 * header cell over the sub-header labels that belong to it (by meaning, in order) and leave the
 * header cells merged down in place; null when the row beneath does not fit that reading.
 */
function padHeader(header: RawRow, keys: Array<HeaderKey | null>, next: RawRow): { header: RawRow; keys: Array<HeaderKey | null> } | null {
  const lead = next.cells.findIndex(Boolean);
  const subs = next.cells.slice(lead);
  while (subs.length && !subs[subs.length - 1]) subs.pop();
  if (lead < 1 || lead >= header.cells.length || subs.some((c) => !looksLikeSubHeader(c))) return null;
  const cells = header.cells.slice(0, lead);
  const outKeys = keys.slice(0, lead);
  let parent = lead;
  let taken = 0;
  for (const sub of subs) {
    if (taken > 0 && !fitsUnder(keys[parent] ?? null, sub)) {
      parent++;
      taken = 0;
    }
    if (parent >= header.cells.length) return null;
    cells.push(taken === 0 ? header.cells[parent] : '');
    outKeys.push(taken === 0 ? (keys[parent] ?? null) : null);
    taken++;
  }
  pushAll(cells, header.cells.slice(parent + 1));
  pushAll(outKeys, keys.slice(parent + 1));
  if (cells.length !== next.cells.length && cells.length < subs.length + lead) return null;
  const pad = <T>(a: T[], v: T) => [...a, ...Array(Math.max(0, cells.length - a.length)).fill(v)];
  return { header: { ...header, cells, bold: pad(header.bold, false), fromAbove: pad(header.fromAbove, false) }, keys: outKeys };
}
