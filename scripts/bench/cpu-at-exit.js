'use strict';
// Preloaded (node -r) into every process of the start-up measurement, `node -e 0` included: at
// exit it appends the process's own CPU time (ms) and peak RSS (KB) to $PHULUC_BENCH_CPU.
const fs = require('fs');
process.on('exit', () => {
  const u = process.cpuUsage();
  fs.appendFileSync(process.env.PHULUC_BENCH_CPU, `${JSON.stringify({ cpu: (u.user + u.system) / 1000, maxRSS: process.resourceUsage().maxRSS })}\n`);
});
