/**
 * The parts of a .docx package the reader needs, found the way Word finds them: the main
 * document through the package relationships (`_rels/.rels`, officeDocument), then its styles,
 * numbering, footnotes and endnotes through the document's relationships (falling back to the
 * usual names next to the document). Each part parsed with wordXml. Throws on a damaged zip or
 * XML (the caller gives the message). Host-free: jszip reads bytes in node and in the browser.
 */
import type JSZip from 'jszip';
import { elements, parseXml, XmlElement } from './wordXml';

export interface WordParts {
  document?: XmlElement;
  styles?: XmlElement;
  numbering?: XmlElement;
  footnotes?: XmlElement;
  endnotes?: XmlElement;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** XML bytes → string: UTF-8 (BOM or not), or UTF-16 when its BOM says so. */
function decodeXml(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
}

async function readPart(zip: JSZip, path: string | undefined): Promise<XmlElement | undefined> {
  if (!path) return undefined;
  const file = zip.file(path) ?? zip.file(decodeURIComponent(path));
  if (!file) return undefined;
  return parseXml(decodeXml(await file.async('uint8array')));
}

/** Relationship type (last path segment, e.g. "numbering") → part path, for the part `base`. */
async function relationships(zip: JSZip, base: string): Promise<Map<string, string>> {
  const slash = base.lastIndexOf('/');
  const relsPath = `${base.slice(0, slash + 1)}_rels/${base.slice(slash + 1)}.rels`;
  const m = new Map<string, string>();
  const rels = await readPart(zip, relsPath);
  for (const r of elements(rels)) {
    const type = (r.attrs.Type ?? '').split('/').pop() ?? '';
    if (r.attrs.TargetMode === 'External' || !r.attrs.Target || m.has(type)) continue;
    m.set(type, resolve(base, r.attrs.Target));
  }
  return m;
}

/** Opens the package and parses the parts (a missing part is undefined). */
export async function readWordParts(bytes: Uint8Array): Promise<WordParts> {
  // jszip is loaded when a .docx is read (a split chunk in the task pane's bundle).
  const { default: zipReader } = await import('jszip');
  const zip = await zipReader.loadAsync(bytes);
  const main = (await relationships(zip, '')).get('officeDocument') ?? 'word/document.xml';
  const rels = await relationships(zip, main);
  const part = (type: string) => readPart(zip, rels.get(type) ?? resolve(main, `${type}.xml`));
  return {
    document: await readPart(zip, main),
    styles: await part('styles'),
    numbering: await part('numbering'),
    footnotes: await part('footnotes'),
    endnotes: await part('endnotes'),
  };
}
