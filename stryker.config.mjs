// Mutation testing of the pure core (`npm run mutate`): do the core tests notice when the code
// changes? Outside CI: the whole core is some 6,000 mutants, hours on a shared two-core machine.
// Run part of it with `npm run mutate -- --mutate 'src/core/actions/**/*.ts'`. Results:
// reports/mutation/ (gitignored), the figures in docs/MUTATION.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10_000,
  // Reuse the results of the previous run: only the mutants of changed code or changed tests run
  // again. The file stays beside the reports (gitignored).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
