/**
 * A table looked up by words the user writes: without Object's prototype, so that a word such as
 * `constructor` or `__proto__` finds nothing rather than a built-in of every object.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
