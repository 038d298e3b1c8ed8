/**
 * The streaming .xlsx writer: the command line's writer for import and split workbooks.
 *
 * Why this design (issue 15): ExcelJS's in-memory writer keeps a cell object, a style object and
 * a value per cell and serialises the whole model at the end (3.2× ExcelJS's streaming writer,
 * 1.5 GB at 50,000 items, out of memory at 300,000). ExcelJS's streaming WorkbookWriter writes no
 * tables, so tables, calculated columns and internal links would still be patched into its
 * output afterwards (another pass over the package). Here the sheet XML is written directly from
 * the host-free WorkbookPlan as a sequence of strings (sheetXml.ts), deflated by Node's zlib as it
 * is produced, inside a zip written by `yazl` (small, maintained, zlib-based; one entry at a time,
 * each opened only when its turn comes — addReadStreamLazy). So a sheet's text is never held
 * whole: memory is the plan, its formulas' cached results (a lookup: one status per task row, one
 * result per loose formula cell), the shared strings and, only when the
 * bytes are gathered into one Buffer (streamWorkbookBytes), the compressed output; the command
 * line writes workbookStream to its file as it is produced. The other parts (workbook, styles, tables, relationships, content types, properties)
 * are generated from the same plan (packageParts.ts, styleSheet.ts, sheetXml.ts#tableXml).
 *
 * The workbook is the ExcelJS renderer's (../exceljs): the same cells, styles, tables with their
 * calculated-column formulas, conditional formats, validations, names, merges, links, widths,
 * heights, frozen panes, print setup and cached formula results — without what the package
 * fixes there repair (packageFixes.ts: external relationships beside `location`, missing
 * calculatedColumnFormula): they are written right here in the first place. Charts: none, as
 * there. The plan is not changed.
 */
import { Readable } from 'stream';
import { ZipFile } from 'yazl';
import { cachedResultsOf } from '../../core/plan/cachedResults';
import { singleLineHeaders } from '../../core/plan/tableHeaders';
import type { WorkbookPlan } from '../../core/plan/types';
import { appProps, contentTypes, coreProps, packageRels, workbookRels, workbookXml } from './packageParts';
import { SharedStrings } from './sharedStrings';
import { sheetRels, sheetXml, tableXml } from './sheetXml';
import { StyleSheet } from './styleSheet';

/** Excel's default "Office Theme" part, the one ExcelJS ships and writes (exceljs/lib/xlsx/xml/theme1.js). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OFFICE_THEME: string = require('exceljs/lib/xlsx/xml/theme1.js');

/**
 * A readable stream of one part, its text produced only when the zip asks for it. An error
 * producing it goes to `failed` (which fails the workbook's stream); the part then just stops:
 * the zip does not listen for its errors, so an 'error' event there would be an uncaught one.
 */
function partStream(chunks: () => Iterator<string>, failed: (e: unknown) => void): Readable {
  let it: Iterator<string> | null = null;
  return new Readable({
    read() {
      try {
        it ??= chunks();
        const n = it.next();
        this.push(n.done ? null : Buffer.from(n.value, 'utf8'));
      } catch (e) {
        failed(e);
        this.destroy();
      }
    },
  });
}

/**
 * The .xlsx of a plan as a stream of its bytes, written part by part (see above) as the reader
 * takes them: the whole file is never held, so the command line pipes it to its file. `now`: the
 * created/modified date of the document properties. The stream fails ('error') with the error of
 * a part that could not be written; an error computing the cached results is thrown at once.
 */
export function workbookStream(plan: WorkbookPlan, now: Date = new Date()): Readable {
  const shown = singleLineHeaders(plan);
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  // Cached results as a lookup the sheets read as they write each cell: the rows are not copied.
  const book = { styles, strings, named: shown.styles, results: cachedResultsOf(shown) };
  const zip = new ZipFile();
  // yazl's output is a PassThrough (typed as the plain NodeJS.ReadableStream).
  const output = zip.outputStream as Readable;
  let failed = false;
  const fail = (e: unknown): void => {
    if (failed) return;
    failed = true;
    output.destroy(e instanceof Error ? e : new Error(String(e)));
  };
  zip.on('error', fail);

  const text = (s: string): Buffer => Buffer.from(s, 'utf8');
  // zlib's fastest level, as ExcelJS's streaming writer (archiver's default): the XML is
  // repetitive, so the file stays smaller than theirs; level 6 costs about twice the CPU.
  const deflate = { compressionLevel: 1 };
  let tableId = 0;
  const ids = shown.sheets.map((s) => s.tables.map(() => ++tableId));
  zip.addBuffer(text(contentTypes(shown.sheets.length, tableId)), '[Content_Types].xml', deflate);
  zip.addBuffer(text(packageRels()), '_rels/.rels', deflate);
  zip.addBuffer(text(coreProps(shown, now)), 'docProps/core.xml', deflate);
  zip.addBuffer(text(appProps(shown)), 'docProps/app.xml', deflate);
  zip.addBuffer(text(workbookXml(shown)), 'xl/workbook.xml', deflate);
  zip.addBuffer(text(workbookRels(shown.sheets.length)), 'xl/_rels/workbook.xml.rels', deflate);
  // The Office theme, as Excel and ExcelJS write it: ExcelJS, loading the workbook again (merge,
  // report), writes a theme relationship whether or not the file had a theme part.
  zip.addBuffer(text(OFFICE_THEME), 'xl/theme/theme1.xml', deflate);
  shown.sheets.forEach((s, i) => {
    zip.addReadStreamLazy(`xl/worksheets/sheet${i + 1}.xml`, deflate, (cb) =>
      cb(
        null,
        partStream(() => sheetXml(s, book, { ids: ids[i] }), fail),
      ),
    );
    const rels = sheetRels(ids[i]);
    if (rels) zip.addBuffer(text(rels), `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, deflate);
    s.tables.forEach((t, j) => zip.addBuffer(text(tableXml(t, ids[i][j])), `xl/tables/table${ids[i][j]}.xml`));
  });
  // Known only once every sheet is written: the zip opens these after the sheets.
  zip.addReadStreamLazy('xl/styles.xml', deflate, (cb) =>
    cb(
      null,
      partStream(() => [styles.xml()][Symbol.iterator](), fail),
    ),
  );
  zip.addReadStreamLazy('xl/sharedStrings.xml', deflate, (cb) =>
    cb(
      null,
      partStream(() => strings.xml(), fail),
    ),
  );
  zip.end();
  return output;
}

/**
 * The .xlsx bytes of a plan in one Buffer (workbookStream gathered), for callers that need the
 * whole file at once (tests, the bench). Rejects with the error of a part that could not be
 * written.
 */
export function streamWorkbookBytes(plan: WorkbookPlan, now: Date = new Date()): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const out: Buffer[] = [];
    const stream = workbookStream(plan, now);
    stream.on('data', (b: Buffer) => out.push(b));
    stream.on('end', () => resolve(Buffer.concat(out)));
    stream.on('error', reject);
  });
}
