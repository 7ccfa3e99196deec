import { describe, expect, it } from 'vitest';
import { draftMessage, oneLine, splitTemplate, type DraftRequest } from '../../src/core/drafts/draft-message';
import { indexRecords } from '../../src/core/follow-up-index';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

// The edges of a drafted message (the common cases: drafts.test.ts). Each test builds its own
// small vault, so that a mutation run judges the draft it makes.

const TODAY = '2024-06-12';
const settings = settingsWith();

function draftOf(records: NoteRecord[], path: string, extra: Partial<DraftRequest> = {}) {
  const index = indexRecords(records, settings);
  const facts = index.factsOf(path);
  if (!facts) throw new Error(`no facts for ${path}`);
  return draftMessage({ note: facts, points: [], snapshot: index.snapshot(TODAY), settings, ...extra });
}

const deal = (frontmatter: Record<string, unknown>): NoteRecord => note('Deals/Acme.md', { follow_up: '2024-06-10', ...frontmatter });

describe('the address of a recipient', () => {
  it.each([
    ['a line feed', 'jane@example.com\nBcc: all@corp.example'],
    ['a carriage return', 'jane@example.com\rBcc: all@corp.example'],
    ['a tab', 'jane@example.com\tx'],
    ['a NUL', 'jane@example.com\u0000'],
    ['the last C0 control', 'jane@example.com\u001f'],
    ['DEL', 'jane@example.com\u007f'],
    ['the last C1 control', 'jane@example.com\u009f'],
    ['a next-line control', 'jane@example.com\u0085Bcc: x'],
    ['a line separator', 'jane@example.com\u2028Bcc: x'],
    ['a paragraph separator', 'jane@example.com\u2029Bcc: x'],
  ])('is refused when it holds %s: no address, no mailto: link', (_name, email) => {
    const draft = draftOf([note('People/Jane Doe.md', { email }), deal({ follow_up_with: '[[Jane Doe]]' })], 'Deals/Acme.md');
    expect(draft.recipients).toEqual([{ name: 'Jane Doe', email: null, phone: null }]);
    expect(draft.mailto).toBeNull();
  });

  it.each([
    ['a tilde', 'jane~doe@example.com'],
    ['a space', 'jane doe@example.com'],
    ['a no-break space', 'jane\u00a0doe@example.com'],
    ['a letter beyond ASCII', 'zoë@example.com'],
  ])('is kept when it holds %s, and encoded in the link', (_name, email) => {
    const draft = draftOf([note('People/Jane Doe.md', { email }), deal({ follow_up_with: '[[Jane Doe]]' })], 'Deals/Acme.md');
    expect(draft.recipients[0]?.email).toBe(email);
    expect(draft.mailto).toMatch(new RegExp(`^mailto:${encodeURIComponent(email).replace(/%40/g, '@')}\\?subject=`));
  });

  it('links to every recipient with an address, and calls the first with a phone number', () => {
    const records = [
      note('People/Ana.md', { email: 'ana@example.com' }),
      note('People/Bo.md', {}),
      note('People/Cy.md', { phone: '555 0100', email: 'cy@example.com' }),
      note('People/Di.md', { phone: '555 0199' }),
      deal({ follow_up_with: ['[[Ana]]', '[[Bo]]', '[[Cy]]', '[[Di]]'] }),
    ];
    const draft = draftOf(records, 'Deals/Acme.md');
    expect(draft.mailto).toMatch(/^mailto:ana@example\.com,cy@example\.com\?/);
    expect(draft.tel).toBe('tel:5550100');
  });
});

describe('text that must stay on one line', () => {
  it.each([
    ['a\nb', 'a b'],
    ['a\r\nb', 'a b'],
    ['a\rb', 'a b'],
    ['a\u000bb\u000cc', 'a b c'],
    ['a\u0085b\u2028c\u2029d', 'a b c d'],
    ['a\n\n\nb', 'a b'],
    ['a\tb', 'a\tb'],
  ])('%j is %j', (text, line) => {
    expect(oneLine(text)).toBe(line);
  });
});

