// Webpack loader: rewrites regular-expression literals that use ES2018 syntax — Unicode
// property escapes (\p{L}, \p{Lu} …) and the dotAll flag (s) — into equivalent ES2015 forms
// (explicit code-point classes, [^] for "."), with regexpu-core. The webviews of Office
// 2016/2019 (EdgeHTML) refuse such a literal, and one of them in the bundle leaves the pane blank.
// Lookbehind ((?<= …), (?<! …)) has no equivalent: scripts/es2017-check.js reports it.
'use strict';
const acorn = require('acorn');
const rewritePattern = require('regexpu-core');

const NEEDS = (r) => /\\[pP]\{/.test(r.pattern) || r.flags.includes('s');

function literals(node, out) {
  if (!node || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const n of node) literals(n, out);
    return out;
  }
  if (node.type === 'Literal' && node.regex && NEEDS(node.regex)) out.push(node);
  for (const k of Object.keys(node)) if (k !== 'loc' && k !== 'regex') literals(node[k], out);
  return out;
}

/** `source` with every such literal rewritten (unchanged when it has none). */
function rewrite(source) {
  if (!/\\[pP]\{|\/[a-z]*s[a-z]*\b/.test(source)) return source;
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const found = literals(ast, []).sort((a, b) => b.start - a.start);
  let out = source;
  for (const lit of found) {
    const { pattern, flags } = lit.regex;
    const body = rewritePattern(pattern, flags, { unicodePropertyEscapes: 'transform', dotAllFlag: 'transform', namedGroups: 'transform' });
    out = `${out.slice(0, lit.start)}/${body}/${flags.replace('s', '')}${out.slice(lit.end)}`;
  }
  return out;
}

module.exports = function regexLoader(source) {
  return rewrite(source);
};
module.exports.rewrite = rewrite;
