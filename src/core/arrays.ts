/**
 * Array helpers safe for any length. `target.push(...items)` and `Math.max(...items)` pass every
 * element as a call argument and throw "Maximum call stack size exceeded" past roughly 100,000
 * elements (50,000 tasks make that many cells); these loop instead. Host-free.
 */

/** Appends every element of `items` to `target` (in order) and returns `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest of `values`, or `empty` when there is none. */
export function maxOf(values: readonly number[], empty = -Infinity): number {
  let m = empty;
  for (const v of values) if (v > m) m = v;
  return m;
}
