// The sidebar in Debian's headless Chromium: the built main.js loaded as Obsidian loads it (as
// test/browser/sidebar.test.ts does), with styles.css and the test theme, in a 420 × 900 window.
// For 1,000 and 10,000 due follow-ups: the time from the "Open follow-ups" command to the first
// frame after the list is drawn, the DOM nodes in the view, and at 10,000 the longest scroll step
// (a scroll by 300 px, and jumps to the middle and the end: the handler and the layout it causes).
// Usage: node probe-paint.mjs MAIN_JS FAKE_BUNDLE_JS CSS_FILES(comma-separated) RUNS
// Also the plugin's load: from evaluating main.js to its onload resolved.
// → prints {"paint":{"1000":[ms…],…},"nodes":{"1000":N,…},"scroll":[ms…],"onload":[ms…]} or {"skipped":"…"}.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [1000, 10_000];

async function probe(mainJs: string, fakeBundle: string, css: string, runs: number): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`${JSON.stringify({ skipped: `no Chromium at ${CHROMIUM}` })}\n`);
    return;
  }
  const vault = (count: number): Record<string, string> => {
    const files: Record<string, string> = {};
    for (let index = 0; index < count; index += 1) {
      const due = `2024-06-${String(1 + (index % 19)).padStart(2, '0')}`;
      files[`Deals/Deal ${String(index).padStart(5, '0')}.md`] =
        `---\nfollow_up: ${due}\nfollow_up_with: "[[Person ${index % 97}]]"\nfollow_up_about: Send the proposal\n---\nBody.\n`;
    }
    return files;
  };
  const profile = mkdtempSync(join(tmpdir(), 'follow-up-paint-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: { width: 420, height: 900 },
  });
  const paint: Record<number, number[]> = {};
  const nodes: Record<number, number> = {};
  let scroll: number[] = [];
  const onloads: number[] = [];
  try {
    for (const size of SIZES)
      for (let run = 0; run < (size === 1000 ? runs + 1 : 2); run += 1) {
        const files = vault(size);
        const page = await context.newPage();
        await page.clock.setFixedTime(Date.UTC(2024, 5, 12, 12));
        await page.setContent('<!doctype html><html><body class="theme-light"></body></html>');
        await page.addStyleTag({ content: css });
        await page.addScriptTag({ content: fakeBundle });
        await page.addScriptTag({ content: `window.loadMainJs = function (module, exports, require) {\n${mainJs}\n};` });
        const result = await page.evaluate(async (notes) => {
          type Fake = {
            createFakeApp(options: unknown): {
              workspace: { triggerLayoutReady(): Promise<void> };
              commands: { executeCommandById(id: string): boolean };
            };
            loadPlugin(plugin: unknown): Promise<unknown>;
          };
          const host = window as unknown as { obsidianFake: Fake; loadMainJs(module: unknown, exports: unknown, require: unknown): void };
          const fake = host.obsidianFake;
          const app = fake.createFakeApp({ files: notes });
          const module = { exports: {} as Record<string, unknown> };
          // The plugin's load: main.js evaluated, the plugin constructed, its onload resolved.
          const loading = performance.now();
          host.loadMainJs(module, module.exports, (name: string) => (name === 'obsidian' ? fake : undefined));
          const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => unknown;
          await fake.loadPlugin(new PluginClass(app, { id: 'follow-up-tracker', name: 'Follow-up Tracker', version: '0' }));
          const onload = performance.now() - loading;
          await app.workspace.triggerLayoutReady();
          await new Promise((resolve) => setTimeout(resolve, 50));
          const started = performance.now();
          app.commands.executeCommandById('follow-up-tracker:open-sidebar');
          while (document.querySelector('.follow-up-item') === null) await new Promise((resolve) => setTimeout(resolve, 0));
          await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
          const ms = performance.now() - started;
          const count = () => document.querySelector('.follow-up-view')?.querySelectorAll('*').length ?? 0;
          const drawn = count();
          // Scrolling: each step in one task, as a scroll event is, with the layout it forces.
          const list = document.querySelector<HTMLElement>('.follow-up-list')!;
          const steps: number[] = [];
          const step = (top: number): void => {
            const start = performance.now();
            list.scrollTop = top;
            list.dispatchEvent(new Event('scroll'));
            void list.getBoundingClientRect().height;
            void document.body.offsetHeight;
            steps.push(performance.now() - start);
          };
          for (let top = 300; top <= 300 * 60; top += 300) {
            step(top);
            await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
          }
          step(list.scrollHeight / 2);
          step(list.scrollHeight);
          step(0);
          return { ms, onload, nodes: Math.max(drawn, count()), steps };
        }, files);
        if (run > 0) (paint[size] ??= []).push(result.ms);
        if (run > 0 && size === 1000) onloads.push(result.onload);
        nodes[size] = Math.max(nodes[size] ?? 0, result.nodes);
        if (size === 10_000 && run > 0) scroll = result.steps;
        await page.close();
      }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ paint, nodes, scroll, onload: onloads })}\n`);
}

const [mainPath, fakePath, cssPaths, runs] = process.argv.slice(2);
const css = (cssPaths ?? '')
  .split(',')
  .filter((path) => path !== '')
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
await probe(readFileSync(mainPath ?? '', 'utf8'), readFileSync(fakePath ?? '', 'utf8'), css, Number(runs ?? 7));
