/** Builds .docx test files from the seed text model with the `docx` package (a real Word writer). */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** "**bold**", "*italic*" and "<b>…</b>" spans → runs; other text as is. */
function runs(text: string, breakBefore = false): TextRun[] {
  const out: TextRun[] = [];
  const re = /<b>([\s\S]*?)<\/b>|\*\*([\s\S]*?)\*\*|\*([^*]+)\*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (t: string, o: { bold?: boolean; italics?: boolean } = {}) => {
    if (!t) return;
    out.push(new TextRun({ text: t.replace(/\\\*/g, '*'), ...o, ...(breakBefore && out.length === 0 ? { break: 1 } : {}) }));
  };
  while ((m = re.exec(text))) {
    push(text.slice(last, m.index));
    if (m[1] !== undefined) push(m[1], { bold: true });
    else if (m[2] !== undefined) push(m[2], { bold: true });
    else push(m[3], { italics: true });
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  if (!out.length && breakBefore) out.push(new TextRun({ text: '', break: 1 }));
  return out;
}

function cell(text: string): TableCell {
  const paras = /<p>/.test(text) ? [...text.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]) : [text];
  return new TableCell({ children: paras.map((p) => new Paragraph({ children: runs(p) })) });
}

/**
 * Text model → .docx: TAB lines become table rows (a blank line ends a table), blank-line
 * separated groups of lines become paragraphs with line breaks, "****" splits paragraphs.
 */
export async function docxFromText(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const groups = text.split(/\r?\n\s*\r?\n/);
  for (const g of groups) {
    const lines = g.split(/\r?\n/).filter((l) => l.trim());
    if (!lines.length) continue;
    let rows: TableRow[] = [];
    let para: string[] = [];
    const flushPara = () => {
      if (para.length) {
        const pieces = para
          .map((l) => l.replace(/^\s*#+\s*/, ''))
          .join('\n')
          .split('****');
        pieces.forEach((piece, k) => {
          let t = piece;
          if (pieces.length > 1) {
            if (k > 0 && !t.startsWith('**')) t = `**${t}`;
            if ((t.match(/\*\*/g) ?? []).length % 2 === 1) t = `${t}**`;
          }
          children.push(new Paragraph({ children: t.split('\n').flatMap((l, i) => runs(l, i > 0)) }));
        });
      }
      para = [];
    };
    const flushRows = () => {
      if (rows.length) children.push(new Table({ rows }));
      rows = [];
    };
    for (const l of lines) {
      if (l.includes('\t')) {
        flushPara();
        rows.push(new TableRow({ children: l.split('\t').map(cell) }));
      } else {
        flushRows();
        para.push(l);
      }
    }
    flushPara();
    flushRows();
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
