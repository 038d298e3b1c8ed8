/** Security basics: no dynamic code, no network call in runtime code. */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { ROOT } from '../helpers/seeds';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Comments removed, so a sentence about fetch() in a doc comment does not count. */
const code = (s: string): string => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const SOURCES = files(join(ROOT, 'src')).filter((f) => /\.(ts|tsx|js)$/.test(f));

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['http.request', /\bhttps?\.(request|get)\s*\(/],
  ["require('http')", /(from|require\()\s*['"](node:)?https?['"]/],
  ['WebSocket', /\bWebSocket\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
];

describe('security basics', () => {
  test('there is runtime code to check', () => {
    expect(SOURCES.length).toBeGreaterThan(20);
  });

  test.each(FORBIDDEN)('no %s in src/', (_name, re) => {
    const hits = SOURCES.filter((f) => re.test(code(readFileSync(f, 'utf8')))).map((f) => relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  test('the only external script is office.js from Microsoft, in the task-pane/commands HTML', () => {
    const html = files(join(ROOT, 'src')).filter((f) => f.endsWith('.html'));
    for (const f of html) {
      const text = readFileSync(f, 'utf8');
      const loaded = [...text.matchAll(/\b(?:src|href)\s*=\s*["'](https?:\/\/[^"']+)/g)].map((m) => m[1]);
      for (const u of loaded) expect(`${relative(ROOT, f)}: ${u}`).toMatch(/: https:\/\/appsforoffice\.microsoft\.com\/lib\/1(\.1)?\/hosted\/office\.js$/);
      // Any other URL (e.g. in the Content-Security-Policy) may only name Microsoft's Office CDN.
      for (const u of text.match(/https?:\/\/[a-z0-9.-]+/gi) ?? []) expect(u).toBe('https://appsforoffice.microsoft.com');
    }
  });

  test('the check can fail: it finds a planted fetch( and eval(', () => {
    expect(FORBIDDEN.find(([n]) => n === 'fetch(')![1].test(code('const r = await fetch(url);'))).toBe(true);
    expect(FORBIDDEN.find(([n]) => n === 'eval(')![1].test(code('x = eval("1")'))).toBe(true);
    expect(FORBIDDEN.find(([n]) => n === 'fetch(')![1].test(code('// we never call fetch() here'))).toBe(false);
  });
});
