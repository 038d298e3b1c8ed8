import type { NotImported, ProgrammeTable } from '../model';
import { cleanCell } from '../text';
import { isAttachedLine, isPageArtefact, parseAppendixLabel } from './appendix';
import { headerKeys } from './columns';
import { toRow, ttShape } from './rows';
import { AppendixInfo, TableBuilder } from './tableBuilder';

export interface TableImport {
  tables: ProgrammeTable[];
  /** 0-based indexes of the lines the tables used (rows, headers, appendix titles). */
  used: Set<number>;
  notImported: NotImported[];
}

/** True when the text holds at least one appendix table (a TAB-separated header row). */
export function hasTable(lines: string[]): boolean {
  return lines.some((l) => l.includes('\t') && headerKeys(toRow(0, l).cells) !== null);
}

/**
 * Appendix tables as copied out of Word: one row per line, cells separated by TAB,
 * the header repeated after every page break.
 */
export function importTables(lines: string[], documentTitle: string): TableImport {
  const tables: ProgrammeTable[] = [];
  const used = new Set<number>();
  const notImported: NotImported[] = [];
  let table: TableBuilder | null = null;
  let pending: AppendixInfo | null = null;
  let collectingTitle = false;
  let attached: string[] | null = null;
  let afterBreak = false;

  const close = () => {
    if (table) tables.push(table.build());
    table = null;
  };

  lines.forEach((text, i) => {
    const lineNo = i + 1;
    if (text.includes('\t')) {
      const row = toRow(lineNo, text);
      const keys = headerKeys(row.cells);
      if (keys) {
        used.add(i);
        if (table && !pending && table.isRepeatedHeader(row)) {
          afterBreak = true;
          return;
        }
        close();
        const info = pending ?? { label: '', name: documentTitle };
        table = new TableBuilder(info, row, keys);
        notImported.push(...(table as TableBuilder).unmappedHeaders(row));
        pending = null;
        collectingTitle = false;
        afterBreak = false;
        return;
      }
      if (table) {
        used.add(i);
        (table as TableBuilder).add(row, afterBreak);
        afterBreak = false;
        return;
      }
      if (row.cells.some(Boolean)) {
        notImported.push({ line: lineNo, text: row.cells.filter(Boolean).join(' | '), reason: 'Dòng bảng nằm ngoài bảng có hàng tiêu đề' });
      }
      return;
    }
    const clean = cleanCell(text);
    if (!clean) {
      if (table) afterBreak = true;
      return;
    }
    const label = parseAppendixLabel(text);
    if (label) {
      close();
      used.add(i);
      pending = { label: label.label, name: label.rest };
      collectingTitle = true;
      attached = null;
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
          collectingTitle = false;
        }
        return;
      }
      if (isPageArtefact(text)) return;
      used.add(i);
      info.name = info.name ? `${info.name} ${clean}` : clean;
      return;
    }
    if (table && isPageArtefact(text)) {
      afterBreak = true;
      return;
    }
    // A row whose other cells are all missing has no TAB left: a bare number inside a table is a row.
    if (table && ttShape(clean) !== 'other' && !/\s/.test(clean)) {
      used.add(i);
      (table as TableBuilder).add(toRow(lineNo, text), afterBreak);
      afterBreak = false;
      return;
    }
    // Prose after a table ends it.
    close();
  });
  close();
  return { tables, used, notImported };
}
