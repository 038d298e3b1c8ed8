/** The agency catalogue: canonical names, matching a lead cell, splitting several agencies. */
import { agencyKey, bitDistance, distance, ocrKey } from './key';
import { splitAgencies } from './split';
import { Memo } from '../memo';
import type { Agency, AgencyMatch, Catalogue } from './types';

export type { Agency, AgencyMatch, Catalogue } from './types';
export { builtinCatalogue } from './catalogue';
export { agencyKey } from './key';
export { splitAgencies } from './split';

export interface MatchOptions {
  /** The text came from OCR: accept a close, unambiguous near miss as the canonical name. */
  ocr?: boolean;
}

interface Entry {
  name: string;
  key: string;
  ocr: string;
}

/** A catalogue's names and aliases as keys, in catalogue order, with what every search needs of them. */
interface Index {
  list: Entry[];
  /** The first entry of each key (what `list.find` by key gives). */
  byKey: Map<string, Entry>;
  /** The longest OCR key of the list. */
  longest: number;
}

const indexCache = new WeakMap<Catalogue, Index>();
/** Lead cells repeat a lot: remember each resolved text per catalogue and mode. */
const nearCache = new WeakMap<Catalogue, Memo<string, Near | null>>();

function entries(catalogue: Catalogue): Index {
  let index = indexCache.get(catalogue);
  if (!index) {
    const list: Entry[] = [];
    const byKey = new Map<string, Entry>();
    let longest = 0;
    for (const a of catalogue.agencies) {
      for (const n of [a.name, ...a.aliases]) {
        const key = agencyKey(n);
        if (!key) continue;
        const e = { name: a.name, key, ocr: ocrKey(key) };
        list.push(e);
        if (!byKey.has(key)) byKey.set(key, e);
        if (e.ocr.length > longest) longest = e.ocr.length;
      }
    }
    index = { list, byKey, longest };
    indexCache.set(catalogue, index);
  }
  return index;
}

interface Near {
  name: string;
  exact: boolean;
  /** Accepted as the canonical name (exact, or OCR mode and close and unambiguous). */
  sure: boolean;
  close: boolean;
}

/** Words that say an agency's level: a near miss never crosses them ("Bộ Xây dựng" is no "Sở Xây dựng"). */
const LEVELS = new Set(['bo', 'so', 'cuc', 'chi', 'tong', 'vien', 'phong', 'ban', 'trung', 'tinh', 'thanh', 'huyen', 'xa', 'phuong']);
const levelOf = (name: string): string | null => {
  const w = agencyKey(name).split(' ')[0] ?? '';
  return LEVELS.has(w) ? w : null;
};

/** Finds one agency name in the catalogue, exactly or as a near miss (never at another level). */
function findOne(text: string, catalogue: Catalogue, opts: MatchOptions): Near | null {
  const near = findNearest(text, catalogue, opts);
  if (!near || near.exact || opts.ocr) return near;
  const a = levelOf(text);
  const b = levelOf(near.name);
  return a && b && a !== b ? null : near;
}

function findNearest(text: string, catalogue: Catalogue, opts: MatchOptions): Near | null {
  const key = agencyKey(text);
  if (!key) return null;
  let cache = nearCache.get(catalogue);
  if (!cache) nearCache.set(catalogue, (cache = new Memo(20000)));
  return cache.get(`${opts.ocr ? 'o' : 'c'}|${key}`, () => searchOne(key, catalogue, opts));
}

