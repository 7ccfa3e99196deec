import type { Literal } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';

/** An Obsidian wikilink, `[[target|alias]]`: its own node so the serialiser never escapes it. */
export interface WikiLink extends Literal {
  type: 'wikiLink';
  /** The linked note: a vault path without `.md`, or a note name. */
  value: string;
  alias?: string;
  /**
   * The note's exact vault path, when known: what a URL to it is built from. `value` may not name
   * the note any more once the characters a wikilink cannot carry are taken out.
   */
  path?: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiLink: WikiLink;
  }
  interface RootContentMap {
    wikiLink: WikiLink;
  }
}

/** Characters that would end or split a wikilink; no note name or alias can carry them through. */
const LINK_BREAKERS = /\[\[|\]\]|[|\r\n]/g;

/** A link to `target` (a vault path or a note name), shown as `alias`; `path` is the note's path when known. */
export function wikiLink(target: string, alias?: string, path?: string): WikiLink {
  const value = target.replace(/\.md$/i, '').replace(LINK_BREAKERS, ' ').trim();
  const cleanAlias = alias?.replace(LINK_BREAKERS, ' ').trim();
  const link: WikiLink =
    cleanAlias === undefined || cleanAlias === value ? { type: 'wikiLink', value } : { type: 'wikiLink', value, alias: cleanAlias };
  return path === undefined ? link : { ...link, path };
}

export const handleWikiLink: Handle = (node: WikiLink) => `[[${node.value}${node.alias === undefined ? '' : `|${node.alias}`}]]`;
