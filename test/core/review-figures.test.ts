import { beforeEach, describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { niceScale } from '../../src/core/html/figure-charts';
import { renderReviewHtml } from '../../src/core/html/render-review-html';
import { renderReviewMarkdown } from '../../src/core/markdown/render-review';
import { reviewTree } from '../../src/core/markdown/review-tree';
import { serializeMarkdown } from '../../src/core/markdown/to-markdown';
import { describePromptness, trendsSection } from '../../src/core/markdown/trends-section';
import type { NoteRecord } from '../../src/core/note-record';
import { buildFigures, median, WEEKS_AHEAD, WEEKS_BACK } from '../../src/core/review-figures';
import { buildReview } from '../../src/core/review-model';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const figuresOf = (records: NoteRecord[], today = TODAY, custom = settings) =>
  buildFigures(indexRecords(records, custom).snapshot(today), custom);
const reviewOf = (records: NoteRecord[], today = TODAY) => buildReview(indexRecords(records, settings).snapshot(today), settings);

describe('follow-ups per week', () => {
  const records = [
    note('a.md', { follow_up_done: '2024-06-10', follow_up_outcome: 'replied' }),
    note('b.md', { follow_up_done: '2024-04-22' }),
    note('c.md', { follow_up_done: '2024-04-21' }),
    note('d.md', { follow_up: '2024-06-11' }),
    note('e.md', { follow_up: '2024-06-12' }),
    note('f.md', { follow_up: '2024-06-16T18:00' }),
    note('g.md', { follow_up: '2024-05-01' }),
    note('h.md', { follow_up: '2024-04-01' }),
    note('i.md', { follow_up: '2024-07-14' }),
    note('j.md', { follow_up: '2024-07-15' }),
    note('People/Zoe.md', { follow_up_every: 'weekly' }),
  ];
  // Built before each test, not once before all: Stryker counts what runs in a beforeAll hook as
  // no test's coverage, so the tests reading it would never be run against a mutant.
  let figures: ReturnType<typeof figuresOf>;
  beforeEach(() => {
    figures = figuresOf(records);
  });

  it(`shows ${WEEKS_BACK} weeks up to this one and ${WEEKS_AHEAD} after it, starting on the week start`, () => {
    expect(figures.weeks).toHaveLength(12);
    expect(figures.weeks.map((week) => week.label)).toEqual([
      '2024-W17',
      '2024-W18',
      '2024-W19',
      '2024-W20',
      '2024-W21',
      '2024-W22',
      '2024-W23',
      '2024-W24',
      '2024-W25',
      '2024-W26',
      '2024-W27',
      '2024-W28',
    ]);
    expect(figures.weeks[0]).toMatchObject({ start: '2024-04-22', end: '2024-04-28' });
    expect(figures.weeks.filter((week) => week.current).map((week) => week.label)).toEqual(['2024-W24']);
    const sunday = figuresOf(records, TODAY, settingsWith({ weekStart: 0 }));
    expect(sunday.weeks[7]).toMatchObject({ start: '2024-06-09', end: '2024-06-15', current: true });
  });

  it('counts done by the done date, and open items as overdue before today and open from today', () => {
    const counts = figures.weeks.map((week) => [week.label, week.done, week.open, week.overdue]);
    expect(counts).toContainEqual(['2024-W24', 1, 3, 1]);
    expect(counts).toContainEqual(['2024-W17', 1, 0, 0]);
    expect(counts).toContainEqual(['2024-W18', 0, 0, 1]);
    expect(counts).toContainEqual(['2024-W28', 0, 1, 0]);
    expect(figures.overdueEarlier).toBe(1);
    const total = figures.weeks.reduce((sum, week) => sum + week.open + week.overdue, 0);
    expect(total + figures.overdueEarlier + 1).toBe(indexRecords(records, settings).snapshot(TODAY).items.length);
  });

  it('counts a follow-up due on the first shown week’s first day in that week, not as earlier, and never a birthday', () => {
    const edges = figuresOf([
      note('first day.md', { follow_up: '2024-04-22' }),
      note('day before.md', { follow_up: '2024-04-21' }),
      note('done last day.md', { follow_up_done: '2024-06-16' }),
      note('done after.md', { follow_up_done: '2024-06-17' }),
      note('People/Bea.md', { birthday: '06-14' }),
    ]);
    expect(edges.overdueEarlier).toBe(1);
    expect(edges.weeks[0]).toMatchObject({ label: '2024-W17', done: 0, open: 0, overdue: 1 });
    expect(edges.weeks.map((week) => week.done)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0]);
    expect(edges.weeks.map((week) => week.open)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps the ISO week year at the turn of the year', () => {
    const turn = figuresOf([], '2025-01-01');
    expect(turn.weeks.find((week) => week.current)?.label).toBe('2025-W01');
    expect(turn.weeks[6]?.label).toBe('2024-W52');
    expect(turn.weeks[0]?.label).toBe('2024-W46');
  });
});

describe('reply rate by channel', () => {
  const records = [
    note('00.md', { follow_up_outcome: 'declined' }),
    note('People/Ana.md', { preferred_channel: 'Phone' }),
    note('0.md', { follow_up_outcome: 'no-response', follow_up_channel: 'sms' }),
    note('1.md', { follow_up_outcome: 'replied', follow_up_channel: 'email' }),
    note('2.md', { follow_up_outcome: 'declined', follow_up_channel: 'email' }),
    note('3.md', { follow_up_outcome: 'Replied', follow_up_with: '[[Ana]]' }),
    note('4.md', { follow_up_outcome: 'no-response' }),
    note('5.md', { follow_up_channel: 'video', follow_up: '2024-06-20' }),
    note('6.md', { follow_up_outcome: 'replied', follow_up_channel: 'chat' }),
    note('7.md', { follow_up_outcome: 'replied', follow_up_with: 'Nobody' }),
  ];
  it.each([
    ['as written', records],
    ['reversed', [...records].reverse()],
    ['with the unknown channel first', [records[6]!, ...records.slice(0, 6), ...records.slice(7)]],
  ])('groups closed follow-ups by their channel, else the first person’s preferred one; unknown last (input %s)', (_order, input) => {
    expect(figuresOf(input).channels).toEqual([
      { channel: 'chat', closed: 1, replied: 1 },
      { channel: 'email', closed: 2, replied: 1 },
      { channel: 'phone', closed: 1, replied: 1 },
      { channel: 'sms', closed: 1, replied: 0 },
      { channel: null, closed: 3, replied: 1 },
    ]);
  });

  it('adds up to the reply rate of the summary', () => {
    const model = reviewOf([
      note('1.md', { follow_up_outcome: 'replied', follow_up_channel: 'email' }),
      note('2.md', { follow_up_outcome: 'declined' }),
    ]);
    expect(model.figures.channels.reduce((sum, entry) => sum + entry.closed, 0)).toBe(model.summary.closed);
    expect(model.figures.channels.reduce((sum, entry) => sum + entry.replied, 0)).toBe(model.summary.replied);
  });
});

describe('promptness', () => {
  it('takes the earlier of the follow-up date and the done date, from meetings in the weeks shown up to today', () => {
    const figures = figuresOf([
      note('m1.md', { date: '2024-06-03', people: '[[Ana]]', follow_up: '2024-06-05' }),
      note('m2.md', { date: '2024-06-03', people: '[[Ana]]', follow_up: '2024-06-20', follow_up_done: '2024-06-04' }),
      note('m3.md', { date: '2024-06-03', people: '[[Ana]]', follow_up_done: '2024-06-13' }),
      note('m4.md', { date: '2024-06-10', people: '[[Ana]]', follow_up: '2024-06-01' }),
      note('m5.md', { date: '2024-06-11', people: '[[Ana]]' }),
      note('old.md', { date: '2024-04-21', people: '[[Ana]]', follow_up: '2024-06-30' }),
      note('future.md', { date: '2024-06-13', people: '[[Ana]]', follow_up: '2024-06-14' }),
      note('daily/2024-06-05.md', { follow_up: '2024-06-06' }),
    ]);
    expect(figures.promptness).toEqual({ since: '2024-04-22', measured: 4, without: 1, medianDays: 1.5 });
  });

  it('takes the follow-up date when it comes before the done date', () => {
    const figures = figuresOf([
      note('m.md', { date: '2024-06-03', people: '[[Ana]]', follow_up: '2024-06-05', follow_up_done: '2024-06-10' }),
    ]);
    expect(figures.promptness.medianDays).toBe(2);
  });

  it('measures meetings from the first shown week’s first day to today, both included', () => {
    const figures = figuresOf([
      note('before.md', { date: '2024-04-21', people: '[[Ana]]', follow_up: '2024-04-21' }),
      note('first day.md', { date: '2024-04-22', people: '[[Ana]]', follow_up: '2024-04-25' }),
      note('today.md', { date: '2024-06-12', people: '[[Ana]]', follow_up: '2024-06-19' }),
      note('tomorrow.md', { date: '2024-06-13', people: '[[Ana]]', follow_up: '2024-06-13' }),
    ]);
    expect(figures.promptness).toEqual({ since: '2024-04-22', measured: 2, without: 0, medianDays: 5 });
  });

  it('is a median: the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7, 3])).toBe(5);
    expect(median([10, 2, 30, 4, 1, 20])).toBe(7);
  });

  it('is described in words', () => {
    const base = figuresOf([]);
    expect(describePromptness(base)).toBeNull();
    expect(describePromptness({ ...base, promptness: { since: '2024-04-22', measured: 1, without: 0, medianDays: 1 } })).toBe(
      'Promptness: a median of 1 day from a meeting to its first follow-up, over 1 meeting since 22 April 2024.',
    );
    expect(describePromptness({ ...base, promptness: { since: '2024-04-22', measured: 4, without: 1, medianDays: 2.5 } })).toBe(
      'Promptness: a median of 2.5 days from a meeting to its first follow-up, over 4 meetings since 22 April 2024; 1 more has none yet.',
    );
    expect(describePromptness({ ...base, promptness: { since: '2024-04-22', measured: 0, without: 2, medianDays: null } })).toBe(
      'Promptness: none of the 2 meetings since 22 April 2024 has a follow-up yet.',
    );
  });
});