function searchOne(key: string, catalogue: Catalogue, opts: MatchOptions): Near | null {
  const { list, byKey, longest: longestEntry } = entries(catalogue);
  const exact = byKey.get(key);
  if (exact) return { name: exact.name, exact: true, sure: true, close: true };
  const ok = ocrKey(key);
  let best: Entry | null = null;
  let bestD = Infinity;
  let secondD = Infinity;
  // Distances beyond "close" (+3 for the ambiguity margin) never change the answer.
  const longest = Math.max(longestEntry, ok.length);
  const bound = Math.max(2, Math.round(longest * 0.3)) + 3;
  // Outside OCR mode the second best is never used, so an exact distance may stand in for the
  // bounded one: both agree up to the bound, and beyond it an entry is neither the best within
  // `bound` nor, when no entry is within it, close (so the answer is the same). Exact distances
  // come from the bit-vector method when either text allows it (≤ 32 ASCII characters; the
  // distance is symmetric).
  for (const e of list) {
    // Outside OCR mode an entry matters only when its d is below bestD. The distance is at least
    // the difference in length; once bestD ≤ bound + 1, every d computed below (exact, or
    // `distance`'s bounded value: the exact one, or min(bound, bestD + 3) + 1) is at least
    // min(that difference, bound + 1) — not below bestD when the difference is not: skipped.
    if (!opts.ocr && bestD <= bound + 1 && Math.abs(ok.length - e.ocr.length) >= bestD) continue;
    // Beyond best + 3 an entry can be neither the best nor a close second.
    const bitD = opts.ocr ? null : (bitDistance(ok, e.ocr) ?? bitDistance(e.ocr, ok));
    const d = bitD ?? distance(ok, e.ocr, Math.min(bound, bestD + 3));
    if (d < bestD) {
      if (!best || e.name !== best.name) secondD = bestD;
      best = e;
      bestD = d;
    } else if (d < secondD && best && e.name !== best.name) secondD = d;
  }
  if (!best) return null;
  const len = Math.max(ok.length, best.ocr.length);
  const close = bestD <= Math.max(2, Math.round(len * 0.3));
  if (!close) return null;
  const sure = !!opts.ocr && (bestD === 0 || (bestD <= Math.max(2, Math.round(len * 0.25)) && secondD - bestD >= 3));
  return { name: best.name, exact: false, sure, close };
}

/** "Đảng ủy UBND tỉnh (Sở Y tế)": the party committee with the department in brackets. */
function bracketed(text: string): { outer: string; inner: string } | null {
  const m = /^(.+?)\s*\((.+)\)\s*$/.exec(text.trim());
  return m ? { outer: m[1], inner: m[2] } : null;
}

/** `findOne` when the text's key is a catalogue key (the only sure answer outside OCR mode), else null. */
function exactOne(text: string, catalogue: Catalogue): Near | null {
  const key = agencyKey(text);
  const e = key ? entries(catalogue).byKey.get(key) : undefined;
  return e ? { name: e.name, exact: true, sure: true, close: true } : null;
}

function resolve(text: string, catalogue: Catalogue, opts: MatchOptions): { canonical: string | null; suggestion: string | null } {
  // Outside OCR mode a near miss is never sure: the whole text's near-miss search (costly for a
  // long bracketed lead) only gives the suggestion, needed when the bracketed reading fails.
  const whole = opts.ocr ? findOne(text, catalogue, opts) : exactOne(text, catalogue);
  if (whole?.sure) return { canonical: whole.name, suggestion: null };
  const b = bracketed(text);
  if (b) {
    const outer = findOne(b.outer, catalogue, opts);
    if (outer?.sure) {
      const inner = splitAgencies(b.inner).map((p) => findOne(p, catalogue, opts));
      const names = splitAgencies(b.inner).map((p, i) => (inner[i]?.sure ? inner[i]!.name : p));
      return { canonical: `${outer.name} (${names.join('; ')})`, suggestion: null };
    }
  }
  const near = opts.ocr ? whole : findOne(text, catalogue, opts);
  return { canonical: null, suggestion: near?.close ? near.name : null };
}

/** Resolves a lead cell against the catalogue. */
export function matchAgency(text: string, catalogue: Catalogue, opts: MatchOptions = {}): AgencyMatch {
  const parts = splitAgencies(text);
  if (parts.length <= 1) {
    const r = resolve(parts[0] ?? text, catalogue, opts);
    return { text, ...r, parts };
  }
  const each = parts.map((p) => resolve(p, catalogue, opts));
  const suggestion = each.every((e) => e.canonical || e.suggestion) ? each.map((e, i) => e.canonical ?? e.suggestion ?? parts[i]).join('; ') : null;
  return { text, canonical: null, suggestion, parts };
}

