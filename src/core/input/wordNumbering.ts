/**
 * Word's automatic numbering, computed as Word shows it (word/numbering.xml, ECMA-376 §17.9).
 * A numbered paragraph names a list instance (`w:numId`) and a level (`w:ilvl`), directly or
 * through its paragraph style. The instance points at an abstract definition whose levels say
 * the start value (`w:start`), the format (`w:numFmt`: decimal, decimalZero, upperRoman,
 * lowerRoman, upperLetter, lowerLetter, bullet, none; others shown as decimal) and the label
 * pattern (`w:lvlText`, "%1." "(%1)" "%1.%2."; `%n` is level n's current value in level n's
 * format, or decimal under `w:isLgl`). Counting follows Word: instances of one abstract
 * definition share their counters (a list "continues" across them) unless an instance
 * overrides a level's start (`w:lvlOverride/w:startOverride`), which restarts that level where
 * the instance is first used; when a level advances, every deeper level restarts (unless its
 * `w:lvlRestart` says 0 = never). A definition linked to a list style (`w:numStyleLink`) takes
 * the levels of the style's list; a paragraph whose style is numbered without a level takes the
 * level tied to its style (`w:lvl/w:pStyle`, "Heading 2" ↔ level 1). A bullet level gives "-" for a dash-like symbol, "•" otherwise.
 * Host-free.
 */
import { child, childVal, elements, XmlElement } from './wordXml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a use of this (1-based) level or shallower; 0 = never; undefined = any shallower level. */
  restart?: number;
  legal: boolean;
  /** The paragraph style this level belongs to (`w:pStyle`: "Heading 2" ↔ level 1). */
  style?: string;
}

interface Instance {
  abstractId: string;
  /** Per level: start override, and level definitions replaced by the instance. */
  startOverride: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Numbering {
  abstract: Map<string, Map<number, Level>>;
  /** Abstract definitions that only point at a numbering style (`w:numStyleLink`): abstract id → style id. */
  styleLinks: Map<string, string>;
  instances: Map<string, Instance>;
}

function readLevel(l: XmlElement): Level {
  const start = parseInt(childVal(l, 'w:start') ?? '1', 10);
  const restart = childVal(l, 'w:lvlRestart');
  return {
    start: Number.isFinite(start) ? start : 1,
    format: childVal(l, 'w:numFmt') ?? 'decimal',
    text: childVal(l, 'w:lvlText') ?? '',
    restart: restart === undefined ? undefined : parseInt(restart, 10),
    legal: !!child(l, 'w:isLgl') && childVal(l, 'w:isLgl') !== '0' && childVal(l, 'w:isLgl') !== 'false',
    style: childVal(l, 'w:pStyle'),
  };
}

const levelsOf = (e: XmlElement): Map<number, Level> => {
  const m = new Map<number, Level>();
  for (const l of elements(e)) if (l.name === 'w:lvl') m.set(parseInt(l.attrs['w:ilvl'] ?? '0', 10) || 0, readLevel(l));
  return m;
};

/** Reads word/numbering.xml (its root element); no file → no numbering. */
export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const styleLinks = new Map<string, string>();
  const instances = new Map<string, Instance>();
  for (const e of elements(root)) {
    if (e.name !== 'w:abstractNum') continue;
    abstract.set(e.attrs['w:abstractNumId'] ?? '', levelsOf(e));
    const link = childVal(e, 'w:numStyleLink');
    if (link) styleLinks.set(e.attrs['w:abstractNumId'] ?? '', link);
  }
  for (const e of elements(root)) {
    if (e.name !== 'w:num') continue;
    const inst: Instance = { abstractId: childVal(e, 'w:abstractNumId') ?? '', startOverride: new Map(), levels: new Map() };
    for (const o of elements(e)) {
      if (o.name !== 'w:lvlOverride') continue;
      const ilvl = parseInt(o.attrs['w:ilvl'] ?? '0', 10) || 0;
      const so = childVal(o, 'w:startOverride');
      if (so !== undefined && Number.isFinite(parseInt(so, 10))) inst.startOverride.set(ilvl, parseInt(so, 10));
      const lvl = child(o, 'w:lvl');
      if (lvl) inst.levels.set(ilvl, readLevel(lvl));
    }
    instances.set(e.attrs['w:numId'] ?? '', inst);
  }
  return { abstract, styleLinks, instances };
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) ((out += s), (n -= v));
  return out;
}

/** Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated). */
function letter(n: number): string {
  if (n <= 0) return String(n);
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One number in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const DASHES = /^[-–—‐‑−]$/;

/**
 * Counts numbered paragraphs in document order and gives each its label as Word shows it.
 * Create one per document; call `label` for every numbered paragraph, in order.
 */
export class NumberingCounter {
  /** abstract id → current value per level (undefined = not used since its last restart). */
  private counters = new Map<string, Array<number | undefined>>();
  /** Instances already used (their start overrides are applied once, at first use). */
  private seen = new Set<string>();

  /** `styleNumId` gives a numbering style's list (for definitions linked to a list style). */
  constructor(
    private readonly numbering: Numbering,
    private readonly styleNumId: (styleId: string) => string | undefined = () => undefined,
  ) {}

  /** The abstract definition that holds the levels: a definition linked to a list style (w:numStyleLink) is replaced by the style's own. */
  private abstractOf(inst: Instance): string {
    let id = inst.abstractId;
    for (let hops = 0; hops < 3; hops++) {
      const link = this.numbering.styleLinks.get(id);
      const numId = link === undefined ? undefined : this.styleNumId(link);
      const target = numId === undefined ? undefined : this.numbering.instances.get(numId)?.abstractId;
      if (target === undefined || target === id) break;
      id = target;
    }
    return id;
  }

  private level(inst: Instance, ilvl: number): Level | undefined {
    return inst.levels.get(ilvl) ?? this.numbering.abstract.get(this.abstractOf(inst))?.get(ilvl);
  }

  /** The level of list `numId` tied to paragraph style `styleId` (`w:lvl/w:pStyle`), if any. */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    const inst = this.numbering.instances.get(numId);
    if (!inst || styleId === undefined) return undefined;
    for (let i = 0; i < 9; i++) if (this.level(inst, i)?.style === styleId) return i;
    return undefined;
  }

  /** The label of the next paragraph of list `numId` at level `ilvl` ("" when the list or level is not defined). */
  label(numId: string, ilvl: number): string {
    const inst = this.numbering.instances.get(numId);
    if (!inst || numId === '0') return '';
    const lvl = this.level(inst, ilvl);
    if (!lvl) return '';
    const key = inst.levels.size ? `num:${numId}` : `abs:${this.abstractOf(inst)}`;
    const values = this.counters.get(key) ?? [];
    this.counters.set(key, values);
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [l, start] of inst.startOverride) values[l] = start - 1;
    }
    const start = inst.startOverride.get(ilvl) ?? lvl.start;
    values[ilvl] = values[ilvl] === undefined ? start : values[ilvl]! + 1;
    // Deeper levels restart after this one is used.
    for (let d = ilvl + 1; d < 9; d++) {
      const restart = this.level(inst, d)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || ilvl + 1 <= restart) values[d] = undefined;
    }
    if (lvl.format === 'bullet') return DASHES.test(lvl.text.trim()) ? '-' : '•';
    return lvl.text.replace(/%([1-9])/g, (_all, k: string) => {
      const i = parseInt(k, 10) - 1;
      const l = this.level(inst, i);
      const v = values[i] ?? inst.startOverride.get(i) ?? l?.start ?? 1;
      return formatNumber(v, lvl.legal && i < ilvl ? 'decimal' : (l?.format ?? 'decimal'));
    });
  }
}
