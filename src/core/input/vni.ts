/**
 * VNI (VNI-Windows, the "VNI-Times" fonts): a vowel is written as its base letter followed by one
 * mark character ("Chöông trình haønh ñoäng" = "Chương trình hành động"). Upper-case bases take
 * upper-case marks. Mapping from the published VNI-Windows code chart.
 */

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT];

/** Mark characters (lower case; the upper-case mark is the same letter in capitals). */
const TONE_MARKS = 'ùøûõï'; // sắc, huyền, hỏi, ngã, nặng
const CIRC_MARKS = 'âáàåãä'; // mũ alone, then mũ + each tone
const BREVE_MARKS = 'êéèúüë'; // trăng alone, then trăng + each tone

/** Single characters: đ, ơ, ư and i/ỵ with their tones. */
const SINGLES: Array<[string, string]> = [
  ['ñ', 'đ'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

function buildChart(): Map<string, string> {
  const m = new Map<string, string>();
  const add = (seq: string, uni: string) => {
    m.set(seq, uni.normalize('NFC'));
    m.set(seq.toUpperCase(), uni.toUpperCase().normalize('NFC'));
  };
  for (const [seq, uni] of SINGLES) add(seq, uni);
  const tonesOf = (base: string, vniBase: string, marks: string, shape: string) => {
    [...marks].forEach((mark, i) => add(vniBase + mark, base + shape + (i === 0 ? '' : TONES[i - 1])));
  };
  for (const [vniBase, base] of [
    ['a', 'a'],
    ['e', 'e'],
    ['o', 'o'],
    ['u', 'u'],
    ['y', 'y'],
    ['ô', 'ơ'],
    ['ö', 'ư'],
  ]) {
    [...TONE_MARKS].forEach((mark, i) => add(vniBase + mark, base + TONES[i]));
  }
  for (const v of ['a', 'e', 'o']) tonesOf(v, v, CIRC_MARKS, CIRC);
  tonesOf('a', 'a', BREVE_MARKS, BREVE);
  return m;
}

/** VNI sequence (1 or 2 characters, as Latin-1 characters) → Unicode letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = buildChart();

const UNICODE_TO_VNI: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [seq, uni] of VNI_TO_UNICODE) if (!m.has(uni) || seq.length > 1) m.set(uni, seq);
  // Letters whose VNI form is the same character (í, ì …) keep it.
  for (const [seq, uni] of SINGLES) {
    m.set(uni, seq);
    m.set(uni.toUpperCase(), seq.toUpperCase());
  }
  return m;
})();

/** VNI text (as Latin-1 characters) → Unicode NFC. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const two = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i++;
      continue;
    }
    out += VNI_TO_UNICODE.get(text[i]) ?? text[i];
  }
  return out.normalize('NFC');
}

/** Unicode → VNI (the inverse chart; used to check the chart round trip). */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((c) => UNICODE_TO_VNI.get(c) ?? c).join('');
}
