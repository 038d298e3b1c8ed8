import fc from 'fast-check';
import { fnv1a, fnv1aOn, hashChars, hashCharsOf, itemId, tableWithIds, withId } from '../../../src/core/cycle/ids';
import type { Item, ProgrammeTable } from '../../../src/core/model';

// tableWithIds folds each distinct section path and number once; every id must still be the one
// itemId (the definition) gives, with the same occurrence counts and position fallbacks.
function plainIds(t: ProgrammeTable, tableIndex: number): Array<string | undefined> {
  const seen = new Map<string, number>();
  const taken = new Set(t.items.map((i) => i.id).filter(Boolean));
  const positions = new Map<string, number>();
  const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return t.items.map((item) => {
    if (item.id) return item.id;
    const sec = item.path.join(' › ');
    const position = (positions.get(sec) ?? 0) + 1;
    positions.set(sec, position);
    const base = `${sec}|${fold(item.tt) || `#${position}`}|${item.parentTt ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    let id = itemId(t, tableIndex, item, n, position);
    for (let k = 2; taken.has(id); k++) id = itemId(t, tableIndex, item, n + k * 1000, position);
    taken.add(id);
    return id;
  });
}

const item = (tt: string, path: string[], parentTt: string | undefined, id: string | undefined): Item => ({
  tt,
  path,
  task: 'Rà soát quy hoạch vùng nguyên liệu',
  lead: 'Sở Nông nghiệp và Môi trường',
  partners: '',
  time: { text: 'Quý IV/2026', kind: 'deadline', due: '2026-12-31', start: null, condition: null, recurrence: null, reason: null },
  authority: '',
  resources: '',
  notes: '',
  line: 1,
  ...(parentTt !== undefined ? { parentTt } : {}),
  ...(id !== undefined ? { id } : {}),
});

describe('fnv1aOn carries FNV-1a on over a text', () => {
  it('on texts written by hand', () => {
    // FNV-1a of "" is its offset basis; of "a", the published 32-bit test vector 0xe40c292c.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1aOn(fnv1a('i. nông nghiệp|'), '1.2')).toBe(fnv1a('i. nông nghiệp|1.2'));
  });
  it('for any two texts', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => expect(fnv1aOn(fnv1a(a), b)).toBe(fnv1a(a + b))));
  });
});

describe('tableWithIds gives every item the id of itemId', () => {
  it('reads a hand-made table: repeated numbers count on, unnumbered items take their position', () => {
    const sec = ['I. Nông nghiệp'];
    const t: ProgrammeTable = {
      title: 'Nhiệm vụ',
      label: '',
      kind: 'tasks',
      columns: [],
      sections: [],
      items: [item('1', sec, undefined, undefined), item(' 1 ', sec, undefined, undefined), item('', sec, undefined, undefined), item('2', ['II. Y TẾ'], undefined, 'N1-KEPT01')],
    };
    const ids = tableWithIds(t, 0).items.map((i) => i.id);
    expect(ids[0]).toBe(itemId(t, 0, t.items[0], 1, 1));
    // " 1 " folds to "1" in the same section: the second occurrence of that number.
    expect(ids[1]).toBe(itemId(t, 0, t.items[1], 2, 2));
    expect(ids[2]).toBe(itemId(t, 0, t.items[2], 1, 3));
    expect(ids[3]).toBe('N1-KEPT01');
  });
  it('for any table of sections, numbers and sub-rows', () => {
    const text = fc.constantFrom('1', '1.', ' 2', '2', 'II', 'a)', '', '-', 'Ⅳ', 'A', 'e\u0301', 'é', '1\u00a0');
    const path = fc.array(fc.constantFrom('I. Nông nghiệp', 'I.  NÔNG  NGHIỆP', 'II. Y tế', 'Mục tie\u0302u', 'Mục tiêu'), { maxLength: 3 });
    const row = fc.tuple(text, path, fc.option(text, { nil: undefined }), fc.option(fc.constantFrom('N1-AAAAAA', 'C2-BBBBBB'), { nil: undefined, freq: 8 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.nat(3), fc.boolean(), (rows, tableIndex, indicators) => {
        const t: ProgrammeTable = {
          title: 'Bảng',
          label: '',
          kind: indicators ? 'indicators' : 'tasks',
          columns: [],
          sections: [],
          items: rows.map(([tt, p, parent, id]) => item(tt, p, parent, id)),
        };
        expect(tableWithIds(t, tableIndex).items.map((i) => i.id)).toEqual(plainIds(t, tableIndex));
      }),
      { numRuns: 300 },
    );
  });
});

describe('withId equals the spread { ...item, id }', () => {
  it('keeps every property and its order, the id last unless the item had one', () => {
    const a = item('1', ['I. Y tế'], '1', undefined);
    expect(Object.keys(withId(a, 'N1-ABCDEF'))).toEqual([...Object.keys(a), 'id']);
    const b = { id: '', ...item('2', [], undefined, undefined) } as Item;
    expect(Object.keys(withId(b, 'N1-ABCDEF'))).toEqual(Object.keys(b));
  });
  it('for items of any shape, a "__proto__" key from JSON included', () => {
    const key = fc.constantFrom('tt', 'path', 'notes', 'id', 'ocr', 'order', 'leadCanonical', '__proto__', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.oneof(fc.string(), fc.integer(), fc.constant(null))), { maxLength: 8 }), (pairs) => {
        const json = `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
        const it = JSON.parse(json) as Item;
        const got = withId(it, 'N1-ZZZZZZ');
        const want = { ...it, id: 'N1-ZZZZZZ' };
        expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
        expect(Reflect.ownKeys(got)).toEqual(Reflect.ownKeys(want));
        for (const k of Reflect.ownKeys(want)) expect((got as unknown as Record<PropertyKey, unknown>)[k]).toEqual((want as unknown as Record<PropertyKey, unknown>)[k]);
      }),
    );
  });
});

describe('hashChars equals its definition', () => {
  it('on hashes worked out by hand', () => {
    // 0 → "000000"; 35 → "00000Z"; 36^6 = 2,176,782,336 → its six lowest digits are "000000".
    expect(hashChars(0)).toBe('000000');
    expect(hashChars(35)).toBe('00000Z');
    expect(hashChars(2176782336)).toBe('000000');
    expect(hashChars(0xffffffff)).toBe(hashCharsOf(0xffffffff));
  });
  it('for any unsigned 32-bit hash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (h) => expect(hashChars(h)).toBe(hashCharsOf(h))),
      { numRuns: 5000 },
    );
  });
});
