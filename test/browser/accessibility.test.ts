import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, runCli } from '../helpers/cli';
import { EXAMPLE_VAULT_PATH, REPO_ROOT } from '../helpers/paths';
import { readFolder } from '../helpers/plugin-harness';
import { axeViolations, openPluginPage, runCommand, type PluginPage } from '../helpers/plugin-page';

// axe-core (WCAG 2.1 A and AA) over everything the plugin draws, in both themes, and the HTML
// review on a phone. The screenshots of the sidebar go to docs/ for the README: a 300 px sidebar
// on a desktop, and a 390 px phone (Obsidian's is-mobile, where the sidebar is a drawer).
const NOW = Date.UTC(2024, 5, 12, 20, 0); // 10:00 on 2024-06-12 in Honolulu
const DOCS = join(REPO_ROOT, 'docs');

let plugin: PluginPage;
let page: Page;

beforeAll(async () => {
  mkdirSync(DOCS, { recursive: true });
  plugin = await openPluginPage(readFolder(EXAMPLE_VAULT_PATH), { width: 420, height: 900, now: NOW });
  page = plugin.page;
  await openSidebar(page);
});

afterAll(async () => {
  await plugin?.running.close();
});

/** Opens the sidebar and waits until the index is complete: the first row's "done?" question needs every note read. */
async function openSidebar(on: Page): Promise<void> {
  expect(await runCommand(on, 'open-sidebar')).toBe(true);
  const advisor = on.locator('.follow-up-item[data-path="Meetings/2024-05-13 Advisor call with Daniel Okafor.md"] .follow-up-item-flags');
  await advisor.waitFor();
}

const setTheme = (on: Page, name: 'light' | 'dark') =>
  on.evaluate((wanted) => {
    document.body.classList.remove('theme-light', 'theme-dark');
    document.body.classList.add(`theme-${wanted}`);
  }, name);
const theme = (name: 'light' | 'dark') => setTheme(page, name);
/** Whether anything in the view is wider than the view, or the view than the window. */
const overflows = (on: Page) =>
  on
    .locator('.follow-up-view')
    .evaluate(
      (view) =>
        view.scrollWidth > view.clientWidth ||
        view.getBoundingClientRect().right > innerWidth ||
        document.documentElement.scrollWidth > innerWidth,
    );
const closeModals = () => page.evaluate(() => document.querySelectorAll('.modal-container').forEach((modal) => modal.remove()));

