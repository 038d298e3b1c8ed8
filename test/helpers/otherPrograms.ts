/**
 * Packages SHAPED LIKE those of programs we cannot run here, derived from a workbook Phụ lục wrote
 * by rewriting its zip (jszip). They are emulations, built from what is publicly known of those
 * programs' files — not files the programs wrote:
 *
 * - `shapedLikeGoogleSheetsExport` (File › Download › .xlsx): Google Sheets keeps no Excel tables
 *   (a table comes back as a plain range with its formatting), so the table parts go and a formula
 *   that referred to a table keeps only its computed value (Sheets would rewrite it into cell
 *   ranges); no calculation chain, no docProps/app.xml; defined names, validations and sheet
 *   names kept. Strings stay in the shared-string table, or, with `strings: 'inline'`, are written
 *   inline in the cells (`t="inlineStr"`), as several exporters do.
 * - `shapedLikeWpsSave` (WPS Office, Save as .xlsx): the Excel package plus WPS's own parts and
 *   markup — the `etc:` namespace (http://www.wps.cn/officeDocument/2017/etCustomData) declared on
 *   the workbook and sheets with an `etc:`-qualified extension list, a `xl/cellimages.xml` part
 *   (WPS's pictures placed in cells) with its relationship and content type, and
 *   `docProps/custom.xml` with the KSOProductBuildVer property.
 *
 * `typeCells` types values into cells first, as a user would in either program (strings into the
 * shared-string table, numbers as numbers: a date is its serial day number).
 */
import JSZip from 'jszip';

const ETC = 'http://www.wps.cn/officeDocument/2017/etCustomData';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unesc = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const text = async (zip: JSZip, name: string): Promise<string> => {
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async('string');
};

/** Sheet name → worksheet part path ("xl/worksheets/sheet2.xml"). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && target.has(id)) out.set(unesc(name), target.get(id)!);
  }
  return out;
}

const colNumber = (ref: string): number => [.../^[A-Z]+/.exec(ref)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The sheet XML with cell `ref` replaced by `cell` (inserted in column order, its row made when missing). */
function putCell(xml: string, ref: string, cell: string): string {
  const row = Number(/\d+$/.exec(ref)![0]);
  const existing = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) return xml.replace(existing, cell);
  const rowRe = new RegExp(`<row r="${row}"([^>]*?)(/>|>([\\s\\S]*?)</row>)`);
  const m = rowRe.exec(xml);
  if (!m) {
    // A new row, before the first row with a higher number (or at the end of sheetData).
    const after = [...xml.matchAll(/<row r="(\d+)"/g)].find((r) => Number(r[1]) > row);
    const newRow = `<row r="${row}">${cell}</row>`;
    if (after) return xml.slice(0, after.index) + newRow + xml.slice(after.index);
    return xml.replace(/<sheetData\/>/, `<sheetData>${newRow}</sheetData>`).replace(/<\/sheetData>/, `${newRow}</sheetData>`);
  }
  const cells = m[3] ?? '';
  const parts = [...cells.matchAll(/<c r="([A-Z]+)\d+"(?:[^>]*\/>|[^>]*>[\s\S]*?<\/c>)/g)];
  const before = parts.find((p) => colNumber(p[1]) > colNumber(ref));
  const body = before ? cells.slice(0, before.index) + cell + cells.slice(before.index) : cells + cell;
  return xml.replace(rowRe, `<row r="${row}"${m[1]}>${body}</row>`);
}

/** Keeps the cell's style (s="…") when it had one. */
const styleOf = (xml: string, ref: string): string => new RegExp(`<c r="${ref}"[^>]*?(\\ss="\\d+")`).exec(xml)?.[1] ?? '';

/**
 * Types values into cells, as a user would: `cells` = [sheet name, "H8", value]; strings go into
 * the shared-string table (inline when the package has none), numbers (dates as serial days) as numbers.
 */
export async function typeCells(bytes: Uint8Array, cells: Array<[string, string, string | number]>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let sst = zip.file('xl/sharedStrings.xml') ? await text(zip, 'xl/sharedStrings.xml') : null;
  let count = sst ? (sst.match(/<si>/g) ?? []).length : 0;
  const xmls = new Map<string, string>();
  for (const [sheet, ref, value] of cells) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`no sheet ${sheet}`);
    const xml = xmls.get(part) ?? (await text(zip, part));
    const s = styleOf(xml, ref);
    let cell: string;
    if (typeof value === 'number') cell = `<c r="${ref}"${s}><v>${value}</v></c>`;
    else if (sst) {
      sst = sst.replace(/<\/sst>/, `<si><t xml:space="preserve">${esc(value)}</t></si></sst>`);
      cell = `<c r="${ref}"${s} t="s"><v>${count++}</v></c>`;
    } else cell = `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
    xmls.set(part, putCell(xml, ref, cell));
  }
  for (const [part, xml] of xmls) zip.file(part, xml);
  if (sst) zip.file('xl/sharedStrings.xml', sst.replace(/\bcount="\d+"/, `count="${count}"`).replace(/\buniqueCount="\d+"/, `uniqueCount="${count}"`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Removes a part, the relationships that point at it and its content-type override. */
async function dropPart(zip: JSZip, part: string): Promise<void> {
  zip.remove(part);
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.[\]]/g, '\\$&')}"[^>]*/>`), ''));
}

