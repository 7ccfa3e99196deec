// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SliceClock } from '../../src/core/in-slices';
import FollowUpTrackerPlugin from '../../src/plugin/main';
import { VIEW_TYPE_FOLLOW_UPS } from '../../src/plugin/view/follow-ups-view';
import manifest from '../../manifest.json';
import { createFakeApp, fakeManifest, loadPlugin } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

const FILES: Record<string, string> = {
  'People/Jane.md': '---\nfollow_up_every: weekly\nlast_contact: 2024-06-01\n---\n',
  'People/Sam.md': '---\nbirthday: 1990-06-20\n---\n',
  ...Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [
      `Deals/deal-${String(i).padStart(2, '0')}.md`,
      `---\nfollow_up: 2024-06-${String(5 + (i % 20)).padStart(2, '0')}\nfollow_up_with: "[[${i % 3 === 0 ? 'Jane' : 'Sam'}]]"\n---\n`,
    ]),
  ),
  'Meetings/2024-06-10 Call.md': '---\nattendees: ["[[Jane]]"]\n---\n',
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`Notes/plain-${i}.md`, `Text ${i}.\n`])),
  'Inbox/typo.md': '---\nfollow_up: 2024-02-30\n---\n',
  'Inbox/more.md': '---\nfollow_up: 2024-06-30\n---\n',
};
const TOTAL = Object.keys(FILES).length;

/** Each reading of the clock is a millisecond later (a note's work costs one); each yield waits for the test. */
function steppedClock() {
  let time = 0;
  const waiting: (() => void)[] = [];
  const clock: SliceClock = {
    now: () => (time += 1),
    yieldNow: () => new Promise<void>((resolve) => waiting.push(resolve)),
  };
  return { clock, waiting };
}

const settle = async (): Promise<void> => {
  for (let round = 0; round < 3; round += 1) await new Promise((resolve) => window.setTimeout(resolve, 1));
};

describe('the first build of the index, in slices', () => {
  it('yields once a slice has spent its budget, shows how far it got, and ends with the one-shot index', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-12T10:00:00'));
    const app = createFakeApp({ files: FILES });
    const plugin = await loadPlugin(new FollowUpTrackerPlugin(app as never, fakeManifest(manifest)));
    const indexer = plugin['indexer'];
    const { clock, waiting } = steppedClock();
    (indexer as unknown as { slices: SliceClock }).slices = clock;
    await app.workspace.triggerLayoutReady();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));

    // 8 ms a slice at a millisecond a note: eight notes, then the frame's turn.
    expect(indexer.isReady).toBe(false);
    expect(indexer.buildProgress).toEqual({ done: 8, total: TOTAL });
    expect(app.commands.executeCommandById(`${manifest.id}:open-sidebar`)).toBe(true);
    await settle();
    const view = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0]!.view.containerEl;
    expect(view.querySelector('.follow-up-empty')?.textContent).toBe(`Reading your notes… 8 of ${TOTAL}`);

    // How far it had got at each yield, then at the end: no slice does more than eight notes.
    const seen = [8];
    while (!indexer.isReady) {
      waiting.shift()?.();
      await settle();
      if (waiting.length > 0) seen.push(indexer.buildProgress?.done ?? NaN);
    }
    seen.push(TOTAL);
    expect(seen.map((done, i) => done - (seen[i - 1] ?? 0))).toEqual(
      Array.from({ length: Math.ceil(TOTAL / 8) }, (_, i) => Math.min(8, TOTAL - 8 * i)),
    );
    expect(indexer.buildProgress).toBeNull();
    expect(view.querySelectorAll('.follow-up-item').length).toBeGreaterThan(0);

    const sliced = indexer.index.snapshot('2024-06-12');
    cleanUpPlugin();
    const oneShot = await startPlugin(FILES);
    expect(sliced).toEqual(oneShot.plugin['indexer'].index.snapshot('2024-06-12'));
    expect(sliced.items).toHaveLength(43);
  });
});
