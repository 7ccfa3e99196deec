import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBrowser } from '../helpers/chromium';
import { openPluginPage } from '../helpers/plugin-page';
import { EXAMPLE_VAULT_PATH, REPO_ROOT } from '../helpers/paths';
import { readFolder } from '../helpers/plugin-harness';

// The follow-ups code block of the built main.js in Chromium, over the example vault: its daily
// note and a person note each hold a block, rendered into a note's reading view as Obsidian does
// (the code block processor gets the block's text, an element and a context for the note).
const SCREENSHOTS = join(REPO_ROOT, 'test-results');
const NOW = Date.UTC(2024, 5, 12, 20, 0); // 10:00 on 2024-06-12 in Honolulu

let running: RunningBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  ({ running, page, errors } = await openPluginPage(readFolder(EXAMPLE_VAULT_PATH), {
    now: NOW,
    width: 720,
  }));
});

afterAll(async () => {
  await running?.close();
});

/** Renders `path` as a reading view: its heading, then each `follow-ups` block through the plugin's processor. */
function renderNote(path: string): Promise<number> {
  return page.evaluate((notePath) => {
    type Registration = { kind: string; value: { language: string; handler: (source: string, el: HTMLElement, info: unknown) => void } };
    const w = window as unknown as {
      app: { registrations: Registration[]; vault: { readText(path: string): string } };
      fake: { Component: new () => { load(): void; addChild(child: unknown): void } };
    };
    const processor = w.app.registrations.find(
      (entry) => entry.kind === 'markdownCodeBlockProcessor' && entry.value.language === 'follow-ups',
    )!;
    const view = document.body.createDiv({ cls: 'markdown-preview-view markdown-rendered', attr: { 'data-note': notePath } });
    const section = new w.fake.Component();
    section.load();
    // Just enough Markdown for a readable page: headings, bullets, paragraphs; the blocks through the processor.
    const body = w.app.vault.readText(notePath).replace(/^---\n[\s\S]*?\n---\n/, '');
    let blocks = 0;
    let list: HTMLElement | null = null;
    for (const part of body.split(/(```follow-ups\n[\s\S]*?```)/)) {
      if (part.startsWith('```follow-ups')) {
        const el = view.createDiv({ cls: 'block-language-follow-ups' });
        processor.value.handler(part.slice('```follow-ups\n'.length, -3), el, {
          docId: notePath,
          sourcePath: notePath,
          frontmatter: undefined,
          addChild: (child: unknown) => section.addChild(child),
          getSectionInfo: () => null,
        });
        blocks += 1;
        continue;
      }
      for (const line of part.split('\n')) {
        const heading = /^(#{1,3}) (.*)$/.exec(line);
        if (!line.startsWith('- ')) list = null;
        if (heading) view.createEl(`h${heading[1]!.length}` as 'h1', { text: heading[2]! });
        else if (line.startsWith('- ')) (list ??= view.createEl('ul')).createEl('li', { text: line.slice(2) });
        else if (line.trim() !== '') view.createEl('p', { text: line });
      }
    }
    return blocks;
  }, path);
}

const note = (path: string) => page.locator(`[data-note="${path}"]`);
const rowPaths = (path: string) =>
  note(path)
    .locator('.follow-up-item')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-path')));
const noteText = (path: string) =>
  page.evaluate(
    (notePath) => (window as unknown as { app: { vault: { readText(path: string): string } } }).app.vault.readText(notePath),
    path,
  );

describe('the follow-ups block in a real browser', () => {
  it('shows overdue and today in the daily note', async () => {
    expect(await renderNote('Daily/2024-06-12.md')).toBe(1);
    const daily = note('Daily/2024-06-12.md');
    await daily.locator('.follow-up-item').first().waitFor();
    expect(
      await daily.locator('.follow-up-block-group').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-group'))),
    ).toEqual(['Overdue', 'Today']);
    expect((await rowPaths('Daily/2024-06-12.md')).length).toBeGreaterThan(3);
    await page.mouse.move(0, 0);
    await daily.screenshot({ path: join(SCREENSHOTS, 'daily-note-block.png') });
    expect(errors).toEqual([]);
  });

  it('shows the person’s follow-ups in the person note with `with: this`', async () => {
    expect(await renderNote('People/Hannah Kim.md')).toBe(1);
    expect(await rowPaths('People/Hannah Kim.md')).toEqual(['Meetings/2024-06-07 Security review with Hannah Kim.md']);
  });

  it('redraws both blocks when a row is acted on', async () => {
    const path = 'Meetings/2024-06-07 Security review with Hannah Kim.md';
    expect(await rowPaths('Daily/2024-06-12.md')).toContain(path);
    await note('People/Hannah Kim.md').locator(`.follow-up-item[data-path="${path}"] [data-action="Done"]`).click();
    // Hannah's follow-up may be done (one was done with her on 11 June): Done records that day.
    await expect.poll(() => noteText(path)).toContain('follow_up_done: 2024-06-11');
    await expect.poll(() => rowPaths('People/Hannah Kim.md')).toEqual([]);
    expect(await note('People/Hannah Kim.md').locator('.follow-up-empty').textContent()).toBe('No follow-ups match.');
    expect(await rowPaths('Daily/2024-06-12.md')).not.toContain(path);
    expect(errors).toEqual([]);
  });
});
