import type { Parameters as PropertyParameters } from 'fast-check';

/**
 * The options of a property run. fast-check names the seed and the path of a failure in its
 * message; setting FOLLOW_UP_FC_SEED (and FOLLOW_UP_FC_PATH) to them replays exactly that case.
 */
export function propertyOptions<T>(options: PropertyParameters<T> = {}): PropertyParameters<T> {
  const seed = process.env.FOLLOW_UP_FC_SEED;
  if (seed === undefined || seed.trim() === '') return options;
  const path = process.env.FOLLOW_UP_FC_PATH;
  return { ...options, seed: Number(seed), ...(path ? { path, endOnFailure: true } : {}) };
}
