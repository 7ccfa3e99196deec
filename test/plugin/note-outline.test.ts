import { describe, expect, it } from 'vitest';
import { markdownOutline } from '../../src/cli/note-outline';
import { splitNote } from '../../src/cli/split-note';
import { notePoints } from '../../src/core/drafts/note-points';
import { cachedOutline } from '../../src/plugin/note-outline';
import { parseMarkdown } from '../fakes/obsidian';

const fromCache = (text: string): string[] => notePoints(cachedOutline(text, parseMarkdown(text)));
const fromMarkdown = (text: string): string[] => notePoints(markdownOutline(splitNote(text).body));

const notes: [string, string, string[]][] = [
  [
    'a points section with formatting, links, a ticked task and a nested detail',
    [
      '# Call with Jane',
      '- not this: it is the summary',
      '### NEXT STEPS:',
      '- Send the **pricing** deck',
      '- [x] Book the room (done)',
      '- [ ] Ask [[People/Jane Doe|Jane]] about [[Budget 2025]]',
      '  - a nested detail is not a point',
      '',
      '1. Share `the spec` with [the team](https://example.com)',
      '## Notes',
      '- not after the section ends',
    ].join('\n'),
    ['Send the pricing deck', 'Ask Jane about Budget 2025', 'Share the spec with the team'],
  ],
  [
    'subsections and a second section',
    '## Follow-up\n### Us\n- Send notes\n### Them\n- Confirm the date\n# Action items\n- Pay the invoice\n',
    ['Send notes', 'Confirm the date', 'Pay the invoice'],
  ],
  [
    'open tasks anywhere when no section has points, quoted and nested ones included',
    '# Meeting\n- [ ] Send the deck\n- [x] Done already\n- [-] Cancelled\n- plain bullet\n> - [ ] Quoted task\n\n- parent\n  - [ ] Nested task\n',
    ['Send the deck', 'Quoted task', 'Nested task'],
  ],
  [
    'a list in a quote under the heading is not the section’s',
    '## Next steps\n> - quoted, not a point\n\n- [ ] Open task\n',
    ['Open task'],
  ],
  ['frontmatter only', '---\ntitle: "- [ ] not a task"\n---\nJust text.\n', []],
  ['CRLF and duplicates', '## Action items\r\n- [ ] Call Sam\r\n- [ ] Call Sam\r\n', ['Call Sam']],
  [
    'an item over two lines, escapes and intraword underscores',
    '## To-do\n- Send the *final* draft\n  to the snake_case team \\*today\\*\n',
    ['Send the final draft to the snake_case team *today*'],
  ],
];

describe('the points of a draft in the plugin, read from the metadata cache', () => {
  it.each(notes)('%s', (_name, text, expected) => {
    expect(fromCache(text)).toEqual(expected);
    expect(fromMarkdown(text)).toEqual(expected);
  });

  it('are none while the note is not parsed yet', () => {
    expect(notePoints(cachedOutline('- [ ] Send the deck\n', null))).toEqual([]);
  });
});
