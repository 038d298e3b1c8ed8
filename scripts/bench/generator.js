'use strict';
// Where the programmes come from: the shared realistic generator (../shared/tools/bench/realistic.js
// beside the checkout, or PHULUC_BENCH_GENERATOR), else the seed-repeating generate.js — which
// flatters parse and validate (nearly every task a duplicate, every lead a cache hit), so the
// bench says so.
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');

function realisticPath() {
  const candidates = [
    process.env.PHULUC_BENCH_GENERATOR,
    path.join(ROOT, '..', 'shared', 'tools', 'bench', 'realistic.js'),
    path.join(ROOT, '..', '..', 'shared', 'tools', 'bench', 'realistic.js'),
  ];
  return candidates.find((p) => p && fs.existsSync(p));
}

/** { programmeText(n), name, realistic }. */
function generator() {
  const p = realisticPath();
  if (p) {
    const { programmeText } = require(p);
    return { programmeText: (n) => programmeText(n), name: path.relative(ROOT, p), realistic: true };
  }
  const { programmeText } = require('./generate');
  return { programmeText, name: 'scripts/bench/generate.js', realistic: false };
}

module.exports = { generator };
