/**
 * Legacy Vietnamese encodings (TCVN3/ABC and VNI) still common in provincial offices: detect them
 * in decoded text and convert to Unicode. Text saved with those fonts arrives as Latin-1 letters
 * ("Ch­¬ng tr×nh" / "Chöông trình"); real Unicode Vietnamese uses letters above U+00FF.
 */
import { decodeTcvn3, TCVN3_TO_UNICODE } from './tcvn3';
import { decodeVni, VNI_TO_UNICODE } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_NAME: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
};

export type LegacyVerdict = { kind: 'unicode' } | { kind: 'legacy'; encoding: LegacyEncoding; text: string; lines: number } | { kind: 'uncertain'; message: string };

/** Latin-1 letters a Unicode Vietnamese text uses (everything else in U+00A0–U+00FF is suspect). */
const VIETNAMESE_LATIN1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);
/** Characters only a legacy-encoded text would hold (per the two code charts). */
const SIGNATURE = new Set([...TCVN3_TO_UNICODE.keys(), ...[...VNI_TO_UNICODE.keys()].flatMap((k) => [...k])].filter((c) => !VIETNAMESE_LATIN1.has(c) && !/[A-Za-z]/.test(c)));
/** Vietnamese letters that exist only in Unicode (ă, đ, ơ, ư, ạ … ỹ). */
const UNICODE_VIETNAMESE = /[ăđơưĂĐƠƯĩũĨŨ\u1ea0-\u1ef9]/g;

function count(text: string, set: Set<string>): number {
  let n = 0;
  for (const c of text) if (set.has(c)) n++;
  return n;
}

/** Syllables a conversion got wrong: leftover legacy characters, two tone marks, two vowel shapes. */
function badness(text: string): number {
  let bad = count(text, SIGNATURE);
  for (const word of text.normalize('NFD').match(/\p{L}[\p{L}\p{M}]*/gu) ?? []) {
    const tones = word.match(/[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0;
    const shapes = word.match(/[\u0302\u0306\u031b]/g)?.length ?? 0;
    if (tones > 1 || shapes > 2) bad++;
  }
  return bad;
}

const DECODERS: Record<LegacyEncoding, (t: string) => string> = { tcvn3: decodeTcvn3, vni: decodeVni };

/**
 * Looks at a decoded text and, when it is TCVN3 or VNI, converts it. Lines already in Unicode
 * (a mixed document) are left alone. Uncertain cases get a Vietnamese explanation.
 */
export function detectLegacy(text: string): LegacyVerdict {
  const sample = text.length > 400_000 ? text.slice(0, 200_000) + text.slice(-200_000) : text;
  if (count(sample, SIGNATURE) < 3) return { kind: 'unicode' };
  const unicodeLetters = sample.match(UNICODE_VIETNAMESE)?.length ?? 0;
  // Lines that look legacy: suspect characters and no Unicode-only Vietnamese letter.
  const legacyLines = sample.split('\n').filter((l) => hasSignature(l) && !l.match(UNICODE_VIETNAMESE));
  const probe = legacyLines.join('\n');
  const words = probe.match(/\S*\p{L}\S*/gu) ?? [];
  const suspectWords = words.filter(hasSignature).length;
  // Nearly every Vietnamese word carries a mark: a legacy line is dense with suspect letters.
  // A stray "®" or OCR noise ("hi¢u") is not.
  if (suspectWords < 3 || suspectWords < words.length * 0.25) return { kind: 'unicode' };
  const scores = (Object.keys(DECODERS) as LegacyEncoding[]).map((encoding) => ({ encoding, bad: badness(DECODERS[encoding](probe)) })).sort((a, b) => a.bad - b.bad);
  const best = scores[0];
  const clear = best.bad <= words.length * 0.03 && scores[1].bad >= Math.max(3, best.bad * 3);
  if (!clear) {
    return {
      kind: 'uncertain',
      message:
        'Tệp có vẻ được gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI) nhưng không xác định chắc chắn được: ' +
        'chữ tiếng Việt hiện thành ký tự lạ (ví dụ "Ch­¬ng tr×nh" hoặc "Chöông trình"). ' +
        'Hãy chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã, hoặc lưu lại bằng phông Unicode như Times New Roman) rồi nhập lại.',
    };
  }
  const decode = DECODERS[best.encoding];
  let converted = 0;
  const out = text
    .split('\n')
    .map((line) => {
      if (!hasSignature(line) && unicodeLetters > 0) return line;
      if (line.match(UNICODE_VIETNAMESE)) return line;
      converted++;
      return decode(line);
    })
    .join('\n');
  return { kind: 'legacy', encoding: best.encoding, text: out, lines: converted };
}

function hasSignature(line: string): boolean {
  for (const c of line) if (SIGNATURE.has(c)) return true;
  return false;
}
