import { fold } from '../text';
import type { Item } from '../model';
import { isSubRow, itemFinding, quote, reportMissing, TableContext } from './context';
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

/** Nguồn lực: missing where required, cut off, or none of the usual funding categories. */
export function checkResources(ctx: TableContext): void {
  const hasColumn = ctx.table.columns.some((c) => c.key === 'resources');
  const required = ctx.required.has('resources');
  if (!hasColumn && !required) return;
  const missing: Array<{ item: Item; index: number }> = [];
  let checked = 0;
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
    checked++;
    const v = item.resources.trim();
    const at = (rule: 'resources.cutOff' | 'resources.unknown', message: string, suggestion: string | null = null) =>
      ctx.report(itemFinding(ctx, rule, item, i, 'resources', { value: v, message, suggestion }));
    if (!v) {
      if (required) missing.push({ item, index: i });
      return;
    }
    const { cut, funding, guess } = about(v);
    if (cut) at('resources.cutOff', `Nguồn lực ${quote(v)} ${cut}: có thể bị cắt khi sao chép.`);
    if (!funding) {
      at(
        'resources.unknown',
        `Nguồn lực ${quote(v)} không thuộc nhóm nguồn vốn thường dùng (Ngân sách trung ương / địa phương / nhà nước, Vốn ngoài ngân sách, Xã hội hóa, Vốn doanh nghiệp, ODA, Nguồn vốn hợp pháp khác).`,
        guess,
      );
    }
  });
  reportMissing(ctx, 'resources.missing', 'resources', missing, checked, 'nguồn lực', 'Chưa ghi nguồn lực thực hiện.');
}