describe('the figures in the review', () => {
  const records = [
    note('People/Ana.md', { preferred_channel: 'phone' }),
    note('Meetings/2024-06-03 Call.md', {
      people: '[[Ana]]',
      follow_up: '2024-06-05',
      follow_up_done: '2024-06-04',
      follow_up_outcome: 'replied',
    }),
    note('x.md', { follow_up: '2024-06-14' }),
  ];

  it('are a Trends section of tables in Markdown, before the problems', () => {
    const markdown = renderReviewMarkdown(reviewOf([...records, note('bad.md', { follow_up: 'soon' })]));
    expect(markdown).toContain('## Trends\n\n| Week                 | Days                  | Done | Open | Overdue |\n');
    expect(markdown).toContain('| 2024-W24 (this week) | 10–16 June 2024       |    0 |    1 |       0 |');
    expect(markdown).toContain(
      '| Channel | Closed | Replied | Reply rate |\n| ------- | -----: | ------: | ---------: |\n| phone   |      1 |       1 |       100% |',
    );
    expect(markdown).toContain('Promptness: a median of 1 day from a meeting to its first follow-up, over 1 meeting since 22 April 2024.');
    expect(markdown.indexOf('## Trends')).toBeLessThan(markdown.indexOf('## Problems'));
    expect(markdown).not.toContain('reviewChart');
  });

  it.each([
    ['only overdue follow-ups', [note('a.md', { follow_up: '2024-06-11' })]],
    ['as many done as open in the only week', [note('a.md', { follow_up_done: '2024-06-11' }), note('b.md', { follow_up: '2024-06-13' })]],
    ['only a follow-up overdue from before the weeks shown', [note('a.md', { follow_up: '2024-01-02' })]],
  ])('are shown with %s', (_case, input) => {
    expect(renderReviewMarkdown(reviewOf(input))).toContain('## Trends\n\n| Week ');
  });

  it('show no reply rate for a channel with nothing closed', () => {
    const figures = { ...figuresOf([]), channels: [{ channel: 'email', closed: 0, replied: 0 }] };
    expect(serializeMarkdown({ type: 'root', children: trendsSection(figures, false) })).toContain(
      '| email   |      0 |       0 |          – |',
    );
  });

  it('are left out when there is nothing to show', () => {
    expect(renderReviewMarkdown(reviewOf([note('a.md', { follow_up: '2030-01-01' })]))).not.toContain('## Trends');
  });

  it('carry chart nodes only when the HTML review asks for them', () => {
    const model = reviewOf(records);
    const types = (charts: boolean) => reviewTree(model, { charts }).children.map((node) => node.type);
    expect(types(false)).not.toContain('reviewChart');
    expect(types(true).filter((type) => type === 'reviewChart')).toHaveLength(2);
  });

  it('are drawn in the HTML review as inline SVG, with every label escaped', () => {
    const html = renderReviewHtml(
      reviewOf([...records, note('y.md', { follow_up_outcome: 'replied', follow_up_channel: '<script>alert(1)</script> & "co"' })]),
    );
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html).toContain('<figcaption>Follow-ups per week</figcaption>');
    expect(html).toContain('role="img" aria-labelledby="weeks-chart-title weeks-chart-desc"');
    expect(html).toContain('text-anchor="end">&#x3C;script>alert(1)&#x3C;/script> &#x26; "co"</text>');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/(?:src|href)="https?:/);
    expect(html).toContain('<svg class="chart" viewBox="0 0 720 280" width="720" height="280"');
    expect(html).not.toMatch(/viewbox=|textAnchor=|className=/);
  });

  it('are the same byte for byte for the same vault, whatever the order of its notes', () => {
    expect(renderReviewHtml(reviewOf(records))).toBe(renderReviewHtml(reviewOf([...records].reverse())));
  });
});

describe('the chart scale', () => {
  it.each([
    [0, 1, 1],
    [1, 1, 1],
    [4, 4, 1],
    [5, 5, 1],
    [6, 6, 2],
    [11, 15, 5],
    [23, 25, 5],
    [26, 30, 10],
    [99, 100, 20],
    [240, 250, 50],
  ])('for a maximum of %i goes to %i in steps of %i', (max, top, step) => {
    expect(niceScale(max)).toEqual({ top, step });
  });
});
