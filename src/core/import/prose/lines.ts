/** Physical lines → logical lines: markup split and removed, line numbers kept. */
import { collapse, nfc, stripInvisible } from '../../text';

export interface SourceLine {
  /** 0-based index of the physical line. */
  index: number;
  /** Cleaned text (NFC, markup removed, spaces collapsed); '' for a blank line. */
  text: string;
  /** The whole logical line was bold (<b>…</b> or **…**). */
  bold: boolean;
  /** The physical line started with a space (OCR page-break indent): kept for nothing but tests. */
}

/** "**A****B**" and "text**B**" carry two paragraphs on one line (Word → Markdown joins). */
function splitBoldRuns(raw: string): string[] {
  const parts = raw.split(/\*\*\*\*/);
  const out: string[] = [];
  for (let p of parts) {
    if (parts.length > 1) {
      if (!p.startsWith('**') && out.length) p = `**${p}`;
      if ((p.match(/\*\*/g) ?? []).length % 2 === 1) p = `${p}**`;
    }
    const at = p.indexOf('**');
    if (at > 0 && p.slice(0, at).trim() && !/\*\*/.test(p.slice(0, at))) {
      out.push(p.slice(0, at), p.slice(at));
    } else out.push(p);
  }
  return out;
}

function clean(raw: string): { text: string; bold: boolean } {
  let t = stripInvisible(nfc(raw)).replace(/^\s*#+\s*/, '');
  const bold = /^\s*(\*\*|<b>)[\s\S]*(\*\*|<\/b>)\s*$/i.test(t);
  t = t
    .replace(/<\/p>\s*<p>/gi, ' ')
    .replace(/<\/?(b|p|i|u|strong|em|br)\s*\/?>/gi, ' ')
    .replace(/\*\*/g, '')
    .replace(/\\\*/g, '*')
    .replace(/^\s*\*(?=\S)/, '')
    .replace(/(\S)\*\s*$/, '$1');
  return { text: collapse(t.replace(/\n/g, ' ')), bold };
}

export function sourceLines(lines: string[]): SourceLine[] {
  const out: SourceLine[] = [];
  lines.forEach((raw, index) => {
    // A blank line (most of them beside a table, whose lines are blanked): what `clean` gives it.
    if (raw === '') {
      out.push({ index, text: '', bold: false });
      return;
    }
    const pieces = raw.includes('**') ? splitBoldRuns(raw) : [raw];
    for (const piece of pieces) {
      const { text, bold } = clean(piece);
      if (text || pieces.length === 1) out.push({ index, text, bold });
    }
  });
  return out;
}
