import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { handleWikiLink } from './wiki-link';

/** The one place Markdown formatting options are fixed, so every output is alike. */
const OPTIONS: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
  resourceLink: true,
  extensions: [gfmTableToMarkdown(), { handlers: { wikiLink: handleWikiLink } }],
};

export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, OPTIONS);
}
