/**
 * One agency written two ways in one programme: in full ("Cục Du lịch Quốc gia Việt Nam") and by
 * the initials of its name ("Cục DLQGVN"), as administrative documents shorten names they repeat
 * (Sở VHTTDL, Sở NN&PTNT). The reporting cycle sends each agency one file, so the short form is
 * taken for the full one when exactly one full name among the programme's leads fits it.
 */
import { fold } from '../text';

/** The last word of a name when it is initials: two or more capitals (Đ included), "&" allowed. */
const INITIALS = /^(.*\S)\s+([A-ZĐ&]{2,})$/u;

/** The initials of words ("Văn hóa, Thể thao và Du lịch" → "VHTTDL"; "và" and "&" are left out). */
function initialsOf(words: string): string {
  return fold(words)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'va')
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * Short form → full name, for the names of `names` written as "<kind> <INITIALS>" whose kind and
 * initials match exactly one other name ("<kind> <words>"); the kind is compared folded
 * ("Cục" = "cục"). Names without such a partner map to nothing.
 */
export function initialsAliases(names: Iterable<string>): Map<string, string> {
  const all = [...new Set(names)];
  const out = new Map<string, string>();
  for (const short of all) {
    const m = INITIALS.exec(short.trim());
    if (!m) continue;
    const kind = fold(m[1]);
    const letters = fold(m[2]).replace(/&/g, '').toUpperCase();
    const full = all.filter((n) => {
      if (n === short || INITIALS.test(n.trim())) return false;
      const f = fold(n);
      return f.startsWith(`${kind} `) && initialsOf(n.trim().slice(m[1].length)) === letters;
    });
    if (full.length === 1) out.set(short, full[0]);
  }
  return out;
}
