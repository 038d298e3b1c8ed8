import { Memo } from '../../../src/core/memo';

describe('Memo (two generations)', () => {
  it('computes each key once while it stays in use, however many other keys pass', () => {
    const memo = new Memo<string, number>(3);
    const calls: string[] = [];
    const len = (k: string) => {
      calls.push(k);
      return k.length;
    };
    expect(memo.get('Sở Y tế', len)).toBe(7);
    // Ten other keys pass; the frequent one is asked for between them and never recomputed.
    for (let i = 0; i < 10; i++) {
      memo.get(`cơ quan ${i}`, len);
      expect(memo.get('Sở Y tế', len)).toBe(7);
    }
    expect(calls.filter((k) => k === 'Sở Y tế')).toHaveLength(1);
  });
  it('forgets a key unused for two generations, and remembers null answers', () => {
    const memo = new Memo<string, string | null>(2);
    let n = 0;
    const f = (k: string) => (n++, k === 'không rõ' ? null : k);
    memo.get('không rõ', f);
    memo.get('không rõ', f);
    expect(n).toBe(1);
    for (const k of ['a', 'b', 'c', 'd', 'e']) memo.get(k, f);
    memo.get('không rõ', f);
    expect(n).toBe(7);
  });
  it('remembers undefined answers too (a hit is told apart from a miss)', () => {
    const memo = new Memo<string, number | undefined>(4);
    let n = 0;
    const f = (k: string) => (n++, k === 'trống' ? undefined : k.length);
    expect(memo.get('trống', f)).toBeUndefined();
    expect(memo.get('trống', f)).toBeUndefined();
    expect(memo.get('Sở', f)).toBe(2);
    expect(memo.get('Sở', f)).toBe(2);
    expect(n).toBe(2);
  });
});
