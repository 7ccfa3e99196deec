// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { notices } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

const FILES = { 'Deals/Acme.md': '---\nfollow_up: 2024-06-10\nfollow_up_about: Send the deck\n---\n' };

describe('the weekly review note', () => {
  it('is written into the review folder, named by the ISO week, and opened', async () => {
    const harness = await startPlugin(FILES);
    expect(harness.command('write-weekly-review')).toBe(true);
    await harness.settle();
    const text = harness.text('Reviews/Follow-up review 2024-W24.md');
    expect(text.startsWith('<!-- follow-up-review:start -->\n# Follow-up review 2024-W24\n\n10–16 June 2024')).toBe(true);
    expect(text).toContain('[[Deals/Acme|Acme]]');
    expect(text.endsWith('<!-- follow-up-review:end -->\n')).toBe(true);
    expect(harness.app.workspace.getActiveFile()?.path).toBe('Reviews/Follow-up review 2024-W24.md');
  });

  it('replaces only the generated block when written again', async () => {
    const harness = await startPlugin(FILES);
    harness.command('write-weekly-review');
    await harness.settle();
    const path = 'Reviews/Follow-up review 2024-W24.md';
    const file = harness.app.vault.getFileByPath(path)!;
    await harness.app.vault.process(file, (text) => `My notes before.\n\n${text}\nMy notes after.\n`);
    await harness.app.vault.create('Deals/Globex.md', '---\nfollow_up: 2024-06-11\n---\n');
    await harness.settle();
    harness.command('write-weekly-review');
    await harness.settle();
    const text = harness.text(path);
    expect(text.startsWith('My notes before.\n\n<!-- follow-up-review:start -->\n')).toBe(true);
    expect(text.endsWith('<!-- follow-up-review:end -->\n\nMy notes after.\n')).toBe(true);
    expect(text).toContain('[[Deals/Globex|Globex]]');
    expect(text.match(/follow-up-review:start/g)).toHaveLength(1);
  });

  it('names the week of the ISO calendar at the year end', async () => {
    const harness = await startPlugin(FILES, { now: '2024-12-30T09:00:00' });
    harness.command('write-weekly-review');
    await harness.settle();
    expect(harness.app.vault.getFileByPath('Reviews/Follow-up review 2025-W01.md')).not.toBeNull();
  });

  it('refuses a review folder outside the vault or in its configuration folder', async () => {
    for (const reviewFolder of ['../outside', '/etc', '.obsidian/plugins']) {
      const harness = await startPlugin(FILES, { data: { reviewFolder } });
      harness.command('write-weekly-review');
      await harness.settle();
      expect(notices.at(-1)).toMatch(/The review folder setting is not usable/);
      expect(harness.app.vault.writeCount).toBe(0);
      cleanUpPlugin();
    }
  });
});