describe('the values a message is made of', () => {
  it('take the purpose without its closing punctuation or spaces, and keep it whole beside the draft', () => {
    const template = '[{{about}}]';
    const draft = draftOf([deal({ follow_up_about: 'Send the deck, then ask: why?! ' })], 'Deals/Acme.md', { template });
    expect(draft.body).toBe('[Send the deck, then ask: why]');
    expect(draft.about).toBe('Send the deck, then ask: why?!');
  });

  it('take a meeting held today, but not one after today', () => {
    const records = [
      note('Meetings/2024-06-12 Today with Jane.md', { people: '[[Jane Doe]]' }),
      note('Meetings/2024-06-13 Tomorrow with Jane.md', { people: '[[Jane Doe]]' }),
      note('People/Jane Doe.md', {}),
      deal({ follow_up_with: '[[Jane Doe]]' }),
    ];
    expect(draftOf(records, 'Deals/Acme.md').subject).toBe('Following up: Today with Jane');
  });

  it('take the latest meeting with any of the people, whatever the order of the notes', () => {
    const records = [
      note('Meetings/2024-06-03 With Sam.md', { people: '[[Sam Lee]]' }),
      note('Meetings/2024-06-07 With Jane.md', { people: '[[Jane Doe]]' }),
      note('Meetings/2024-06-01 With Jane.md', { people: '[[Jane Doe]]' }),
      note('Meetings/2024-06-09 With Kim.md', { people: '[[Kim Park]]' }),
      deal({ follow_up_with: ['[[Jane Doe]]', '[[Sam Lee]]'] }),
    ];
    const template = 'Subject: {{meeting}} on {{meeting_date}}\n\nx';
    expect(draftOf(records, 'Deals/Acme.md', { template }).subject).toBe('With Jane on 7 June 2024');
    expect(draftOf([...records].reverse(), 'Deals/Acme.md', { template }).subject).toBe('With Jane on 7 June 2024');
  });

  it.each([
    ['2024-06-05 Demo', 'Demo'],
    ['2024-06-05T14:30 Demo', 'Demo'],
    ['2024-06-05 9h30 - Demo', 'Demo'],
    ['2024-06-05 1430_Demo', 'Demo'],
    ['2024-06-05 — Demo', 'Demo'],
    ['2024-06-05', 'our last conversation'],
    ['2024-06-05 ', 'our last conversation'],
    ['2024-06-05 Demo ', 'Demo'],
  ])('name the meeting %j as %j', (title, name) => {
    const records = [note(`Meetings/${title}.md`, { people: '[[Jane Doe]]', follow_up: '2024-06-10' })];
    expect(draftOf(records, `Meetings/${title}.md`, { template: '[{{meeting}}]' }).body).toBe(`[${name}]`);
  });

  it("take the first person's last contact", () => {
    const records = [
      note('People/Jane Doe.md', { last_contact: '2024-05-02' }),
      note('People/Sam Lee.md', { last_contact: '2024-06-01' }),
      deal({ follow_up_with: ['[[Jane Doe]]', '[[Sam Lee]]'] }),
    ];
    expect(draftOf(records, 'Deals/Acme.md', { template: 'Subject: {{last_contact}}\n\nx' }).subject).toBe('2 May 2024');
  });
});

describe('the text of a message', () => {
  it('has no trailing spaces, at most one blank line in a row, and none at either end', () => {
    const template = 'Subject:   Hello \t {{first_name}}  \n\n\n  Line one   \n\n\n\nLine two\t\n\n\n';
    const draft = draftOf([deal({ follow_up_with: 'Jane Doe' })], 'Deals/Acme.md', { template });
    expect(draft.subject).toBe('Hello Jane');
    expect(draft.body).toBe('Line one\n\nLine two');
  });

  it('puts a subject that a value spreads over lines on one line', () => {
    const draft = draftOf([deal({ follow_up_about: 'one\r\ntwo' })], 'Deals/Acme.md', { template: 'Subject: a\u00a0 {{about}}\n\nx' });
    expect(draft.subject).toBe('a one two');
  });

  it('names nobody in words when the note names no one', () => {
    const draft = draftOf([deal({})], 'Deals/Acme.md', {
      template: '{{name}} / {{first_name}} / {{meeting}} / {{meeting_date}} / {{last_contact}}',
    });
    expect(draft.body).toBe('there / there / our last conversation / recently / a while ago');
  });

  it('comes from the built-in templates when the user template is blank', () => {
    const draft = draftOf([deal({})], 'Deals/Acme.md', { template: ' \n\t\n' });
    expect(draft.subject).toBe('Following up');
    expect(draft.body.startsWith('Hi there,')).toBe(true);
  });
});

describe('the remarks beside a draft', () => {
  it('say how many points were left out, and which, per person not written to', () => {
    const records = [
      note('People/Jane Doe.md', {}),
      note('Meetings/2024-06-05 Call.md', {
        attendees: ['[[Jane Doe]]', '[[Sam Lee]]', '[[Kim Park]]'],
        follow_up: '2024-06-10',
        follow_up_with: '[[Jane Doe]]',
      }),
    ];
    const draft = draftOf(records, 'Meetings/2024-06-05 Call.md', { points: ['Ask Sam', 'Send the deck', 'Ask Kim', 'Call Kim back'] });
    expect(draft.remarks).toEqual([
      'Left out 1 point naming Sam Lee, who this message does not go to: Ask Sam',
      'Left out 2 points naming Kim Park, who this message does not go to: Ask Kim; Call Kim back',
    ]);
  });
});

