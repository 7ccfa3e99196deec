// The sidebar's first paint with 1,000 due follow-ups, in Debian's headless Chromium: the built
// main.js loaded as Obsidian loads it (as test/browser/sidebar.test.ts does), the time from the
// "Open follow-ups" command to the first frame after the list is drawn, and the DOM it made.
// Usage: node probe-paint.mjs MAIN_JS FAKE_BUNDLE_JS RUNS → prints {"ms":[…],"nodes":N} or {"skipped":"…"}.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DUE_ITEMS = 1000;

async function probe(mainJs: string, fakeBundle: string, runs: number): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`${JSON.stringify({ skipped: `no Chromium at ${CHROMIUM}` })}\n`);
    return;
  }
  const files: Record<string, string> = {};
  for (let index = 0; index < DUE_ITEMS; index += 1) {
    const due = `2024-06-${String(1 + (index % 19)).padStart(2, '0')}`;
    files[`Deals/Deal ${String(index).padStart(4, '0')}.md`] =
      `---\nfollow_up: ${due}\nfollow_up_with: "[[Person ${index % 97}]]"\nfollow_up_about: Send the proposal\n---\nBody.\n`;
  }
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
  const times: number[] = [];
  let nodes = 0;
  try {
    for (let run = 0; run < runs + 1; run += 1) {
      const page = await context.newPage();
      await page.clock.setFixedTime(Date.UTC(2024, 5, 12, 12));
      await page.setContent('<!doctype html><html><body></body></html>');
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
        host.loadMainJs(module, module.exports, (name: string) => (name === 'obsidian' ? fake : undefined));
        const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => unknown;
        await fake.loadPlugin(new PluginClass(app, { id: 'follow-up-tracker', name: 'Follow-up Tracker', version: '0' }));
        await app.workspace.triggerLayoutReady();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const started = performance.now();
        app.commands.executeCommandById('follow-up-tracker:open-sidebar');
        while (document.querySelector('.follow-up-item') === null) await new Promise((resolve) => setTimeout(resolve, 0));
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
        const ms = performance.now() - started;
        return { ms, nodes: document.querySelector('.follow-up-view')?.querySelectorAll('*').length ?? 0 };
      }, files);
      if (run > 0) times.push(result.ms);
      nodes = result.nodes;
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ ms: times, nodes })}\n`);
}

const [mainPath, fakePath, runs] = process.argv.slice(2);
await probe(readFileSync(mainPath ?? '', 'utf8'), readFileSync(fakePath ?? '', 'utf8'), Number(runs ?? 7));