describe('the sidebar, by axe and by keyboard', () => {
  for (const name of ['light', 'dark'] as const) {
    it(`has no violation in the ${name} theme, in a 300 px sidebar`, async () => {
      await theme(name);
      await page.mouse.move(0, 0);
      await page.evaluate(() => {
        document.querySelector<HTMLElement>('.workspace-split.mod-right-split')!.setCssStyles({ width: '300px' });
        window.dispatchEvent(new Event('resize'));
      });
      const view = page.locator('.follow-up-view');
      expect((await view.boundingBox())?.width).toBe(300);
      expect(await overflows(page)).toBe(false);
      expect(await axeViolations(page, '.follow-up-view')).toEqual([]);
      await view.screenshot({ path: join(DOCS, `sidebar-300-${name}.png`) });
    });
  }

  it('is a few tab stops: the toolbar, one per group header and one for all the rows', async () => {
    await theme('light');
    const stops = await page
      .locator('.follow-up-view')
      .evaluate((view) =>
        [...view.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')]
          .filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled)
          .map((element) => element.className.split(' ')[0]),
      );
    const groups = await page.locator('.follow-up-group').count();
    expect(stops.filter((stop) => stop === 'follow-up-item' || stop === 'follow-up-problem')).toHaveLength(1);
    expect(stops.length).toBeLessThanOrEqual(4 + groups + 1);
  });

  it('shows where the focus is, and moves it with the arrow keys', async () => {
    await page.locator('.follow-up-item[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('.follow-up-item:focus');
    expect(await focused.count()).toBe(1);
    expect(await focused.evaluate((row) => getComputedStyle(row).outlineStyle)).toBe('solid');
  });

  it('says whether a group is open, and opens it by keyboard', async () => {
    const later = page.locator('[data-group="later"] .follow-up-group-title');
    expect(await later.getAttribute('aria-expanded')).toBe('false');
    await later.focus();
    await page.keyboard.press('Enter');
    expect(await later.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-group="later"] .follow-up-item').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
  });

  it('has no violation in the people view', async () => {
    await page.locator('.follow-up-mode').click();
    await page.locator('[data-person="Nadia Petrova"] summary').click();
    await page.locator('[data-person="Nadia Petrova"] .follow-up-history li').first().waitFor();
    for (const name of ['light', 'dark'] as const) {
      await theme(name);
      expect(await axeViolations(page, '.follow-up-view')).toEqual([]);
    }
    await theme('light');
    await page.locator('.follow-up-mode').click();
  });
});

describe('the sidebar on a 390 px phone, by axe', () => {
  let phone: PluginPage;

  beforeAll(async () => {
    phone = await openPluginPage(readFolder(EXAMPLE_VAULT_PATH), { width: 390, height: 844, phone: true, now: NOW });
    await openSidebar(phone.page);
  });

  afterAll(async () => {
    await phone?.running.close();
  });

  for (const name of ['light', 'dark'] as const) {
    it(`has no violation in the ${name} theme, and nothing wider than the screen`, async () => {
      await setTheme(phone.page, name);
      expect(await phone.page.evaluate(() => [innerWidth, document.body.classList.contains('is-mobile')])).toEqual([390, true]);
      expect(await overflows(phone.page)).toBe(false);
      expect(await axeViolations(phone.page, '.follow-up-view')).toEqual([]);
      // The whole screen, at its CSS size: the drawer over the note, as on the phone.
      await phone.page.screenshot({ path: join(DOCS, `sidebar-390-${name}.png`), scale: 'css' });
      expect(phone.errors).toEqual([]);
    });
  }
});

describe('the modals, by axe', () => {
  const row = () => page.locator('[data-group="upcoming"] .follow-up-item').first();
  const modalViolations = async (): Promise<string[]> => {
    await page.locator('.modal').last().waitFor();
    const found: string[] = [];
    for (const name of ['light', 'dark'] as const) {
      await theme(name);
      found.push(...(await axeViolations(page, '.modal-container')));
    }
    await theme('light');
    await closeModals();
    return found;
  };

  it('the snooze date', async () => {
    await row().locator('[data-action="Snooze"]').click();
    await page.locator('.menu-item', { hasText: 'Pick a date' }).click();
    expect(await modalViolations()).toEqual([]);
  });

  it('drop, with its outcome and feedback named', async () => {
    await row().locator('[data-action="More"]').click();
    await page.locator('.menu-item', { hasText: 'Drop' }).click();
    expect(await page.locator('.modal select').getAttribute('aria-label')).toBe('Outcome');
    expect(await page.locator('.modal textarea').getAttribute('aria-label')).toBe('Feedback');
    expect(await modalViolations()).toEqual([]);
  });

  it('the draft', async () => {
    await row().locator('[data-action="More"]').click();
    await page.locator('.menu-item', { hasText: 'Draft a message' }).click();
    await page.locator('.modal .follow-up-draft-body').waitFor();
    expect(await modalViolations()).toEqual([]);
  });

  it('set follow-up, with its fields named', async () => {
    const path = (await row().getAttribute('data-path'))!;
    await page.evaluate(
      (notePath) =>
        (
          window as unknown as { app: { workspace: { openLinkText(path: string, from: string): Promise<void> } } }
        ).app.workspace.openLinkText(notePath, ''),
      path,
    );
    expect(await runCommand(page, 'set-follow-up')).toBe(true);
    await page.locator('.modal').last().waitFor();
    expect(await page.locator('.modal input[type="date"]').getAttribute('aria-label')).toBe('Date');
    expect(await modalViolations()).toEqual([]);
  });

  it('create people, offered for the people of a meeting who have no note', async () => {
    await page.evaluate(
      (notePath) =>
        (
          window as unknown as { app: { workspace: { openLinkText(path: string, from: string): Promise<void> } } }
        ).app.workspace.openLinkText(notePath, ''),
      'Meetings/2024-05-23 Sales pipeline review.md',
    );
    expect(await runCommand(page, 'follow-up-with-everyone')).toBe(true);
    await expect.poll(() => page.locator('.modal').last().textContent()).toContain('Leila Haddad, Marco Rossi');
    expect(await modalViolations()).toEqual([]);
  });
});

describe('the HTML review, by axe and on a phone', () => {
  let review: Page;

  beforeAll(async () => {
    const result = runCli(['review', '--vault', EXAMPLE_VAULT, '--today', '2024-06-12', '--format', 'html']);
    expect(result.status).toBe(0);
    review = await plugin.running.context.newPage();
    await review.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await review.setViewportSize({ width: 390, height: 844 });
    await review.setContent(result.stdout, { waitUntil: 'load' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violation in the ${scheme} scheme`, async () => {
      await review.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(review, null)).toEqual([]);
    });
  }

  it('does not scroll sideways at 390 px: wide tables scroll in their own box', async () => {
    expect(await review.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('keeps the chart labels at 11 px or more at 390 px', async () => {
    const sizes = await review.locator('svg.chart text').evaluateAll((texts) =>
      texts.map((text) => {
        const svg = (text as SVGTextElement).ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(text).fontSize) * (Number.isFinite(scale) && scale > 0 ? scale : 1);
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });
});
