/**
 * Several programmes in one workbook ("Giữ cả hai"): each keeps its own appendix sheets and
 * tables, named with its tag so Excel's rules hold — the first programme keeps the names it had
 * ("Phụ lục 3", PhuLuc_1), the k-th (k ≥ 2) is prefixed "CTk" ("CT2 Phụ lục 3", CT2_PhuLuc_1;
 * sheet names cut to 31 characters and made unique by layout.sheetName). Tổng hợp, Kiểm tra and
 * Danh mục are shared: Tổng hợp counts all programmes, with a block per programme.
 *
 * The sheet "Chương trình" (only in a workbook holding two or more) lists them in the table
 * DsChuongTrinh — Ký hiệu, Chương trình (title), Số hiệu, Cơ quan ban hành, Các trang — so a later
 * import can tell which programme it continues (programmeIdentity.ts) and which sheets are whose.
 */
import { emptySheet } from './layout';
import type { ProgrammeIdentity } from './programmeIdentity';
import { issuerInAttached, normaliseWrittenNumber, numberInAttached, printedNumberInAttached, taskKey, ProgrammeFacts } from './programmeIdentity';
import type { CellScalar, TableData, WorkbookSnapshot } from './sheetData';
import { text } from './sheetData';
import type { SheetPlan } from './types';
import { columnsByMeaning } from './workbookColumns';

export const PROGRAMME_SHEET = 'Chương trình';
export const PROGRAMME_TABLE = 'DsChuongTrinh';
export const PROGRAMME_HEADERS = ['Ký hiệu', 'Chương trình', 'Số hiệu', 'Cơ quan ban hành', 'Các trang'];

/** Tag of the k-th programme (1-based): "CT1", "CT2" … */
export const programmeTag = (k: number): string => `CT${k}`;

/** The prefix of a tag's sheet and table names: none for CT1 (its names stay as one programme had them). */
export const tagPrefix = (tag: string): string => (tag === 'CT1' ? '' : tag);

/** The tag a table belongs to: from its name "CT2_PhuLuc_1", else its sheet "CT2 Phụ lục 1", else CT1. */
export function tagOfTable(t: Pick<TableData, 'table' | 'sheet'>): string {
  const m = /^(CT\d+)_/i.exec(t.table) ?? /^(CT\d+) /i.exec(t.sheet);
  return m ? m[1].toUpperCase() : 'CT1';
}

/** One programme as the workbook holds it. */
export interface WorkbookProgramme extends ProgrammeFacts {
  tag: string;
  tables: TableData[];
  sheets: string[];
}

/** A registry row of the old workbook: [tag, title, number, issuer, sheets]. */
function registry(rows: CellScalar[][] | undefined): Map<string, ProgrammeIdentity> {
  const out = new Map<string, ProgrammeIdentity>();
  for (const r of rows ?? []) {
    const tag = text(r[0]).toUpperCase();
    if (/^CT\d+$/.test(tag)) {
      const written = text(r[2]).trim();
      out.set(tag, { title: text(r[1]), number: written ? normaliseWrittenNumber(written) : '', ...(written ? { printed: written } : {}), issuer: text(r[3]) });
    }
  }
  return out;
}

/**
 * The programmes a workbook holds, in tag order: its appendix tables grouped by tag, each with
 * its identity (the Chương trình sheet's row, else the title on Tổng hợp and the "(Kèm theo …)"
 * lines of its sheets) and its task texts. Empty when it holds no appendix table.
 */
export function workbookProgrammes(s: WorkbookSnapshot): WorkbookProgramme[] {
  const byTag = new Map<string, TableData[]>();
  for (const t of s.tables) byTag.set(tagOfTable(t), [...(byTag.get(tagOfTable(t)) ?? []), t]);
  const known = registry(s.programmeRows);
  const tags = [...byTag.keys()].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
  return tags.map((tag) => {
    const tables = byTag.get(tag)!;
    const rec = known.get(tag);
    const attached = tables.map((t) => t.attachedTo);
    const summaryTitle = known.size === 0 ? text(s.summary?.title ?? null) : '';
    const identity: ProgrammeIdentity = {
      title: rec?.title || summaryTitle,
      number: rec?.number || attached.map(numberInAttached).find(Boolean) || '',
      printed: rec?.printed || attached.map(printedNumberInAttached).find(Boolean) || '',
      issuer: rec?.issuer || attached.map(issuerInAttached).find(Boolean) || '',
    };
    const tasks = tables
      .flatMap((t) => {
        const c = columnsByMeaning(t.headers).get('task');
        return c === undefined ? [] : t.rows.map((r) => taskKey(text(r[c])));
      })
      .filter(Boolean);
    return { tag, tables, sheets: [...new Set(tables.map((t) => t.sheet))], identity, tasks };
  });
}

/** The Chương trình sheet: one row per programme (tag, title, number, issuer, its sheets). */
export function planProgrammeSheet(rows: Array<{ tag: string; identity: ProgrammeIdentity; sheets: string[] }>): SheetPlan {
  const sheet = emptySheet(PROGRAMME_SHEET, 'settings');
  sheet.tabColor = '7F7F7F';
  sheet.widths = [10, 70, 16, 40, 60];
  sheet.cells.push({ row: 1, col: 1, value: 'CÁC CHƯƠNG TRÌNH, KẾ HOẠCH TRONG SỔ', style: 'sheetTitle' });
  sheet.cells.push({
    row: 2,
    col: 1,
    style: 'note',
    value: 'Mỗi chương trình có các trang phụ lục riêng (trang của chương trình thứ hai trở đi bắt đầu bằng ký hiệu của nó); trang Tổng hợp tính chung và theo từng chương trình.',
  });
  sheet.tables.push({
    name: PROGRAMME_TABLE,
    row: 4,
    col: 1,
    tableStyle: 'TableStyleLight1',
    headerStyle: 'header',
    showRowStripes: true,
    showFilterButton: false,
    columns: PROGRAMME_HEADERS.map((header, i) => ({ header, width: sheet.widths[i], text: true, style: 'label' })),
    rows: rows.map((r) => [r.tag, r.identity.title, r.identity.printed || r.identity.number, r.identity.issuer, r.sheets.join('; ')]),
  });
  return sheet;
}
