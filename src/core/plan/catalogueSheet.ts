/**
 * Danh mục: the sources of the in-cell drop-down lists — agencies (lead column, warning only:
 * real leads vary), funding categories (resources column, warning only) and Tiến độ values
 * (progress column, strict). Each list is an Excel Table with a defined name over its body.
 */
import { builtinCatalogue } from '../agencies';
import type { Agency, Catalogue } from '../agencies/types';
import type { ProgrammeTable } from '../model';
import { PROGRESS_VALUES } from '../status';
import { absAddr, emptySheet, quoteSheet } from './layout';
import { shownLead, showsCanonicalLeads } from './leads';
import { printSetup } from './printSetup';
import type { CellValue, NamePlan, SheetPlan } from './types';

export const CATALOGUE_SHEET = 'Danh mục';
export const CATALOGUE_NAMES = { agencies: 'DsCoQuan', funding: 'DsNguonLuc', progress: 'DsTienDo' } as const;
export const AGENCY_TABLE = 'DanhMuc_CoQuan';

/** "Nguồn" column of the agency list: where a name comes from. */
export const AGENCY_SOURCE = {
  builtin: 'Danh mục cơ quan',
  user: 'Người dùng thêm',
  document: 'Có trong văn bản',
} as const;

/**
 * Agencies the user added to (or confirmed in) the Danh mục sheet: every row whose Nguồn is not
 * "Có trong văn bản" and whose name is not built in. They extend the catalogue for validation and
 * are written back on the next import, so the user's list is never lost.
 */
export function userAgencies(rows: Array<Array<string | number | boolean | null | undefined>>): Agency[] {
  const builtin = new Set(builtinCatalogue().agencies.map((a) => a.name.toLowerCase()));
  const out: Agency[] = [];
  for (const [name, group, source] of rows) {
    const n = String(name ?? '').trim();
    if (!n || builtin.has(n.toLowerCase()) || String(source ?? '').trim() === AGENCY_SOURCE.document) continue;
    const g = String(group ?? '').trim();
    out.push(g ? { name: n, aliases: [], group: g } : { name: n, aliases: [] });
  }
  return out;
}

/** Common funding sources of action programmes. */
export const FUNDING_CATEGORIES = [
  'Ngân sách nhà nước',
  'Ngân sách trung ương',
  'Ngân sách địa phương',
  'Vốn ngoài ngân sách',
  'Vốn doanh nghiệp',
  'Nguồn vốn xã hội hóa',
  'Các nguồn vốn hợp pháp khác',
];

/** The first of each value (trimmed, case ignored), empty ones dropped, in order. */
function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  // A value met before was kept or dropped then: dropped now, without lower-casing it again.
  const met = new Set<string>();
  return values.filter((v) => {
    if (met.has(v)) return false;
    met.add(v);
    const k = v.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function planCatalogue(tables: ProgrammeTable[], catalogue?: Catalogue): { sheet: SheetPlan; names: NamePlan[] } {
  const sheet = emptySheet(CATALOGUE_SHEET, 'catalogue');
  sheet.tabColor = '7F7F7F';
  const taskTables = tables.filter((t) => t.kind === 'tasks');
  const items = taskTables.flatMap((t) => t.items);
  // The leads as the appendix shows them: catalogue names for scanned text, not its OCR spellings.
  const leads = taskTables.flatMap((t) => {
    const canonical = showsCanonicalLeads(t);
    return t.items.map((i) => shownLead(i, canonical));
  });
  const known = (catalogue ?? builtinCatalogue()).agencies;
  const builtin = new Set(builtinCatalogue().agencies.map((a) => a.name));
  const knownKeys = new Set(known.flatMap((a) => [a.name, ...a.aliases]).map((s) => s.toLowerCase()));
  const agencies: CellValue[][] = [
    ...known.map((a) => [a.name, a.group ?? '', builtin.has(a.name) ? AGENCY_SOURCE.builtin : AGENCY_SOURCE.user]),
    ...distinct(leads)
      .filter((l) => !knownKeys.has(l.toLowerCase()))
      .map((l) => [l, '', AGENCY_SOURCE.document]),
  ];
  const funding = distinct([...FUNDING_CATEGORIES, ...items.map((i) => i.resources)]).map((f) => [f]);
  const progress = PROGRESS_VALUES.map((p) => [p]);
  const lists: Array<{ name: string; table: string; col: number; headers: string[]; widths: number[]; rows: CellValue[][] }> = [
    { name: CATALOGUE_NAMES.agencies, table: AGENCY_TABLE, col: 1, headers: ['Cơ quan', 'Nhóm', 'Nguồn'], widths: [45, 14, 18], rows: agencies },
    { name: CATALOGUE_NAMES.funding, table: 'DanhMuc_NguonLuc', col: 5, headers: ['Nguồn lực'], widths: [45], rows: funding },
    { name: CATALOGUE_NAMES.progress, table: 'DanhMuc_TienDo', col: 7, headers: ['Tiến độ'], widths: [18], rows: progress },
  ];
  sheet.cells.push({ row: 1, col: 1, value: 'DANH MỤC DÙNG CHO DANH SÁCH CHỌN', style: 'sheetTitle' });
  sheet.cells.push({
    row: 2,
    col: 1,
    value: 'Thêm dòng vào các bảng dưới đây để mở rộng danh sách chọn ở các cột Cơ quan chủ trì, Nguồn lực, Tiến độ.',
    style: 'note',
  });
  const names: NamePlan[] = [];
  const widths: number[] = [];
  for (const l of lists) {
    const rows = l.rows.length ? l.rows : [l.headers.map(() => '')];
    sheet.tables.push({
      name: l.table,
      row: 4,
      col: l.col,
      columns: l.headers.map((h, i) => ({ header: h, width: l.widths[i], text: true, style: 'label' })),
      rows,
      tableStyle: 'TableStyleLight1',
      headerStyle: 'header',
      showRowStripes: true,
      showFilterButton: false,
    });
    l.widths.forEach((w, i) => (widths[l.col - 1 + i] = w));
    names.push({
      name: l.name,
      ref: `${quoteSheet(CATALOGUE_SHEET)}!${absAddr(5, l.col)}:${absAddr(4 + rows.length, l.col)}`,
      comment: `Danh sách chọn: ${l.headers[0]}`,
      tableColumn: `${l.table}[${l.headers[0]}]`,
    });
  }
  sheet.widths = Array.from({ length: widths.length }, (_, i) => widths[i] ?? 3);
  sheet.print = printSetup(4, 'portrait');
  return { sheet, names };
}
