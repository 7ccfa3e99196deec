import { wellFormed } from './well-formed';

/**
 * `obsidian://open?vault=…&file=…` for a note, the way Obsidian's own "Copy Obsidian URL" writes it
 * (a Markdown note without its `.md`). The one builder of these links: the HTML review, the digest
 * and the calendar all call it.
 *
 * Built from the note's vault path, never from a name shown or cleaned for a wikilink, so spaces at
 * either end, `]]`, `|`, `#`, `%`, `&`, line breaks and any script reach Obsidian as the file has
 * them. Each value is percent-encoded as a whole (lone surrogate halves become U+FFFD, as UTF-8
 * needs).
 */
export function obsidianOpenUrl(vaultName: string, path: string): string {
  const file = path.replace(/\.md$/i, '');
  return `obsidian://open?vault=${encodeURIComponent(wellFormed(vaultName))}&file=${encodeURIComponent(wellFormed(file))}`;
}
