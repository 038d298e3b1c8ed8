/**
 * A bounded memo for pure functions over repeated texts (lead cells, time phrases). Two
 * generations: when the young one holds `size` entries it becomes the old one (the previous old
 * one is dropped), and a hit in the old one is carried into the young one. Texts in use stay
 * remembered however many distinct ones pass, memory stays under 2 × `size` entries, and each
 * call costs O(1) — where clearing everything when full made a varied document of 50,000 items
 * recompute its frequent texts again and again.
 */
export class Memo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly size: number) {}

  /** The remembered value, or `compute(key)` remembered. */
  get(key: K, compute: (key: K) => V): V {
    // One lookup for a hit (a remembered undefined is told apart by `has`).
    const hit = this.young.get(key);
    if (hit !== undefined || this.young.has(key)) return hit as V;
    const value = this.old.has(key) ? (this.old.get(key) as V) : compute(key);
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }
}
