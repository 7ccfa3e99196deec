import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, draftStage } from '../../src/core/drafts/built-in-templates';
import { mailtoLink, telLink } from '../../src/core/drafts/contact-links';
import { draftMessage, joinNames, splitTemplate, type DraftRequest } from '../../src/core/drafts/draft-message';
import { fillTemplate } from '../../src/core/drafts/fill-template';
import { isPointsHeading, notePoints as pointsOfOutline } from '../../src/core/drafts/note-points';
import { noteBody } from '../../src/core/note-head/fences';
import { markdownOutline } from '../../src/cli/note-outline';
import { splitNote } from '../../src/cli/split-note';
import { indexRecords, type FollowUpIndex } from '../../src/core/follow-up-index';
import type { IndexSnapshot } from '../../src/core/index-snapshot';
import { migrateSettings } from '../../src/core/settings-migration';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

/** The points as the command line reads them (the plugin's reading is checked in test/plugin/note-outline.test.ts). */
const notePoints = (note: string): string[] => pointsOfOutline(markdownOutline(splitNote(note).body));

describe('the points of a note', () => {
  it('are the list items under a follow-up heading, at any level and in any case', () => {
    const text = [
      '# Call with Jane',
      '- not this: it is the summary',
      '## Discussion',
      '- nor this',
      '### NEXT STEPS:',
      '- Send the **pricing** deck',
      '- [x] Book the room (done)',
      '- [ ] Ask [[People/Jane Doe|Jane]] about [[Budget 2025]]',
      '  - a nested detail is not a point',
      '',
      'Some words between lists.',
      '',
      '1. Share `the spec` with [the team](https://example.com)',
      '## Notes',
      '- not after the section ends',
    ].join('\n');
    expect(notePoints(text)).toEqual(['Send the pricing deck', 'Ask Jane about Budget 2025', 'Share the spec with the team']);
  });

  it('keeps subheadings inside the section, and reads every such section', () => {
    const text = '## Follow-up\n### Us\n- Send notes\n### Them\n- Confirm the date\n# Action items\n- Pay the invoice\n';
    expect(notePoints(text)).toEqual(['Send notes', 'Confirm the date', 'Pay the invoice']);
  });

  it.each([
    ['Follow-up', true],
    ['follow up', true],
    ['Followups', true],
    ['Follow-ups:', true],
    ['Next steps', true],
    ['Next step', true],
    ['✅ Action items', true],
    ['To-do', true],
    ['Actions', true],
    ['Follow-up with Jane', false],
    ['Steps', false],
    ['Discussion', false],
  ])('heading %j counts: %s', (heading, expected) => {
    expect(isPointsHeading(heading)).toBe(expected);
  });

  it('falls back to the open tasks anywhere in the note, nested ones and those in quotes included', () => {
    const text =
      '# Meeting\n- [ ] Send the deck\n- [x] Done already\n- plain bullet\n> - [ ] Quoted task\n\n- parent\n  - [ ] Nested task\n';
    expect(notePoints(text)).toEqual(['Send the deck', 'Quoted task', 'Nested task']);
  });

  it('falls back to the open tasks when the heading has no open items', () => {
    expect(notePoints('## Next steps\n- [x] All done\n\n## Other\n- [ ] Still open\n')).toEqual(['Still open']);
  });

  it('ignores the frontmatter, and gives nothing for a note without points', () => {
    expect(notePoints('---\ntitle: "- [ ] not a task"\n---\nJust text.\n')).toEqual([]);
    expect(notePoints('')).toEqual([]);
  });

  it('reads CRLF notes, and leaves no duplicates', () => {
    expect(notePoints('## Action items\r\n- [ ] Call Sam\r\n- [ ] Call Sam\r\n')).toEqual(['Call Sam']);
  });

  it('splits the body from the frontmatter', () => {
    expect(noteBody('---\na: 1\n---\n# Title\n')).toBe('# Title\n');
    expect(noteBody('# No frontmatter\n')).toBe('# No frontmatter\n');
    // By the same fences as the index: a byte-order mark, a closing line with spaces, "----" inside.
    expect(noteBody('\uFEFF---\r\na: 1\r\n----\r\n--- \r\nSubject: Hi\r\n')).toBe('Subject: Hi\r\n');
    expect(noteBody('---\na: 1\nNever closed\n')).toBe('---\na: 1\nNever closed\n');
  });
});

