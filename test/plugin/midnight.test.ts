// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openModals } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

// "Today" is the day on the user's wall calendar: one millisecond before local midnight it is
// still today, at midnight it is tomorrow, whatever the zone the suite runs in.

const NOTE = 'Deals/Acme.md';

async function snoozeTomorrowAt(now: string): Promise<string> {
  const harness = await startPlugin({ [NOTE]: '---\nfollow_up: 2024-03-01\n---\n' }, { now });
  await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(NOTE)!);
  expect(harness.command('snooze')).toBe(true);
  const button = [...openModals.at(-1)!.contentEl.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Tomorrow')!;
  button.click();
  await harness.settle();
  const text = harness.text(NOTE);
  cleanUpPlugin();
  return /follow_up: (\S+)/.exec(text)?.[1] ?? '';
}

describe('around local midnight', () => {
  it.each([
    ['2024-03-09T23:59:59.999', '2024-03-10'],
    ['2024-03-10T00:00:00.000', '2024-03-11'],
    ['2024-11-02T23:59:59.999', '2024-11-03'],
    ['2024-11-03T00:00:00.000', '2024-11-04'],
    ['2024-12-31T23:59:59.999', '2025-01-01'],
    ['2025-01-01T00:00:00.000', '2025-01-02'],
  ])('snoozing to tomorrow at %s (local time) writes %s', async (now, tomorrow) => {
    expect(await snoozeTomorrowAt(now)).toBe(tomorrow);
  });
});
