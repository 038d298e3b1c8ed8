/**
 * What the chủ trì rules (rules/lead/*) read of a table, worked out in one walk: the rows with a
 * lead, what each lead text is (a time, several agencies, unknown to the catalogue), the rows
 * missing one, and every agency written with its comparison group.
 */
import { fold } from '../text';
import { parseTime } from '../time';
import type { Item } from '../model';
import { isSubRow, TableContext } from './context';
import { looksLikeAgency } from './agencyText';
import { LeadResolver } from './leadMatch';

/** Only cells with a digit or a time word are worth parsing as a time phrase. */
const TIME_HINT = /\d|thuong xuyen|hang nam|hang quy|da ban hanh|lien tuc|\bquy [ivx]|\bthang\b|\bnam\b/;

export interface LeadInfo {
  timeLike: boolean;
  /** The agencies named, as written (whitespace collapsed). */
  parts: string[];
  /** Comparison group of each part (canonical name or key). */
  groups: string[];
  /** Parts the catalogue does not know. */
  unknown: string[];
  suggestion: string | null;
}

export interface LeadRow {
  item: Item;
  index: number;
  /** The lead cell, trimmed (never empty). */
  lead: string;
  info: LeadInfo;
}

export interface LeadFacts {
  /** The table has a lead column or the profile requires one; otherwise no lead rule applies. */
  applies: boolean;
  /** Tasks whose lead is a time, names several agencies or one the catalogue does not know, in table order. */
  rows: LeadRow[];
  /** Tasks whose required lead is empty (an indicator row under its section's lead is not). */
  missing: Array<{ item: Item; index: number }>;
  /** Tasks looked at (sub-rows and removed rows are not). */
  checked: number;
  /** Every agency written outside a time-like cell, in table order, with its comparison group. */
  written: Array<{ item: Item; index: number; part: string; group: string }>;
  /** Spellings per comparison group, with how often each is written. */
  forms: Map<string, Map<string, number>>;
}

/** The lead facts of a table (use through `ctx.memo(leadFacts)`). */
export function leadFacts(ctx: TableContext): LeadFacts {
  const hasColumn = ctx.table.columns.some((c) => c.key === 'lead');
  const required = ctx.required.has('lead');
  const facts: LeadFacts = { applies: hasColumn || required, rows: [], missing: [], checked: 0, written: [], forms: new Map() };
  if (!facts.applies) return facts;
  let sectionLead = '';
  let lastPath: string[] = [];
  const cache = new Map<string, LeadInfo>();
  ctx.table.items.forEach((item, i) => {
    if (isSubRow(item) || item.removed) return;
    facts.checked++;
    const lead = item.lead.trim();
    // Indicator tables merge the lead cell down a section: an empty cell repeats the one above.
    if (!samePath(item.path, lastPath)) sectionLead = '';
    lastPath = item.path;
    if (!lead) {
      if (required && !(ctx.table.kind === 'indicators' && sectionLead)) facts.missing.push({ item, index: i });
      return;
    }
    sectionLead = lead;
    const info = analyse(lead, ctx.resolver, cache);
    if (info.timeLike || info.parts.length > 1 || info.unknown.length) facts.rows.push({ item, index: i, lead, info });
    if (info.timeLike) return;
    info.parts.forEach((part, k) => {
      const group = info.groups[k];
      const counts = facts.forms.get(group) ?? new Map<string, number>();
      counts.set(part, (counts.get(part) ?? 0) + 1);
      facts.forms.set(group, counts);
      facts.written.push({ item, index: i, part, group });
    });
  });
  return facts;
}

/**
 * Do two section paths join to the same text (`path.join('\u0000')`, the definition)? Paths equal
 * part by part do, without joining them; only paths that differ are joined and compared.
 */
export function samePath(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length) return true;
  }
  return a.join('\u0000') === b.join('\u0000');
}

/** Everything about a lead text, worked out once per distinct text. */
function analyse(lead: string, resolver: LeadResolver, cache: Map<string, LeadInfo>): LeadInfo {
  const hit = cache.get(lead);
  if (hit) return hit;
  // A time phrase, not an agency with a number in its name ("Phòng nghiệp vụ số 1234").
  const t = TIME_HINT.test(fold(lead)) && !looksLikeAgency(lead) ? parseTime(lead) : null;
  const timeLike = !!t && t.kind !== 'none' && t.kind !== 'conditional';
  const parts = timeLike ? [] : resolver.parts(lead).map((p) => p.replace(/\s+/g, ' ').trim());
  const m = timeLike ? null : resolver.match(lead);
  const unknown = m && !m.canonical ? parts.filter((p) => !resolver.match(p)?.canonical) : [];
  const info: LeadInfo = { timeLike, parts, groups: parts.map((p) => resolver.group(p)), unknown, suggestion: m?.suggestion ?? null };
  cache.set(lead, info);
  return info;
}
