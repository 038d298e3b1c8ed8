/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3) — the ".VnTime" fonts. One byte per letter; the bytes show up in
 * Unicode text as Latin-1 characters ("Ch­¬ng tr×nh hµnh ®éng" = "Chương trình hành động").
 * VN3 has no capital letters with tone marks: the ".VnTimeH" fonts print the lower-case codes as
 * capitals, so capitals are restored from the neighbouring letters.
 */

/** Byte (as its Latin-1 character) → Unicode letter, from the published VN3 code chart. */
const CHART: Array<[number, string]> = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [start, letters] of CHART) {
    [...letters].forEach((u, i) => m.set(String.fromCharCode(start + i), u));
  }
  return m;
})();

const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = new Map([...TCVN3_TO_UNICODE].map(([k, v]) => [v, k]));

/** Lower-case toned vowels: VN3 has no capital code for them. */
const AMBIGUOUS = /[àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/;
const isUpper = (c: string): boolean => c !== c.toLowerCase();

/** TCVN3 text (as Latin-1 characters) → Unicode NFC. */
export function decodeTcvn3(text: string): string {
  const decoded = [...text].map((c) => TCVN3_TO_UNICODE.get(c) ?? c).join('');
  return decoded
    .split('\n')
    .map((line) => {
      // A line in capitals (.VnTimeH title): its toned vowels are capitals too.
      const cased = line.match(/[A-Za-z]/g) ?? [];
      const lineCaps = cased.length >= 3 && cased.filter(isUpper).length >= cased.length * 0.9;
      return (
        line
          .replace(/\p{L}+/gu, (word) => {
            if (!AMBIGUOUS.test(word)) return word;
            const others = [...word].filter((c) => !AMBIGUOUS.test(c));
            const capsWord = others.every(isUpper) && (others.length >= 2 || lineCaps);
            return capsWord ? word.toUpperCase() : word;
          })
          // "Ủy ban" has no VN3 capital either; in these documents it is always a name.
          .replace(/(^|[^\p{L}])ủy (ban|viên)/gu, '$1Ủy $2')
      );
    })
    .join('\n')
    .normalize('NFC');
}

/** Unicode → TCVN3 (capital toned vowels take the lower-case code, as .VnTimeH prints them). */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((c) => UNICODE_TO_TCVN3.get(c) ?? UNICODE_TO_TCVN3.get(c.toLowerCase()) ?? c).join('');
}
