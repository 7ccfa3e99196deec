import type { SliceClock } from '../core/in-slices';

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Slices of work between frames: `scheduler.yield()` where the browser has it (it resumes ahead
 * of other queued tasks, after input), else a zero timeout.
 */
export const frameSlices: SliceClock = {
  now: () => performance.now(),
  yieldNow: () => {
    const scheduler = (window as { scheduler?: Scheduler }).scheduler;
    if (typeof scheduler?.yield === 'function') return scheduler.yield();
    return new Promise((resolve) => window.setTimeout(resolve, 0));
  },
};
