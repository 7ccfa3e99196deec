/**
 * A function's answers, kept for at most `limit` different arguments: for the few values that come
 * back again and again (the same keys in note after note), without letting a vault of notes with
 * keys all different grow the memory without end.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = compute(key);
    if (known.size < limit) known.set(key, value);
    return value;
  };
}
