/** A surrogate pair, or a lone half of one (which UTF-8 cannot carry). No lookbehind: older iOS cannot parse it. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * The text with every lone half of a surrogate pair replaced by U+FFFD, as a UTF-8 encoder would
 * (what `String.prototype.toWellFormed` does, which engines before 2023 lack).
 */
export function wellFormed(text: string): string {
  return text.replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'));
}
