/**
 * Rebuilds a Programme from the appendix tables as they are now in the workbook, so validation
 * sees the users' edits. Each item's `line` is its worksheet row, so a finding points at a cell.
 *
 * Which rows are section headings:
 *  - task tables (with a "Loại thời hạn" column): every item row the add-in writes has a
 *    Loại thời hạn; a heading row has only TT, Nhiệm vụ and Mục filled (plus a lead or time the
 *    document printed on the heading). So a row with an empty Loại thời hạn is a heading when
 *    Mục is filled (as written) and nothing but TT, Nhiệm vụ, Chủ trì, Thời gian, Mục and the
 *    Tình trạng formula Excel copies into new rows is filled; or, without Mục, when only TT,
 *    Nhiệm vụ (and Tình trạng) are filled and its TT is a Roman numeral or a single letter. Any other row with content — e.g. one the user added, with
 *    a lead, a time, a Tiến độ or just a task — is an item and is checked like the others.
 *  - indicator tables (no "Loại thời hạn"): a row whose TT is a Roman numeral or a single letter
 *    is a heading, as on import; an un-numbered row after a numbered indicator is its sub-row.
 *
 * Leads: `lead` is the Cơ quan chủ trì cell as it is now (users' edits; for a scanned document
 * the catalogue name), `leadAsFound` the "Chủ trì (nguyên văn)" cell when filled (plan/leads.ts),
 * so a sheet drawn again from what was read back shows the same two columns.
 */
import type { Column, ColumnKey, Item, Programme, ProgrammeTable, Section } from '../model';
import { ttShape } from '../import/rows';
import { detectQualityOfParts } from '../ocr';
import { SECTION_SEP } from './rows';
import { AS_FOUND_HEADER } from './leads';
import { parseTime } from '../time';
import { colLetter } from './layout';
import { CellScalar, SummarySettings, TableData, text } from './sheetData';
import { WorkbookColumn, workbookColumn } from './workbookColumns';
import { documentOrder } from './documentOrder';
import { trackingFindings } from '../validate/tracking';
import type { Finding } from '../validate/types';
import { SUMMARY_SHEET } from './summarySheet';
import { DOCUMENT_KEYS } from '../columnRegistry';

/** Tracking columns a heading row may hold (Tình trạng: Excel fills the formula into rows users add). */
const HEADING_COLUMNS: Array<WorkbookColumn | null> = ['section', 'status'];
/** The document columns an item holds (registry; the lead as found is read by its own header). */
const DOC_KEYS = DOCUMENT_KEYS.filter((k) => k !== 'leadAsFound') as ColumnKey[];

/** The document column a workbook header means ("STT" → tt, "Ghi chú của đơn vị" → notes), or null. */
export function columnKey(header: string): ColumnKey | null {
  const k = workbookColumn(header);
  return k && (DOC_KEYS as string[]).includes(k) ? (k as ColumnKey) : null;
}

export interface ReadBack {
  programme: Programme;
  /** Sheet and cell address of a table's row and column, for findings; null when the table lacks the column. */
  cellOf: (tableIndex: number, line: number, column: Finding['column']) => { sheet: string; address: string } | null;
  /**
   * What only a workbook can get wrong, with their cells: Tiến độ values outside the list, text
   * in the date columns, a report date typed as text (validate/tracking.ts).
   */
  trackingFindings: Finding[];
}

/** Tables (and Tổng hợp's settings, when read) → the programme as users left it. */
export function readBack(tables: TableData[], title = '', summary?: SummarySettings | null): ReadBack {
  const out: ProgrammeTable[] = tables.map((t) => toTable(t));
  // OCR text is recognised from the cells as on import, so leads are matched leniently.
  const quality = detectQualityOfParts(tables.flatMap((t) => t.rows.flatMap((r) => r.map(text)))).quality;
  // Points "(1)", "(2)" are how prose programmes number their tasks.
  const prose = out.some((t) => t.items.some((i) => /^\(\d+\)$/.test(i.tt.trim())));
  return {
    programme: { title: title || (tables.find((t) => t.title)?.title ?? ''), tables: out, notImported: [], quality, shape: prose ? 'prose' : 'table' },
    cellOf: (tableIndex, line, column) => {
      if (column === 'reportDate') return { sheet: SUMMARY_SHEET, address: 'B3' };
      const t = tables[tableIndex];
      if (!t) return null;
      const c = t.headers.findIndex((h) => workbookColumn(h) === column);
      return c < 0 ? null : { sheet: t.sheet, address: `${colLetter(t.firstCol + c)}${line}` };
    },
    trackingFindings: trackingFindings(tables, out, summary),
  };
}

