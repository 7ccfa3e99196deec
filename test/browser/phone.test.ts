import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBrowser } from '../helpers/chromium';
import { openPluginPage } from '../helpers/plugin-page';
import { EXAMPLE_VAULT_PATH, REPO_ROOT } from '../helpers/paths';
import { readFolder } from '../helpers/plugin-harness';

// The built main.js on a phone: a 390 px wide touch screen (an iPhone 12 to 15), Obsidian's
// is-mobile body class and Platform.isMobile. Touch fires no contextmenu and no hover, so every
// action is reached here by tapping only.
const SCREENSHOTS = join(REPO_ROOT, 'test-results');
const NOW = Date.UTC(2024, 5, 12, 20, 0); // 10:00 on 2024-06-12 in Honolulu
/** The smallest target a finger hits reliably: 44 CSS px (Apple's guidelines, WCAG 2.5.5). */
const FINGER = 44;

let running: RunningBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  ({ running, page, errors } = await openPluginPage(readFolder(EXAMPLE_VAULT_PATH), {
    now: NOW,
    width: 390,
    height: 844,
    phone: true,
  }));
  await page.evaluate(() =>
    (window as unknown as { app: { commands: { executeCommandById(id: string): boolean } } }).app.commands.executeCommandById(
      'follow-up-tracker:open-sidebar',
    ),
  );
  await page.locator('.follow-up-item').first().waitFor();
});

afterAll(async () => {
  await running?.close();
});

const rows = (group: string) => page.locator(`[data-group="${group}"] .follow-up-item`);
const noteText = (path: string) =>
  page.evaluate(
    (notePath) => (window as unknown as { app: { vault: { readText(path: string): string } } }).app.vault.readText(notePath),
    path,
  );

describe('the sidebar on a phone', () => {
  it('runs on a touch screen, and gives every button a target that fits a finger', async () => {
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches && navigator.maxTouchPoints > 0)).toBe(true);
    const sizes = await page.locator('.follow-up-view button').evaluateAll((buttons) =>
      buttons
        .filter((button) => button.getClientRects().length > 0)
        .map((button) => {
          const { width, height } = button.getBoundingClientRect();
          return { label: button.getAttribute('aria-label') ?? button.textContent, width, height };
        }),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((size) => size.width < FINGER || size.height < FINGER)).toEqual([]);
    const fits = await page
      .locator('.follow-up-view')
      .evaluate((view) => view.scrollWidth <= view.clientWidth && view.getBoundingClientRect().right <= innerWidth);
    expect(fits).toBe(true);
    // Rows have fixed heights (a long list places rows it has not drawn): nothing may spill out of one.
    const clipped = await page.locator('.follow-up-item').evaluateAll((items) =>
      items.flatMap((item) => {
        const style = getComputedStyle(item);
        const inside = item.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
        const parts = [...item.querySelectorAll('button, .follow-up-item-flags')];
        return parts.filter((part) => part.getBoundingClientRect().bottom > inside + 0.5).map((part) => part.className);
      }),
    );
    expect(clipped).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-phone.png') });
  });

  it('records Done with an outcome by tapping the menu button, then the outcome', async () => {
    const item = rows('overdue').first();
    const path = (await item.getAttribute('data-path'))!;
    await item.locator('[data-action="More"]').tap();
    await page.locator('.menu-item', { hasText: 'Done: they declined' }).tap();
    await expect.poll(() => noteText(path)).toContain('follow_up_outcome: declined');
    expect(await noteText(path)).toContain('follow_up_done: 2024-06-12');
    await expect.poll(() => page.locator(`.follow-up-item[data-path="${path}"]`).count()).toBe(0);
  });

  it('snoozes by tapping Snooze, then a date', async () => {
    const item = rows('overdue').first();
    const path = (await item.getAttribute('data-path'))!;
    await item.locator('[data-action="Snooze"]').tap();
    await page.locator('.menu-item', { hasText: 'Tomorrow' }).tap();
    await expect.poll(() => noteText(path)).toMatch(/^follow_up: 2024-06-13$/m);
    await expect.poll(() => page.locator(`[data-group="upcoming"] .follow-up-item[data-path="${path}"]`).count()).toBe(1);
  });

  it('drops by tapping the menu button, Drop, an outcome and the Drop button', async () => {
    const item = rows('overdue').first();
    const path = (await item.getAttribute('data-path'))!;
    await item.locator('[data-action="More"]').tap();
    await page.locator('.menu-item', { hasText: 'Drop…' }).tap();
    const modal = page.locator('.modal');
    await modal.locator('select').selectOption('declined');
    await modal.locator('textarea').tap();
    await page.keyboard.type('Went with another vendor');
    await modal.locator('button', { hasText: 'Drop' }).tap();
    await expect.poll(() => noteText(path)).toContain('follow_up_outcome: declined');
    expect(await noteText(path)).toContain('Went with another vendor');
    expect(await noteText(path)).not.toMatch(/^follow_up: /m);
    await expect.poll(() => page.locator(`.follow-up-item[data-path="${path}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
