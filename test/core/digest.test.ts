import { beforeEach, describe, expect, it } from 'vitest';
import { buildDigest, digestSubject, type Digest } from '../../src/core/digest/digest-model';
import { digestNews, readDigestState } from '../../src/core/digest/digest-state';
import { renderDigestHtml, renderDigestText } from '../../src/core/digest/render-digest';
import { indexRecords } from '../../src/core/follow-up-index';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

const settings = settingsWith();
const TODAY = '2024-06-12';

const VAULT: NoteRecord[] = [
  note('People/Jane Doe.md', { email: 'jane@example.com', birthday: '06-14' }),
  note('People/Sam Lee.md', { preferred_channel: 'phone' }),
  note('Meetings/2024-06-01 Pricing call.md', {
    people: '[[Jane Doe]]',
    follow_up: '2024-06-10',
    follow_up_about: 'Send the pricing sheet',
  }),
  note('Meetings/2024-06-11 Lunch.md', { people: '[[Jane Doe]]' }),
  note('Meetings/2024-06-03 Demo.md', { people: '[[Sam Lee]]', follow_up: '2024-06-05', follow_up_attempts: 2 }),
  note('Inbox/Call the plumber.md', { follow_up: '2024-06-12T15:30' }),
  note('Projects/Roadmap.md', { follow_up: '2024-06-15', follow_up_with: 'Ana Ruiz' }),
  note('Projects/Far.md', { follow_up: '2024-07-30' }),
];

function digestOf(records: NoteRecord[], today = TODAY): Digest | null {
  return buildDigest(indexRecords(records, settings).snapshot(today), settings.upcomingDays);
}
const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);

describe('the digest decides what to send', () => {
  it('lists overdue, due today, maybe done and birthdays this week, and counts the rest', () => {
    const digest = digestOf(VAULT)!;
    expect(titles(digest.overdue)).toEqual(['2024-06-03 Demo']);
    expect(titles(digest.dueToday)).toEqual(['Call the plumber']);
    expect(titles(digest.maybeDone)).toEqual(['2024-06-01 Pricing call']);
    expect(titles(digest.birthdays)).toEqual(['Jane Doe']);
    expect(digest.rest).toBe(1);
    expect(digestSubject(digest)).toBe('Follow-ups: 1 overdue, 1 today, 1 maybe done, 1 birthday');
  });

  it.each<[string, NoteRecord[], string, string | null]>([
    ['nothing at all', [], TODAY, null],
    ['only later and upcoming items', [note('a.md', { follow_up: '2024-06-15' }), note('b.md', { follow_up: '2024-09-01' })], TODAY, null],
    ['a birthday seven days out is next week', [note('People/Jane Doe.md', { birthday: '06-19' })], TODAY, null],
    ['a birthday six days out is this week', [note('People/Jane Doe.md', { birthday: '06-18' })], TODAY, 'Follow-ups: 1 birthday'],
    ['a birthday today', [note('People/Jane Doe.md', { birthday: '1990-06-12' })], TODAY, 'Follow-ups: 1 birthday'],
    [
      'three overdue and two today',
      [
        note('a.md', { follow_up: '2024-06-01' }),
        note('b.md', { follow_up: '2024-06-02' }),
        note('c.md', { follow_up: '2024-06-11' }),
        note('d.md', { follow_up: '2024-06-12' }),
        note('e.md', { follow_up: '2024-06-12T08:00' }),
      ],
      TODAY,
      'Follow-ups: 3 overdue, 2 today',
    ],
    ['an item due today is overdue the next day', [note('a.md', { follow_up: '2024-06-12' })], '2024-06-13', 'Follow-ups: 1 overdue'],
  ])('%s', (_name, records, today, subject) => {
    const digest = digestOf(records, today);
    expect(digest === null ? null : digestSubject(digest)).toBe(subject);
  });
});

describe('the digest in words', () => {
  it('as text', () => {
    expect(renderDigestText(digestOf(VAULT)!)).toBe(
      [
        'Follow-ups: 1 overdue, 1 today, 1 maybe done, 1 birthday (2024-06-12)',
        '',
        'Overdue (1)',
        '- 2024-06-03 Demo — 7 days overdue · with Sam Lee · by phone · 2 reminders sent',
        '',
        'Due today (1)',
        '- Call the plumber — due today, 15:30',
        '',
        'Maybe done: you have been in touch since (1)',
        // The same sentence as the sidebar and `due` (issue 13): who, when, which meeting.
        '- 2024-06-01 Pricing call — You met Jane Doe on 11 June (Lunch) — done?',
        '  Send the pricing sheet',
        '',
        'Birthdays this week (1)',
        '- Jane Doe — in 2 days',
        '',
        'And 1 more follow-up coming up.',
        '',
      ].join('\n'),
    );
  });

  it('as HTML, with note text escaped and links into the vault', () => {
    const digest = digestOf([note('x.md', { follow_up: '2024-06-01', follow_up_about: '<img src=x onerror=alert(1)>' })])!;
    const html = renderDigestHtml(digest, { vaultName: 'My notes' });
    expect(html).toContain('<title>Follow-ups: 1 overdue</title>');
    expect(html).toContain('<a href="obsidian://open?vault=My%20notes&#x26;file=x">x</a>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(renderDigestHtml(digest)).toContain('<strong>x</strong>');
  });
});

describe('the digest state sends each item once a day', () => {
  // Built before each test, not once: a mutation run counts what a beforeAll hook runs as no
  // test's coverage, and would not run these tests against the mutants they reach.
  let digest: NonNullable<ReturnType<typeof digestOf>>;
  beforeEach(() => {
    digest = digestOf(VAULT)!;
  });

  it('sends with no state, and remembers what it sent', () => {
    const { send, state } = digestNews(digest, null);
    expect(send).toBe(true);
    expect(state).toEqual({ date: TODAY, sent: digest.keys });
    expect(state.sent).toContain('note:Meetings/2024-06-03 Demo.md@2024-06-05');
  });

  it('sends nothing the same day when nothing is new', () => {
    const first = digestNews(digest, null).state;
    expect(digestNews(digest, first)).toEqual({ send: false, state: first });
  });

  it('sends again the same day when an item is new or due on another date', () => {
    const first = digestNews(digest, null).state;
    const more = digestOf([...VAULT, note('Inbox/New.md', { follow_up: '2024-06-12' })])!;
    const second = digestNews(more, first);
    expect(second.send).toBe(true);
    expect(second.state.sent).toContain('note:Inbox/New.md@2024-06-12');
  });

  it('sends again the next day', () => {
    const first = digestNews(digest, null).state;
    expect(digestNews(digestOf(VAULT, '2024-06-13')!, first).send).toBe(true);
  });

  it.each([
    ['not JSON', '{', 'it is not JSON'],
    ['not an object', '3', 'it holds no digest state'],
    ['a bad date', '{"date":"June","sent":[]}', 'it holds no digest state'],
    ['keys that are not text', '{"date":"2024-06-12","sent":[1]}', 'it holds no digest state'],
  ])('reads a state file that is %s as none, and says why', (_name, text, error) => {
    expect(readDigestState(text)).toEqual({ state: null, error });
  });

  it('reads back a state it wrote', () => {
    const state = digestNews(digest, null).state;
    expect(readDigestState(JSON.stringify(state))).toEqual({ state, error: null });
  });
});