/** Every shared string as plain text, by index. */
function sharedStrings(sst: string): string[] {
  return [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unesc(t[1])).join(''));
}

/** See the file comment. */
export async function shapedLikeGoogleSheetsExport(bytes: Uint8Array, opts: { strings?: 'shared' | 'inline' } = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = [...(await sheetParts(zip)).values()];
  const tableNames: string[] = [];
  for (const t of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(await text(zip, t))?.[1];
    if (name) tableNames.push(unesc(name));
    await dropPart(zip, t);
  }
  zip.remove('xl/tables/');
  const sstPart = zip.file('xl/sharedStrings.xml');
  const strings = sstPart ? sharedStrings(await sstPart.async('string')) : [];
  const inline = (v: string, s: string, ref: string): string => `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  const refersToTable = (f: string): boolean => tableNames.some((n) => unesc(f).includes(`${n}[`));
  for (const part of parts) {
    let xml = await text(zip, part);
    xml = xml.replace(/<tableParts\b[^>]*\/>|<tableParts\b[^>]*>[\s\S]*?<\/tableParts>/g, '');
    // Formulas over a table: their computed value only.
    xml = xml.replace(/<c r="([A-Z]+\d+)"([^>]*)>\s*<f\b[^>]*>([\s\S]*?)<\/f>\s*(?:<v>([\s\S]*?)<\/v>)?\s*<\/c>/g, (all, ref: string, attrs: string, f: string, v?: string) => {
      if (!refersToTable(f)) return all;
      const s = /\ss="\d+"/.exec(attrs)?.[0] ?? '';
      if (v === undefined) return `<c r="${ref}"${s}/>`;
      return /\bt="(str|s)"/.test(attrs) ? inline(unesc(v), s, ref) : /\bt="b"/.test(attrs) ? `<c r="${ref}"${s} t="b"><v>${v}</v></c>` : `<c r="${ref}"${s}><v>${v}</v></c>`;
    });
    if (opts.strings === 'inline') {
      xml = xml.replace(/<c r="([A-Z]+\d+)"([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (all, ref: string, a: string, b: string, i: string) =>
        inline(strings[Number(i)] ?? '', /\ss="\d+"/.exec(a + b)?.[0] ?? '', ref),
      );
    }
    zip.file(part, xml);
    const relsName = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = zip.file(relsName);
    if (rels) zip.file(relsName, (await rels.async('string')).replace(/<Relationship\b[^>]*Type="[^"]*\/table"[^>]*\/>/g, ''));
  }
  if (opts.strings === 'inline' && sstPart) {
    await dropPart(zip, 'xl/sharedStrings.xml');
    const r = await text(zip, 'xl/_rels/workbook.xml.rels');
    zip.file('xl/_rels/workbook.xml.rels', r.replace(/<Relationship\b[^>]*Type="[^"]*\/sharedStrings"[^>]*\/>/g, ''));
  }
  for (const p of ['xl/calcChain.xml', 'docProps/app.xml']) {
    if (!zip.file(p)) continue;
    await dropPart(zip, p);
    for (const relsName of ['_rels/.rels', 'xl/_rels/workbook.xml.rels']) {
      const rels = await text(zip, relsName);
      zip.file(relsName, rels.replace(new RegExp(`<Relationship\\b[^>]*Target="/?(?:xl/)?${p.replace(/^xl\//, '').replace(/\./g, '\\.')}"[^>]*/>`, 'g'), ''));
    }
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Declares xmlns:etc on the root element of `xml` (whose tag is `root`) and marks it ignorable. */
function withEtc(xml: string, root: string): string {
  return xml.replace(new RegExp(`<${root}\\b([^>]*)>`), (all, attrs: string) => {
    let a = attrs.includes('xmlns:etc=') ? attrs : `${attrs} xmlns:etc="${ETC}"`;
    if (!a.includes('xmlns:mc=')) a += ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    a = /mc:Ignorable="/.test(a)
      ? a.replace(/mc:Ignorable="([^"]*)"/, (m, v: string) => `mc:Ignorable="${v.split(' ').includes('etc') ? v : `${v} etc`.trim()}"`)
      : `${a} mc:Ignorable="etc"`;
    return `<${root}${a}>`;
  });
}

/** See the file comment. */
export async function shapedLikeWpsSave(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('xl/workbook.xml', withEtc(await text(zip, 'xl/workbook.xml'), 'workbook'));
  for (const part of (await sheetParts(zip)).values()) {
    let xml = withEtc(await text(zip, part), 'worksheet');
    // WPS's own settings go in an extension list at the end of the sheet.
    const ext = `<ext uri="{F7C9EE02-42E1-4005-B7B3-4BD1C6A3E2A0}"><etc:sheetSetting etc:filterType="0"/></ext>`;
    xml = xml.includes('<extLst>') ? xml.replace('<extLst>', `<extLst>${ext}`) : xml.replace('</worksheet>', `<extLst>${ext}</extLst></worksheet>`);
    zip.file(part, xml);
  }
  zip.file(
    'xl/cellimages.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="${ETC}"/>`,
  );
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdWps1" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>'),
  );
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1066-12.2.0.13359</vt:lpwstr></property></Properties>',
  );
  const root = await text(zip, '_rels/.rels');
  zip.file(
    '_rels/.rels',
    root.replace(
      '</Relationships>',
      '<Relationship Id="rIdWps2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  const types = await text(zip, '[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
