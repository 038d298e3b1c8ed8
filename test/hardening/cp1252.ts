/** Test helper: a string of Windows-1252 characters → the bytes a legacy-font .txt file holds. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function toCp1252(s: string): Uint8Array {
  return Uint8Array.from([...s], (c) => {
    const n = c.charCodeAt(0);
    if (n < 0x80 || (n >= 0xa0 && n <= 0xff)) return n;
    const i = CP1252_80_9F.indexOf(c);
    if (i < 0) throw new Error(`not in Windows-1252: ${c}`);
    return 0x80 + i;
  });
}

/** Seed text limited to what Windows-1252 + a legacy font can carry (no other symbols). */
export function cp1252Safe(s: string): string {
  return s.replace(/[^\u0000-\u00ff\u0100-\u1eff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g, '?');
}
