import { fold } from '../text';
import { parseTime } from '../time';
import type { Item } from '../model';
import { isSubRow, itemFinding, quote, reportMissing, TableContext } from './context';
import { looksLikeAgency } from './agencyText';
import { LeadResolver } from './leadMatch';

/** Only cells with a digit or a time word are worth parsing as a time phrase. */
const TIME_HINT = /\d|thuong xuyen|hang nam|hang quy|da ban hanh|lien tuc|\bquy [ivx]|\bthang\b|\bnam\b/;

/** Chủ trì: missing, a time typed in, several agencies, unknown to the catalogue, written in several forms. */
export function checkLead(ctx: TableContext, resolver: LeadResolver): void {
  const hasColumn = ctx.table.columns.some((c) => c.key === 'lead');
  const required = ctx.required.has('lead');
  if (!hasColumn && !required) return;
  const forms = new Map<string, Map<string, number>>();
  const written: Array<{ item: Item; index: number; part: string; group: string }> = [];
  let sectionLead = '';
  let lastPath = '';
  const cache = new Map<string, LeadInfo>();
  const missing: Array<{ item: Item; index: number }> = [];
  let checked = 0;

  ctx.table.items.forEach((item, i) => {
    if (isSubRow(item) || item.removed) return;
    checked++;
    const lead = item.lead.trim();
    const at = (rule: 'lead.time' | 'lead.several' | 'lead.unknown', message: string, suggestion: string | null = null) =>
      ctx.report(itemFinding(ctx, rule, item, i, 'lead', { value: lead, message, suggestion }));
    // Indicator tables merge the lead cell down a section: an empty cell repeats the one above.
    const path = item.path.join('\u0000');
    if (path !== lastPath) sectionLead = '';
    lastPath = path;
    if (!lead) {
      if (required && !(ctx.table.kind === 'indicators' && sectionLead)) missing.push({ item, index: i });
      return;
    }
    sectionLead = lead;
    const info = analyse(lead, resolver, cache);
    if (info.timeLike) {
      at('lead.time', `Cột chủ trì ghi thời gian ${quote(lead)}: có thể đã dán nhầm cột.`);
      return;
    }
    const parts = info.parts;
    if (parts.length > 1) {
      at('lead.several', `Ô chủ trì ghi ${parts.length} cơ quan (${parts.map((p) => quote(p, 50)).join(', ')}): mỗi nhiệm vụ nên có một cơ quan chủ trì, các cơ quan khác là phối hợp.`);
    }
    if (info.unknown.length) {
      const names = info.unknown.map((p) => quote(p, 60)).join(', ');
      at('lead.unknown', `Cơ quan chủ trì ${names} không có trong danh mục cơ quan.`, info.suggestion);
    }
    parts.forEach((part, k) => {
      const group = info.groups[k];
      const counts = forms.get(group) ?? new Map<string, number>();
      counts.set(part, (counts.get(part) ?? 0) + 1);
      forms.set(group, counts);
      written.push({ item, index: i, part, group });
    });
  });

  reportMissing(ctx, 'lead.missing', 'lead', missing, checked, 'cơ quan chủ trì', 'Chưa ghi cơ quan chủ trì.');
  // Spellings of a scanned document differ by OCR damage, not by the authors' choice.
  if (ctx.ocr) return;
  // The usual spelling of each group (the most written; the first written on a tie), once per group.
  const usualOf = new Map<string, [string, number]>();
  for (const w of written) {
    const counts = forms.get(w.group);
    if (!counts || counts.size < 2) continue;
    let usual = usualOf.get(w.group);
    if (!usual) usualOf.set(w.group, (usual = [...counts].sort((a, b) => b[1] - a[1])[0]));
    if (usual[0] === w.part) continue;
    ctx.report(itemFinding(ctx, 'lead.variant', w.item, w.index, 'lead', {
      value: w.item.lead,
      message: `Cơ quan ${quote(w.part)} được viết khác với cách viết thường dùng trong bảng ${quote(usual[0])}.`,
      suggestion: usual[0],
    }));
  }
}

interface LeadInfo {
  timeLike: boolean;
  /** The agencies named, as written (whitespace collapsed). */
  parts: string[];
  /** Comparison group of each part (canonical name or key). */
  groups: string[];
  /** Parts the catalogue does not know. */
  unknown: string[];
  suggestion: string | null;
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
