/**
 * openpyxl as an independent reader (Debian's python3-openpyxl, through /usr/bin/python3):
 * dumps what a workbook holds — cell values (or recalculated results with data_only), number
 * formats, tables, conditional formats, validations, frozen panes, page setup, print titles,
 * defined names and hyperlinks — as JSON.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

export interface SheetDump {
  title: string;
  /** "A1" → value (dates as ISO strings, formulas as "=…" when not data_only). */
  cells: Record<string, string | number | boolean | null>;
  /** "A1" → "s" (string), "n", "f" (formula), "b", "d". */
  types: Record<string, string>;
  numFmts: Record<string, string>;
  fonts: Record<string, { name: string | null; size: number | null; bold: boolean; strike: boolean }>;
  hyperlinks: Record<string, string>;
  tables: Record<string, { ref: string; columns: string[] }>;
  conditionalFormats: Array<{ range: string; formula: string[]; fill: string | null; font: string | null; strike: boolean; stopIfTrue: boolean }>;
  validations: Array<{ type: string; sqref: string; formula1: string | null; errorStyle: string | null; allowBlank: boolean }>;
  freeze: string | null;
  page: {
    paperSize: string | null;
    orientation: string | null;
    fitToWidth: number | null;
    fitToHeight: number | null;
    firstPageNumber: number | null;
    useFirstPageNumber: boolean;
  };
  margins: { top: number; bottom: number; left: number; right: number };
  printTitleRows: string | null;
  header: { differentFirst: boolean; oddCenter: string | null; oddCenterFont: [string | null, number | null] | null; firstCenter: string | null };
  footer: { oddCenter: string | null };
  /** The print area as openpyxl reads it (its ranges: ["$A:$F"]), or null. */
  printArea: string[] | null;
  merged: string[];
}

export interface WorkbookDump {
  sheets: SheetDump[];
  names: Record<string, string>;
  fullCalcOnLoad: boolean | null;
}

const SCRIPT = join(__dirname, 'xlsx_dump.py');

export function inspectXlsx(file: string, dataOnly = false): WorkbookDump {
  const r = spawnSync('/usr/bin/python3', [SCRIPT, file, dataOnly ? '1' : '0'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`openpyxl failed on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as WorkbookDump;
}

export const sheetOf = (d: WorkbookDump, title: string): SheetDump => {
  const s = d.sheets.find((x) => x.title === title);
  if (!s) throw new Error(`no sheet "${title}" in ${d.sheets.map((x) => x.title).join(', ')}`);
  return s;
};
