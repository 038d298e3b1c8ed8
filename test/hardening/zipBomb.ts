/** Small-on-disk ZIP packages for the zip bomb tests (written by hand: APPNOTE 6.3 §4.3). */
import { deflateRawSync } from 'zlib';

export interface BombEntry {
  name: string;
  /** Deflated bytes stored in the package. */
  data: Buffer;
  /** The uncompressed size the directory declares (may lie). */
  declared: number;
}

/** A ZIP package with the given deflated entries (CRCs left 0: the guard refuses before any check). */
export function zipOf(entries: BombEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** `mb` megabytes of one repeated XML character, deflated (about 1,000 times smaller). */
export function deflatedXml(mb: number): Buffer {
  return deflateRawSync(Buffer.alloc(mb * 1024 * 1024, 0x20), { level: 9 });
}
