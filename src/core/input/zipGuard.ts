/**
 * A zip bomb guard for .docx and .xlsx (both ZIP packages): before mammoth or ExcelJS inflate a
 * package, its central directory (PKWARE APPNOTE 6.3 §4.3.12–4.3.16, ZIP64 §4.3.14/§4.5.3) is read
 * and the package is refused when it has too many entries or its entries add up to more than the
 * limit once inflated. Sizes in a central directory can lie, so each deflated entry is also
 * inflated as a stream (nothing kept) and refused as soon as it yields more than it declares.
 * Host-free: uses only the web-standard DecompressionStream (Node 18+, every browser Office runs
 * in); without it the declared sizes alone are checked.
 */
import { fail, ok, Result } from '../result';

export interface ZipLimits {
  /** Most entries (files) a package may hold. */
  maxEntries: number;
  /** Most bytes all entries may add up to once inflated. */
  maxTotalBytes: number;
}

/** Limits for a programme document or a workbook: far above any real one, far below the memory. */
export const PACKAGE_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 256 * 1024 * 1024 };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

const tooBig = (what: string, mb: number, limit: number): string =>
  `${what} khi giải nén lên tới ${mb} MB, quá giới hạn ${limit} MB: có thể là tệp hỏng hoặc tệp nén độc hại (“zip bomb”). Không mở tệp này.`;
const tooMany = (what: string, n: number, limit: number): string =>
  `${what} chứa ${n > limit ? `hơn ${limit}` : n} tệp con, quá giới hạn ${limit}: có thể là tệp hỏng hoặc tệp nén độc hại (“zip bomb”). Không mở tệp này.`;
const lying = (what: string, name: string): string =>
  `${what} khai sai kích thước của phần “${name}” (giải nén ra nhiều hơn khai báo): tệp hỏng hoặc tệp nén độc hại. Không mở tệp này.`;

/**
 * Checks a ZIP package before it is opened. `what` names the file for the message ("Tệp .docx").
 * Returns ok when the package is within the limits — or is no ZIP at all (its reader then says
 * so) — and a Vietnamese refusal otherwise.
 */
export async function checkZip(bytes: Uint8Array, what: string, limits: ZipLimits = PACKAGE_LIMITS): Promise<Result<void>> {
  const entries = centralDirectory(bytes, limits.maxEntries + 1);
  if (!entries) return ok(undefined);
  if (entries.length > limits.maxEntries) return fail(tooMany(what, entries.length, limits.maxEntries));
  const total = entries.reduce((n, e) => n + e.uncompressed, 0);
  if (total > limits.maxTotalBytes) return fail(tooBig(what, Math.ceil(total / MB), limits.maxTotalBytes / MB));
  for (const e of entries) {
    if (e.method !== 8) continue;
    const honest = await inflatesWithin(bytes, e);
    if (!honest) return fail(lying(what, e.name));
  }
  return ok(undefined);
}

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000;

/** The central directory's entries (at most `cap`), or null when the bytes hold no ZIP directory. */
function centralDirectory(b: Uint8Array, cap: number): Entry[] | null {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let offset = u32(b, eocd + 16);
  let size = u32(b, eocd + 12);
  const locator = eocd - 20;
  if (locator >= 0 && u32(b, locator) === ZIP64_LOCATOR) {
    const z = u64(b, locator + 8);
    if (z + 56 <= b.length && u32(b, z) === ZIP64_EOCD) {
      size = u64(b, z + 40);
      offset = u64(b, z + 48);
    }
  }
  if (offset + size > b.length) return null;
  const entries: Entry[] = [];
  let at = offset;
  while (at + 46 <= offset + size && u32(b, at) === CENTRAL && entries.length < cap) {
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const entry: Entry = {
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      uncompressed: u32(b, at + 24),
      localOffset: u32(b, at + 42),
    };
    zip64Sizes(b, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return entries;
}

/** Fills the sizes and offset a ZIP64 extra field (id 0x0001) carries instead of 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, start: number, length: number, e: Entry): void {
  const FULL = 0xffffffff;
  for (let at = start; at + 4 <= start + length; at += 4 + u16(b, at + 2)) {
    if (u16(b, at) !== 0x0001) continue;
    let field = at + 4;
    const next = (): number => {
      const v = field + 8 <= b.length ? u64(b, field) : Infinity;
      field += 8;
      return v;
    };
    if (e.uncompressed === FULL) e.uncompressed = next();
    if (e.compressed === FULL) e.compressed = next();
    if (e.localOffset === FULL) e.localOffset = next();
    return;
  }
  // A size left at 0xFFFFFFFF with no ZIP64 field: take it at its word (4 GB, over any limit).
}

type Decompressor = new (format: string) => { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> };

/**
 * Inflates one deflated entry without keeping its output: false as soon as it yields more bytes
 * than the directory declares. A stream that cannot be inflated is left to the real reader.
 */
async function inflatesWithin(b: Uint8Array, e: Entry): Promise<boolean> {
  const Stream = (globalThis as { DecompressionStream?: Decompressor }).DecompressionStream;
  if (!Stream || e.localOffset + 30 > b.length || u32(b, e.localOffset) !== LOCAL) return true;
  const start = e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
  const data = b.subarray(start, Math.min(b.length, start + e.compressed));
  let stream;
  try {
    stream = new Stream('deflate-raw');
  } catch {
    return true;
  }
  const writer = stream.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      produced += value.byteLength;
      if (produced > e.uncompressed) {
        await reader.cancel().catch(() => undefined);
        return false;
      }
    }
  } catch {
    return true;
  }
}
