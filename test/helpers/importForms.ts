/**
 * Every input form of a fixture (forms.ts) read by the product's own readers and imported:
 * TAB text as pasted, Markdown and HTML as files, .docx bytes as a file.
 */
import { importProgramme } from '../../src/core/import';
import { readDocument, readPastedDocument } from '../../src/core/input/read';
import type { Programme } from '../../src/core/model';
import type { Forms } from './forms';

export type Form = 'text' | 'markdown' | 'html' | 'docx';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function read(name: string, bytes: Uint8Array): Promise<Programme> {
  const r = await readDocument(name, bytes);
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return importProgramme(r.value.document);
}

/** The programme each form gives (Markdown only when the fixture has no merged cells). */
export async function importForms(f: Forms): Promise<Partial<Record<Form, Programme>>> {
  const pasted = readPastedDocument(f.text);
  if (!pasted.ok) throw new Error(pasted.message);
  const out: Partial<Record<Form, Programme>> = { text: importProgramme(pasted.value.document) };
  if (f.markdown !== undefined) out.markdown = await read('bang.md', utf8(f.markdown));
  out.html = await read('bang.html', utf8(f.html));
  out.docx = await read('bang.docx', await f.docx);
  return out;
}
