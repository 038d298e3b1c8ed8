/**
 * TCVN3/VNI text inside a .docx (an old document typed with .VnTime or VNI-Times fonts and
 * saved as .docx keeps its legacy letters): converted to Unicode string by string — each
 * paragraph, cell paragraph and note — with ONE decision for the whole document (detection on
 * all its strings together, as for a text file), so a short cell ("1", "Sở") is never judged
 * alone. Lines already in Unicode are left as they are (see legacy.ts). Host-free.
 */
import type { SourceBlock } from '../document';
import { fail, ok, Result } from '../result';
import { fixLegacyText } from './decode';

/** Blocks with every string converted when the document is TCVN3/VNI; `note` tells the user. */
export function fixLegacyBlocks(blocks: SourceBlock[]): Result<{ blocks: SourceBlock[]; note?: string }> {
  const strings: string[] = [];
  const take = (s: string) => strings.push(s);
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      take(b.text);
      b.notes?.forEach(take);
    } else for (const r of b.rows) for (const c of r.cells) (c.paragraphs.forEach(take), c.notes?.forEach(take));
  }
  const counts = strings.map((s) => s.split('\n').length);
  const fixed = fixLegacyText(strings.join('\n'));
  if (!fixed.ok) return fail(fixed.message);
  if (!fixed.value.note) return ok({ blocks });
  const lines = fixed.value.text.split('\n');
  let at = 0;
  const next = (): string => {
    const n = counts.shift()!;
    const s = lines.slice(at, at + n).join('\n');
    at += n;
    return s;
  };
  const out: SourceBlock[] = blocks.map((b) => {
    if (b.kind === 'paragraph') {
      const p = { ...b, text: next() };
      if (b.notes) p.notes = b.notes.map(next);
      return p;
    }
    return {
      ...b,
      rows: b.rows.map((r) => ({
        cells: r.cells.map((c) => {
          const cell = { ...c, paragraphs: c.paragraphs.map(next) };
          if (c.notes) cell.notes = c.notes.map(next);
          return cell;
        }),
      })),
    };
  });
  return ok({ blocks: out, note: fixed.value.note });
}
