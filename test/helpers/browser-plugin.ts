import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium, type RunningBrowser } from './chromium';
import { REPO_ROOT } from './paths';

/**
 * The built main.js, loaded the way Obsidian loads a plugin (CommonJS, with `require('obsidian')`
 * answered by the fake module), in headless Chromium with Obsidian's theme variables and the
 * plugin's styles. `window.app`, `window.plugin` and `window.fake` are there for the test.
 */
export async function startPluginInChromium(
  files: Record<string, string>,
  options: { now: number; timezoneId: string; width?: number; height?: number; phone?: boolean },
): Promise<{ running: RunningBrowser; page: Page; errors: string[] }> {
  const fake = await build({
    entryPoints: [join(REPO_ROOT, 'test/fakes/obsidian.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'obsidianFake',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const running = await launchChromium({
    timezoneId: options.timezoneId,
    width: options.width,
    height: options.height,
    phone: options.phone,
  });
  const page = await running.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.clock.setFixedTime(options.now);
  // On a phone Obsidian marks the body is-mobile and is-phone, and Platform says so.
  const bodyClass = options.phone === true ? 'theme-light is-mobile is-phone' : 'theme-light';
  const viewport = options.phone === true ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : '';
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8">${viewport}</head><body class="${bodyClass}"></body></html>`);
  await page.addStyleTag({ content: readFileSync(join(REPO_ROOT, 'test/browser/obsidian-theme.css'), 'utf8') });
  await page.addStyleTag({ content: readFileSync(join(REPO_ROOT, 'styles.css'), 'utf8') });
  await page.addScriptTag({ content: fake.outputFiles[0]!.text });
  const mainJs = readFileSync(join(REPO_ROOT, 'main.js'), 'utf8');
  await page.addScriptTag({ content: `window.loadMainJs = function (module, exports, require) {\n${mainJs}\n};` });
  await page.evaluate(
    async ({ files, manifest, phone }) => {
      const fake = (window as unknown as { obsidianFake: typeof import('../fakes/obsidian') }).obsidianFake;
      if (phone) Object.assign(fake.Platform, { isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true, isPhone: true });
      const app = fake.createFakeApp({ files, vaultName: 'vault' });
      const module = { exports: {} as Record<string, unknown> };
      const require = (name: string): unknown => {
        if (name === 'obsidian') return fake;
        throw new Error(`main.js asked for "${name}", which Obsidian does not provide`);
      };
      (window as unknown as { loadMainJs(module: unknown, exports: unknown, require: unknown): void }).loadMainJs(
        module,
        module.exports,
        require,
      );
      const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => { load(): void };
      const plugin = await fake.loadPlugin(new PluginClass(app, manifest));
      await app.workspace.triggerLayoutReady();
      Object.assign(window, { app, plugin, fake });
    },
    { files, manifest: JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as unknown, phone: options.phone === true },
  );
  return { running, page, errors };
}
