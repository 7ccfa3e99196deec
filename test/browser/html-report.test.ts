import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, ROOT, runCli } from '../helpers/cli';

// The HTML review in a real browser: it must load nothing from anywhere (every request is routed
// and any that is not a data: URL fails the test), draw its charts at a real size, show what notes
// say as text (never as markup), and follow the reader's light or dark scheme. The screenshot of
// the example vault's review is kept in docs/ for the README.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'docs', 'html-report.png');
const DAY = '2024-06-12';

let profile: string;
let temp: string;
let context: BrowserContext;
const outsideRequests: string[] = [];
const recordRequest = (url: string): void => {
  if (!outsideRequests.includes(url)) outsideRequests.push(url);
};

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'follow-up-chromium-'));
  temp = mkdtempSync(join(tmpdir(), 'follow-up-html-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 960, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:')) await route.continue();
    else {
      recordRequest(url);
      await route.abort();
    }
  });
  context.on('request', (request) => {
    if (!request.url().startsWith('data:')) recordRequest(request.url());
  });
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

async function openReview(vault: string): Promise<Page> {
  const result = runCli(['review', '--vault', vault, '--today', DAY, '--format', 'html']);
  expect(result.status).toBe(0);
  const page = await context.newPage();
  await page.setContent(result.stdout, { waitUntil: 'load' });
  return page;
}

describe('the HTML review in Chromium', () => {
  it('has a request guard that sees a request leave the page', async () => {
    const page = await context.newPage();
    await page.setContent('<img src="http://127.0.0.1:9/probe.png">', { waitUntil: 'load' });
    expect(outsideRequests, outsideRequests.join(' ')).toEqual(['http://127.0.0.1:9/probe.png']);
    outsideRequests.length = 0;
    await page.close();
  });

  it('shows the example vault with its charts, loading nothing from outside', async () => {
    const page = await openReview(EXAMPLE_VAULT);
    await expect(page.title()).resolves.toBe('Follow-up review 2024-W24');
    const charts = page.locator('svg.chart');
    await expect(charts.count()).resolves.toBe(2);
    for (const index of [0, 1]) {
      const box = await charts.nth(index).boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(50);
    }
    const bars = page.locator('svg.chart rect.bar');
    expect(await bars.count()).toBeGreaterThan(10);
    const tallest = await bars.evaluateAll((rects) => Math.max(...rects.map((rect) => rect.getBoundingClientRect().height)));
    expect(tallest).toBeGreaterThan(20);
    await expect(page.locator('h2', { hasText: 'Trends' }).count()).resolves.toBe(1);
    await expect(page.locator('p', { hasText: 'Promptness: a median of' }).count()).resolves.toBe(1);

    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(outsideRequests).toEqual([]);
    await page.close();
  });

  it('follows the dark scheme of the reader', async () => {
    const page = await openReview(EXAMPLE_VAULT);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const overdue = () => page.evaluate(() => getComputedStyle(document.querySelector('svg.chart rect.overdue') as Element).fill);
    const light = [await background(), await overdue()];
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = [await background(), await overdue()];
    expect(light[0]).toBe('rgb(255, 255, 255)');
    expect(dark[0]).toBe('rgb(13, 17, 23)');
    expect(dark[1]).not.toBe(light[1]);
    await page.close();
  });

  it('shows markup written in notes as text, runs none of it and fetches nothing', async () => {
    const vault = join(temp, 'vault');
    cpSync(EXAMPLE_VAULT, vault, { recursive: true });
    writeFileSync(
      join(vault, 'Inbox', 'Hostile <b>note & co.md'),
      [
        '---',
        'follow_up: 2024-06-11',
        "follow_up_about: \"<img src='https://example.com/pixel.png' onerror='window.pwned=1'> & <script>window.pwned=2</script>\"",
        'follow_up_with: "<i>Eve</i>"',
        'follow_up_channel: "<svg onload=\'window.pwned=3\'></svg>"',
        'follow_up_done: 2024-06-10',
        'follow_up_outcome: replied',
        'date: 2024-06-03',
        'people: ["<u>Mallory</u>"]',
        '---',
        '',
      ].join('\n'),
    );
    const page = await openReview(vault);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await expect(page.locator('img, script, main i, main u, main b').count()).resolves.toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).toContain("<img src='https://example.com/pixel.png' onerror='window.pwned=1'> & <script>window.pwned=2</script>");
    expect(text).toContain('<i>Eve</i>');
    expect(text).toContain('Hostile <b>note & co');
    const channelLabels = await page.locator('svg.chart text.label').allTextContents();
    expect(channelLabels).toContain("<svg onload='window.pwned=3'></svg>");
    await expect(page.locator('svg svg').count()).resolves.toBe(0);
    expect(outsideRequests).toEqual([]);
    await page.close();
  });
});
