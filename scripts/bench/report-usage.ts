import { writeFileSync } from 'node:fs';

/**
 * Loaded with `node --require` into every process the bench measures: at exit it writes the
 * process's CPU time and peak resident memory (what the kernel counts, as /usr/bin/time does) to
 * the file named by BENCH_USAGE_FILE.
 */
const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS }));
  });
}
