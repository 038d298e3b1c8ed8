/**
 * The shared string table of the streaming writer: each distinct text once, in order of first use
 * (what Excel itself writes; ExcelJS's reader, used on re-import, reads it). Memory: one Map entry
 * per distinct text — the texts themselves are the plan's own strings, not copies. Host-free.
 */
import { escText } from './xml';

/** Leading or trailing white space, or a line break or tab: kept only with xml:space="preserve". */
const NEEDS_PRESERVE = /^\s|\s$|[\n\t]/;

export class SharedStrings {
  private readonly index = new Map<string, number>();
  /** Cells that refer to a shared string (sharedStrings.xml's `count`). */
  refs = 0;

  /** The index of `s`, added when new. */
  id(s: string): number {
    this.refs++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(s, i);
    }
    return i;
  }

  get size(): number {
    return this.index.size;
  }

  /** sharedStrings.xml in chunks of about `chunk` characters (the table can be tens of MB). */
  *xml(chunk = 1 << 14): Generator<string> {
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${this.index.size}">`;
    for (const s of this.index.keys()) {
      out += NEEDS_PRESERVE.test(s) ? `<si><t xml:space="preserve">${escText(s)}</t></si>` : `<si><t>${escText(s)}</t></si>`;
      if (out.length >= chunk) {
        yield out;
        out = '';
      }
    }
    yield `${out}</sst>`;
  }
}
