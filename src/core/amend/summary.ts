/** A readable Vietnamese summary of an amendment result. */
import { headingNumber } from './apply';
import type { ParsedAmendment } from './parse';
import type { AmendOp, AmendResult } from './types';

const OP_LABEL: Record<AmendOp, string> = {
  modify: 'điều chỉnh',
  'modify-time': 'điều chỉnh thời gian',
  'rename-section': 'đổi tên mục',
  add: 'bổ sung điểm',
  'add-section': 'bổ sung mục',
  remove: 'lược bỏ',
  'no-change': 'không điều chỉnh',
};

function where(section: string, point: string): string {
  const s = /^\d/.test(section) ? `Mục ${section}` : section === 'Mở đầu' ? 'Phần mở đầu' : section ? `Phần ${section}` : '';
  return [s, point ? `điểm ${point}` : ''].filter(Boolean).join(', ');
}

function clip(s: string, n = 160): string {
  const one = s.replace(/\s*\n\s*/g, ' / ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

const CONTEXT = 40;

/**
 * Before and after text clipped to `n` characters each around where they first differ, so the
 * change itself is on screen even when both texts share a long beginning ("…" marks a cut).
 */
export function clipPair(before: string, after: string, n = 160): [string, string] {
  const a = before.replace(/\s*\n\s*/g, ' / ');
  const b = after.replace(/\s*\n\s*/g, ' / ');
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  if (same <= n - CONTEXT || !a || !b) return [clip(a, n), clip(b, n)];
  const from = same - CONTEXT;
  return [clip(`…${a.slice(from)}`, n), clip(`…${b.slice(from)}`, n)];
}

/** `outside`: text of the amending document that is not a change (preamble, closing part), listed at the end. */
export function amendSummary(r: AmendResult, outside: ParsedAmendment['outside'] = []): string {
  const out: string[] = [];
  const live = r.items.filter((i) => !i.removed).length;
  out.push(`Chương trình hợp nhất: ${r.items.length} điểm (${live} còn hiệu lực, ${r.items.length - live} lược bỏ).`);
  const twice = r.items.filter((i) => i.duplicateNumber);
  if (twice.length) {
    const named = twice.map((i) => `${where(headingNumber(i.path[i.path.length - 1] ?? ''), i.tt)} (dòng ${i.line})`);
    out.push(`Điểm bổ sung trùng số, vẫn giữ trong chương trình hợp nhất (ghi chú trùng số): ${named.join('; ')}.`);
  }
  const counts = new Map<AmendOp, number>();
  for (const c of r.changes) counts.set(c.op, (counts.get(c.op) ?? 0) + 1);
  out.push(`Thay đổi đã áp dụng: ${r.changes.length} (${[...counts].map(([op, n]) => `${OP_LABEL[op]}: ${n}`).join('; ')}).`);
  if (r.conflicts.length) {
    out.push('', `Xung đột cần xem lại: ${r.conflicts.length}`);
    for (const c of r.conflicts) out.push(`  • Dòng ${c.line}${where(c.section, c.point) ? ` — ${where(c.section, c.point)}` : ''}: ${c.message}`);
  } else out.push('Không có xung đột.');
  out.push('', 'Nhật ký thay đổi:');
  for (const c of r.changes) {
    out.push(`  • Dòng ${c.line} — ${where(c.section, c.point) || '(toàn văn bản)'}: ${OP_LABEL[c.op]}`);
    const [before, after] = clipPair(c.before, c.after);
    if (before) out.push(`      Trước: ${before}`);
    if (after) out.push(`      Sau:   ${after}`);
  }
  if (outside.length) {
    out.push('', `Không áp dụng (không phải nội dung điều chỉnh): ${outside.length} đoạn văn bản.`);
    for (const o of outside) out.push(`  • Dòng ${o.line}: ${clip(o.text, 100)}`);
  }
  return out.join('\n');
}