describe('filling a template', () => {
  const fill = (template: string, values: Record<string, string | boolean | null>, fallbacks: Record<string, string> = {}) =>
    fillTemplate(template, { values, fallbacks });

  it('fills placeholders, with any case and spaces inside the braces', () => {
    expect(fill('Hi {{name}}, {{ First_Name }}!', { name: 'Jane Doe', first_name: 'Jane' })).toBe('Hi Jane Doe, Jane!');
  });

  it('leaves unknown placeholders and sections exactly as written', () => {
    expect(fill('{{date}} {{ tp.file.title }} {{#foo}}x {{name}}{{/foo}} {{ unknown }}', { name: 'Jane' })).toBe(
      '{{date}} {{ tp.file.title }} {{#foo}}x Jane{{/foo}} {{ unknown }}',
    );
  });

  it('uses the fallback, never "undefined" or "null", for values that are not known', () => {
    expect(fill('Hi {{name}}, re {{about}}.', { name: null, about: '  ' }, { name: 'there' })).toBe('Hi there, re .');
  });

  it('keeps a section only when its value is known, and an inverted one only when it is not', () => {
    const template = '{{#about}}About {{about}}.{{/about}}{{^about}}Hello.{{/about}}';
    expect(fill(template, { about: 'the deck' })).toBe('About the deck.');
    expect(fill(template, { about: null })).toBe('Hello.');
    expect(fill('{{#reminder}}Again: {{/reminder}}hi', { reminder: true })).toBe('Again: hi');
    expect(fill('{{#reminder}}Again: {{/reminder}}hi', { reminder: false })).toBe('hi');
  });

  it('removes the line of a section tag that stands alone on it', () => {
    const template = 'Intro\n{{#points}}\nPoints:\n{{points}}\n{{/points}}\nBye';
    expect(fill(template, { points: '- a\n- b' })).toBe('Intro\nPoints:\n- a\n- b\nBye');
    expect(fill(template, { points: null })).toBe('Intro\nBye');
  });

  it('nests sections of different names', () => {
    expect(fill('{{#a}}A{{#b}}B{{/b}}{{/a}}', { a: 'x', b: null })).toBe('A');
  });

  it('inserts values as text: braces in a value are never read as placeholders', () => {
    expect(fill('{{about}} {{name}}', { about: '{{name}} and {{#x}}', name: 'Jane' })).toBe('{{name}} and {{#x}} Jane');
  });
});

describe('the stage of a draft', () => {
  it.each([
    [0, 3, 'first'],
    [1, 3, 'reminder'],
    [2, 3, 'last'],
    [5, 3, 'last'],
    [0, 1, 'first'],
    [1, 1, 'last'],
    [3, 6, 'reminder'],
    [4, 5, 'last'],
  ])('attempts %i with at most %i is %s', (attempts, max, stage) => {
    expect(draftStage(attempts, max)).toBe(stage);
  });
});