describe('the people a message goes to', () => {
  it('are a contact note itself, outside the people folder, once another note names it', () => {
    const records = [
      note('Contacts/Jane Doe.md', { email: 'jane@example.com', follow_up: '2024-06-10' }),
      note('Meetings/2024-06-01 Call.md', { people: '[[Jane Doe]]' }),
    ];
    const draft = draftOf(records, 'Contacts/Jane Doe.md');
    expect(draft.recipients).toEqual([{ name: 'Jane Doe', email: 'jane@example.com', phone: null }]);
  });

  it('take the address of a contact note read on the spot, for itself only', () => {
    const facts = indexRecords(
      [
        note('People/Jane Doe.md', { email: 'jane@example.com', follow_up: '2024-06-10' }),
        note('People/Kim Park.md', { email: 'kim@example.com', follow_up: '2024-06-10', follow_up_with: ['[[Sam Lee]]', '[[Kim Park]]'] }),
      ],
      settings,
    );
    const elsewhere = indexRecords([], settings).snapshot(TODAY);
    const jane = facts.factsOf('People/Jane Doe.md');
    const kim = facts.factsOf('People/Kim Park.md');
    if (!jane || !kim) throw new Error('no facts');
    expect(draftMessage({ note: jane, points: [], snapshot: elsewhere, settings }).recipients).toEqual([
      { name: 'Jane Doe', email: 'jane@example.com', phone: null },
    ]);
    expect(draftMessage({ note: kim, points: [], snapshot: elsewhere, settings }).recipients).toEqual([
      { name: 'Sam Lee', email: null, phone: null },
      { name: 'Kim Park', email: 'kim@example.com', phone: null },
    ]);
  });

  it('are named on one line each', () => {
    const draft = draftOf([deal({ follow_up_with: ['Jane\u2028Doe'] })], 'Deals/Acme.md');
    expect(draft.recipients.map((recipient) => recipient.name)).toEqual(['Jane Doe']);
  });
});

describe('a user template', () => {
  const template = 'Subject: x\n\n{{#first}}F{{/first}}{{#reminder}}R{{/reminder}}{{#last}}L{{/last}}{{#birthday}}B{{/birthday}}';

  it.each([
    [0, false, 'F'],
    [1, false, 'R'],
    [2, false, 'L'],
    [0, true, 'B'],
  ])('words the stage its own way: %i reminders, birthday %s', (attempts, birthday, body) => {
    const records = [note('People/Jane Doe.md', { follow_up: '2024-06-10', follow_up_attempts: attempts })];
    expect(draftOf(records, 'People/Jane Doe.md', { template, birthday }).body).toBe(body);
  });

  it('takes the meeting of a meeting note itself, even when a later one with the same people exists', () => {
    const records = [
      note('Meetings/2024-06-01 Kick-off.md', { people: '[[Jane Doe]]', follow_up: '2024-06-10' }),
      note('Meetings/2024-06-08 Review.md', { people: '[[Jane Doe]]' }),
    ];
    expect(draftOf(records, 'Meetings/2024-06-01 Kick-off.md', { template: 'Subject: {{meeting}}\n\nx' }).subject).toBe('Kick-off');
  });

  it('names a meeting by its whole title when the date is not at its start', () => {
    const records = [note('Meetings/Review of 2024-06-01.md', { people: '[[Jane Doe]]', date: '2024-06-05', follow_up: '2024-06-10' })];
    expect(draftOf(records, 'Meetings/Review of 2024-06-01.md', { template: 'Subject: {{meeting}}\n\nx' }).subject).toBe(
      'Review of 2024-06-01',
    );
  });

  it('drops the spaces a value that is not known leaves at the end of the subject', () => {
    expect(draftOf([deal({})], 'Deals/Acme.md', { template: 'Subject: Follow-up {{points}}\n\nx' }).subject).toBe('Follow-up');
  });
});

describe('splitting a template at its edges', () => {
  it.each([
    ['  Subject: Hi  \n\nBody', 'Hi', '\nBody'],
    ['SUBJECT:Hi\nBody', 'Hi', 'Body'],
    [' \t\n\nSubject: Hi\nBody', 'Hi', 'Body'],
    ['Subject: Hi\r\rBody\r\nmore', 'Hi', '\nBody\nmore'],
    ['Subject: a\u2028b\nBody', 'a\u2028b', 'Body'],
    ['Subject:\nBody', '', 'Body'],
    ['Subject: only', 'only', ''],
  ])('%j has the subject %j and the body %j', (text, subject, body) => {
    expect(splitTemplate(text)).toEqual({ subject, body });
  });

  it.each([['Re: subject: Hi\nBody'], ['Xsubject: Hi\nBody'], ['Subject Hi\nBody'], ['  \n \n']])('%j has no subject', (text) => {
    expect(splitTemplate(text)).toEqual({ subject: null, body: text });
  });
});
