#!/usr/bin/env node
// Runs the main job on every bundled sample in seeds/.
'use strict';
const fs = require('fs');
const path = require('path');
const { main } = require('../lib/cli/main.js');

async function run() {
  const seeds = path.join(__dirname, '..', 'seeds');
  const files = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  let worst = 0;
  for (const f of files) {
    process.stdout.write(`\n=== ${f} ===\n`);
    const code = await main(['parse', path.join(seeds, f)]);
    worst = Math.max(worst, code);
  }
  return worst;
}
run().then((code) => process.exit(code > 2 ? 1 : 0));
