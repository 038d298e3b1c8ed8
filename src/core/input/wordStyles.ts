/**
 * The few things of word/styles.xml the reader needs: which paragraph styles are headings (they
 * give a bold paragraph), which styles make text bold, and a paragraph style's numbering
 * (`w:pPr/w:numPr`, ECMA-376 §17.9.23), each following the style's `w:basedOn` chain.
 * Host-free.
 */
import { child, childVal, elements, onOff, XmlElement } from './wordXml';

interface Style {
  name: string;
  basedOn?: string;
  bold?: boolean;
  numId?: string;
  ilvl?: number;
  outline?: number;
}

export class Styles {
  private readonly byId = new Map<string, Style>();
  private defaultParagraph?: string;

  constructor(root: XmlElement | undefined) {
    for (const s of elements(root)) {
      if (s.name !== 'w:style') continue;
      const id = s.attrs['w:styleId'] ?? '';
      const pPr = child(s, 'w:pPr');
      const numPr = child(pPr, 'w:numPr');
      const ilvl = childVal(numPr, 'w:ilvl');
      const outline = childVal(pPr, 'w:outlineLvl');
      this.byId.set(id, {
        name: childVal(s, 'w:name') ?? id,
        basedOn: childVal(s, 'w:basedOn'),
        bold: onOff(child(child(s, 'w:rPr'), 'w:b')),
        numId: childVal(numPr, 'w:numId'),
        ilvl: ilvl === undefined ? undefined : parseInt(ilvl, 10) || 0,
        outline: outline === undefined ? undefined : parseInt(outline, 10),
      });
      if (s.attrs['w:type'] === 'paragraph' && /^(1|true|on)$/.test(s.attrs['w:default'] ?? '')) {
        this.defaultParagraph = id;
      }
    }
  }

  /** The first defined value of `pick` along the style's basedOn chain (cycles stopped). */
  private find<T>(id: string | undefined, pick: (s: Style) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur);) {
      seen.add(cur);
      const s = this.byId.get(cur);
      if (!s) return undefined;
      const v = pick(s);
      if (v !== undefined) return v;
      cur = s.basedOn;
    }
    return undefined;
  }

  /** The paragraph style used when a paragraph names none. */
  paragraphStyle(id: string | undefined): string | undefined {
    return id ?? this.defaultParagraph;
  }

  /** Bold set by a (run or paragraph) style, undefined when the chain says nothing. */
  bold(id: string | undefined): boolean | undefined {
    return this.find(id, (s) => s.bold);
  }

  /** A heading or title style (by name "heading 1", "Title", or an outline level). */
  isHeading(id: string | undefined): boolean {
    if (id === undefined) return false;
    const name = this.find(id, (s) => s.name) ?? id;
    if (/^(heading|title)\b/i.test(name) || /^(heading|title)/i.test(id)) return true;
    const outline = this.find(id, (s) => s.outline);
    return outline !== undefined && outline >= 0 && outline < 9;
  }

  /** The numbering a paragraph style gives its paragraphs (`ilvl` undefined when the style does not say). */
  numbering(id: string | undefined): { numId: string; ilvl?: number } | undefined {
    const numId = this.find(id, (s) => s.numId);
    if (numId === undefined) return undefined;
    return { numId, ilvl: this.find(id, (s) => s.ilvl) };
  }
}
