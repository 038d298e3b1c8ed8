#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png): a green tile with a white sheet whose
 * rows are the lines of an appendix table and a red "overdue" mark. Plain RGBA pixels written as
 * PNG with node's zlib — no image tool needed. Run: node scripts/make-icons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [33, 115, 70, 255];
const WHITE = [255, 255, 255, 255];
const LINE = [120, 160, 135, 255];
const RED = [192, 0, 0, 255];
const CLEAR = [0, 0, 0, 0];

/** Colour of the pixel centred at (x, y) on a size×size icon (coordinates scaled to 0..1). */
function icon(x, y, size) {
  const u = x / size;
  const v = y / size;
  const r = 0.16; // corner radius of the tile
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  const inSheet = u > 0.2 && u < 0.8 && v > 0.16 && v < 0.84;
  if (!inSheet) return GREEN;
  const dot = (u - 0.7) ** 2 + (v - 0.72) ** 2 < 0.012;
  if (dot) return RED;
  const px = 1 / size;
  const rows = [0.34, 0.48, 0.62];
  if (rows.some((ry) => Math.abs(v - ry) < Math.max(px * 0.75, 0.025))) return LINE;
  if (Math.abs(u - 0.36) < Math.max(px * 0.75, 0.02) && v > 0.22) return LINE;
  return WHITE;
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, icon));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
