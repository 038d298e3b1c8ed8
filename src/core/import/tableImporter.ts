import type { SourceDocument } from '../document/types';
import { pushAll } from '../arrays';
import type { NotImported, ProgrammeTable } from '../model';
import { cleanCell, isBold } from '../text';
import { isAttachedLine, isPageArtefact, parseAppendixLabel } from './appendix';
import { headerKeys, HeaderKey, isColumnNumberRow } from './columns';
import { twoRowHeader } from './headerRows';
import { isTableHeading, labelInside } from './tableHeadings';
import { eachRawRow } from './rawRows';
import type { RawRow } from './rows';
import { AppendixInfo, TableBuilder } from './tableBuilder';

export interface TableImport {
  tables: ProgrammeTable[];
  /** 0-based indexes of the lines the tables used (rows, headers, appendix titles). */
  used: Set<number>;
  notImported: NotImported[];
}

/** A table row placed on the document's lines, with the table it belongs to. */
interface PlacedRow {
  row: RawRow;
  table: number;
  index: number;
}

/** The table rows by 0-based line (a later row on the same line replaces the earlier); no entry for other lines. */
function placedRows(doc: SourceDocument): Array<PlacedRow | undefined> {
  const byLine: Array<PlacedRow | undefined> = [];
  doc.tables.forEach((t, ti) => {
    eachRawRow(t, (row, index) => {
      byLine[row.line - 1] = { row, table: ti, index };
    });
  });
  return byLine;
}

/** True when the document holds at least one appendix table (a row that is a header row). */
export function hasTable(doc: SourceDocument): boolean {
  return doc.tables.some((t) => eachRawRow(t, (row) => headerKeys(row.cells) !== null));
}

/**
 * Appendix tables of a document: rows from the document's tables (any input form), headings,
 * titles and labels from the paragraphs around them, the header repeated after every page break.
 */
