'use strict';
// Synthetic programmes built from the seed patterns: seed 003's appendix rows (7 columns) with
// section headings (I, II …), the header repeated at every page break, a row split over a break.
const fs = require('fs');
const path = require('path');

function seedRows() {
  const seeds = path.join(__dirname, '..', '..', 'seeds');
  const file = fs.readdirSync(seeds).find((f) => f.startsWith('003'));
  const lines = fs.readFileSync(path.join(seeds, file), 'utf8').split(/\r?\n/);
  const header = lines.find((l) => l.startsWith('TT\t'));
  const rows = lines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
  return { header, rows };
}

/** A programme of `n` items as text, as copied out of Word. */
function programmeText(n) {
  const { header, rows } = seedRows();
  const out = ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'thực hiện Nghị quyết (dữ liệu thử)', '', 'PHỤ LỤC', 'CÁC NHIỆM VỤ TRIỂN KHAI', '', header];
  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  let inSection = 0;
  let section = 0;
  for (let i = 0; i < n; i++) {
    if (i % 200 === 0) {
      out.push(`${ROMAN[section % ROMAN.length]}\tLĩnh vực ${section + 1}\t\t\t\t\t`);
      section++;
      inSection = 0;
    }
    if (i % 15 === 14) out.push('', header);
    const r = rows[i % rows.length].slice();
    r[0] = String(++inSection);
    if (i % 97 === 96) {
      // Split over a page break: the second half continues on a row with an empty TT.
      const words = r[1].split(' ');
      const half = Math.ceil(words.length / 2);
      out.push([r[0], words.slice(0, half).join(' '), ...r.slice(2)].join('\t'), '', header);
      out.push(['', words.slice(half).join(' '), '', '', '', '', ''].join('\t'));
    } else out.push(r.join('\t'));
  }
  return out.join('\n');
}

module.exports = { programmeText };
