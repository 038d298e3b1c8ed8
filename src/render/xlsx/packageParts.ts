/**
 * The small parts of the package, generated from the plan: content types, package and workbook
 * relationships, workbook.xml (sheets, defined names incl. print titles and print areas, full
 * recalculation on load) and the document properties. Host-free.
 */
import type { WorkbookPlan } from '../../core/plan/types';
import { absolute, esc, escText, sheetRef } from './xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export function contentTypes(sheets: number, tables: number): string {
  const over = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  let out =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    over('/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`);
  for (let i = 1; i <= sheets; i++) out += over(`/xl/worksheets/sheet${i}.xml`, `${CT}.spreadsheetml.worksheet+xml`);
  out += over('/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`) + over('/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`);
  out += over('/xl/theme/theme1.xml', `${CT}.theme+xml`);
  for (let i = 1; i <= tables; i++) out += over(`/xl/tables/table${i}.xml`, `${CT}.spreadsheetml.table+xml`);
  out += over('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') + over('/docProps/app.xml', `${CT}.extended-properties+xml`);
  return `${out}</Types>`;
}

export const packageRels = (): string =>
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** Workbook relationships: sheets rId1…rIdN, then styles, shared strings and the theme. */
export function workbookRels(sheets: number): string {
  let out = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
  for (let i = 1; i <= sheets; i++) out += `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  return `${out}<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${sheets + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${sheets + 3}" Type="${REL}/theme" Target="theme/theme1.xml"/></Relationships>`;
}

/** workbook.xml: the sheets, the plan's names, each sheet's print titles and print area. */
export function workbookXml(plan: WorkbookPlan): string {
  const sheets = plan.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = plan.names.map((n) => `<definedName name="${esc(n.name)}">${escText(n.ref)}</definedName>`);
  plan.sheets.forEach((s, i) => {
    if (s.print?.titleRows) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escText(sheetRef(s.name) + absolute(s.print.titleRows))}</definedName>`);
    if (s.print?.printArea) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escText(sheetRef(s.name) + absolute(s.print.printArea))}</definedName>`);
  });
  return (
    `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>` +
    `${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="191029"${plan.fullCalcOnLoad ? ' fullCalcOnLoad="1"' : ''}/></workbook>`
  );
}

/** docProps/core.xml: title, author, created and modified at `now`. */
export function coreProps(plan: WorkbookPlan, now: Date): string {
  const at = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escText(plan.title)}</dc:title><dc:creator>${escText(plan.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

/** docProps/app.xml: the sheet names. */
export function appProps(plan: WorkbookPlan): string {
  const n = plan.sheets.length;
  return (
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${n}" baseType="lpstr">` +
    `${plan.sheets.map((s) => `<vt:lpstr>${escText(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`
  );
}