export function importTables(doc: SourceDocument, documentTitle: string): TableImport {
  const lines = doc.lines;
  const rows = placedRows(doc);
  const tables: ProgrammeTable[] = [];
  const used = new Set<number>();
  const notImported: NotImported[] = [];
  let table: TableBuilder | null = null;
  let tableOf = -1;
  let pending: AppendixInfo | null = null;
  let lastAppendix: AppendixInfo | null = null;
  let collectingTitle = false;
  let attached: string[] | null = null;
  let afterBreak = false;
  let headingBefore: { text: string; line: number } | null = null;
  let titleRows: { text: string; line: number }[] = [];
  const skip = new Set<number>();

  const close = () => {
    if (table) tables.push(table.build());
    table = null;
  };

  const startTable = (row: RawRow, keys: Array<HeaderKey | null>, placed: PlacedRow) => {
    close();
    const base: AppendixInfo = pending ?? lastAppendix ?? { label: '', name: documentTitle };
    const info: AppendixInfo = { ...base };
    if (!pending && lastAppendix) delete info.attachedTo;
    const extra = [...titleRows.map((t) => t.text)];
    if (headingBefore) extra.push(headingBefore.text);
    if (extra.length) info.name = info.name ? `${info.name} — ${extra.join(' ')}` : extra.join(' ');
    for (const t of titleRows) used.add(t.line);
    if (headingBefore) used.add(headingBefore.line);
    titleRows = [];
    headingBefore = null;
    // A second header row beneath, then a row of column numbers, are not tasks.
    let nextIndex = placed.index + 1;
    const nextRow = rowAt(placed.table, nextIndex);
    const two = twoRowHeader(row, keys, nextRow?.row);
    if (two && nextRow) {
      used.add(nextRow.row.line - 1);
      skip.add(nextRow.row.line - 1);
      nextIndex++;
    }
    const numbers = rowAt(placed.table, nextIndex);
    if (numbers && isColumnNumberRow(numbers.row.cells)) {
      used.add(numbers.row.line - 1);
      skip.add(numbers.row.line - 1);
    }
    table = two ? new TableBuilder(info, row, two.keys, two.headers) : new TableBuilder(info, row, keys);
    tableOf = placed.table;
    pushAll(notImported, (table as TableBuilder).unmappedHeaders(row.line));
    if (pending) lastAppendix = pending;
    pending = null;
    collectingTitle = false;
    afterBreak = false;
  };

  // The rows by table and index (a row whose line a later row took is not there, as in `rows`).
  const byTable: PlacedRow[][] = doc.tables.map(() => []);
  for (const p of rows) if (p) byTable[p.table][p.index] = p;
  const rowAt = (t: number, index: number): PlacedRow | undefined => byTable[t]?.[index];
  /** Index of the first header row of each placed table (-1: none). */
  const firstHeader = doc.tables.map((_, ti) => {
    for (let k = 0; ; k++) {
      const p = rowAt(ti, k);
      if (!p) return -1;
      if (headerKeys(p.row.cells)) return k;
    }
  });

  /** The next non-empty line is a header row of a table. */
  const headerFollows = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) {
      if (!lines[j].trim()) continue;
      const p = rows[j];
      return !!p && headerKeys(p.row.cells) !== null;
    }
    return false;
  };

  lines.forEach((text, i) => {
    if (skip.has(i)) return;
    const placed = rows[i];
    if (placed) {
      const row = placed.row;
      const keys = headerKeys(row.cells);
      if (keys) {
        used.add(i);
        if (table && !pending && !titleRows.length && table.isRepeatedHeader(row)) {
          tableOf = placed.table;
          afterBreak = true;
          return;
        }
        startTable(row, keys, placed);
        return;
      }
      // Rows above the header inside the same table: the table's title.
      if (placed.index < firstHeader[placed.table] && placed.table !== tableOf) {
        const t = row.cells.filter(Boolean).join(' ');
        if (t) titleRows.push({ text: cleanCell(t), line: i });
        return;
      }
      if (table && placed.table !== tableOf && firstHeader[placed.table] < 0 && tableOf >= 0) {
        // A table Word split in two (no header of its own) continues the open one.
        tableOf = placed.table;
      }
      if (table && placed.table === tableOf) {
        used.add(i);
        const tb = table as TableBuilder;
        if (row.merged && isPageArtefact(row.cells[0] ?? '')) {
          afterBreak = true;
          return;
        }
        const repeated = tb.isRepeatedHeader(row);
        if (repeated || tb.isSubHeader(row) || isColumnNumberRow(row.cells)) {
          afterBreak = repeated;
          return;
        }
        tb.add(row, afterBreak);
        afterBreak = false;
        return;
      }
      if (row.cells.some(Boolean)) {
        notImported.push({ line: i + 1, text: row.cells.filter(Boolean).join(' | '), reason: 'Dòng bảng nằm ngoài bảng có hàng tiêu đề' });
      }
      used.add(i);
      return;
    }
    const clean = cleanCell(text);
    if (!clean) {
      if (table) afterBreak = true;
      return;
    }
    // A captured web page may run the appendix heading into the paragraph before it
    // ("… ngày 08/10/2025. PHỤ LỤC DANH MỤC … (Kèm theo …)") right above the table.
    const inside = !parseAppendixLabel(text) && headerFollows(i) ? labelInside(clean) : null;
    if (inside) {
      close();
      used.add(i);
      notImported.push({ line: i + 1, text: inside.before, reason: 'Văn bản ngoài bảng phụ lục' });
      pending = { label: inside.label.label, name: inside.name, ...(inside.attachedTo ? { attachedTo: inside.attachedTo } : {}) };
      lastAppendix = null;
      collectingTitle = !inside.attachedTo;
      attached = null;
      headingBefore = null;
      return;
    }
    const label = parseAppendixLabel(text);
    if (label) {
      close();
      used.add(i);
      pending = { label: label.label, name: label.rest };
      lastAppendix = null;
      collectingTitle = true;
      attached = null;
      headingBefore = null;
      return;
    }
    if (collectingTitle && pending) {
      const info: AppendixInfo = pending;
      if (attached || isAttachedLine(text)) {
        used.add(i);
        attached = [...(attached ?? []), clean];
        info.attachedTo = attached.join(' ');
        if (clean.includes(')')) {
          attached = null;
          // A title printed after the "(Kèm theo …)" line is still the appendix's title.
          collectingTitle = !info.name;
        }
        return;
      }
      if (isPageArtefact(text)) return;
      // "1. Các nhiệm vụ …" under the appendix title heads the first of its tables.
      if (isTableHeading(clean) && info.name) {
        headingBefore = { text: clean, line: i };
        collectingTitle = false;
        return;
      }
      used.add(i);
      info.name = info.name ? `${info.name} ${clean}` : clean;
      return;
    }
    if (table && isPageArtefact(text)) {
      afterBreak = true;
      return;
    }
    // Prose after a table ends it; a short heading before the next table titles that table.
    close();
    // A title in capitals (or bold) right above a header row, with no blank line: a merged title row
    // of the table that the paste printed without TAB.
    const capital = clean === clean.toUpperCase() && /\p{Lu}/u.test(clean);
    const adjacentTitle = (capital || isBold(text)) && clean.length <= 200 && rows[i + 1] !== undefined && headerKeys(rows[i + 1]!.row.cells) !== null;
    headingBefore = isTableHeading(clean) || adjacentTitle ? { text: clean, line: i } : null;
  });
  close();
  return { tables, used, notImported };
}
