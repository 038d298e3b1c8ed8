import { didYouMean } from './suggest';

/** A tiny argument reader: positionals, --flag, --option value, --option=value. */
export interface Args {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string[]>;
}

/**
 * Reads argv. `withValue` names the options that take a value, `flags` the switches; anything
 * else that looks like an option is a usage error (a mistyped "--asof" must not be ignored), with
 * the nearest known option suggested ("Có phải ý bạn là “--as-of”?").
 */
export function readArgs(argv: string[], withValue: string[], flags: string[] = []): Args {
  const args: Args = { positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=');
      const name = (eq > 0 ? a.slice(0, eq) : a).replace(/^-+/, '');
      const key = name === 'o' ? 'output' : name;
      if (withValue.includes(key)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`Thiếu giá trị cho tùy chọn --${key}.`);
        args.options.set(key, [...(args.options.get(key) ?? []), value]);
      } else if (flags.includes(key)) args.flags.add(key);
      else {
        const shown = eq > 0 ? a.slice(0, eq) : a;
        throw new UsageError(`Không có tùy chọn “${shown}”.${didYouMean(name, [...withValue, ...flags], '--')}`);
      }
    } else args.positionals.push(a);
  }
  return args;
}

export class UsageError extends Error {}

export function option(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  return v ? v[v.length - 1] : undefined;
}
