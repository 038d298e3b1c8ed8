/**
 * Split: one workbook plan per lead agency, drawn by the same renderers as the master.
 *  - "Hướng dẫn": programme, report date, reply deadline, what to fill, whom to send it to, and
 *    the identity rows (programme key, split stamp, agency) a reply is matched by;
 *  - "Nhiệm vụ": the agency's tasks as on the appendix (section rows kept) with Mã, then the
 *    columns the agency fills — Tiến độ (list), Ngày hoàn thành, Kết quả thực hiện, Khó khăn,
 *    vướng mắc, Đề xuất — the only editable cells (sheet protected without a password);
 *  - "Phối hợp": tasks where the agency is a partner, read-only.
 * A task whose lead cell names several agencies goes to each of them.
 */
import { HEADER } from '../columnRegistry';
import { canonicalParts } from '../agencies';
import type { Catalogue } from '../agencies/types';
import { displayDate, isoToSerial, PROGRESS_VALUES } from '../status';
import { STYLES } from '../plan/palette';
import { emptySheet, quoteSheet } from '../plan/layout';
import { printSetup } from '../plan/printSetup';
import type { CellStyle, CellValue, SheetPlan, TablePlan, WorkbookPlan } from '../plan/types';
import type { TableData } from '../plan/sheetData';
import { agencyFileNames } from './fileName';
import { GUIDE_SHEET, LABEL, PARTNER_SHEET, PARTNER_TABLE, REPLY_SHEET, REPLY_TABLE, stampText } from './identity';
import { CycleRow, cycleRows } from './rows';
import { initialsAliases } from './initials';

/** The columns an agency fills, in order (their headers are the contract with merge). */
export const REPLY_HEADERS = [HEADER.progress, HEADER.doneDate, 'Kết quả thực hiện', 'Khó khăn, vướng mắc', 'Đề xuất'] as const;
/** The columns of the master the agency must not change (shown, locked; an edit is a proposal). */
export const FIXED_HEADERS = [HEADER.id, HEADER.tt, HEADER.task, HEADER.lead, HEADER.partners, HEADER.time, HEADER.due, HEADER.section] as const;

export interface SplitSettings {
  title: string;
  /** Report date, ISO. */
  asOf: string;
  /** Reply deadline, ISO, or null. */
  replyBy: string | null;
  programmeKey: string;
  /** ISO date-time of this split (given by the caller: the core never reads the clock). */
  stamp: string;
  /** Whom the agencies send their reply to (e.g. "Văn phòng Tỉnh ủy, phòng Tổng hợp"); null = the sender. */
  sendTo?: string | null;
  catalogue: Catalogue;
}

export interface AgencyBook {
  agency: string;
  fileName: string;
  /** Tasks the agency leads / is a partner in. */
  leads: number;
  partners: number;
  plan: WorkbookPlan;
}

const CYCLE_STYLES: Record<string, CellStyle> = {
  fill: { ...STYLES.text, fill: 'FFF2CC', locked: false },
  fillDate: { ...STYLES.date, fill: 'FFF2CC', locked: false },
  guideLabel: STYLES.labelBold,
  guideValue: { ...STYLES.label },
};

/**
 * Agencies of a cell, canonical where the catalogue knows them. "Đảng ủy UBND tỉnh (Sở A; Sở B)"
 * names two agencies: "Đảng ủy UBND tỉnh (Sở A)" and "Đảng ủy UBND tỉnh (Sở B)".
 */
export function agenciesOf(cell: string, catalogue: Catalogue): string[] {
  if (!cell.trim()) return [];
  return canonicalParts(cell, catalogue).flatMap((a) => {
    const m = /^(.+?)\s*\((.+;.+)\)$/.exec(a);
    return m ? m[2].split(';').map((x) => `${m[1]} (${x.trim()})`) : [a];
  });
}

/**
 * `agenciesOf` for the cells of one programme, a short form taken for the full name it stands for
 * when the programme writes both ("Cục DLQGVN" and "Cục Du lịch Quốc gia Việt Nam": initials.ts),
 * so the agency gets one file and one line in the report. Each cell's answer is remembered.
 */
export function agencyNamer(rows: CycleRow[], catalogue: Catalogue): (cell: string) => string[] {
  const seen = new Map<string, string[]>();
  const raw = (cell: string): string[] => {
    let names = seen.get(cell);
    if (!names) seen.set(cell, (names = agenciesOf(cell, catalogue)));
    return names;
  };
  const aliases = initialsAliases(rows.flatMap((r) => [...raw(r.lead), ...raw(r.partners)]));
  const named = new Map<string, string[]>();
  return (cell) => {
    let names = named.get(cell);
    if (!names) named.set(cell, (names = [...new Set(raw(cell).map((a) => aliases.get(a) ?? a))]));
    return names;
  };
}

