import { beforeEach, describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { renderReviewHtml } from '../../src/core/html/render-review-html';
import { renderReviewJson, renderReviewMarkdown } from '../../src/core/markdown/render-review';
import { buildReview } from '../../src/core/review-model';
import { describeSpan, reviewNoteName, reviewWeek } from '../../src/core/review-week';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const review = (records: NoteRecord[], today = TODAY, custom = settings) =>
  buildReview(indexRecords(records, custom).snapshot(today), custom);

describe('the review week', () => {
  it('is the Monday-start week that contains today, named by its ISO week', () => {
    expect(reviewWeek('2024-06-12', 1)).toEqual({ label: '2024-W24', start: '2024-06-10', end: '2024-06-16', span: '10–16 June 2024' });
    expect(reviewWeek('2024-12-31', 1)).toMatchObject({
      label: '2025-W01',
      start: '2024-12-30',
      end: '2025-01-05',
      span: '30 December 2024 – 5 January 2025',
    });
    expect(reviewWeek('2021-01-03', 1)).toMatchObject({ label: '2020-W53', start: '2020-12-28' });
  });
  it('starts on the day the settings say, named by the ISO week holding most of it', () => {
    expect(reviewWeek('2024-06-09', 0)).toMatchObject({ label: '2024-W24', start: '2024-06-09', end: '2024-06-15' });
    expect(reviewWeek('2024-06-15', 6)).toMatchObject({ start: '2024-06-15', end: '2024-06-21', label: '2024-W25' });
  });
  it('describes spans across months and years', () => {
    expect(describeSpan('2024-05-27', '2024-06-02')).toBe('27 May – 2 June 2024');
  });
  it('names the review note by the week', () => {
    expect(reviewNoteName('Follow-up review {{week}}', reviewWeek(TODAY, 1))).toBe('Follow-up review 2024-W24');
  });
});

describe('the review model', () => {
  const records = [
    note('People/Jane.md', { follow_up_every: 'weekly', last_contact: '2024-05-01', email: 'jane@example.com' }),
    note('People/Eve.md', { preferred_channel: 'phone' }),
    note('Meetings/2024-06-03 Kickoff.md', { attendees: ['[[Jane]]'], follow_up: '2024-06-05', follow_up_about: 'Send notes' }),
    note('Meetings/2024-06-10 Sync.md', { attendees: ['[[Eve]]', '[[Bob]]'] }),
    note('Meetings/2024-06-11 Chat.md', { attendees: ['[[Eve]]'] }),
    note('Meetings/2024-06-13 Future.md', { attendees: ['[[Zed]]'] }),
    note('Deals/Acme.md', { follow_up: '2024-06-14', follow_up_with: '[[Eve]]', follow_up_attempts: 1 }),
    note('Deals/Globex.md', { follow_up: '2024-06-01', follow_up_with: 'Carl', follow_up_attempts: 3 }),
    note('Deals/Initech.md', {
      follow_up_done: '2024-06-11',
      follow_up_outcome: 'declined',
      follow_up_feedback: 'No budget',
      follow_up_with: 'Dana',
    }),
    note('Deals/Umbrella.md', { follow_up_done: '2024-06-10', follow_up_outcome: 'replied', follow_up_with: 'Fay' }),
    note('Deals/Old.md', { follow_up_done: '2024-05-10', follow_up_outcome: 'replied', follow_up_with: 'Gus' }),
    note('Deals/Later.md', { follow_up: '2024-07-30' }),
    note('Inbox/typo.md', { follow_up: '2024-02-30' }),
  ];
  // Built before each test, not once before all: Stryker counts what runs in a beforeAll hook as
  // no test's coverage, so the tests reading it would never be run against a mutant.
  let model: ReturnType<typeof review>;
  beforeEach(() => {
    model = review(records);
  });

  it('counts open, overdue, done this week and the reply rate of closed follow-ups', () => {
    expect(model.summary).toEqual({ open: 5, overdue: 3, doneThisWeek: 2, closed: 3, replied: 2 });
  });
  it('sorts the sections as the spec says', () => {
    // Jane's cadence is overdue: it is counted as overdue, so it is listed there (not under Stay in touch).
    expect(model.overdue.map((item) => item.path)).toEqual(['Deals/Globex.md', 'Meetings/2024-06-03 Kickoff.md', 'People/Jane.md']);
    expect(model.dueSoon.map((item) => item.path)).toEqual(['Deals/Acme.md']);
    expect(model.done.map((entry) => [entry.path, entry.outcome])).toEqual([
      ['Deals/Umbrella.md', 'replied'],
      ['Deals/Initech.md', 'declined'],
    ]);
    expect(model.waiting.map((item) => item.path)).toEqual(['Deals/Acme.md']);
    expect(model.lettingGo.map((item) => item.path)).toEqual(['Deals/Globex.md']);
    expect(model.stayInTouch).toEqual([]);
    expect(model.summary.open).toBe(model.overdue.length + model.dueSoon.length + model.stayInTouch.length + model.later.length);
    expect(model.problems.map((problem) => problem.path)).toEqual(['Inbox/typo.md']);
  });
  it('lists meetings of this week, up to today, with the people nobody follows up with', () => {
    expect(model.meetingsWithoutFollowUp).toEqual([
      { path: 'Meetings/2024-06-10 Sync.md', title: '2024-06-10 Sync', date: '2024-06-10', people: ['Bob'] },
    ]);
  });
});

describe('the review model at the edges of its week and window', () => {
  // Today is Wednesday 2024-06-12: the week runs 10–16 June, the 7-day window to 19 June.
  const records = [
    note('Deals/Due 06-11.md', { follow_up: '2024-06-11', follow_up_with: 'Ann' }),
    note('Deals/Due 06-12.md', { follow_up: '2024-06-12', follow_up_with: 'Ann' }),
    note('Deals/Due 06-19.md', { follow_up: '2024-06-19', follow_up_with: 'Ann' }),
    note('Deals/Due 06-20.md', { follow_up: '2024-06-20', follow_up_with: 'Ann' }),
    note('People/Cadence 06-11.md', { follow_up_every: 'weekly', last_contact: '2024-06-04' }),
    note('People/Cadence 06-12.md', { follow_up_every: 'weekly', last_contact: '2024-06-05' }),
    note('People/Cadence 06-19.md', { follow_up_every: 'weekly', last_contact: '2024-06-12' }),
    note('People/Cadence 06-20.md', { follow_up_every: '8d', last_contact: '2024-06-12' }),
    note('Deals/Done 06-09.md', { follow_up_done: '2024-06-09', follow_up_outcome: 'replied' }),
    note('Deals/Done 06-10.md', { follow_up_done: '2024-06-10', follow_up_outcome: 'declined' }),
    note('Deals/Done 06-16.md', { follow_up_done: '2024-06-16', follow_up_outcome: 'Replied' }),
    note('Deals/Done 06-17.md', { follow_up_done: '2024-06-17', follow_up_outcome: 'replied' }),
    note('Meetings/2024-06-09 Before.md', { attendees: '[[Bo]]' }),
    note('Meetings/2024-06-10 First.md', { attendees: '[[Bo]]' }),
    note('Meetings/2024-06-12 Today.md', { attendees: '[[Bo]]' }),
    note('Meetings/2024-06-13 Tomorrow.md', { attendees: '[[Bo]]' }),
    note('People/Born 06-19.md', { birthday: '06-19' }),
    note('People/Born 06-20.md', { birthday: '06-20' }),
  ];
  const paths = (entries: readonly ({ path: string } | { item: { path: string } })[]) =>
    entries.map((entry) => ('path' in entry ? entry.path : entry.item.path));

  it.each([
    ['as written', records],
    ['reversed', [...records].reverse()],
    ['interleaved', [...records.filter((_, index) => index % 2 === 1), ...records.filter((_, index) => index % 2 === 0)]],
  ])('puts each follow-up in its list on both sides of each edge, in order, with the input %s', (_order, input) => {
    const model = review(input);
    expect(paths(model.overdue)).toEqual(['Deals/Due 06-11.md', 'People/Cadence 06-11.md']);
    expect(paths(model.dueSoon)).toEqual(['Deals/Due 06-12.md', 'Deals/Due 06-19.md']);
    expect(paths(model.stayInTouch)).toEqual(['People/Cadence 06-12.md', 'People/Cadence 06-19.md']);
    expect(paths(model.later)).toEqual(['Deals/Due 06-20.md', 'People/Cadence 06-20.md']);
    expect(paths(model.done)).toEqual(['Deals/Done 06-10.md', 'Deals/Done 06-16.md']);
    expect(paths(model.meetingsWithoutFollowUp)).toEqual(['Meetings/2024-06-10 First.md', 'Meetings/2024-06-12 Today.md']);
    expect(paths(model.birthdays)).toEqual(['People/Born 06-19.md']);
    // Four closed, three of them replied (in any case): a reply rate other than all or nothing.
    expect(model.summary).toEqual({ open: 8, overdue: 2, doneThisWeek: 2, closed: 4, replied: 3 });
  });
});

describe('the review as Markdown', () => {
  it('opens with the week, writes wikilinks unescaped, and escapes what notes say', () => {
    const markdown = renderReviewMarkdown(
      review([
        note('People/Jane Doe.md', {}),
        note('Deals/Acme *big*.md', {
          follow_up: '2024-06-11',
          follow_up_with: ['[[Jane Doe]]', 'Carl'],
          follow_up_about: 'Send [[pricing]] and *deck* <b>now</b>',
        }),
      ]),
    );
    expect(markdown.startsWith('# Follow-up review 2024-W24\n\n10–16 June 2024 · as of 2024-06-12\n')).toBe(true);
    expect(markdown).toContain('[[Deals/Acme *big*|Acme *big*]]');
    expect(markdown).toContain('with [[Jane Doe]], Carl');
    expect(markdown).toContain('Send \\[\\[pricing]] and \\*deck\\* \\<b>now\\</b>');
  });
  it('leaves out empty sections', () => {
    const markdown = renderReviewMarkdown(review([note('a.md', { follow_up: '2024-06-12' })]));
    expect(markdown).toContain('## Due in the next 7 days');
    for (const absent of ['## Overdue', '## Done this week', '## Waiting', '## Consider', '## Meetings', '## Stay in touch', '## Problems'])
      expect(markdown).not.toContain(absent);
  });
  it('is the same byte for byte for the same input, whatever the input order', () => {
    const records = [
      note('b.md', { follow_up: '2024-06-12' }),
      note('a.md', { follow_up: '2024-06-12' }),
      note('c.md', { follow_up: 'x' }),
    ];
    expect(renderReviewMarkdown(review(records))).toBe(renderReviewMarkdown(review([...records].reverse())));
  });
  it('names twenty people on a line and counts the rest', () => {
    const people = (count: number) => Array.from({ length: count }, (_, index) => `P${index + 1}`);
    const line = (count: number) =>
      renderReviewMarkdown(review([note('People/P1.md', {}), note('a.md', { follow_up: '2024-06-12', follow_up_with: people(count) })]))
        .split('\n')
        .find((text) => text.startsWith('- [[a]]'));
    expect(line(20)).toBe(`- [[a]] — 2024-06-12, due today · with [[P1]], ${people(20).slice(1).join(', ')}`);
    expect(line(21)).toBe(`- [[a]] — 2024-06-12, due today · with [[P1]], ${people(20).slice(1).join(', ')}, and 1 more`);
  });
  it('keeps link-breaking characters out of wikilinks', () => {
    const markdown = renderReviewMarkdown(review([note('Odd|name]].md', { follow_up: '2024-06-12' })]));
    expect(markdown).toContain('[[Odd name]]');
    expect(markdown).not.toContain('Odd|name');
  });
});

describe('the review as HTML', () => {
  it('is one self-contained page that escapes everything from notes', () => {
    const html = renderReviewHtml(
      review([note('<img src=x onerror=alert(1)>.md', { follow_up: '2024-06-12', follow_up_about: '<script>alert("x")</script>' })]),
      { vaultName: 'My vault' },
    );
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#x3C;script>');
    expect(html).toContain('href="obsidian://open?vault=My%20vault&#x26;file=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"');
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });
});

describe('the review as JSON', () => {
  it('is the model, parseable, with a final newline', () => {
    const model = review([note('a.md', { follow_up: '2024-06-12' })]);
    const json = renderReviewJson(model);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ today: TODAY, week: { label: '2024-W24' }, dueSoon: [{ path: 'a.md' }] });
  });
});

