import { describe, expect, it } from 'vitest';
import { handleWikiLink, wikiLink } from '../../src/core/markdown/wiki-link';
import { serializeMarkdown } from '../../src/core/markdown/to-markdown';

const written = (link: ReturnType<typeof wikiLink>) =>
  serializeMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [link] }] });

describe('a wikilink in the review', () => {
  it('names a note by its path without .md, in any case, shown by its alias', () => {
    expect(wikiLink('Deals/Acme.MD', 'Acme', 'Deals/Acme.MD')).toStrictEqual({
      type: 'wikiLink',
      value: 'Deals/Acme',
      alias: 'Acme',
      path: 'Deals/Acme.MD',
    });
    expect(written(wikiLink('Deals/Acme.md', 'Acme'))).toBe('[[Deals/Acme|Acme]]\n');
    expect(wikiLink('Notes/v1.md draft.md').value).toBe('Notes/v1.md draft');
  });

  it('drops an alias that says the same as the link, and keeps no path it was not given', () => {
    expect(wikiLink('Jane Doe.md', ' Jane Doe ')).toStrictEqual({ type: 'wikiLink', value: 'Jane Doe' });
    expect(written(wikiLink('Jane Doe'))).toBe('[[Jane Doe]]\n');
  });

  it('turns what would end or split a link into spaces, in the target and the alias', () => {
    expect(wikiLink(' a[[b]]c|d\re\nf.md', 'x|y]]z[[w\n')).toStrictEqual({ type: 'wikiLink', value: 'a b c d e f', alias: 'x y z w' });
    expect(wikiLink('one ] [ bracket')).toStrictEqual({ type: 'wikiLink', value: 'one ] [ bracket' });
  });

  it('is written as it is, never escaped', () => {
    expect(handleWikiLink(wikiLink('*a* <b>', '_c_'), undefined as never, undefined as never, undefined as never)).toBe('[[*a* <b>|_c_]]');
  });
});
