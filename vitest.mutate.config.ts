import { defineConfig } from 'vitest/config';

/**
 * The core tests in one zone, for mutation testing (stryker.config.mjs): a mutant is judged by
 * the tests of the code it changes, once, not once per zone. The date suites still run in every
 * zone of vitest.config.ts in the ordinary suite.
 *
 * Stryker's vitest runner starts a fresh worker for every mutant, so what a test file imports is
 * paid once per mutant: modules are shared between test files (`isolate: false`), and the
 * packages are bundled once by the dependency optimizer rather than loaded file by file
 * (date-fns alone is some two hundred modules). Both about halve the time of a mutant.
 */
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts'],
    env: { TZ: 'UTC' },
    isolate: false,
    // Instrumented code, on a machine shared with other work, runs a property test several times
    // slower than usual: the initial run must not fail on the default five seconds.
    testTimeout: 30_000,
    deps: {
      optimizer: {
        ssr: {
          enabled: true,
          include: [
            'date-fns',
            'fast-check',
            'hastscript',
            'ical.js',
            'mdast-util-from-markdown',
            'mdast-util-frontmatter',
            'mdast-util-gfm-table',
            'mdast-util-to-markdown',
            'mdast-util-to-string',
            'micromark-extension-frontmatter',
            'rehype-stringify',
            'remark-rehype',
            'unified',
            'yaml',
          ],
        },
      },
    },
  },
});
