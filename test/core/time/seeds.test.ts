/**
 * Every time text in the seed documents gets a meaning, and every date is a real ISO date.
 * 003/004: the 4th column (index 3) of tab-separated table rows. 000/001: the phrase after
 * "Thời hạn hoàn thành: …" / "Thời gian thực hiện: …" (001 is OCR text without diacritics).
 */
import * as fs from 'fs';
import * as path from 'path';
import { isIsoDate, parseTime, TimeMeaning } from '../../../src/core/time';

const SEEDS = path.resolve(__dirname, '../../../seeds');
const seed = (prefix: string): string => {
  const f = fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS, f), 'utf8');
};

const strip = (s: string): string =>
  s
    .replace(/<\/?(?:b|p|i)>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

interface Cell {
  text: string;
  /** The 4th header of the table the row belongs to ("Thời gian", "Đơn vị tham mưu" …). */
  header: string;
}

/** Distinct 4th-column texts, skipping header rows (TT/STT) and section rows (bold, no time). */
function column3(doc: string): Cell[] {
  const seen = new Map<string, Cell>();
  let header = '';
  for (const line of doc.split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 4) continue;
    const first = strip(cells[0]);
    if (/^S?TT$/i.test(first)) {
      header = strip(cells[3]);
      continue;
    }
    const text = strip(cells[3]);
    if (!text) continue; // section rows and continuation rows leave it empty
    if (!seen.has(text)) seen.set(text, { text, header });
  }
  return [...seen.values()];
}

function checkShape(r: TimeMeaning): void {
  expect(r.kind).toMatch(/^(deadline|period|ongoing|recurring|conditional|done|none|invalid)$/);
  for (const d of [r.due, r.start]) if (d !== null) expect(isIsoDate(d)).toBe(true);
  if (r.kind === 'deadline' || r.kind === 'period') expect(r.due).not.toBeNull();
  if (r.kind === 'period') expect(r.start! <= r.due!).toBe(true);
  if (r.kind === 'invalid') {
    expect(r.due).toBeNull();
    expect(r.reason).toBeTruthy();
  }
}

const isTimeHeader = (h: string): boolean => /^thoi (gian|han)/.test(fold(h));

describe.each(['003', '004'])('seed %s, 4th column', (prefix) => {
  const cells = column3(seed(prefix));

  it('finds the time texts', () => {
    expect(cells.length).toBeGreaterThan(prefix === '003' ? 15 : 30);
  });

  it('gives every text a kind, and every date is a valid ISO date', () => {
    for (const c of cells) checkShape(parseTime(c.text));
  });

  it('understands every text under a time header; the rest are "none" with a reason', () => {
    for (const c of cells) {
      const r = parseTime(c.text);
      if (isTimeHeader(c.header)) {
        expect([c.text, r.kind]).not.toEqual([c.text, 'none']);
      } else {
        expect([c.text, r.kind, r.reason]).toEqual([c.text, 'none', 'Không nhận ra cụm thời gian']);
      }
    }
  });
});

describe('seed 004 mistakes', () => {
  it('reports the truncated range "Năm 2026-203"', () => {
    const cells = column3(seed('004')).map((c) => c.text);
    expect(cells).toContain('Năm 2026-203');
    expect(parseTime('Năm 2026-203')).toMatchObject({ kind: 'invalid', due: null });
  });
});

/** "Thời hạn hoàn thành: X." / "Thời gian thực hiện: X." — labels as printed, OCR-damaged in 001. */
function labelled(doc: string): string[] {
  const flat = doc.replace(/\*+|[“”]/g, '').replace(/\s+/g, ' ');
  const re = /\bTh[oờ]i (?:h[aạ]n|gian) [^:.]{0,40}: ([^.;]+)/gi;
  const out = new Set<string>();
  for (const m of flat.matchAll(re)) {
    if (/(?:đ|d)i[eể]m/i.test(m[0].slice(0, m[0].indexOf(':')))) continue; // "thời gian thực hiện tại điểm (3):" is a heading
    out.add(m[1].trim());
  }
  return [...out];
}

describe.each(['000', '001'])('seed %s, "Thời hạn / Thời gian thực hiện: …"', (prefix) => {
  const phrases = labelled(seed(prefix));

  it('finds the phrases', () => {
    expect(phrases.length).toBeGreaterThan(5);
  });

  it('understands every one of them (no "none")', () => {
    for (const p of phrases) {
      const r = parseTime(p);
      checkShape(r);
      expect([p, r.kind]).not.toEqual([p, 'none']);
    }
  });
});

describe('seed 001 (OCR)', () => {
  const phrases = labelled(seed('001'));
  it('contains the broken "Trong nam 20235" and reports it', () => {
    expect(phrases).toContain('Trong nam 20235');
    expect(parseTime('Trong nam 20235').kind).toBe('invalid');
  });
  it('reads the OCR forms', () => {
    expect(phrases).toEqual(expect.arrayContaining(['Trong nam 2025', 'Quy 1/2026', 'Thuong xuyén, lién tuc']));
  });
});
