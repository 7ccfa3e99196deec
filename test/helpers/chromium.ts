import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (scripts/test.mjs installs it when missing); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile and no background network traffic. */
export async function launchChromium(
  options: {
    width?: number;
    height?: number;
    timezoneId?: string;
    colorScheme?: 'light' | 'dark';
    /** A phone: mobile viewport and touch events (`page.tap`), as Playwright emulates them. */
    phone?: boolean;
  } = {},
): Promise<RunningBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'follow-up-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: { width: options.width ?? 420, height: options.height ?? 900 },
    timezoneId: options.timezoneId,
    colorScheme: options.colorScheme,
    ...(options.phone === true ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