describe('the summary counts of the review', () => {
  it('are each the length of a list a reader can find: later follow-ups and overdue cadences included', () => {
    const model = review([
      note('Meetings/a.md', { follow_up: '2024-06-01' }),
      note('Meetings/b.md', { follow_up: '2024-06-14' }),
      note('Meetings/c.md', { follow_up: '2024-09-01' }),
      note('People/Late Friend.md', { follow_up_every: '2w', last_contact: '2024-05-01' }),
      note('People/Soon Friend.md', { follow_up_every: '2w', last_contact: '2024-06-01' }),
      note('People/Far Friend.md', { follow_up_every: '1y', last_contact: '2024-06-01' }),
    ]);
    const paths = (items: readonly { path: string }[]) => items.map((item) => item.path);
    expect(paths(model.overdue)).toEqual(['People/Late Friend.md', 'Meetings/a.md']);
    expect(paths(model.dueSoon)).toEqual(['Meetings/b.md']);
    expect(paths(model.stayInTouch)).toEqual(['People/Soon Friend.md']);
    expect(paths(model.later)).toEqual(['Meetings/c.md', 'People/Far Friend.md']);
    expect(model.summary.overdue).toBe(model.overdue.length);
    expect(model.summary.open).toBe(model.overdue.length + model.dueSoon.length + model.stayInTouch.length + model.later.length);
    expect(renderReviewMarkdown(model)).toMatch(/## Later\n\n- \[\[Meetings\/c/);
  });
});

describe('the people and flags the review names', () => {
  // Today is Wednesday 2024-06-12: the week runs 10–16 June, the 7-day window to 19 June.
  const records = [
    note('People/Olga.md', { away_until: '2024-06-30' }),
    note('People/Dana.md', {}),
    note('People/Doris.md', {}),
    note('People/Mia.md', {}),
    note('People/Stan.md', { follow_up_every: 'weekly', last_contact: '2024-06-10', away_until: '2024-06-20' }),
    note('People/Lara.md', { away_until: '2024-09-01' }),
    note('People/Bea.md', { birthday: '06-15' }),
    note('People/Zed.md', {}),
    note('Deals/Overdue.md', { follow_up: '2024-06-01', follow_up_with: '[[Olga]]', follow_up_attempts: 3 }),
    note('Deals/Soon.md', { follow_up: '2024-06-14', follow_up_with: ['[[Dana]]', 'Nobody'] }),
    note('Deals/Soon too.md', { follow_up: '2024-06-18', follow_up_with: '[[Dana]]' }),
    note('Deals/Plain.md', { follow_up: '2024-06-13' }),
    note('Deals/Done.md', { follow_up_done: '2024-06-11', follow_up_with: '[[Doris]]' }),
    note('Meetings/2024-06-11 Sync.md', { attendees: '[[Mia]]' }),
    note('Deals/Later.md', { follow_up: '2024-08-01', follow_up_with: '[[Lara]]' }),
  ];

  it('links each person named in a list to their note, in order of name; nobody else', () => {
    const model = review(records);
    expect(Object.entries(model.contactPaths)).toEqual([
      ['Bea', 'People/Bea.md'],
      ['Dana', 'People/Dana.md'],
      ['Doris', 'People/Doris.md'],
      ['Lara', 'People/Lara.md'],
      ['Mia', 'People/Mia.md'],
      ['Olga', 'People/Olga.md'],
      ['Stan', 'People/Stan.md'],
    ]);
  });

  it('words the flags of the listed items that have any, leaving "letting go" to its own list', () => {
    const model = review(records);
    expect(model.lettingGo.map((item) => item.path)).toEqual(['Deals/Overdue.md']);
    expect(Object.entries(model.flagWords)).toEqual([
      ['note:Deals/Overdue.md', ['away until 30 June']],
      ['note:Deals/Soon.md', ['also due with Dana this week']],
      ['note:Deals/Soon too.md', ['also due with Dana this week']],
      ['cadence:People/Stan.md', ['away until 20 June']],
      ['note:Deals/Later.md', ['away until 1 September']],
    ]);
  });
});

describe('the review’s rarer lines', () => {
  const records = [
    note('People/Ana.md', {}),
    note('Deals/Ancient.md', { follow_up: '2024-01-05', follow_up_with: '[[Ana]]' }),
    note('Deals/Timed.md', { follow_up: '2024-06-13T09:30', follow_up_attempts: 1, follow_up_channel: 'sms' }),
    note('Deals/Quiet.md', { follow_up_done: '2024-06-11' }),
    note('Meetings/2024-06-04 Call.md', { people: '[[Ana]]', follow_up_done: '2024-06-04' }),
    note('Meetings/2024-06-05 Talk.md', { people: '[[Ana]]', follow_up_done: '2024-06-06' }),
    note('Meetings/2024-06-06 Chat.md', { people: '[[Ana]]', follow_up_done: '2024-06-06' }),
    note('Meetings/2024-06-07 Lunch.md', { people: '[[Ana]]', follow_up_done: '2024-06-08' }),
    note('Meetings/2024-06-11 Coffee.md', { people: '[[Ana]]' }),
    { path: 'Inbox/Broken.md', frontmatter: null, frontmatterError: 'the frontmatter is not valid YAML' },
  ];
  let markdown: string;
  let html: string;
  // Before each test, not once before all (see above).
  beforeEach(() => {
    const model = review(records);
    markdown = renderReviewMarkdown(model);
    html = renderReviewHtml(model);
  });

  it('has no reply rate while nothing is closed, and says so of a done follow-up', () => {
    expect(markdown).toContain('|    2 |       1 |              1 |          – |');
    expect(markdown).toContain('- [[Deals/Quiet|Quiet]] — done 2024-06-11 · no outcome recorded\n');
  });

  it('gives a follow-up’s time, channel and a single reminder', () => {
    expect(markdown).toContain('- [[Deals/Timed|Timed]] — 2024-06-13 09:30, due tomorrow · by sms · 1 reminder sent\n');
  });

  it('counts follow-ups overdue from before the weeks shown, under the table and in the chart’s caption', () => {
    expect(markdown).toContain('\n\nAlso overdue, from before 2024-W17: 1.\n');
    expect(html).toContain('<figcaption>Follow-ups per week (and 1 overdue from earlier weeks)</figcaption>');
  });

  it('gives a median of half a day in tenths, and the one meeting without a follow-up in the singular', () => {
    expect(markdown).toContain(
      'Promptness: a median of 0.5 days from a meeting to its first follow-up, over 4 meetings since 22 April 2024; 1 more has none yet.',
    );
  });

  it('lists a note whose frontmatter cannot be read, with no value to show', () => {
    expect(markdown).toContain('\n- [[Inbox/Broken|Broken]] — `frontmatter`: the frontmatter is not valid YAML');
  });

  it('shows no value for a problem whose value is empty', () => {
    const model = { ...review([]), problems: [{ path: 'a.md', field: 'follow_up', value: '', message: 'Expected a date.' }] };
    expect(renderReviewMarkdown(model)).toContain('\n- [[a]] — `follow_up`: Expected a date.\n');
  });

  it('names notes and people as text, not as links, in HTML without a vault name', () => {
    expect(html).toContain('<span class="wikilink">Ancient</span>');
    expect(html).toContain('<span class="wikilink">Ana</span>');
    expect(html).not.toContain('<a ');
  });
});

describe('the review’s dated lists', () => {
  // Paths in another order than dates: the index gives notes in order of path.
  const records = [
    note('Deals/A.md', { follow_up_done: '2024-06-12' }),
    note('Deals/B.md', { follow_up_done: '2024-06-10' }),
    note('Deals/C.md', { follow_up_done: '2024-06-12' }),
    note('Deals/D.md', { follow_up_done: '2024-06-11' }),
    note('Deals/E.md', { follow_up_done: '2024-06-10' }),
    note('Meetings/A.md', { date: '2024-06-12', attendees: '[[Bo]]' }),
    note('Meetings/B.md', { date: '2024-06-10', attendees: '[[Bo]]' }),
    note('Meetings/C.md', { date: '2024-06-12', attendees: '[[Bo]]' }),
    note('Meetings/D.md', { date: '2024-06-11', attendees: '[[Bo]]' }),
    note('Meetings/E.md', { date: '2024-06-10', attendees: '[[Bo]]' }),
  ];

  it.each([
    ['as written', records],
    ['reversed', [...records].reverse()],
  ])('are in order of date, then of path (input %s)', (_order, input) => {
    const model = review(input);
    expect(model.done.map((entry) => [entry.path, entry.done])).toEqual([
      ['Deals/B.md', '2024-06-10'],
      ['Deals/E.md', '2024-06-10'],
      ['Deals/D.md', '2024-06-11'],
      ['Deals/A.md', '2024-06-12'],
      ['Deals/C.md', '2024-06-12'],
    ]);
    expect(model.meetingsWithoutFollowUp.map((meeting) => [meeting.path, meeting.date])).toEqual([
      ['Meetings/B.md', '2024-06-10'],
      ['Meetings/E.md', '2024-06-10'],
      ['Meetings/D.md', '2024-06-11'],
      ['Meetings/A.md', '2024-06-12'],
      ['Meetings/C.md', '2024-06-12'],
    ]);
  });

  it('leave out a meeting whose note has a follow-up, open or done, or whose people all have one', () => {
    const model = review([
      note('Meetings/2024-06-10 Open.md', { attendees: '[[Bo]]', follow_up: '2024-06-20', follow_up_with: '[[Zed]]' }),
      note('Meetings/2024-06-10 Done.md', { attendees: '[[Cy]]', follow_up_done: '2024-06-11' }),
      note('Meetings/2024-06-11 Both.md', { attendees: ['[[Zed]]', '[[Di]]'] }),
      note('Meetings/2024-06-11 Cy.md', { attendees: '[[Cy]]' }),
      note('Notes/Undated.md', { attendees: '[[Cy]]' }),
    ]);
    expect(model.meetingsWithoutFollowUp).toEqual([
      { path: 'Meetings/2024-06-11 Both.md', title: '2024-06-11 Both', date: '2024-06-11', people: ['Di'] },
      { path: 'Meetings/2024-06-11 Cy.md', title: '2024-06-11 Cy', date: '2024-06-11', people: ['Cy'] },
    ]);
  });
});

describe('the review’s questions', () => {
  it('asks whether a follow-up is done when you have been in touch since, and only then', () => {
    const model = review([
      note('Meetings/2024-06-03 Intro.md', { attendees: '[[Jane Doe]]', follow_up: '2024-06-14' }),
      note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Jane Doe]]' }),
      note('Deals/Quiet.md', { follow_up: '2024-06-14', follow_up_with: 'Sam' }),
    ]);
    expect(model.maybeDone.map((entry) => [entry.item.path, entry.question])).toEqual([
      ['Meetings/2024-06-03 Intro.md', 'You met Jane Doe on 11 June (Lunch) — done?'],
    ]);
  });
});
