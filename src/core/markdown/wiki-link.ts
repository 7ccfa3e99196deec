import type { Literal } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';

/** An Obsidian wikilink, `[[target|alias]]`: its own node so the serialiser never escapes it. */
export interface WikiLink extends Literal {
  type: 'wikiLink';
  /** The linked note: a vault path without `.md`, or a note name. */
  value: string;
  alias?: string;
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

export function wikiLink(target: string, alias?: string): WikiLink {
  const value = target.replace(/\.md$/i, '').replace(LINK_BREAKERS, ' ').trim();
  const cleanAlias = alias?.replace(LINK_BREAKERS, ' ').trim();
  return cleanAlias === undefined || cleanAlias === value ? { type: 'wikiLink', value } : { type: 'wikiLink', value, alias: cleanAlias };
}

export const handleWikiLink: Handle = (node: WikiLink) => `[[${node.value}${node.alias === undefined ? '' : `|${node.alias}`}]]`;
