import { defineConfig } from 'vitest/config';

/**
 * The core tests in one zone, for mutation testing (stryker.config.mjs): a mutant is judged by
 * the tests of the code it changes, once, not once per zone. The date suites still run in every
 * zone of vitest.config.ts in the ordinary suite.
 */
export default defineConfig({
  test: { include: ['test/core/**/*.test.ts'], env: { TZ: 'UTC' } },
});
