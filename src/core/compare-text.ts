/** Two texts in the order of their UTF-16 code units, as `<` has it: an order that no locale changes, for paths and keys. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
