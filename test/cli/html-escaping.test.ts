import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { renderReviewHtml } from '../../src/core/html/render-review-html';
import { buildReview } from '../../src/core/review-model';
import { note, settingsWith } from '../helpers/notes';

// The HTML review (follow-up review --format html) holds text from notes in every place a note's text can go: it must stay text.
// For any text, the page parsed by a browser has only the elements and attributes the same page
// has for harmless text, no event handler, and no link but to Obsidian.

const settings = settingsWith();
const window = new Window();
afterAll(() => window.happyDOM.close());

/** Text from notes, in every field the review shows: names, paths, purposes, outcomes, problems. */
function reviewOf(text: string): string {
  const name = text.replace(/[/\\]/g, '∕');
  const records = [
    note(`Deals/${name}.md`, {
      follow_up: '2024-06-10',
      follow_up_about: text,
      follow_up_with: [`[[${name}]]`, text],
      follow_up_channel: text,
      follow_up_attempts: 3,
    }),
    note(`Deals/${name} later.md`, { follow_up: '2024-06-14', follow_up_about: text, follow_up_with: text }),
    note(`Deals/${name} done.md`, {
      follow_up_done: '2024-06-11',
      follow_up_outcome: text,
      follow_up_feedback: text,
      follow_up_with: `[[${name}]]`,
      follow_up_channel: text,
    }),
    note(`Inbox/${name} typo.md`, { follow_up: text, follow_up_every: text }),
    note(`Meetings/2024-06-11 ${name}.md`, { attendees: [`[[${name}]]`, text] }),
    note(`People/${name}.md`, { follow_up_every: 'weekly', email: text, phone: text, preferred_channel: text, last_contact: '2024-05-01' }),
  ];
  return renderReviewHtml(buildReview(indexRecords(records, settings).snapshot('2024-06-12'), settings), { vaultName: text });
}

function parse(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const tags = (html: string) => new Set([...parse(html).querySelectorAll('*')].map((element) => element.tagName));
const harmless = tags(reviewOf('Acme'));

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '<a href="https://evil.example">click</a>',
  '&lt;script&gt;',
  '<!-- x --><iframe src=//evil.example>',
  '{{name}} `code` **bold** [[link]]',
];
const text = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      ' ',
      'a',
      'script',
      'img',
      'on',
      'error',
      ':',
      '`',
      '!',
      '-',
      '[',
      ']',
      '(',
      ')',
    ),
    minLength: 1,
    maxLength: 30,
  }),
);

describe('the HTML review, for any text in any field of a note', () => {
  it('keeps it text: the same elements as for harmless text, no handlers, no links out', () => {
    fc.assert(
      fc.property(text, (payload) => {
        const html = reviewOf(payload);
        const document = parse(html);
        for (const element of document.querySelectorAll('*')) {
          expect(harmless.has(element.tagName), `<${element.tagName}> from ${payload}`).toBe(true);
          for (const attribute of element.getAttributeNames())
            expect(attribute.startsWith('on'), `${attribute} from ${payload}`).toBe(false);
          const href = element.getAttribute('href');
          if (href !== null) expect(href.startsWith('obsidian://open?vault='), href).toBe(true);
          expect(element.getAttribute('src')).toBeNull();
        }
        expect(document.querySelectorAll('script, iframe, img, object, embed')).toHaveLength(0);
        // Shown, not dropped: a browser displays it as the note has it.
        const shown = payload.trim();
        if (shown !== '') expect(document.body.textContent).toContain(shown);
      }),
      { numRuns: 60 },
    );
  });
});
