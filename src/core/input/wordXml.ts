/**
 * A small XML reader for the parts of a .docx (document, numbering, styles, notes): enough for
 * well-formed OOXML, host-free (no DOMParser in node, no dependency). Elements keep their
 * qualified name with the prefix normalised by namespace: the WordprocessingML namespace is
 * always `w:` (transitional or strict URI), markup compatibility `mc:`, whatever prefix the
 * writer chose. Text nodes are kept as strings with entities decoded. Comments, processing
 * instructions and DOCTYPE are skipped. Malformed XML throws (the caller turns it into a message).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const KNOWN_NS: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses an XML string into its root element. Throws on text that is not XML. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  // prefix → normalised prefix, per open element (scoped declarations).
  const prefixStack: Array<Record<string, string>> = [{}];
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  let pos = 0;
  while ((m = TOKEN.exec(xml))) {
    if (m.index !== pos) throw new Error('XML không hợp lệ');
    pos = TOKEN.lastIndex;
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) {
      top.children.push(m[1]);
      continue;
    }
    if (m[6] !== undefined) {
      if (stack.length > 1) top.children.push(decodeEntities(m[6]));
      continue;
    }
    if (m[3] === undefined) continue; // comment, PI, doctype
    const closing = m[2] === '/';
    if (closing) {
      if (stack.length <= 1) throw new Error('XML không hợp lệ');
      stack.pop();
      prefixStack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    const prefixes = { ...prefixStack[prefixStack.length - 1] };
    const rawAttrs: Array<[string, string]> = [];
    ATTR.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ATTR.exec(m[4]))) {
      const value = decodeEntities(a[2] ?? a[3] ?? '');
      if (a[1].startsWith('xmlns:')) {
        const known = KNOWN_NS[value];
        if (known) prefixes[a[1].slice(6)] = known;
      }
      rawAttrs.push([a[1], value]);
    }
    const norm = (q: string) => {
      const i = q.indexOf(':');
      if (i < 0) return q;
      const p = prefixes[q.slice(0, i)];
      return p ? `${p}:${q.slice(i + 1)}` : q;
    };
    for (const [k, v] of rawAttrs) attrs[k.startsWith('xmlns') ? k : norm(k)] = v;
    const el: XmlElement = { name: norm(m[3]), attrs, children: [] };
    top.children.push(el);
    if (m[5] !== '/') {
      stack.push(el);
      prefixStack.push(prefixes);
    }
  }
  if (pos !== xml.length || stack.length !== 1) throw new Error('XML không hợp lệ');
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new Error('XML rỗng');
  return first;
}

export const elements = (e: XmlElement | undefined): XmlElement[] => (e ? e.children.filter((c): c is XmlElement => typeof c !== 'string') : []);

/** The first child element with this name. */
export const child = (e: XmlElement | undefined, name: string): XmlElement | undefined =>
  e ? (e.children.find((c) => typeof c !== 'string' && c.name === name) as XmlElement | undefined) : undefined;

/** The `w:val` attribute of a child element (e.g. `<w:numId w:val="3"/>`). */
export const childVal = (e: XmlElement | undefined, name: string): string | undefined => child(e, name)?.attrs['w:val'];

/** A WordprocessingML on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
export function onOff(e: XmlElement | undefined): boolean | undefined {
  if (!e) return undefined;
  const v = e.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'off');
}

/** All text of the element's text nodes, in order (for element kinds that hold plain text). */
export const textOf = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
