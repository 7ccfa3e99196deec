// `npm run bench`: builds the command line (dist/cli.js) and the bench itself (TypeScript, bundled
// by esbuild into a temporary folder), then runs it. Never part of `npm test`: it takes minutes.
// Options: --sizes 10000,50000,100000 --rounds N --work DIR (keep and reuse the vaults there)
// --markdown FILE (also write the report there). See docs/PERFORMANCE.md.
import esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

execFileSync(process.execPath, ['esbuild.config.mjs', 'cli'], { stdio: 'inherit' });
const build = mkdtempSync(join(tmpdir(), 'follow-up-bench-build-'));
try {
  // The bench runs its own copy: a test run elsewhere rebuilds dist/cli.js, and must not do so
  // under a measurement.
  cpSync('dist', join(build, 'cli'), { recursive: true });
  writeFileSync(join(build, 'cli', 'package.json'), '{ "type": "module" }\n');
  const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
  await esbuild.build({
    ...common,
    entryPoints: {
      bench: 'scripts/bench/bench.ts',
      'probe-floor': 'scripts/bench/probe-floor.ts',
      'probe-floor-stat': 'scripts/bench/probe-floor-stat.ts',
      'probe-gray-matter': 'scripts/bench/probe-gray-matter.ts',
      'probe-plugin': 'scripts/bench/probe-plugin.ts',
    },
    outdir: build,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    // gray-matter and yaml are CommonJS: give the bundles the require() they expect.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  await esbuild.build({
    ...common,
    entryPoints: { 'report-usage': 'scripts/bench/report-usage.ts' },
    outdir: build,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  });
  // The sidebar's paint: the plugin as released, the fake obsidian module for the browser, and the
  // probe that drives Chromium (playwright-core stays a package, not bundled).
  execFileSync(process.execPath, ['esbuild.config.mjs', 'plugin', '--outfile', join(build, 'main.js')], { stdio: 'inherit' });
  await esbuild.build({
    entryPoints: ['test/fakes/obsidian.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'obsidianFake',
    platform: 'browser',
    outfile: join(build, 'fake-obsidian.js'),
    logLevel: 'warning',
  });
  // Written under node_modules so that its import of playwright-core resolves to the project's copy.
  await esbuild.build({
    ...common,
    entryPoints: { 'probe-paint': 'scripts/bench/probe-paint.ts' },
    outdir: 'node_modules/.cache/follow-up-bench',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    external: ['playwright-core'],
  });
  // eslint-disable-next-line no-unsanitized/method -- the bundle esbuild just wrote, not outside input
  const { main } = await import(pathToFileURL(join(build, 'bench.mjs')).href);
  await main(process.argv.slice(2), build);
} finally {
  rmSync(build, { recursive: true, force: true });
}
