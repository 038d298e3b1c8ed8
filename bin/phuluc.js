#!/usr/bin/env node
'use strict';
// Built by `npm run build:cli` (the `prepare` step of `npm ci`).
let main;
try {
  main = require('../lib/cli/main.js').main;
} catch (e) {
  process.stderr.write('Lỗi: chưa dựng công cụ dòng lệnh. Hãy chạy "npm ci" (hoặc "npm run build:cli") trước.\n');
  process.exit(2);
}
// A reader that stops early (`phuluc validate … | head`) closes the pipe: stop quietly.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw e;
});
// exitCode, not exit(): a pipe must receive all of stdout before the process ends.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
