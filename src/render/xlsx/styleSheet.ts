/**
 * styles.xml of the streaming writer: the cell formats (cellXfs) of each (plan style, sheet font)
 * pair a sheet uses, and the differential formats (dxfs) of conditional formats. The same
 * translation as the ExcelJS renderer's styles.ts: a missing style key is the sheet font alone; a
 * style's own font replaces the sheet font; thin black borders on all four sides; vertical
 * "middle" is OOXML's "center"; `locked: false` unlocks the cell. Host-free.
 */
import type { CellStyle, ConditionalFormatPlan, FontPlan } from '../../core/plan/types';
import { esc } from './xml';

/** Built-in number formats (ECMA-376 §18.8.30) the plan uses; any other gets an id from 164. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

const rgb = (hex: string): string => `FF${hex.toUpperCase()}`;

function fontXml(f: FontPlan): string {
  return (
    `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.strike ? '<strike/>' : ''}${f.underline ? '<u/>' : ''}` +
    `${f.color ? `<color rgb="${rgb(f.color)}"/>` : ''}<sz val="${f.size}"/><name val="${esc(f.name)}"/></font>`
  );
}

const THIN = '<color rgb="FF000000"/>';
const BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

/** An index per distinct XML fragment, in order of first use. */
class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: string[]) {
    first.forEach((x) => this.id(x));
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleSheet {
  private readonly fonts = new Table(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  private readonly fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Table([]);
  private readonly numFmts = new Map<string, number>();
  private readonly cache = new Map<CellStyle | undefined, Map<FontPlan, number>>();

  /** The cellXfs index of a plan style (undefined: the sheet font only) on a sheet with `base` font. */
  xf(s: CellStyle | undefined, base: FontPlan): number {
    let byFont = this.cache.get(s);
    if (!byFont) this.cache.set(s, (byFont = new Map()));
    let id = byFont.get(base);
    if (id === undefined) byFont.set(base, (id = this.xfs.id(this.xfXml(s, base))));
    return id;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  private xfXml(s: CellStyle | undefined, base: FontPlan): string {
    const fontId = this.fonts.id(fontXml(s?.font ?? base));
    const numFmtId = s?.numFmt ? this.numFmt(s.numFmt) : 0;
    const fillId = s?.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${rgb(s.fill)}"/></patternFill></fill>`) : 0;
    const borderId = s?.border ? this.borders.id(BORDER) : 0;
    const aligned = !!(s && (s.horizontal || s.vertical || s.wrap));
    const unlocked = s?.locked === false;
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      `${aligned ? ' applyAlignment="1"' : ''}${unlocked ? ' applyProtection="1"' : ''}`;
    if (!aligned && !unlocked) return `<xf ${attrs}/>`;
    const align = aligned
      ? `<alignment${s!.horizontal ? ` horizontal="${s!.horizontal}"` : ''}${s!.vertical ? ` vertical="${s!.vertical === 'middle' ? 'center' : s!.vertical}"` : ''}${s!.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    return `<xf ${attrs}>${align}${unlocked ? '<protection locked="0"/>' : ''}</xf>`;
  }

  /** The dxfs index of a conditional format's look (font colour, strike-through, fill). */
  dxf(cf: ConditionalFormatPlan): number {
    const font = cf.fontColor || cf.strike ? `<font>${cf.strike ? '<strike/>' : ''}${cf.fontColor ? `<color rgb="${rgb(cf.fontColor)}"/>` : ''}</font>` : '';
    const fill = cf.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${rgb(cf.fill)}"/></patternFill></fill>` : '';
    return this.dxfs.id(`<dxf>${font}${fill}</dxf>`);
  }

  /** styles.xml, once every sheet has asked for its formats. */
  xml(): string {
    const list = (tag: string, t: Table) => `<${tag} count="${t.items.length}">${t.items.join('')}</${tag}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `${this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : ''}` +
      `${list('fonts', this.fonts)}${list('fills', this.fills)}${list('borders', this.borders)}` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `${list('cellXfs', this.xfs)}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `${list('dxfs', this.dxfs)}<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`
    );
  }
}
