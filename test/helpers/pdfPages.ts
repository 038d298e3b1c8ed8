/**
 * The pages of a PDF (as LibreOffice writes them) with their text (pdftotext, poppler-utils) and
 * the font sizes their text is drawn at: each "/Fn size Tf" with the glyphs drawn after it by the
 * following Tj / TJ. LibreOffice scales a fitted page by writing scaled sizes (the text matrix
 * stays 1), so a size here is the size on paper, in points.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { inflateSync } from 'zlib';

export interface PdfPage {
  /** 1-based. */
  number: number;
  text: string;
  /** Glyphs drawn per font size (points, two decimals). */
  sizes: Map<number, number>;
}

function objects(pdf: Buffer): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  const s = pdf.toString('latin1');
  const re = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.set(Number(m[1]), Buffer.from(m[2], 'latin1'));
  return out;
}

function streamOf(obj: Buffer): string {
  const s = obj.toString('latin1');
  let start = s.indexOf('stream') + 'stream'.length;
  while (s[start] === '\r' || s[start] === '\n') start++;
  const raw = obj.subarray(start, s.lastIndexOf('endstream'));
  return /\/FlateDecode/.test(s.slice(0, start)) ? inflateSync(raw, { finishFlush: 2 }).toString('latin1') : raw.toString('latin1');
}

/** Font sizes of one content stream: size → glyphs. */
export function fontSizes(content: string): Map<number, number> {
  const sizes = new Map<number, number>();
  const re = /\/F\d+\s+([\d.]+)\s+Tf\s*(\[[\s\S]*?\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const glyphs = (m[2].match(/<([0-9A-Fa-f]*)>/g) ?? []).reduce((n, h) => n + (h.length - 2) / 2, 0);
    const size = Math.round(Number(m[1]) * 100) / 100;
    sizes.set(size, (sizes.get(size) ?? 0) + glyphs);
  }
  return sizes;
}

export function pdfPages(file: string): PdfPage[] {
  const objs = objects(readFileSync(file));
  const root = [...objs.values()].map((o) => o.toString('latin1')).find((o) => /\/Type\s*\/Pages\b/.test(o) && !/\/Parent/.test(o));
  if (!root) throw new Error(`${file}: no page tree`);
  const kids = [.../\/Kids\s*\[([^\]]*)\]/.exec(root)![1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.split('\f');
  return kids.map((k, i) => {
    const page = objs.get(k)!.toString('latin1');
    const contents = [.../\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)![1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    return { number: i + 1, text: text[i] ?? '', sizes: fontSizes(contents.map((c) => streamOf(objs.get(c)!)).join('\n')) };
  });
}

/** The size most of a page's glyphs are drawn at (its body text), 0 for an empty page. */
export function bodySize(p: PdfPage): number {
  let best = 0;
  let most = -1;
  p.sizes.forEach((n, size) => {
    if (n > most) [best, most] = [size, n];
  });
  return best;
}
