import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The whole suite runs once per time zone of FULL_SUITE_ZONES: calendar dates must mean the same
 * day whether the user is ten hours behind UTC or fourteen ahead. The date suites (test/core:
 * dates, durations, buckets, actions, the review) also run in each zone of CORE_ZONES: UTC,
 * half-hour offsets (St John's −3:30, Kolkata +5:30), daylight saving in both hemispheres (Los
 * Angeles, Auckland) and Lord Howe's half-hour daylight saving. The browser tests run once (in
 * their own project) since they drive a real Chromium.
 */
const FULL_SUITE_ZONES = ['Pacific/Honolulu', 'Pacific/Kiritimati'];
const CORE_ZONES = ['UTC', 'America/Los_Angeles', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Auckland', 'Australia/Lord_Howe'];

export default defineConfig({
  resolve: {
    alias: { obsidian: fileURLToPath(new URL('./test/fakes/obsidian.ts', import.meta.url)) },
  },
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // Property tests name their seed and path on failure, and replay one from the environment.
    setupFiles: ['./test/property-setup.ts'],
    // The suite runs on two cores, often beside other work: a test that builds a bundle or walks a
    // generated vault can take several seconds there without anything being wrong.
    testTimeout: 30_000,
    projects: [
      ...FULL_SUITE_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, env: { TZ: zone }, include: ['test/**/*.test.ts'], exclude: ['test/browser/**'] },
      })),
      ...CORE_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, env: { TZ: zone }, include: ['test/core/**/*.test.ts'], isolate: false },
      })),
      {
        extends: true as const,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
