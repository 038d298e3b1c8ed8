import { formatNumber, NumberKind } from './numbering';

/** What a number means for the sibling sequence it belongs to. */
export type Step = { kind: 'ok' } | { kind: 'gap'; previous: string; missing: string[] } | { kind: 'duplicate'; firstLine: number } | { kind: 'order'; previous: string };

interface Scope {
  last: number;
  /** The number before the last jump: a sequence that resumes from it made the jump an outlier. */
  jumpFrom: number | null;
  lines: Map<number, number>;
}

/**
 * Sibling sequences, one per scope (a container section and a number prefix). A scope may start
 * at 1, or carry on from the previous scope of the same family: Phụ lục 1 numbers its
 * indicators 1…22 straight through sections I–IV. One mistyped number is one finding: when
 * the rows after it resume the old count, the count follows them.
 */
export class Sequences {
  private readonly scopes = new Map<string, Scope>();
  private readonly familyLast = new Map<string, number>();

  /** `anyStart`: the first number of a scope may be anything (prose keeps only some sections). */
  constructor(private readonly anyStart = false) {}

  private scope(key: string): Scope {
    let s = this.scopes.get(key);
    if (!s) {
      s = { last: 0, jumpFrom: null, lines: new Map() };
      this.scopes.set(key, s);
    }
    return s;
  }

  /** The number that would come next in the scope. */
  next(key: string): number {
    return this.scope(key).last + 1;
  }

  /** An unnumbered item takes the next number silently (the finding is about the missing number). */
  skip(key: string, family: string): number {
    const s = this.scope(key);
    s.last += 1;
    s.jumpFrom = null;
    this.familyLast.set(family, s.last);
    return s.last;
  }

  add(key: string, family: string, kind: NumberKind, prefix: number[], value: number, line: number): Step {
    const s = this.scope(key);
    const fmt = (v: number) => formatNumber(kind, prefix, v);
    const first = s.last === 0 && s.lines.size === 0;
    const carried = first ? (this.familyLast.get(family) ?? 0) : s.last;
    const gap = (after: number): Step => {
      const missing: string[] = [];
      for (let v = after + 1; v < value && missing.length < 20; v++) if (!s.lines.has(v)) missing.push(fmt(v));
      return missing.length ? { kind: 'gap', previous: after ? fmt(after) : '', missing } : { kind: 'ok' };
    };
    const seen = s.lines.get(value);
    const resumes = s.jumpFrom !== null && (value === s.jumpFrom + 1 || value === s.jumpFrom + 2);
    let step: Step = { kind: 'ok' };
    if (seen !== undefined) step = { kind: 'duplicate', firstLine: seen };
    else if (value === carried + 1 || (first && (value === 1 || this.anyStart)) || resumes) step = { kind: 'ok' };
    else if (value > carried + 1) step = gap(carried);
    else if (first) step = gap(0);
    else step = { kind: 'order', previous: fmt(s.last) };

    if (seen === undefined) {
      s.lines.set(value, line);
      s.jumpFrom = step.kind === 'gap' ? carried : null;
      s.last = value;
    }
    this.familyLast.set(family, s.last);
    return step;
  }
}