/** Every agency leading at least one task, sorted in Vietnamese order (short forms as their full names: agencyNamer). */
export function leadAgencies(rows: CycleRow[], catalogue: Catalogue, namer = agencyNamer(rows, catalogue)): string[] {
  const all = new Set<string>();
  rows.forEach((r) => namer(r.lead).forEach((a) => all.add(a)));
  return [...all].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** The agency books of a master's appendix tables. */
export function splitByAgency(tables: TableData[], s: SplitSettings): AgencyBook[] {
  const rows = cycleRows(tables);
  const namer = agencyNamer(rows, s.catalogue);
  const agencies = leadAgencies(rows, s.catalogue, namer);
  const names = agencyFileNames(agencies);
  return agencies.map((agency, i) => {
    const leads = rows.filter((r) => namer(r.lead).includes(agency));
    const partners = rows.filter((r) => !leads.includes(r) && namer(r.partners).includes(agency));
    const hasPartners = rows.some((r) => r.partners);
    const sheets = [guideSheet(agency, leads.length, s), replySheet(agency, leads, tables, hasPartners)];
    if (partners.length) sheets.push(partnerSheet(partners));
    return {
      agency,
      fileName: names[i],
      leads: leads.length,
      partners: partners.length,
      plan: {
        sheets,
        names: [PROGRESS_LIST],
        styles: { ...STYLES, ...CYCLE_STYLES },
        fullCalcOnLoad: false,
        title: `${s.title} — ${agency}`.slice(0, 255),
        creator: 'Phụ lục (phuluc)',
      },
    };
  });
}

/** First row of the Tiến độ values on Hướng dẫn (under the identity rows, after one empty row). */
const PROGRESS_ROW = 13;

/**
 * The source of the Tiến độ drop-down of an agency workbook: the values listed on Hướng dẫn under
 * a defined name (a list typed into the rule itself is legal, but a named range is what Excel and
 * ../shared/tools/xlsx-check expect of a list). Not "DsTienDo": that is the master's Danh mục list.
 */
export const PROGRESS_LIST = {
  name: 'DsTienDoBaoCao',
  ref: `${quoteSheet(GUIDE_SHEET)}!$B$${PROGRESS_ROW}:$B$${PROGRESS_ROW + PROGRESS_VALUES.length - 1}`,
  comment: 'Danh sách chọn: Tiến độ',
};

function guideSheet(agency: string, count: number, s: SplitSettings): SheetPlan {
  const sheet = emptySheet(GUIDE_SHEET, 'cycle');
  sheet.widths = [24, 90];
  sheet.cells.push({ row: 1, col: 1, value: 'HƯỚNG DẪN BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ', style: 'sheetTitle' });
  const rows: Array<[string, string]> = [
    [LABEL.programme, s.title || '(không có tên)'],
    [LABEL.agency, agency],
    [LABEL.asOf, displayDate(s.asOf)],
    [LABEL.replyBy, s.replyBy ? displayDate(s.replyBy) : 'Theo văn bản đôn đốc của cơ quan theo dõi'],
    [LABEL.count, String(count)],
    [
      LABEL.fill,
      `Trên trang “${REPLY_SHEET}”, điền các ô nền vàng: Tiến độ (chọn trong danh sách), Ngày hoàn thành (dd/mm/yyyy), Kết quả thực hiện, Khó khăn, vướng mắc, Đề xuất. Các cột khác được khóa (không đặt mật khẩu); nếu cần sửa nội dung, cơ quan chủ trì hay thời hạn, xin ghi vào cột Đề xuất.`,
    ],
    [LABEL.sendTo, `Gửi lại chính tệp này (giữ nguyên tên trang, cột Mã và các dòng dưới đây) cho ${s.sendTo?.trim() || 'cơ quan theo dõi chương trình đã gửi tệp'}.`],
    [LABEL.programmeKey, s.programmeKey],
    [LABEL.stamp, stampText(s.stamp)],
  ];
  rows.forEach(([a, b], i) => {
    sheet.cells.push({ row: 3 + i, col: 1, value: a, style: 'guideLabel' }, { row: 3 + i, col: 2, value: b, style: 'guideValue' });
  });
  if (3 + rows.length >= PROGRESS_ROW) throw new Error('Hướng dẫn: identity rows overlap the Tiến độ values');
  PROGRESS_VALUES.forEach((v, i) => {
    if (i === 0) sheet.cells.push({ row: PROGRESS_ROW, col: 1, value: 'Giá trị của cột Tiến độ', style: 'guideLabel' });
    sheet.cells.push({ row: PROGRESS_ROW + i, col: 2, value: v, style: 'guideValue' });
  });
  sheet.heights = { 8: 64, 9: 34 };
  sheet.print = { ...printSetup(undefined, 'portrait'), fitToHeight: 1 };
  sheet.protect = true;
  return sheet;
}

function fixedValues(r: CycleRow, withPartners: boolean): CellValue[] {
  return [r.id, r.tt, r.task, r.lead, ...(withPartners ? [r.partners] : []), r.time, r.due ? isoToSerial(r.due) : null, r.section];
}

function fixedColumns(withPartners: boolean): TablePlan['columns'] {
  const spec: Record<string, [number, string]> = {
    [HEADER.id]: [10, 'textCenter'],
    [HEADER.tt]: [6, 'textCenter'],
    [HEADER.task]: [46, 'text'],
    [HEADER.lead]: [20, 'text'],
    [HEADER.partners]: [18, 'text'],
    [HEADER.time]: [14, 'text'],
    [HEADER.due]: [12, 'date'],
    [HEADER.section]: [18, 'text'],
  };
  return FIXED_HEADERS.filter((h) => withPartners || h !== HEADER.partners).map((h) => ({
    header: h,
    width: spec[h][0],
    style: spec[h][1],
    ...(spec[h][1] === 'date' ? {} : { text: true }),
  }));
}

/** Title rows 1–3, header at row 5. */
const HEADER_ROW = 5;

function replySheet(agency: string, rows: CycleRow[], tables: TableData[], withPartners: boolean): SheetPlan {
  const sheet = emptySheet(REPLY_SHEET, 'cycle');
  const fixed = fixedColumns(withPartners);
  const columns = [
    ...fixed,
    { header: REPLY_HEADERS[0], width: 15, style: 'fill', text: true },
    { header: REPLY_HEADERS[1], width: 13, style: 'fillDate' },
    { header: REPLY_HEADERS[2], width: 36, style: 'fill', text: true },
    { header: REPLY_HEADERS[3], width: 26, style: 'fill', text: true },
    { header: REPLY_HEADERS[4], width: 26, style: 'fill', text: true },
  ];
  const body: CellValue[][] = [];
  const styles: Array<string | null> = [];
  let section = '\u0000';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      // Section rows keep the appendix's grouping: no Mã, so merge never reads them as tasks.
      if (section) {
        body.push(columns.map((c) => (c.header === HEADER.task ? (section.split(' › ').pop() ?? section) : c.header === HEADER.section ? section : null)));
        styles.push('sectionRow');
      }
    }
    body.push([...fixedValues(r, withPartners), r.progress || null, r.doneDate ? isoToSerial(r.doneDate) : null, null, null, null]);
    styles.push(null);
  }
  if (!body.length) (body.push(columns.map(() => null)), styles.push(null));
  const titleOf = tables[rows[0]?.tableIndex ?? 0]?.title ?? '';
  sheet.cells.push(
    { row: 1, col: 1, value: `NHIỆM VỤ DO ${agency.toLocaleUpperCase('vi')} CHỦ TRÌ`, style: 'sheetTitle' },
    { row: 2, col: 1, value: titleOf, style: 'note' },
    { row: 3, col: 1, value: 'Chỉ điền các ô nền vàng. Dòng in đậm là tên mục, không điền.', style: 'note' },
  );
  sheet.widths = columns.map((c) => c.width);
  sheet.tables.push({
    name: REPLY_TABLE,
    row: HEADER_ROW,
    col: 1,
    columns,
    rows: body,
    rowStyles: styles,
    headerStyle: 'header',
    tableStyle: 'TableStyleLight9',
    showRowStripes: false,
    showFilterButton: true,
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + body.length;
  const colOf = (h: string): string => String.fromCharCode(64 + columns.findIndex((c) => c.header === h) + 1);
  sheet.listValidations.push({
    range: `${colOf(HEADER.progress)}${first}:${colOf(HEADER.progress)}${last}`,
    source: PROGRESS_LIST.name,
    strict: true,
    errorTitle: 'Tiến độ không hợp lệ',
    errorMessage: `Chọn một trong: ${PROGRESS_VALUES.join(', ')}.`,
  });
  sheet.dateValidations.push({
    range: `${colOf(HEADER.doneDate)}${first}:${colOf(HEADER.doneDate)}${last}`,
    min: isoToSerial('1990-01-01'),
    max: isoToSerial('2100-12-31'),
    errorTitle: 'Ngày không hợp lệ',
    errorMessage: 'Nhập một ngày dạng dd/mm/yyyy, ví dụ 30/06/2026.',
  });
  sheet.freeze = { rows: HEADER_ROW, cols: 0 };
  sheet.print = printSetup(HEADER_ROW);
  sheet.protect = true;
  return sheet;
}

function partnerSheet(rows: CycleRow[]): SheetPlan {
  const sheet = emptySheet(PARTNER_SHEET, 'cycle');
  const columns = fixedColumns(true);
  sheet.cells.push({ row: 1, col: 1, value: 'NHIỆM VỤ CƠ QUAN THAM GIA PHỐI HỢP (chỉ để theo dõi, không điền)', style: 'sheetTitle' });
  sheet.widths = columns.map((c) => c.width);
  sheet.tables.push({
    name: PARTNER_TABLE,
    row: 3,
    col: 1,
    columns,
    rows: rows.map((r) => fixedValues(r, true)),
    headerStyle: 'header',
    tableStyle: 'TableStyleLight1',
    showRowStripes: false,
    showFilterButton: true,
  });
  sheet.print = printSetup(3);
  sheet.protect = true;
  return sheet;
}
