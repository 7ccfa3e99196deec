import type { Page } from 'playwright-core';

/**
 * Loading the built main.js into a Chromium page the way Obsidian loads a plugin: CommonJS, with
 * `require('obsidian')` answered by the fake module. Shared by the browser tests
 * (test/helpers/plugin-page.ts) and the bench's sidebar probe (scripts/bench/probe-paint.ts), so
 * that the bench measures exactly what the tests check. Only Playwright here: no test runner, no
 * bundler, no files.
 */

/** What the page runs: the released main.js, the fake `obsidian` module as an IIFE (global `obsidianFake`), style sheets. */
export interface PluginAssets {
  readonly mainJs: string;
  readonly fakeObsidian: string;
  readonly css: readonly string[];
}

export interface PluginPageOptions {
  /** A phone: Obsidian's `is-mobile is-phone` body classes and Platform.isMobile. */
  readonly phone?: boolean;
}

/** An empty document with Obsidian's body classes, the style sheets, the fake module, and main.js wrapped but not run. */
export async function preparePluginPage(page: Page, assets: PluginAssets, options: PluginPageOptions = {}): Promise<void> {
  // On a phone Obsidian marks the body is-mobile and is-phone.
  const bodyClass = options.phone === true ? 'theme-light is-mobile is-phone' : 'theme-light';
  const viewport = options.phone === true ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : '';
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${viewport}<title>Vault</title></head><body class="${bodyClass}"></body></html>`,
  );
  for (const css of assets.css) await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: assets.fakeObsidian });
  // Obsidian wraps a plugin's main.js in a function of (module, exports, require) and calls it.
  await page.addScriptTag({ content: `window.loadMainJs = function (module, exports, require) {\n${assets.mainJs}\n};` });
}

/**
 * Creates the fake app over these notes, runs main.js, constructs the plugin and loads it, then
 * (unless told not to) finishes the workspace's start-up. `window.app`, `window.plugin` and
 * `window.fake` are there afterwards. Returns the plugin's load in ms: from evaluating main.js to
 * its `onload` resolved.
 */
export function loadPluginInPage(
  page: Page,
  notes: Record<string, string>,
  manifest: unknown,
  options: PluginPageOptions & { layoutReady?: boolean } = {},
): Promise<number> {
  return page.evaluate(
    async ({ files, manifest, phone, layoutReady }) => {
      const host = window as unknown as {
        obsidianFake: typeof import('../fakes/obsidian');
        loadMainJs(module: unknown, exports: unknown, require: unknown): void;
      };
      const fake = host.obsidianFake;
      if (phone) Object.assign(fake.Platform, { isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true, isPhone: true });
      const app = fake.createFakeApp({ files, vaultName: 'vault' });
      const module = { exports: {} as Record<string, unknown> };
      const require = (name: string): unknown => {
        if (name === 'obsidian') return fake;
        throw new Error(`main.js asked for "${name}", which Obsidian does not provide`);
      };
      const loading = performance.now();
      host.loadMainJs(module, module.exports, require);
      const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => { load(): void };
      const plugin = await fake.loadPlugin(new PluginClass(app, manifest));
      const onload = performance.now() - loading;
      Object.assign(window, { app, plugin, fake });
      if (layoutReady) await app.workspace.triggerLayoutReady();
      return onload;
    },
    { files: notes, manifest, phone: options.phone === true, layoutReady: options.layoutReady !== false },
  );
}
