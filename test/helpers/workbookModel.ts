/**
 * What a workbook holds, as plain data read back by ExcelJS (after relativeTargets, as re-import
 * reads it) plus the tables' calculated-column formulas read from the package: per sheet the
 * cells (value, formula, cached result, style, link), merges, column widths/hidden/font, row
 * heights, tables, conditional formats, validations, frozen panes, tab colour, print setup and
 * protection; and the workbook's defined names. Two writers of one plan must give equal models.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { relativeTargets } from '../../src/render/exceljs/relTargets';

type Json = unknown;

/** Drops undefined, false and empty values so that "not set" and "set to the default" compare equal. */
function clean(v: Json): Json {
  if (Array.isArray(v)) return v.map(clean);
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(v).sort()) {
      const x = clean((v as Record<string, Json>)[k]);
      if (x === undefined || x === false || x === null || (typeof x === 'object' && !Array.isArray(x) && Object.keys(x as object).length === 0)) continue;
      out[k] = x;
    }
    return out;
  }
  return v;
}

const styleOf = (c: ExcelJS.Cell): Json =>
  clean({ font: c.font, fill: c.fill, border: c.border, alignment: c.alignment, numFmt: c.numFmt === 'General' ? undefined : c.numFmt, protection: c.protection });

/** A cell's value; a formula as its own text (a shared formula's cell: translated from its first cell) and cached result. */
function valueOf(c: ExcelJS.Cell): Json {
  const v = c.value;
  if (c.type === ExcelJS.ValueType.Formula) return { formula: c.formula, result: c.result ?? null };
  if (v && typeof v === 'object' && 'hyperlink' in v) return { text: v.text, hyperlink: v.hyperlink };
  return v;
}

export async function workbookModel(bytes: Uint8Array): Promise<Json> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await relativeTargets(bytes)) as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const calculated: Record<string, string[]> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const table = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)![1];
    const text = (x: string) =>
      x
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
        .replace(/&amp;/g, '&');
    calculated[table] = [...xml.matchAll(/<calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/g)].map((m) => text(m[1]));
  }
  const sheets = wb.worksheets.map((ws) => {
    const cells: Record<string, Json> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        cells[c.address] = clean({ value: c.isMerged && c.master !== c ? null : valueOf(c), style: styleOf(c) });
      }),
    );
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.height) heights[row.number] = row.height;
    });
    const columns = Array.from({ length: ws.columnCount }, (_, i) => {
      const col = ws.getColumn(i + 1);
      return clean({ width: col.width, hidden: col.hidden, font: col.font });
    });
    const m = ws.model as unknown as Record<string, Json>;
    return clean({
      name: ws.name,
      tabColor: ws.properties.tabColor,
      views: (ws.views ?? [])
        .map((v) => ({ state: v.state, xSplit: (v as { xSplit?: number }).xSplit || 0, ySplit: (v as { ySplit?: number }).ySplit || 0 }))
        .filter((v) => v.state !== 'normal' || v.xSplit || v.ySplit),
      cells,
      heights,
      columns,
      merges: [...((m.merges as string[]) ?? [])].sort(),
      tables: (ws.getTables() as unknown as Array<{ table: Record<string, Json> & { name: string; columns: Array<{ name: string; filterButton?: boolean }> } }>).map(
        ({ table: t }) => ({
          name: t.name,
          ref: t.tableRef,
          style: t.style,
          columns: t.columns.map((c) => ({ name: c.name, filterButton: c.filterButton !== false })),
          calculated: calculated[t.name],
        }),
      ),
      conditionalFormats: m.conditionalFormattings,
      validations: (m.dataValidations as Json) ?? {},
      pageSetup: { ...ws.pageSetup, horizontalDpi: undefined, verticalDpi: undefined, scale: undefined, printArea: ws.pageSetup.printArea?.replace(/\$/g, '') },
      headerFooter: ws.headerFooter,
      protection: (ws as unknown as { sheetProtection?: Json }).sheetProtection,
    });
  });
  const names = (wb.definedNames.model as Array<{ name: string; ranges: string[] }>).map((n) => clean(n));
  return clean({ sheets, names });
}
