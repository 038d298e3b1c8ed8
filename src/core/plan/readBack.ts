/**
 * Rebuilds a Programme from the appendix tables as they are now in the workbook, so validation
 * sees the users' edits. Each item's `line` is its worksheet row, so a finding points at a cell.
 */
import type { Column, ColumnKey, Item, Programme, ProgrammeTable, Section } from '../model';
import { SECTION_SEP } from './rows';
import { parseTime } from '../time';
import { colLetter } from './layout';
import { CellScalar, TableData, text } from './sheetData';

const HEADER_KEYS: Record<string, ColumnKey> = {
  tt: 'tt', stt: 'tt', 'nhiệm vụ': 'task', 'chỉ tiêu': 'task', 'cơ quan chủ trì': 'lead', 'đơn vị tham mưu': 'lead',
  'cơ quan phối hợp': 'partners', 'thời gian': 'time', 'thẩm quyền ban hành': 'authority', 'nguồn lực': 'resources',
  'ghi chú': 'notes', 'mục tiêu': 'target',
};

export function columnKey(header: string): ColumnKey | null {
  const h = header.normalize('NFC').trim().toLowerCase();
  return HEADER_KEYS[h] ?? (h.startsWith('mục tiêu') ? 'target' : null);
}

export interface ReadBack {
  programme: Programme;
  /** Sheet, cell address and table of a table/item/column, for findings. */
  cellOf: (tableIndex: number, line: number, column: ColumnKey) => { sheet: string; address: string } | null;
}

export function readBack(tables: TableData[], title = ''): ReadBack {
  const out: ProgrammeTable[] = tables.map((t) => toTable(t));
  return {
    programme: { title, tables: out, notImported: [], quality: 'clean', shape: 'table' },
    cellOf: (tableIndex, line, column) => {
      const t = tables[tableIndex];
      if (!t) return null;
      const c = t.headers.findIndex((h) => columnKey(h) === column);
      return { sheet: t.sheet, address: `${colLetter(t.firstCol + Math.max(c, 0))}${line}` };
    },
  };
}

function toTable(t: TableData): ProgrammeTable {
  const keys = t.headers.map(columnKey);
  const columns: Column[] = keys.flatMap((k, i) => (k ? [{ key: k, header: t.headers[i] }] : []));
  const kindCol = t.headers.indexOf('Loại thời hạn');
  const get = (r: CellScalar[], k: ColumnKey) => {
    const i = keys.indexOf(k);
    return i < 0 ? '' : text(r[i]);
  };
  const sectionCol = t.headers.indexOf('Mục');
  const pathOf = (r: CellScalar[]) => (sectionCol >= 0 && text(r[sectionCol]) ? text(r[sectionCol]).split(SECTION_SEP) : null);
  const sections: Section[] = [];
  const items: Item[] = [];
  let path: string[] = [];
  t.rows.forEach((r, i) => {
    const line = t.headerRow + 1 + i;
    const isHeading = kindCol >= 0 ? !text(r[kindCol]) : false;
    if (isHeading) {
      if (!get(r, 'tt') && !get(r, 'task')) return;
      const own = pathOf(r);
      const level = own ? own.length : /^[IVXLC]+$/.test(get(r, 'tt')) || /^[A-Z]$/.test(get(r, 'tt')) ? 1 : 2;
      sections.push({ tt: get(r, 'tt'), title: get(r, 'task'), level, line, lead: get(r, 'lead') || undefined, time: get(r, 'time') || undefined });
      path = own ?? [...path.slice(0, level - 1), get(r, 'tt') ? `${get(r, 'tt')}. ${get(r, 'task')}` : get(r, 'task')];
      return;
    }
    const removed = kindCol >= 0 && text(r[kindCol]) === 'Đã lược bỏ';
    items.push({
      tt: get(r, 'tt'), path: pathOf(r) ?? [...path], task: get(r, 'task'), lead: get(r, 'lead'), partners: get(r, 'partners'),
      time: parseTime(get(r, 'time')), authority: get(r, 'authority'), resources: get(r, 'resources'), notes: get(r, 'notes'),
      ...(keys.includes('target') ? { target: get(r, 'target') } : {}), line, ...(removed ? { removed: true } : {}),
    });
  });
  const kind = keys.includes('target') && !keys.includes('time') ? 'indicators' : 'tasks';
  return { title: t.sheet, label: t.sheet, kind, columns, sections, items };
}
