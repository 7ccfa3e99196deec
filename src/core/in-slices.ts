/**
 * The time a long loop may read, and how it lets the rest of the app run: injected, so that the
 * core never reads a clock and tests decide when a slice is over.
 */
export interface SliceClock {
  /** Milliseconds, from any origin. */
  now(): number;
  /** Resolves once the app has had its turn: input, drawing, other tasks. */
  yieldNow(): Promise<void>;
}

/** Work per slice: well under a frame, so that a slice and the frame's own work fit in 16 ms. */
export const SLICE_BUDGET_MS = 8;

/**
 * Runs `work` on every element in order, yielding once a slice has run for `budgetMs`, so that no
 * task is long however many elements there are. Stops (and returns false) when `stillWanted` says
 * so after a yield; `afterSlice` hears how far it got, e.g. for a progress count.
 */
export async function forEachInSlices<T>(
  elements: readonly T[],
  work: (element: T) => void,
  clock: SliceClock,
  options: { budgetMs?: number; stillWanted?: () => boolean; afterSlice?: (done: number) => void } = {},
): Promise<boolean> {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  let sliceStart = clock.now();
  for (let i = 0; i < elements.length; i++) {
    work(elements[i] as T);
    if (i + 1 < elements.length && clock.now() - sliceStart >= budget) {
      options.afterSlice?.(i + 1);
      await clock.yieldNow();
      if (options.stillWanted && !options.stillWanted()) return false;
      sliceStart = clock.now();
    }
  }
  options.afterSlice?.(elements.length);
  return true;
}