describe('a drafted message', () => {
  const TODAY = '2024-06-12';
  const settings = settingsWith();
  const records: NoteRecord[] = [
    note('People/Jane Doe.md', { email: 'jane@example.com', phone: '+1 (415) 555-0100', last_contact: '2024-06-01' }),
    note('People/Sam Lee.md', { email: 'sam@example.org' }),
    note('People/Kim Park.md', { phone: '030 1234 567' }),
    note('Meetings/2024-06-05 Pricing call.md', {
      attendees: ['[[Jane Doe]]', '[[Sam Lee]]'],
      follow_up: '2024-06-10',
      follow_up_about: 'Send the pricing deck.',
    }),
    note('Meetings/2024-05-01 Old chat with Kim.md', { people: '[[Kim Park]]' }),
    note('Meetings/2024-06-01 Kim again.md', { people: '[[Kim Park]]' }),
    note('Meetings/2024-07-01 Future with Kim.md', { people: '[[Kim Park]]' }),
    note('Deals/Kim.md', { follow_up: '2024-06-14', follow_up_with: '[[Kim Park]]', follow_up_attempts: 1 }),
    note('Deals/Nobody.md', { follow_up: '2024-06-14' }),
  ];
  // Built before each test, not once: a mutation run counts what a beforeAll hook runs as no
  // test's coverage, and would not run these tests against the mutants they reach.
  let index: FollowUpIndex;
  let snapshot: IndexSnapshot;
  beforeEach(() => {
    index = indexRecords(records, settings);
    snapshot = index.snapshot(TODAY);
  });
  const draft = (path: string, noteText = '', extra: Partial<DraftRequest> = {}) => {
    const facts = index.factsOf(path);
    if (!facts) throw new Error(`no facts for ${path}`);
    return draftMessage({ note: facts, points: notePoints(noteText), snapshot, settings, ...extra });
  };

  it('names the people, the meeting, its date and the points, and links to everyone with an e-mail address', () => {
    const result = draft('Meetings/2024-06-05 Pricing call.md', '# Pricing call\n## Next steps\n- Send the deck\n- [ ] Agree on a date\n');
    expect(result.stage).toBe('first');
    expect(result.subject).toBe('Following up: Pricing call');
    expect(result.body).toBe(
      [
        'Hi Jane and Sam,',
        '',
        'Thank you again for your time on 5 June 2024. I wanted to follow up on our conversation.',
        '',
        'As agreed:',
        '- Send the deck',
        '- Agree on a date',
        '',
        'Let me know if you have any questions, or if anything has changed on your side.',
        '',
        'Best regards,',
      ].join('\n'),
    );
    expect(result.recipients).toEqual([
      { name: 'Jane Doe', email: 'jane@example.com', phone: '+1 (415) 555-0100' },
      { name: 'Sam Lee', email: 'sam@example.org', phone: null },
    ]);
    expect(result.mailto).toBe(mailtoLink(['jane@example.com', 'sam@example.org'], result.subject, result.body));
    expect(
      result.mailto?.startsWith(
        'mailto:jane@example.com,sam@example.org?subject=Following%20up%3A%20Pricing%20call&body=Hi%20Jane%20and%20Sam%2C%0D%0A%0D%0A',
      ),
    ).toBe(true);
    expect(result.tel).toBe('tel:+14155550100');
  });

  it('words a reminder more gently once a reminder went out, and finds the latest past meeting with the person', () => {
    const result = draft('Deals/Kim.md');
    expect(result.stage).toBe('reminder');
    expect(result.subject).toBe('Re: Following up: Kim again');
    expect(result.body).toMatch(/^Hi Kim,\n\nI know things get busy/);
    expect(result.body).not.toContain('{{');
    expect(result.mailto).toBeNull();
    expect(result.tel).toBe('tel:0301234567');
  });

  it('says goodbye gracefully at the last attempt', () => {
    const result = draft('Deals/Kim.md', '', { settings: { maxAttempts: 2 } });
    expect(result.stage).toBe('last');
    expect(result.subject).toBe('Closing the loop: Kim again');
    expect(result.body).toContain('will stop following up for now');
  });

  it('uses sensible words where the note says nothing', () => {
    const result = draft('Deals/Nobody.md');
    expect(result.subject).toBe('Following up');
    expect(result.body).toMatch(/^Hi there,\n\nI hope you are well\. I wanted to follow up on our conversation\.\n\nLet me know/);
    for (const word of ['undefined', 'null', '{{', '}}']) expect(result.body).not.toContain(word);
    expect(result.recipients).toEqual([]);
    expect(result.mailto).toBeNull();
    expect(result.tel).toBeNull();
  });

  it('takes a user template with its subject line, stage sections and every placeholder', () => {
    const template = [
      '---',
      'tags: [template]',
      '---',
      'Subject: {{about}} ({{meeting_date}})',
      '',
      'Dear {{name}} / {{first_name}},',
      '{{#reminder}}Nudging again. {{/reminder}}{{#first}}First note. {{/first}}We met at {{meeting}}; last contact {{last_contact}}.',
      '{{points}}',
      '{{ signature }}',
    ].join('\n');
    const result = draft('Meetings/2024-06-05 Pricing call.md', '- [ ] Call back', { template });
    expect(result.subject).toBe('Send the pricing deck (5 June 2024)');
    expect(result.body).toBe(
      'Dear Jane Doe and Sam Lee / Jane and Sam,\nFirst note. We met at Pricing call; last contact 5 June 2024.\n- Call back\n{{ signature }}',
    );
  });

  it('fills missing values in a user template with words, and takes the built-in subject when it has none', () => {
    const result = draft('Deals/Nobody.md', '', {
      template: 'Hi {{first_name}}, about {{about}} after {{meeting}} on {{meeting_date}} ({{last_contact}}).\n{{points}}',
    });
    expect(result.subject).toBe('Following up');
    expect(result.body).toBe('Hi there, about what we discussed after our last conversation on recently (a while ago).');
  });

  it('greets a person on their birthday, to their e-mail, whatever reminders their note counts', () => {
    const result = draft('People/Jane Doe.md', '', { birthday: true });
    expect(result.stage).toBe('birthday');
    expect(result.subject).toBe('Happy birthday, Jane!');
    expect(result.body).toBe('Hi Jane,\n\nHappy birthday! I hope you have a wonderful day and a great year ahead.\n\nAll the best,');
    expect(result.mailto).toBe(mailtoLink(['jane@example.com'], result.subject, result.body));
    expect(draft('Deals/Kim.md', '', { birthday: true }).stage).toBe('birthday');
  });

  it('greets with a user template only when it has a birthday section', () => {
    const plain = draft('People/Jane Doe.md', '', { birthday: true, template: 'Subject: Re: {{about}}\n\nFollowing up.' });
    expect(plain.subject).toBe('Happy birthday, Jane!');
    const own = draft('People/Jane Doe.md', '', {
      birthday: true,
      template: 'Subject: Hello\n\n{{#birthday}}Happy birthday, {{first_name}}!{{/birthday}}{{^birthday}}Following up.{{/birthday}}',
    });
    expect([own.subject, own.body]).toEqual(['Hello', 'Happy birthday, Jane!']);
  });

  it('keeps the note-to-self out of the message and gives it beside the draft', () => {
    const result = draft('Meetings/2024-06-05 Pricing call.md');
    expect(result.about).toBe('Send the pricing deck.');
    expect(result.body).not.toContain('pricing deck');
    expect(result.subject).not.toContain('pricing deck');
    expect(draft('Deals/Nobody.md').about).toBeNull();
    for (const stage of ['first', 'reminder', 'last', 'birthday'] as const) expect(BUILT_IN_TEMPLATES[stage]).not.toContain('{{about}}');
  });

  it('leaves out a point that names another attendee, and says so beside the draft', () => {
    const withJane = index.factsOf('Meetings/2024-06-05 Pricing call.md');
    if (!withJane) throw new Error('no facts');
    const toJane = { ...withJane, with: ['Jane Doe'] };
    const points = ['Send the deck', 'Ask Sam about the budget', 'Check with [[Sam Lee]] first', 'Ask Samuel about it'];
    const result = draftMessage({ note: toJane, points, snapshot, settings });
    expect(result.body).toContain('- Send the deck');
    expect(result.body).not.toContain('Ask Sam about');
    expect(result.body).not.toContain('Sam Lee');
    expect(result.body).toContain('- Ask Samuel about it');
    expect(result.remarks.some((line) => line.includes('Sam Lee') && line.includes('2 points'))).toBe(true);
    const toBoth = draftMessage({ note: withJane, points, snapshot, settings });
    expect(toBoth.body).toContain('- Ask Sam about the budget');
    expect(toBoth.remarks).toEqual([]);
  });

  it('says beside the draft when the follow-up has a problem', () => {
    const broken = indexRecords([note('Deals/Broken.md', { follow_up: 'someday soon', follow_up_with: 'Ann Lee' })], settings);
    const facts = broken.factsOf('Deals/Broken.md');
    if (!facts) throw new Error('no facts');
    const result = draftMessage({ note: facts, points: [], snapshot, settings });
    expect(result.remarks).toEqual([expect.stringMatching(/^This note's follow-up has a problem: follow_up: /)]);
    expect(result.body).not.toContain('problem');
  });

  it('drafts for a note the index does not hold, such as a contact note read on the spot', () => {
    const result = draft('People/Jane Doe.md');
    expect(result.recipients.map((recipient) => recipient.name)).toEqual(['Jane Doe']);
    expect(result.subject).toBe('Following up: Pricing call');
  });
});

describe('splitting a template', () => {
  it('takes a first line "Subject:" and the rest as the body', () => {
    expect(splitTemplate('\nsubject:  Hello {{name}}\n\nBody')).toEqual({ subject: 'Hello {{name}}', body: '\nBody' });
    expect(splitTemplate('Body only\nSubject: not a subject')).toEqual({ subject: null, body: 'Body only\nSubject: not a subject' });
  });
});

describe('names', () => {
  it('joins names as people write them', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Ana'])).toBe('Ana');
    expect(joinNames(['Ana', 'Sam'])).toBe('Ana and Sam');
    expect(joinNames(['Ana', 'Sam', 'Kim'])).toBe('Ana, Sam and Kim');
  });
});

describe('mailto links (RFC 6068)', () => {
  it('percent-encodes &, ?, #, =, %, +, spaces, newlines and non-ASCII text in the headers', () => {
    const link = mailtoLink('jane@example.com', 'Q&A? #1 = 100% + more', 'Zoë, ça va?\nNext line\r\nThird 😀');
    expect(link).toBe(
      'mailto:jane@example.com?subject=Q%26A%3F%20%231%20%3D%20100%25%20%2B%20more&body=Zo%C3%AB%2C%20%C3%A7a%20va%3F%0D%0ANext%20line%0D%0AThird%20%F0%9F%98%80',
    );
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('Q&A? #1 = 100% + more');
    expect(url.searchParams.get('body')).toBe('Zoë, ça va?\r\nNext line\r\nThird 😀');
    expect(url.hash).toBe('');
  });

  it('keeps @ in addresses, encodes what would break them, and joins several with commas', () => {
    expect(mailtoLink([' a+b@example.com ', 'mailto:c@example.org', ''], '', '')).toBe('mailto:a%2Bb@example.com,c@example.org');
    expect(mailtoLink('x?y#z@example.com', 'Hi', '')).toBe('mailto:x%3Fy%23z@example.com?subject=Hi');
  });

  it('leaves out the addresses when there are none', () => {
    expect(mailtoLink([], 'Hi', 'There')).toBe('mailto:?subject=Hi&body=There');
  });

  it('puts a subject on one line, and survives lone surrogates', () => {
    expect(mailtoLink('a@b.c', 'one\ntwo', '\uD800x')).toBe('mailto:a@b.c?subject=one%20two&body=%EF%BF%BDx');
  });

  it('round-trips any text through a URL parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
        const link = mailtoLink('a@example.com', subject, body);
        expect(link).toMatch(/^mailto:a@example\.com(?:\?[A-Za-z0-9%\-_.!~*'()=&]*)?$/);
        const params = new URL(link).searchParams;
        expect(params.get('subject') ?? '').toBe(subject.trim() === '' ? '' : subject.replace(/\r\n?|\n/g, ' '));
        expect(params.get('body') ?? '').toBe(body.replace(/\r\n?|\n/g, '\r\n'));
      }),
    );
  });
});

describe('tel links (RFC 3966)', () => {
  it.each([
    ['+1 (415) 555-0177', 'tel:+14155550177'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
    ['030 1234 567', 'tel:0301234567'],
    ['555.0100 ext. 12', 'tel:5550100;ext=12'],
    ['555-0100 x7', 'tel:5550100;ext=7'],
    ['call the office', null],
    ['', null],
  ])('%j → %j', (phone, expected) => {
    expect(telLink(phone)).toBe(expected);
  });
});

describe('the draft template setting', () => {
  it('defaults to the built-in templates and keeps a note name', () => {
    expect(migrateSettings(undefined).settings.draftTemplateNote).toBe('');
    expect(migrateSettings({ draftTemplateNote: ' Templates/Follow-up message ' }).settings.draftTemplateNote).toBe(
      'Templates/Follow-up message',
    );
    expect(migrateSettings({ draftTemplateNote: 3 }).warnings).toHaveLength(1);
  });
});
