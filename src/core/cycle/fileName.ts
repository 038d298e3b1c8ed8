/** File names for agency workbooks: ASCII, safe on Windows, one per agency. */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "Sở Tài chính" → "so-tai-chinh" (Vietnamese letters without tone marks, đ → d, other characters → "-"). */
export function slug(s: string): string {
  const ascii = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const out = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return out || 'co-quan';
}

/**
 * One file name per agency ("bao-cao-so-tai-chinh.xlsx"); agencies whose names fold to the same
 * slug get "-2", "-3" … in the order given. The "bao-cao-" prefix keeps clear of Windows' reserved names.
 */
export function agencyFileNames(agencies: string[]): string[] {
  const taken = new Set<string>();
  return agencies.map((a) => {
    const base = `bao-cao-${slug(a)}`;
    let name = base;
    for (let i = 2; taken.has(name) || WINDOWS_RESERVED.test(name); i++) name = `${base}-${i}`;
    taken.add(name);
    return `${name}.xlsx`;
  });
}
