/**
 * Table column names as an .xlsx can hold them. A table's column name must equal its header
 * cell; a name written with a raw line break (a user's header typed with Alt+Enter, carried over
 * by re-import) comes back from the XML attribute with the break turned into a space, the two
 * differ, and Excel "repairs" the table (xlsx-check: "table column names equal their header
 * cells"). So, for the file only, each line break of a header becomes one space — name and cell
 * stay equal — and a header that then equals another in its table gets " (2)", " (3)" …, since
 * Excel requires distinct column names. The Office.js renderer needs none of this: Excel names
 * the columns itself. Host-free; the plan given is not changed.
 */
import type { TablePlan, WorkbookPlan } from './types';

function tableHeaders(t: TablePlan): TablePlan {
  if (!t.columns.some((c) => /[\r\n]/.test(c.header))) return t;
  const seen = new Set<string>();
  const columns = t.columns.map((c) => {
    let header = c.header.replace(/\r\n|\r|\n/g, ' ');
    for (let n = 2; seen.has(header.toLocaleLowerCase('vi')); n++) header = `${c.header.replace(/\r\n|\r|\n/g, ' ')} (${n})`;
    seen.add(header.toLocaleLowerCase('vi'));
    return header === c.header ? c : { ...c, header };
  });
  return { ...t, columns };
}

/** The plan with single-line, distinct table column names (see above). */
export function singleLineHeaders(plan: WorkbookPlan): WorkbookPlan {
  if (!plan.sheets.some((s) => s.tables.some((t) => t.columns.some((c) => /[\r\n]/.test(c.header))))) return plan;
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, tables: s.tables.map(tableHeaders) })) };
}
