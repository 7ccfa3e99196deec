import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium, type RunningBrowser } from './chromium';
import { loadPluginInPage, preparePluginPage } from './plugin-in-page';
import { REPO_ROOT } from './paths';

export interface PluginPage {
  readonly running: RunningBrowser;
  readonly page: Page;
  readonly errors: string[];
}

/** The fake `obsidian` module bundled for the browser, built once per test file. */
let fakeObsidian: Promise<string> | null = null;

/**
 * The built main.js in headless Chromium as Obsidian loads it (test/helpers/plugin-in-page.ts),
 * with styles.css and the test theme, over these notes, in Honolulu unless told otherwise. A
 * phone is a touch screen with Obsidian's is-mobile classes and Platform.isMobile.
 * `window.app`, `window.plugin` and `window.fake` are there for the test.
 */
export async function openPluginPage(
  files: Record<string, string>,
  options: { now: number; width?: number; height?: number; phone?: boolean; timezoneId?: string },
): Promise<PluginPage> {
  fakeObsidian ??= build({
    entryPoints: [join(REPO_ROOT, 'test/fakes/obsidian.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'obsidianFake',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  const running = await launchChromium({
    timezoneId: options.timezoneId ?? 'Pacific/Honolulu',
    width: options.width,
    height: options.height,
    phone: options.phone,
  });
  const page = await running.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.clock.setFixedTime(options.now);
  const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
  await preparePluginPage(
    page,
    { mainJs: read('main.js'), fakeObsidian: await fakeObsidian, css: [read('test/browser/obsidian-theme.css'), read('styles.css')] },
    { phone: options.phone },
  );
  await loadPluginInPage(page, files, JSON.parse(read('manifest.json')) as unknown, { phone: options.phone });
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