/** Canonical names of every agency named in a cell (unknown ones as written). */
export function canonicalParts(text: string, catalogue: Catalogue, opts: MatchOptions = {}): string[] {
  return splitAgencies(text).map((p) => resolve(p, catalogue, opts).canonical ?? p);
}

/** The catalogue with user entries added; a user entry with a known name or alias extends that agency. */
export function extendCatalogue(base: Catalogue, extra: Agency[]): Catalogue {
  const agencies = base.agencies.map((a) => ({ ...a, aliases: [...a.aliases] }));
  for (const x of extra) {
    const keys = [x.name, ...x.aliases].map(agencyKey);
    const known = agencies.find((a) => [a.name, ...a.aliases].some((n) => keys.includes(agencyKey(n))));
    if (known) {
      for (const n of [x.name, ...x.aliases]) {
        if (n !== known.name && !known.aliases.includes(n)) known.aliases.push(n);
      }
    } else agencies.push({ name: x.name, aliases: [...x.aliases], group: x.group });
  }
  return { agencies };
}

/**
 * The definitions of the fast paths above, kept as the reference they are tested against
 * (test/core/perf/agencyMatch.test.ts); never used by the importer.
 */
export const matchReference = {
  /** `searchOne` as defined: every entry's distance, the exact key by `list.find`. */
  search(key: string, catalogue: Catalogue, opts: MatchOptions): Near | null {
    const { list } = entries(catalogue);
    const exact = list.find((e) => e.key === key);
    if (exact) return { name: exact.name, exact: true, sure: true, close: true };
    const ok = ocrKey(key);
    let best: Entry | null = null;
    let bestD = Infinity;
    let secondD = Infinity;
    const longest = list.reduce((m, e) => Math.max(m, e.ocr.length), ok.length);
    const bound = Math.max(2, Math.round(longest * 0.3)) + 3;
    for (const e of list) {
      const bitD = opts.ocr ? null : (bitDistance(ok, e.ocr) ?? bitDistance(e.ocr, ok));
      const d = bitD ?? distance(ok, e.ocr, Math.min(bound, bestD + 3));
      if (d < bestD) {
        if (!best || e.name !== best.name) secondD = bestD;
        best = e;
        bestD = d;
      } else if (d < secondD && best && e.name !== best.name) secondD = d;
    }
    if (!best) return null;
    const len = Math.max(ok.length, best.ocr.length);
    const close = bestD <= Math.max(2, Math.round(len * 0.3));
    if (!close) return null;
    const sure = !!opts.ocr && (bestD === 0 || (bestD <= Math.max(2, Math.round(len * 0.25)) && secondD - bestD >= 3));
    return { name: best.name, exact: false, sure, close };
  },
  /** `findOne` without the memo, by `search`. */
  findOne(text: string, catalogue: Catalogue, opts: MatchOptions): Near | null {
    const key = agencyKey(text);
    const near = key ? matchReference.search(key, catalogue, opts) : null;
    if (!near || near.exact || opts.ocr) return near;
    const a = levelOf(text);
    const b = levelOf(near.name);
    return a && b && a !== b ? null : near;
  },
  /** `resolve` as defined: the whole text's search first, in every mode. */
  resolve(text: string, catalogue: Catalogue, opts: MatchOptions): { canonical: string | null; suggestion: string | null } {
    const whole = matchReference.findOne(text, catalogue, opts);
    if (whole?.sure) return { canonical: whole.name, suggestion: null };
    const b = bracketed(text);
    if (b) {
      const outer = matchReference.findOne(b.outer, catalogue, opts);
      if (outer?.sure) {
        const inner = splitAgencies(b.inner).map((p) => matchReference.findOne(p, catalogue, opts));
        const names = splitAgencies(b.inner).map((p, i) => (inner[i]?.sure ? inner[i]!.name : p));
        return { canonical: `${outer.name} (${names.join('; ')})`, suggestion: null };
      }
    }
    return { canonical: null, suggestion: whole?.close ? whole.name : null };
  },
  /** The fast `resolve`, for comparison. */
  resolveFast: (text: string, catalogue: Catalogue, opts: MatchOptions) => resolve(text, catalogue, opts),
};
