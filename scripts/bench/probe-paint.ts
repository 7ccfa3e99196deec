// The sidebar in Debian's headless Chromium: the built main.js loaded as Obsidian loads it (by
// test/helpers/plugin-in-page.ts, as in the browser tests), with styles.css and the test theme,
// in a 420 × 900 window.
// For 1,000 and 10,000 due follow-ups: the time from the "Open follow-ups" command to the first
// frame after the list is drawn, the DOM nodes in the view, and at 10,000 the longest scroll step
// (a scroll by 300 px, and jumps to the middle and the end: the handler and the layout it causes).
// "script" is the main thread's time in script, style and layout over the same span, by Chromium's
// own counters: the part of the first paint that is the plugin's work, not waiting.
// Also the plugin's load: from evaluating main.js to its onload resolved.
// Usage: node probe-paint.mjs MAIN_JS FAKE_BUNDLE_JS CSS_FILES(comma-separated) RUNS [PROFILE_DIR]
// With PROFILE_DIR, CPU profiles of the last run's opening and scrolling are written there.
// → prints {"paint":{"1000":[ms…],…},"script":{…},"nodes":{"1000":N,…},"scroll":[ms…],"onload":[ms…]} or {"skipped":"…"}.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { loadPluginInPage, preparePluginPage } from '../../test/helpers/plugin-in-page';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [1000, 10_000];
const MANIFEST = { id: 'follow-up-tracker', name: 'Follow-up Tracker', version: '0' };

/** The renderer's main-thread time in script, style and layout so far, in s (Chromium's own counters). */
async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return value('ScriptDuration') + value('RecalcStyleDuration') + value('LayoutDuration');
}

/** Stops the CPU profiler and writes its profile (open it in Chromium's DevTools, Performance tab). */
async function saveProfile(cdp: CDPSession, path: string, restart: boolean): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(path, JSON.stringify(profile));
  if (restart) await cdp.send('Profiler.start');
}

async function probe(mainJs: string, fakeBundle: string, css: string, runs: number, profileDir: string | undefined): Promise<void> {
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
  const scriptTime: Record<number, number[]> = {};
  let scroll: number[] = [];
  const onloads: number[] = [];
  try {
    for (const size of SIZES)
      for (let run = 0; run < (size === 1000 ? runs + 1 : 2); run += 1) {
        const files = vault(size);
        const page = await context.newPage();
        await page.clock.setFixedTime(Date.UTC(2024, 5, 12, 12));
        await preparePluginPage(page, { mainJs, fakeObsidian: fakeBundle, css: [css] });
        const onload = await loadPluginInPage(page, files, MANIFEST);
        // Obsidian has drawn its file list and a note before anyone opens the sidebar: fonts are
        // loaded and text shaping is warm by then. A few lines in the main area stand for them,
        // so that the first paint measures the sidebar, not a fresh page's first text.
        // The index is built in slices after layout-ready; the first paint is measured over a
        // built index, not over the build.
        await page.waitForFunction(
          () => (window as unknown as { plugin: { indexer: { isReady: boolean } } }).plugin.indexer.isReady,
          undefined,
          { timeout: 120_000 },
        );
        await page.evaluate(() => {
          const note = (document.querySelector<HTMLElement>('.mod-root') ?? document.body).createDiv();
          note.createEl('h1', { text: 'Deal 00001' });
          note.createEl('p', { text: 'Send the proposal to Person 1, due 2024-06-02 — 10 days overdue · email.' });
          note.createEl('strong', { text: 'Overdue 5,790' });
          void note.offsetHeight;
          return new Promise((resolve) => setTimeout(resolve, 50));
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const profiling = profileDir !== undefined && run === (size === 1000 ? runs : 1);
        if (profiling) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
        }
        const before = await scriptSeconds(cdp);
        const ms = await page.evaluate(async () => {
          const app = (window as unknown as { app: { commands: { executeCommandById(id: string): boolean } } }).app;
          const started = performance.now();
          app.commands.executeCommandById('follow-up-tracker:open-sidebar');
          while (document.querySelector('.follow-up-item') === null) await new Promise((resolve) => setTimeout(resolve, 0));
          await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
          return performance.now() - started;
        });
        const script = ((await scriptSeconds(cdp)) - before) * 1000;
        if (profiling) await saveProfile(cdp, join(profileDir, `open-${size}.cpuprofile`), true);
        const result = await page.evaluate(async () => {
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
          return { nodes: Math.max(drawn, count()), steps };
        });
        if (profiling) await saveProfile(cdp, join(profileDir, `scroll-${size}.cpuprofile`), false);
        if (run > 0) (paint[size] ??= []).push(ms);
        if (run > 0) (scriptTime[size] ??= []).push(script);
        if (run > 0 && size === 1000) onloads.push(onload);
        nodes[size] = Math.max(nodes[size] ?? 0, result.nodes);
        if (size === 10_000 && run > 0) scroll = result.steps;
        await page.close();
      }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ paint, script: scriptTime, nodes, scroll, onload: onloads })}\n`);
}

const [mainPath, fakePath, cssPaths, runs, profileDir] = process.argv.slice(2);
if (profileDir !== undefined) mkdirSync(profileDir, { recursive: true });
const css = (cssPaths ?? '')
  .split(',')
  .filter((path) => path !== '')
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
await probe(readFileSync(mainPath ?? '', 'utf8'), readFileSync(fakePath ?? '', 'utf8'), css, Number(runs ?? 7), profileDir);
