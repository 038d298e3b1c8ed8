/**
 * Builds a .docx from hand-written WordprocessingML (for what the `docx` writer cannot say:
 * style numbering, start overrides, text boxes with a VML fallback, tracked changes, gridBefore,
 * endnotes). `body` is the inside of <w:body>; the other parts are the inside of their roots.
 */
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NS = `${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawParts {
  body: string;
  numbering?: string;
  styles?: string;
  footnotes?: string;
  endnotes?: string;
  /** Prefix used for the WordprocessingML namespace (default "w"). */
  prefix?: string;
}

export async function rawDocx(parts: RawParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const p = parts.prefix ?? 'w';
  const ns = p === 'w' ? NS : NS.replace('xmlns:w=', `xmlns:${p}=`);
  const rename = (xml: string) => (p === 'w' ? xml : xml.replace(/(<\/?)w:/g, `$1${p}:`).replace(/ w:/g, ` ${p}:`));
  const rels: string[] = [];
  const types: string[] = [];
  const part = (name: string, root: string, inner: string | undefined, type: string, ct: string) => {
    if (inner === undefined) return;
    zip.file(`word/${name}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}:${root} ${ns}>${rename(inner)}</${p}:${root}>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${type}" Target="${name}.xml"/>`);
    types.push(`<Override PartName="/word/${name}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${ct}+xml"/>`);
  };
  part('numbering', 'numbering', parts.numbering, 'numbering', 'numbering');
  part('styles', 'styles', parts.styles, 'styles', 'styles');
  part('footnotes', 'footnotes', parts.footnotes, 'footnotes', 'footnotes');
  part('endnotes', 'endnotes', parts.endnotes, 'endnotes', 'endnotes');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}:document ${ns}><${p}:body>${rename(parts.body)}</${p}:body></${p}:document>`);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${types.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A paragraph of plain runs: "<p>" XML with optional pPr inner XML. */
export const p = (text: string, pPr = '', rPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text ? `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>` : ''}</w:p>`;

/** A numbered paragraph (list numId, level ilvl). */
export const np = (numId: number, ilvl: number, text: string): string => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

export const tc = (inner: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner || '<w:p/>'}</w:tc>`;
export const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;

/** One level of an abstract numbering definition. */
export const lvl = (ilvl: number, fmt: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
