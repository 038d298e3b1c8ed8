#!/usr/bin/env node
// Parses every built script of the add-in (dist/*.js, or the folder given) with acorn set to
// ES2017 — the syntax the webviews of Office 2016/2019 (EdgeHTML, older WKWebView) understand —
// and legacy-check.js with ES3. Exit 1 naming the file, line and syntax that does not parse.
'use strict';
const fs = require('fs');
const path = require('path');
const acorn = require('acorn');

/** Problems of the scripts in `dir` ([] when all parse). */
function check(dir) {
  const problems = [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (!files.some((f) => f !== 'legacy-check.js')) problems.push(`${dir}: không có tệp .js nào đã dựng (chạy npm run build trước).`);
  for (const f of files) {
    const ecmaVersion = f === 'legacy-check.js' ? 3 : 2017;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    try {
      acorn.parse(text, { ecmaVersion, sourceType: 'script', locations: true });
    } catch (e) {
      const at = e.loc ? `dòng ${e.loc.line}, cột ${e.loc.column}` : '';
      const near = e.pos !== undefined ? text.slice(Math.max(0, e.pos - 40), e.pos + 40).replace(/\s+/g, ' ') : '';
      problems.push(`${f}: không phải ES${ecmaVersion === 3 ? 3 : 2017} (${e.message}${at ? `; ${at}` : ''}) … ${near} …`);
    }
  }
  return problems;
}

if (require.main === module) {
  const dir = process.argv[2] || path.join(__dirname, '..', 'dist');
  const problems = check(dir);
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  console.log(`Các tệp trong ${dir} đều đọc được bằng ES2017 (legacy-check.js: ES3).`);
}

module.exports = { check };