const isHeadingTt = (tt: string) => ['roman', 'letter'].includes(ttShape(tt));

function toTable(t: TableData): ProgrammeTable {
  const keys = t.headers.map(columnKey);
  const columns: Column[] = keys.flatMap((k, i) => (k ? [{ key: k, header: t.headers[i] }] : []));
  const meaning = t.headers.map((h) => workbookColumn(h));
  const kindCol = meaning.indexOf('kind');
  const get = (r: CellScalar[], k: ColumnKey) => {
    const i = keys.indexOf(k);
    return i < 0 ? '' : text(r[i]);
  };
  const sectionCol = meaning.indexOf('section');
  const statusCol = meaning.indexOf('status');
  // Scanned tables show the catalogue name in Cơ quan chủ trì (→ lead, what users edit and Kiểm
  // tra checks) and the text as found beside it (→ leadAsFound, kept for a rebuilt sheet).
  const asFoundCol = t.headers.indexOf(AS_FOUND_HEADER);
  const pathOf = (r: CellScalar[]) => (sectionCol >= 0 && text(r[sectionCol]) ? text(r[sectionCol]).split(SECTION_SEP) : null);
  const headingOnly = (r: CellScalar[], alsoLeadTime: boolean) =>
    r.every((v, i) => {
      const k = keys[i];
      return !text(v) || k === 'tt' || k === 'task' || HEADING_COLUMNS.includes(meaning[i]) || (alsoLeadTime && (k === 'lead' || k === 'time'));
    });
  const isHeading = (r: CellScalar[]): boolean => {
    if (kindCol < 0) return isHeadingTt(get(r, 'tt'));
    if (text(r[kindCol])) return false;
    // A heading as written keeps its Mục, and the lead/time printed on it in the document.
    if (pathOf(r) !== null) return headingOnly(r, true);
    return headingOnly(r, false) && isHeadingTt(get(r, 'tt'));
  };
  const sections: Section[] = [];
  const sectionPaths = new Map<Section, string[]>();
  const items: Item[] = [];
  let path: string[] = [];
  let lastTt = '';
  t.rows.forEach((r, i) => {
    const line = t.headerRow + 1 + i;
    const tt = get(r, 'tt');
    const task = get(r, 'task');
    if (isHeading(r)) {
      const own = pathOf(r);
      const level = own ? own.length : isHeadingTt(tt) ? 1 : 2;
      const lead = get(r, 'lead');
      const time = get(r, 'time');
      const section: Section = { tt, title: task, level, line, ...(lead ? { lead } : {}), ...(time ? { time } : {}) };
      sections.push(section);
      path = own ?? [...path.slice(0, level - 1), tt ? `${tt}. ${task}` : task];
      sectionPaths.set(section, path);
      lastTt = '';
      return;
    }
    if (r.every((v, c) => !text(v) || c === statusCol)) return;
    const removed = kindCol >= 0 && text(r[kindCol]) === 'Đã lược bỏ';
    const sub = kindCol < 0 && !tt && lastTt ? { parentTt: lastTt } : {};
    if (kindCol < 0 && tt) lastTt = tt;
    items.push({
      tt,
      path: pathOf(r) ?? [...path],
      task,
      lead: get(r, 'lead'),
      partners: get(r, 'partners'),
      time: parseTime(get(r, 'time')),
      authority: get(r, 'authority'),
      resources: get(r, 'resources'),
      notes: get(r, 'notes'),
      ...(keys.includes('target') ? { target: get(r, 'target') } : {}),
      line,
      ...(removed ? { removed: true } : {}),
      ...sub,
      ...(asFoundCol >= 0 && text(r[asFoundCol]) ? { leadAsFound: text(r[asFoundCol]) } : {}),
    });
  });
  // A table the user sorted (by Tình trạng, by agency …): numbering is checked in section order, from Mục.
  if (sectionCol >= 0) documentOrder(sections, sectionPaths, items);
  const kind = keys.includes('target') && !keys.includes('time') ? 'indicators' : 'tasks';
  const label = t.label ?? '';
  const heading = t.title ? (label ? `${label} — ${t.title}` : t.title) : t.sheet;
  return { title: heading, label: label || t.sheet, ...(t.attachedTo ? { attachedTo: t.attachedTo } : {}), kind, columns, sections, items };
}
