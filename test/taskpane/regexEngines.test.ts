/**
 * Regular expressions the pane's engines accept: Unicode property escapes and the s flag are
 * rewritten at build time (scripts/regex-es2017-loader.js); lookbehind cannot be, so src/ has none.
 */
import fs from 'fs';
import path from 'path';
import { hasNonXmlChar, xmlSafeText } from '../../src/core/input/xmlSafe';

const ROOT = path.join(__dirname, '..', '..');
const { rewrite } = require(path.join(ROOT, 'scripts/regex-es2017-loader.js')) as { rewrite: (s: string) => string };

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

test('no lookbehind in src/ (EdgeHTML and Safari before 16.4 refuse it, and nothing can rewrite it)', () => {
  const found = files(path.join(ROOT, 'src')).filter((f) => /\(\?<[=!]/.test(fs.readFileSync(f, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '')));
  expect(found.map((f) => path.relative(ROOT, f))).toEqual([]);
});

test('\\p{…} and the s flag become ES2015 forms that match the same strings', () => {
  const out = rewrite('export const a = /^\\p{Lu}\\p{Ll}+$/u; export const b = /x.y/s; const c = "\\\\p{L}";');
  expect(out).not.toMatch(/\/[^/]*\\p\{[^/]*\/u/);
  expect(out).toContain('"\\\\p{L}"'); // a string is left alone
  // eslint-disable-next-line no-eval -- the rewritten regex literals, turned back into RegExp objects
  const [a, b] = [...out.matchAll(/const [ab] = (\/.*?\/[a-z]*);/g)].map((m) => eval(m[1]) as RegExp);
  expect(['Đông', 'Ủy', 'đông', 'ĐÔNG'].map((s) => a.test(s))).toEqual([true, true, false, false]);
  expect([b.test('x\ny'), b.test('xzy'), b.flags.includes('s')]).toEqual([true, true, false]);
});

test('XML-illegal characters without lookbehind: a surrogate pair is kept, a lone surrogate replaced', () => {
  const pair = 'Kế hoạch \uD83D\uDCC4 số 5';
  expect(hasNonXmlChar(pair)).toBe(false);
  expect(xmlSafeText(pair).text).toBe(pair);
  const lone = 'a\uD83Db\uDCC4c\u0001';
  expect(hasNonXmlChar(lone)).toBe(true);
  expect(xmlSafeText(lone)).toMatchObject({ text: 'a\uFFFDb\uFFFDc\uFFFD', replaced: 3 });
});
