// `npm test`: everything the suite needs, then the suite. On a fresh machine it installs the
// npm packages (npm ci) and Debian's Chromium for the browser tests, so nobody types anything else.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/.package-lock.json')) run('npm', ['ci']);

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${CHROMIUM}; install Debian's "chromium" package (as root: apt-get install chromium).`);
    process.exit(1);
  }
  console.error('Installing Chromium from Debian for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

run('npx', ['tsc', '--noEmit']);
run('npm', ['run', '--silent', 'lint']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
