/**
 * What ExcelJS cannot write, set right in the package it wrote (Excel would otherwise repair the
 * file or behave less well; ../shared/tools/xlsx-check flags each as WARN):
 * - a link inside the workbook ("#'Phụ lục'!C7") is written with `location` AND an external
 *   relationship to a file of that name: the relationship is dropped, `location` alone jumps;
 * - a table column whose body is one formula (Tình trạng) gets its `calculatedColumnFormula`, so a
 *   row a user adds to the table gets the formula, its status and its colour;
 * Everything else is left byte for byte. Host-free apart from jszip.
 */
import JSZip from 'jszip';
import type { WorkbookPlan } from '../../core/plan/types';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const unesc = (s: string): string =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Calculated-column formulas of the plan (ColumnPlan.calculated), by table name and column header. */
export function calculatedColumns(plan: WorkbookPlan): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const s of plan.sheets) {
    for (const t of s.tables) {
      for (const c of t.columns) {
        if (!c.calculated) continue;
        const m = out.get(t.name) ?? new Map<string, string>();
        m.set(c.header, c.calculated.replace(/^=/, ''));
        out.set(t.name, m);
      }
    }
  }
  return out;
}

/** Internal links: drop the external relationship ExcelJS adds beside `location`. */
async function internalLinks(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (!xml.includes('location=')) continue;
    const dropped = new Set<string>();
    const fixed = xml.replace(/<hyperlink\b([^>]*?)\s+r:id="([^"]+)"([^>]*?)\blocation="([^"]*)"/g, (all, a: string, id: string, b: string, loc: string) => {
      dropped.add(id);
      return `<hyperlink${a}${b}location="${loc}"`;
    });
    if (!dropped.size) continue;
    zip.file(name, fixed);
    const relsName = name.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
    const rels = zip.file(relsName);
    if (!rels) continue;
    const r = (await rels.async('string')).replace(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\/>/g, (all, id: string) => (dropped.has(id) ? '' : all));
    zip.file(relsName, r);
  }
}

/** Calculated column formulas for the columns whose body is one formula. */
async function calculatedColumnFormulas(zip: JSZip, columns: Map<string, Map<string, string>>): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const table = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const formulas = table ? columns.get(unesc(table)) : undefined;
    if (!formulas) continue;
    const fixed = xml.replace(/<tableColumn\b([^>]*?)\bname="([^"]*)"([^>]*?)\/>/g, (all, a: string, col: string, b: string) => {
      const f = formulas.get(unesc(col));
      return f === undefined ? all : `<tableColumn${a}name="${col}"${b}><calculatedColumnFormula>${esc(f)}</calculatedColumnFormula></tableColumn>`;
    });
    if (fixed !== xml) zip.file(name, fixed);
  }
}

/**
 * The calculated-column formulas a package declares (`<calculatedColumnFormula>` of its tables),
 * by table name and column name, without "=". ExcelJS drops them when it loads a workbook, so a
 * workbook it writes back (a master after `merge`) gets them from here. Empty for a package that
 * declares none or cannot be read as a zip.
 */
export async function declaredCalculatedColumns(bytes: Uint8Array): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return out;
  }
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const table = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    if (!table) continue;
    const cols = new Map<string, string>();
    const re = /<tableColumn\b[^>]*?\bname="([^"]*)"[^>]*?>\s*<calculatedColumnFormula\b[^>]*>([^<]*)<\/calculatedColumnFormula>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) cols.set(unesc(m[1]), unesc(m[2]).replace(/^=/, ''));
    if (cols.size) out.set(unesc(table), cols);
  }
  return out;
}

/**
 * The package with the fixes above; `plan` is what was drawn, or null for a loaded workbook
 * written back (a master after `merge`/`report`): then `declared` (declaredCalculatedColumns of
 * the package it was loaded from) gives the calculated columns, as ExcelJS drops them.
 */
export async function fixPackage(bytes: Uint8Array, plan: WorkbookPlan | null, declared?: Map<string, Map<string, string>>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await internalLinks(zip);
  const calculated = plan ? calculatedColumns(plan) : declared;
  if (calculated?.size) await calculatedColumnFormulas(zip, calculated);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
