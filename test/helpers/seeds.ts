import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');

/** Path of the bundled seed whose name starts with the given prefix ("003"). */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return join(SEEDS, name);
}

export function seedText(prefix: string): string {
  return readFileSync(seedPath(prefix), 'utf8');
}
