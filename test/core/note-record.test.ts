import { describe, expect, it } from 'vitest';
import { noteTitle } from '../../src/core/note-record';
import { obsidianOpenUrl } from '../../src/core/obsidian-url';

describe("a note's title", () => {
  it.each([
    ['People/Jane Doe.md', 'Jane Doe'],
    ['Jane Doe.md', 'Jane Doe'],
    ['People/Clients/Jane.MD', 'Jane'],
    ['People/Jane.md.md', 'Jane.md'],
    ['People/Jane.mdx', 'Jane.mdx'],
    ['People.md/Jane', 'Jane'],
    ['People/.md', ''],
  ])('of %j is %j', (path, title) => {
    expect(noteTitle(path)).toBe(title);
  });
});

describe('the obsidian://open link of a note, by its path', () => {
  it('leaves out only a final .md, in any case', () => {
    expect(obsidianOpenUrl('V', 'People/Jane.MD')).toBe('obsidian://open?vault=V&file=People%2FJane');
    expect(obsidianOpenUrl('V', 'a.md b.md')).toBe('obsidian://open?vault=V&file=a.md%20b');
    expect(obsidianOpenUrl('V', 'Diagram.canvas')).toBe('obsidian://open?vault=V&file=Diagram.canvas');
  });
});
