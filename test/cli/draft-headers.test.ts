import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDraft } from '../../src/cli/draft-command';
import { draftMessage } from '../../src/core/drafts/draft-message';
import { indexRecords } from '../../src/core/follow-up-index';
import { note, settingsWith } from '../helpers/notes';
import { propertyOptions } from '../helpers/property';

// An e-mail address or a name from a note may hold a line break (`jane@x.com\nBcc: all@corp`).
// Printed as a header line or put in a mailto: link, that would add a header nobody wrote.

const settings = settingsWith();

function draftFor(email: string, name = 'Jane Doe') {
  const records = [
    note(`People/${name.replace(/[\r\n/]/g, ' ')}.md`, { email }),
    note('Deals/Acme.md', { follow_up: '2024-06-10', follow_up_with: `[[${name.replace(/[\r\n/]/g, ' ')}]]` }),
  ];
  const index = indexRecords(records, settings);
  const facts = index.factsOf('Deals/Acme.md');
  if (!facts) throw new Error('no facts');
  return draftMessage({ note: facts, points: [], snapshot: index.snapshot('2024-06-12'), settings });
}

const lineBreak = fc.constantFrom('\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029', '\u000b', '\u000c');

describe('an e-mail address with a line break', () => {
  it('is refused: no To: address, no mailto: link, no header line of its own', () => {
    fc.assert(
      fc.property(lineBreak, fc.constantFrom('Bcc: all@corp.example', 'Subject: hi', 'X: y'), (br, header) => {
        const draft = draftFor(`jane@example.com${br}${header}`);
        expect(draft.recipients[0]?.email ?? null).toBeNull();
        expect(draft.mailto).toBeNull();
        const text = formatDraft(draft);
        const headers = text.slice(0, text.indexOf('\n\n')).split('\n');
        expect(headers.every((line) => /^(To|Subject): /.test(line))).toBe(true);
      }),
      propertyOptions({ numRuns: 40 }),
    );
  });

  it('is kept when it is a plain address', () => {
    const draft = draftFor('jane@example.com');
    expect(draft.recipients[0]?.email).toBe('jane@example.com');
    expect(draft.mailto).toMatch(/^mailto:jane@example\.com\?/);
    expect(formatDraft(draft)).toMatch(/^To: Jane Doe <jane@example\.com>\nSubject: /);
  });
});

describe('a purpose or a remark with a line break', () => {
  it('stays on its own About: or Note: line, never making a header line of its own', () => {
    fc.assert(
      fc.property(lineBreak, fc.constantFrom('To: all@corp.example', 'Subject: hi', 'Bcc: x@y.z'), (br, header) => {
        const records = [
          note('Deals/Acme.md', {
            follow_up: `2024-06-10${br}${header}`,
            follow_up_about: `Send the deck${br}${header}`,
            follow_up_with: 'Jane Doe',
          }),
        ];
        const index = indexRecords(records, settings);
        const facts = index.factsOf('Deals/Acme.md');
        if (!facts) throw new Error('no facts');
        const text = formatDraft(draftMessage({ note: facts, points: [], snapshot: index.snapshot('2024-06-12'), settings }));
        const headers = text.slice(0, text.indexOf('\n\n')).split('\n');
        expect(headers.some((line) => line.startsWith('Note: '))).toBe(true);
        expect(headers.filter((line) => !/^(About|Note): /.test(line))).toEqual(['To: Jane Doe', expect.stringMatching(/^Subject: /)]);
      }),
      propertyOptions({ numRuns: 40 }),
    );
  });
});
