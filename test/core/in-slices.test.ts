import { describe, expect, it } from 'vitest';
import { forEachInSlices, type SliceClock } from '../../src/core/in-slices';

/** A clock that each element's work moves on by its cost; every yield is logged with how far the loop got. */
function fakeClock(costs: readonly number[]) {
  let time = 0;
  const log: string[] = [];
  const clock: SliceClock = {
    now: () => time,
    yieldNow: async () => {
      log.push(`yield at ${time}`);
    },
  };
  const work = (i: number): void => {
    log.push(`work ${i}`);
    time += costs[i] ?? 0;
  };
  return { clock, log, work };
}

describe('a loop in slices', () => {
  it('yields once a slice has spent its budget, and not after the last element', async () => {
    const { clock, log, work } = fakeClock([3, 3, 3, 1, 9, 2, 2]);
    const slices: number[] = [];
    const done = await forEachInSlices([0, 1, 2, 3, 4, 5, 6], work, clock, { budgetMs: 8, afterSlice: (count) => slices.push(count) });
    expect(done).toBe(true);
    expect(log).toEqual(['work 0', 'work 1', 'work 2', 'yield at 9', 'work 3', 'work 4', 'yield at 19', 'work 5', 'work 6']);
    expect(slices).toEqual([3, 5, 7]);
  });

  it('ends a slice that has run exactly its budget, and takes 8 ms when no budget is given', async () => {
    const exact = fakeClock([4, 4, 4, 4, 4]);
    await forEachInSlices([0, 1, 2, 3, 4], exact.work, exact.clock, { budgetMs: 8 });
    expect(exact.log).toEqual(['work 0', 'work 1', 'yield at 8', 'work 2', 'work 3', 'yield at 16', 'work 4']);
    const byDefault = fakeClock([4, 3, 1, 7, 1]);
    await forEachInSlices([0, 1, 2, 3, 4], byDefault.work, byDefault.clock);
    expect(byDefault.log).toEqual(['work 0', 'work 1', 'work 2', 'yield at 8', 'work 3', 'work 4']);
  });

  it('runs in one slice when the work fits the budget', async () => {
    const { clock, log, work } = fakeClock([1, 1, 1]);
    expect(await forEachInSlices([0, 1, 2], work, clock, { budgetMs: 8 })).toBe(true);
    expect(log.filter((line) => line.startsWith('yield'))).toEqual([]);
  });

  it('stops after a yield when the work is no longer wanted', async () => {
    const { clock, log, work } = fakeClock([5, 5, 5, 5]);
    let wanted = true;
    const result = forEachInSlices([0, 1, 2, 3], work, clock, { budgetMs: 8, stillWanted: () => wanted });
    wanted = false;
    expect(await result).toBe(false);
    expect(log).toEqual(['work 0', 'work 1', 'yield at 10']);
  });

  it('does the same work as a plain loop, whatever the budget', async () => {
    const elements = Array.from({ length: 50 }, (_, i) => i);
    for (const budget of [0, 1, 7, 1000]) {
      const seen: number[] = [];
      const { clock } = fakeClock([]);
      let time = 0;
      await forEachInSlices(elements, (i) => seen.push(i), { ...clock, now: () => (time += 1) }, { budgetMs: budget });
      expect(seen).toEqual(elements);
    }
  });
});
