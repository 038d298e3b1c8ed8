/** A1 addresses for the Office.js renderer. Rows and columns are 1-based. */

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Serial day number (1900 system) → ISO yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Characters (Excel column width) → points, as Excel converts for the default font. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function mmToPoints(mm: number): number {
  return Math.round((mm * 72) / 25.4 * 100) / 100;
}
