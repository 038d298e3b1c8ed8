import { fold } from '../text';
import type { Item } from '../model';
import { isSubRow, TableContext } from './context';
import { looksCutOff } from './tasks';

/** Words that name a funding source: ngân sách, vốn, kinh phí, xã hội hóa, ODA, a fund, … */
const FUNDING =
  /\b(ngan sach|nsnn|nstw|nsdp|von|kinh phi|xa hoi hoa|oda|quy|nguon thu|tai tro|vien tro|tin dung|dong gop|nguon hop phap|nguon luc|chuong trinh muc tieu quoc gia|tu chu)\b/;

/** The usual category for a value that names who pays instead of a funding source. */
const GUESSES: Array<[RegExp, string]> = [
  [/^bo\b|trung uong|chinh phu|quoc gia/, 'Ngân sách trung ương'],
  [/ubnd|uy ban nhan dan|hdnd|\btinh\b|\bxa\b|\bhuyen\b|dia phuong/, 'Ngân sách địa phương'],
  [/doanh nghiep|cong ty|nha dau tu|tap doan/, 'Vốn doanh nghiệp'],
  [/nhan dan|cong dong|ca nhan|to chuc xa hoi/, 'Xã hội hóa'],
  [/nuoc ngoai|quoc te|world bank|\badb\b|jica|koica/, 'ODA'],
];

export function isFundingCategory(value: string): boolean {
  return FUNDING.test(fold(value));
}

export function guessCategory(value: string): string | null {
  const f = fold(value);
  for (const [re, name] of GUESSES) if (re.test(f)) return name;
  return null;
}

export interface ResourceRow {
  item: Item;
  index: number;
  /** The nguồn lực cell, trimmed (never empty). */
  value: string;
  /** How the text looks cut off (tasks.ts looksCutOff), or null. */
  cut: string | null;
  /** It names a usual funding category. */
  funding: boolean;
  /** The category it most likely means when it does not (who pays instead of a source), or null. */
  guess: string | null;
}

export interface ResourceFacts {
  /** The table has a nguồn lực column or the profile requires one; otherwise no resources rule applies. */
  applies: boolean;
  /** Tasks whose nguồn lực text looks cut off or names no usual funding category, in table order. */
  rows: ResourceRow[];
  /** Tasks whose required nguồn lực is empty. */
  missing: Array<{ item: Item; index: number }>;
  /** Tasks looked at (sub-rows and removed rows are not). */
  checked: number;
}

/** What the nguồn lực rules (rules/resources/*) read of a table (use through `ctx.memo(resourceFacts)`). */
export function resourceFacts(ctx: TableContext): ResourceFacts {
  const hasColumn = ctx.table.columns.some((c) => c.key === 'resources');
  const required = ctx.required.has('resources');
  const facts: ResourceFacts = { applies: hasColumn || required, rows: [], missing: [], checked: 0 };
  if (!facts.applies) return facts;
  // A table repeats the same few funding texts: each distinct text is looked at once.
  const seen = new Map<string, { cut: string | null; funding: boolean; guess: string | null }>();
  const about = (v: string) => {
    let a = seen.get(v);
    if (!a) {
      const funding = isFundingCategory(v);
      seen.set(v, (a = { cut: looksCutOff(v), funding, guess: funding ? null : guessCategory(v) }));
    }
    return a;
  };
  ctx.table.items.forEach((item, i) => {
    if (isSubRow(item) || item.removed) return;
    facts.checked++;
    const v = item.resources.trim();
    if (!v) {
      if (required) facts.missing.push({ item, index: i });
      return;
    }
    const a = about(v);
    if (a.cut || !a.funding) facts.rows.push({ item, index: i, value: v, cut: a.cut, funding: a.funding, guess: a.guess });
  });
  return facts;
}
