import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The whole suite runs once per time zone below: calendar dates must mean the same day whether
 * the user is ten hours behind UTC or fourteen ahead. The browser tests run once (in their own
 * project) since they drive a real Chromium.
 */
const TIME_ZONES = ['Pacific/Honolulu', 'Pacific/Kiritimati'];

export default defineConfig({
  resolve: {
    alias: { obsidian: fileURLToPath(new URL('./test/fakes/obsidian.ts', import.meta.url)) },
  },
  test: {
    globalSetup: ['./test/global-setup.ts'],
    projects: [
      ...TIME_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, env: { TZ: zone }, include: ['test/**/*.test.ts'], exclude: ['test/browser/**'] },
      })),
      { extends: true as const, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
