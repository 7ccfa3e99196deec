import { describe, expect, it } from 'vitest';
import { FollowUpIndex, indexRecords } from '../../src/core/follow-up-index';
import type { Item } from '../../src/core/item';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();

function items(records: Parameters<typeof indexRecords>[0], today = TODAY, custom = settings): readonly Item[] {
  return indexRecords(records, custom).snapshot(today).items;
}
function only(records: Parameters<typeof indexRecords>[0], today = TODAY): Item {
  const all = items(records, today);
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe('items from notes', () => {
  it('builds an item in the shape of the spec', () => {
    const item = only(
      [
        note('Meetings/2024-03-04 Intro call.md', {
          follow_up: '2024-03-08',
          follow_up_with: '[[Sam Lee]]',
          follow_up_channel: 'email',
          follow_up_about: 'Share the case study',
        }),
      ],
      '2024-03-11',
    );
    expect(item).toEqual({
      path: 'Meetings/2024-03-04 Intro call.md',
      title: '2024-03-04 Intro call',
      due: '2024-03-08',
      time: null,
      bucket: 'overdue',
      people: ['Sam Lee'],
      channel: 'email',
      about: 'Share the case study',
      attempts: 0,
      every: null,
      source: 'note',
      flags: [],
      contact: null,
      away_until: null,
    });
    expect(Object.keys(item)).toEqual([
      'path',
      'title',
      'due',
      'time',
      'bucket',
      'people',
      'channel',
      'about',
      'attempts',
      'every',
      'source',
      'flags',
      'contact',
      'away_until',
    ]);
  });

  it.each([
    ['2024-06-11', 'overdue'],
    ['2024-06-12', 'today'],
    ['2024-06-13', 'upcoming'],
    ['2024-06-19', 'upcoming'],
    ['2024-06-20', 'later'],
  ])('a follow-up due %s is %s on 2024-06-12 (7-day window)', (due, bucket) => {
    expect(only([note('a.md', { follow_up: due })]).bucket).toBe(bucket);
  });

  it('takes the window from the settings', () => {
    expect(items([note('a.md', { follow_up: '2024-06-14' })], TODAY, settingsWith({ upcomingDays: 1 }))[0]?.bucket).toBe('later');
  });

  it('falls back to the people fields when follow_up_with is absent', () => {
    expect(only([note('m.md', { follow_up: '2024-06-12', attendees: ['[[Ana Ruiz]]', '[[Tom Becker]]'] })]).people).toEqual([
      'Ana Ruiz',
      'Tom Becker',
    ]);
    expect(only([note('m.md', { follow_up: '2024-06-12', attendees: ['[[Ana Ruiz]]'], follow_up_with: 'Tom' })]).people).toEqual(['Tom']);
  });

  it('follows up with the person of a contact note that has its own follow-up', () => {
    expect(only([note('People/Luca Romano.md', { follow_up: '2024-07-08' })]).people).toEqual(['Luca Romano']);
  });

  it("uses the note's channel, else the first person's preferred channel", () => {
    const all = items([
      note('People/Jane Doe.md', { preferred_channel: 'phone' }),
      note('People/Sam Lee.md', { channel: 'LinkedIn' }),
      note('a.md', { follow_up: '2024-06-12', follow_up_with: ['[[Jane Doe]]', '[[Sam Lee]]'] }),
      note('b.md', { follow_up: '2024-06-12', follow_up_with: '[[Sam Lee]]' }),
      note('c.md', { follow_up: '2024-06-12', follow_up_with: '[[Sam Lee]]', follow_up_channel: 'text' }),
      note('d.md', { follow_up: '2024-06-12', follow_up_with: 'Nobody Known' }),
    ]);
    expect(all.map((item) => [item.path, item.channel])).toEqual([
      ['a.md', 'phone'],
      ['b.md', 'linkedin'],
      ['c.md', 'text'],
      ['d.md', null],
    ]);
  });

  it('writes every as an ISO 8601 duration', () => {
    expect(only([note('a.md', { follow_up: '2024-06-12', follow_up_every: 'biweekly' })]).every).toBe('P2W');
  });

  it('orders by due date, then whole days before timed ones, then time, then path', () => {
    const all = items([
      note('z.md', { follow_up: '2024-06-12' }),
      note('b.md', { follow_up: '2024-06-12T09:00' }),
      note('a.md', { follow_up: '2024-06-12 15:30' }),
      note('y.md', { follow_up: '2024-06-12' }),
      note('c.md', { follow_up: '2024-06-10' }),
      note('d.md', { follow_up: '2024-06-12T09:00' }),
    ]);
    expect(all.map((item) => item.path)).toEqual(['c.md', 'y.md', 'z.md', 'b.md', 'd.md', 'a.md']);
  });

  it('leaves out notes in excluded folders', () => {
    expect(
      items([note('Templates/Meeting.md', { follow_up: '2024-06-12' }), note('Archive/Templates/x.md', { follow_up: '2024-06-12' })]),
    ).toHaveLength(1);
    expect(items([note('Templates/Meeting.md', { follow_up: '2024-06-12' })], TODAY, settingsWith({ excludedFolders: [] }))).toHaveLength(
      1,
    );
  });
});

describe('stay-in-touch cadence items', () => {
  it('is due last contact + every, from the latest of last_contact, meetings and follow-ups done', () => {
    const jane = note('People/Jane Doe.md', { follow_up_every: 'monthly', last_contact: '2024-04-20', preferred_channel: 'email' });
    expect(only([jane])).toMatchObject({
      due: '2024-05-20',
      source: 'cadence',
      people: ['Jane Doe'],
      channel: 'email',
      every: 'P1M',
      bucket: 'overdue',
    });
    const meeting = note('Meetings/2024-05-02 Lunch.md', { attendees: ['[[Jane Doe]]'] });
    expect(items([jane, meeting])[0]?.due).toBe('2024-06-02');
    const done = note('Meetings/Old.md', { follow_up_with: '[[Jane Doe]]', follow_up_done: '2024-05-30', follow_up_outcome: 'replied' });
    expect(items([jane, meeting, done])[0]?.due).toBe('2024-06-30');
  });

  it('is due today when the person was never contacted', () => {
    expect(only([note('People/Grace.md', { follow_up_every: 'quarterly' })])).toMatchObject({ due: TODAY, bucket: 'today' });
  });

  it('ignores meetings and follow-ups done after today', () => {
    const grace = note('People/Grace.md', { follow_up_every: '2w', last_contact: '2024-06-01' });
    const future = note('Meetings/2024-06-20 Lunch.md', { attendees: '[[Grace]]' });
    expect(items([grace, future]).find((item) => item.source === 'cadence')?.due).toBe('2024-06-15');
  });

  it('counts a note outside the people folder as a contact when a people field links it', () => {
    const all = items([
      note('Contacts/Ivo.md', { follow_up_every: 'weekly', last_contact: '2024-06-01' }),
      note('Meetings/x.md', { follow_up: '2024-07-01', follow_up_with: '[[Ivo]]' }),
    ]);
    expect(all.map((item) => [item.path, item.source, item.due])).toEqual([
      ['Contacts/Ivo.md', 'cadence', '2024-06-08'],
      ['Meetings/x.md', 'note', '2024-07-01'],
    ]);
  });

  it('does not make a cadence item of a note that is not a contact note', () => {
    expect(items([note('Projects/Site.md', { follow_up_every: 'monthly' })])).toEqual([]);
  });

  it('gives a contact note with its own follow-up a note item, not a cadence item', () => {
    expect(only([note('People/Luca.md', { follow_up: '2024-07-08', follow_up_every: 'monthly' })])).toMatchObject({
      source: 'note',
      every: 'P1M',
    });
  });
});

describe('flags', () => {
  it('marks unresponsive at the maximum number of attempts', () => {
    const flagsAt = (attempts: number) => only([note('a.md', { follow_up: TODAY, follow_up_attempts: attempts })]).flags;
    expect(flagsAt(2)).toEqual([]);
    expect(flagsAt(3)).toEqual(['unresponsive']);
    expect(items([note('a.md', { follow_up: TODAY, follow_up_attempts: 2 })], TODAY, settingsWith({ maxAttempts: 2 }))[0]?.flags).toEqual([
      'unresponsive',
    ]);
  });

  it('marks batch when another open item with the same person is due within the window', () => {
    const all = items([
      note('a.md', { follow_up: '2024-06-13', follow_up_with: '[[Nadia]]' }),
      note('b.md', { follow_up: '2024-06-19', follow_up_with: ['[[Sam]]', '[[Nadia]]'] }),
      note('c.md', { follow_up: '2024-06-13', follow_up_with: '[[Sam]]' }),
      note('d.md', { follow_up: '2024-06-13', follow_up_with: '[[Other]]' }),
      note('e.md', { follow_up: '2024-08-01', follow_up_with: '[[Other]]' }),
    ]);
    expect(Object.fromEntries(all.map((item) => [item.path, item.flags]))).toEqual({
      'a.md': ['batch'],
      'b.md': ['batch'],
      'c.md': ['batch'],
      'd.md': [],
      'e.md': ['batch'],
    });
  });

  it('marks too_soon when due less than the minimum gap after the last follow-up done with one of its people', () => {
    const done = note('old.md', { follow_up_with: '[[Eve]]', follow_up_done: '2024-06-11', follow_up_outcome: 'replied' });
    const flagsOf = (due: string) =>
      items([done, note('new.md', { follow_up: due, follow_up_with: '[[Eve]]' })]).find((item) => item.path === 'new.md')?.flags;
    expect(flagsOf('2024-06-12')).toEqual(['too_soon']);
    expect(flagsOf('2024-06-05')).toEqual(['too_soon']);
    expect(flagsOf('2024-06-13')).toEqual([]);
  });

  it('does not count a meeting as a follow-up: a prompt note the day after is good', () => {
    const meeting = note('Meetings/2024-06-11 Call.md', { attendees: '[[Eve]]', follow_up: '2024-06-12' });
    expect(only([meeting]).flags).toEqual([]);
  });
});

describe('incremental updates', () => {
  it('changes only what a changed, renamed or deleted note touches, and bumps the revision', () => {
    const index = new FollowUpIndex(settings);
    index.upsert(note('People/Jane.md', { follow_up_every: 'weekly', last_contact: '2024-06-01' }));
    index.upsert(note('Meetings/2024-06-01 a.md', { follow_up: '2024-06-20', attendees: '[[Jane]]' }));
    expect(index.snapshot(TODAY).items.map((item) => [item.path, item.due])).toEqual([
      ['People/Jane.md', '2024-06-08'],
      ['Meetings/2024-06-01 a.md', '2024-06-20'],
    ]);
    const before = index.revision;

    // A meeting that links Jane moves her cadence item, though Jane's note did not change.
    index.upsert(note('Meetings/2024-06-10 b.md', { attendees: '[[Jane]]' }));
    expect(index.revision).toBeGreaterThan(before);
    expect(index.snapshot(TODAY).items[0]).toMatchObject({ path: 'People/Jane.md', due: '2024-06-17' });

    index.rename('Meetings/2024-06-01 a.md', note('Archive/2024-06-01 a.md', { follow_up: '2024-06-20', attendees: '[[Jane]]' }));
    expect(index.snapshot(TODAY).items.map((item) => item.path)).toEqual(['People/Jane.md', 'Archive/2024-06-01 a.md']);

    index.remove('Meetings/2024-06-10 b.md');
    expect(index.snapshot(TODAY).items[0]).toMatchObject({ due: '2024-06-08' });

    index.upsert(note('Archive/2024-06-01 a.md', { attendees: '[[Jane]]' }));
    expect(index.snapshot(TODAY).items.map((item) => item.path)).toEqual(['People/Jane.md']);
  });

  it('keeps notes without follow-up data out, and a no-op change does not bump the revision', () => {
    const index = new FollowUpIndex(settings);
    expect(index.upsert(note('Plain.md', { tags: ['x'] }))).toBe(false);
    expect(index.upsert(note('Plain.md', null))).toBe(false);
    expect(index.size).toBe(0);
    expect(index.revision).toBe(0);
    expect(index.remove('Missing.md')).toBe(false);
  });

  it('reuses the snapshot until the revision or the day changes', () => {
    const index = indexRecords([note('a.md', { follow_up: TODAY })], settings);
    const first = index.snapshot(TODAY);
    expect(index.snapshot(TODAY)).toBe(first);
    expect(index.snapshot('2024-06-13')).not.toBe(first);
    expect(index.snapshot('2024-06-13').items[0]?.bucket).toBe('overdue');
  });
});

describe('problems', () => {
  it('lists every problem, sorted by path, while the other notes are still indexed', () => {
    const snapshot = indexRecords(
      [
        note('b.md', { follow_up: '2024-02-30' }),
        note('a.md', { follow_up_attempts: -1, follow_up: TODAY }),
        { path: 'c.md', frontmatter: null, frontmatterError: 'Bad YAML.' },
        note('ok.md', { follow_up: TODAY }),
      ],
      settings,
    ).snapshot(TODAY);
    expect(snapshot.problems.map((problem) => [problem.path, problem.field])).toEqual([
      ['a.md', 'follow_up_attempts'],
      ['b.md', 'follow_up'],
      ['c.md', 'frontmatter'],
    ]);
    expect(snapshot.items.map((item) => item.path)).toEqual(['a.md', 'ok.md']);
  });
});

describe('what the index holds', () => {
  it('counts the notes with a follow-up, open or done, and the person notes by what they say themselves', () => {
    const index = indexRecords(
      [
        note('a.md', { follow_up: TODAY }),
        note('b.md', { follow_up_done: '2024-06-01', follow_up_with: '[[Jane]]' }),
        note('People/Jane.md', { follow_up_every: 'P1W' }),
        note('People/Sam.md', { follow_up: TODAY }),
        note('Meetings/2024-06-01 Call.md', { attendees: '[[Jane]]' }),
        note('Notes/Jane.md', { email: 'jane@example.com' }),
      ],
      settings,
    );
    expect(index.counts()).toEqual({ followUps: 3, personNotes: 2 });
    expect(index.size).toBe(6);
  });

  it('says whether an upsert may change what it shows, and keeps excluded notes out', () => {
    const index = new FollowUpIndex(settings);
    expect(index.isExcluded('Templates/Meeting.md')).toBe(true);
    expect(index.isExcluded('Notes/Meeting.md')).toBe(false);
    expect(index.upsert(note('Templates/Meeting.md', { follow_up: TODAY }))).toBe(false);
    expect(index.upsert(note('a.md', { follow_up: TODAY }))).toBe(true);
    expect(index.factsOf('a.md')?.followUp?.date).toBe(TODAY);
    expect(index.upsert(note('a.md', { title: 'no follow-up any more' }))).toBe(true);
    expect(index.factsOf('a.md')).toBeUndefined();
    expect(index.upsert(note('a.md', { title: 'still none' }))).toBe(false);
    expect(index.size).toBe(0);
    expect(index.revision).toBe(2);
  });

  // Kept current note by note up to a quarter of the notes (at least 64) changed, else built again:
  // an item that did not change is then the very same object, or only an equal one.
  it.each([
    [100, 64, true],
    [100, 65, false],
    [300, 75, true],
    [300, 76, false],
  ])('of %i notes, after %i changed, keeps the unchanged items: %s', (size, changed, kept) => {
    const records = Array.from({ length: size }, (_, i) =>
      note(`Notes/${1000 + i}.md`, { follow_up: '2024-06-20', follow_up_with: `[[P${i}]]` }),
    );
    const index = indexRecords(records, settings);
    const before = index.snapshot(TODAY).items.at(-1)!;
    for (const record of records.slice(0, changed)) index.upsert(note(record.path, { ...record.frontmatter, follow_up: '2024-06-13' }));
    const after = index.snapshot(TODAY);
    expect(after.items.at(-1)).toEqual(before);
    expect(after.items.at(-1) === before).toBe(kept);
    expect(after.items.filter((item) => item.due === '2024-06-13')).toHaveLength(changed);
  });

  it('counts only the changes since the last snapshot', () => {
    const records = Array.from({ length: 100 }, (_, i) =>
      note(`Notes/${1000 + i}.md`, { follow_up: '2024-06-20', follow_up_with: `[[P${i}]]` }),
    );
    const index = indexRecords(records, settings);
    const last = index.snapshot(TODAY).items.at(-1);
    for (const [from, to] of [
      [0, 40],
      [40, 80],
    ]) {
      for (const record of records.slice(from, to)) index.upsert(note(record.path, { ...record.frontmatter, follow_up: '2024-06-13' }));
      expect(index.snapshot(TODAY).items.at(-1)).toBe(last);
    }
  });
});
