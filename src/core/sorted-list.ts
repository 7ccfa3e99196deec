/** Helpers for arrays kept in order, so that one change costs a search and a splice, not a sort. */

/** The first index whose element is not before `value`. */
export function lowerBound<T, V>(array: readonly T[], value: V, compare: (element: T, value: V) => number): number {
  let low = 0;
  let high = array.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(array[middle] as T, value) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Inserts after any equal elements, as a stable sort would place a later one. */
export function insertSorted<T>(array: T[], value: T, compare: (a: T, b: T) => number): void {
  array.splice(
    lowerBound(array, value, (element, target) => (compare(element, target) <= 0 ? -1 : 1)),
    0,
    value,
  );
}

/** Removes this very element (not merely an equal one); false if it is not there. */
export function removeSorted<T>(array: T[], value: T, compare: (a: T, b: T) => number): boolean {
  for (let i = lowerBound(array, value, compare); i < array.length && compare(array[i] as T, value) === 0; i++) {
    if (array[i] === value) {
      array.splice(i, 1);
      return true;
    }
  }
  return false;
}
