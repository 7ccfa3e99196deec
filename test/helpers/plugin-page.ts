import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium, type RunningBrowser } from './chromium';
import { REPO_ROOT } from './paths';

export interface PluginPage {
  readonly running: RunningBrowser;
  readonly page: Page;
  readonly errors: string[];
}

/**
 * The built main.js in headless Chromium as Obsidian loads it (CommonJS, `require('obsidian')`
 * answered by the fake module), with styles.css and the test theme, over these notes.
 */
export async function openPluginPage(
  files: Record<string, string>,
  options: { width?: number; height?: number; now: number },
): Promise<PluginPage> {
  const fake = await build({
    entryPoints: [join(REPO_ROOT, 'test/fakes/obsidian.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'obsidianFake',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const running = await launchChromium({ timezoneId: 'Pacific/Honolulu', width: options.width, height: options.height });
  const page = await running.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.clock.setFixedTime(options.now);
  await page.setContent(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vault</title></head><body class="theme-light"></body></html>',
  );
  await page.addStyleTag({ content: readFileSync(join(REPO_ROOT, 'test/browser/obsidian-theme.css'), 'utf8') });
  await page.addStyleTag({ content: readFileSync(join(REPO_ROOT, 'styles.css'), 'utf8') });
  await page.addScriptTag({ content: fake.outputFiles[0]!.text });
  const mainJs = readFileSync(join(REPO_ROOT, 'main.js'), 'utf8');
  await page.addScriptTag({ content: `window.loadMainJs = function (module, exports, require) {\n${mainJs}\n};` });
  await page.evaluate(
    async ({ files, manifest }) => {
      const fake = (window as unknown as { obsidianFake: typeof import('../fakes/obsidian') }).obsidianFake;
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
      const PluginClass = (module.exports.default ?? module.exports) as new (
        app: unknown,
        manifest: unknown,
      ) => { load(): void; unload(): void };
      const plugin = await fake.loadPlugin(new PluginClass(app, manifest));
      await app.workspace.triggerLayoutReady();
      Object.assign(window, { app, plugin, fake });
    },
    { files, manifest: JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as unknown },
  );
  return { running, page, errors };
}

/** Runs a command of the plugin by its id (without the plugin's prefix). */
export function runCommand(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    (commandId) =>
      (window as unknown as { app: { commands: { executeCommandById(id: string): boolean } } }).app.commands.executeCommandById(
        `follow-up-tracker:${commandId}`,
      ),
    id,
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2.1 A and AA rules over the element (or the page), as short lines. */
export async function axeViolations(page: Page, selector: string | null): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  }
  const violations = await page.evaluate(async (context) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run(context === null ? document : document.querySelector(context), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, selector);
  return violations.map(
    (violation: AxeViolation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 5).join(', ')}`,
  );
}
