import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { buildPeopleView } from '../../src/core/people-view';
import { note, settingsWith } from '../helpers/notes';

describe('the people view', () => {
  // Built in each test, neither while the tests are collected nor in a hook, so that a mutation run
  // sees the mutant and counts the test as covering it.
  const peopleOf = () =>
    buildPeopleView(
      indexRecords(
        [
          note('People/Jane.md', { follow_up_every: 'weekly', last_contact: '2024-05-01' }),
          note('People/Omar.md', {}),
          note('Meetings/2024-05-20 Kickoff.md', { attendees: ['[[Jane]]', '[[Sam]]'] }),
          note('Deals/Acme.md', {
            follow_up_with: '[[Jane]]',
            follow_up_done: '2024-05-25',
            follow_up_outcome: 'declined',
            follow_up_feedback: 'Not now',
          }),
          note('Deals/Globex.md', { follow_up: '2024-06-20', follow_up_with: '[[Sam]]' }),
        ],
        settingsWith(),
      ).snapshot('2024-06-12'),
    );

  it('lists everyone the vault mentions, by name', () => {
    const people = peopleOf();
    expect(people.map((person) => person.name)).toEqual(['Jane', 'Omar', 'Sam']);
  });

  it('gives each person their last contact, cadence, whether it slips, open follow-ups and history, newest first', () => {
    const people = peopleOf();
    const jane = people[0]!;
    expect(jane).toMatchObject({ contactPath: 'People/Jane.md', lastContact: '2024-05-25', every: 'P1W', slipping: true });
    expect(jane.open.map((item) => item.source)).toEqual(['cadence']);
    expect(jane.history).toEqual([
      { date: '2024-05-25', kind: 'follow-up', path: 'Deals/Acme.md', title: 'Acme', outcome: 'declined', feedback: 'Not now' },
      {
        date: '2024-05-20',
        kind: 'meeting',
        path: 'Meetings/2024-05-20 Kickoff.md',
        title: '2024-05-20 Kickoff',
        outcome: null,
        feedback: null,
      },
    ]);
    expect(people[2]).toMatchObject({ name: 'Sam', contactPath: null, lastContact: '2024-05-20', every: null, slipping: false });
    expect(people[2]?.open.map((item) => item.path)).toEqual(['Deals/Globex.md']);
    expect(people[1]).toEqual({
      name: 'Omar',
      contactPath: 'People/Omar.md',
      lastContact: null,
      every: null,
      slipping: false,
      open: [],
      history: [],
    });
  });
});

describe('each person in the people view', () => {
  const viewOf = (records: Parameters<typeof indexRecords>[0]) =>
    buildPeopleView(indexRecords(records, settingsWith()).snapshot('2024-06-12'));

  it('is listed under their contact note, else the first spelling met, in alphabetical order whatever the case', () => {
    const people = viewOf([
      note('Deals/a.md', { follow_up: '2024-06-20', follow_up_with: ['[[bo]]', '[[zoe]]'] }),
      note('Deals/b.md', { follow_up: '2024-06-21', follow_up_with: ['[[Bo]]', '[[Zoe]]', '[[ann]]'] }),
      note('People/Zoe.md', {}),
    ]);
    expect(people.map((person) => [person.name, person.contactPath, person.open.map((item) => item.path)])).toEqual([
      ['ann', null, ['Deals/b.md']],
      ['bo', null, ['Deals/a.md', 'Deals/b.md']],
      ['Zoe', 'People/Zoe.md', ['Deals/a.md', 'Deals/b.md']],
    ]);
  });

  it('lists an item that names them twice once', () => {
    const [bo] = viewOf([note('Deals/a.md', { follow_up: '2024-06-20', follow_up_with: ['[[Bo]]', '[[bo]]'] })]);
    expect(bo?.open.map((item) => item.path)).toEqual(['Deals/a.md']);
  });

  it('slips only when a stay-in-touch cadence is overdue', () => {
    const people = viewOf([
      note('People/Due.md', { follow_up_every: 'P1W' }),
      note('People/Late.md', { follow_up_every: 'P1W', last_contact: '2024-06-01' }),
      note('Deals/a.md', { follow_up: '2024-06-01', follow_up_with: '[[Other]]' }),
      note('Deals/b.md', { follow_up: '2024-06-14', follow_up_with: '[[Late]]' }),
    ]);
    expect(people.map((person) => [person.name, person.open[0]?.bucket, person.slipping])).toEqual([
      ['Due', 'today', false],
      ['Late', 'overdue', true],
      ['Other', 'overdue', false],
    ]);
  });

  it('has a history newest first, a follow-up done before a meeting on one day, then by path', () => {
    const [jane] = viewOf([
      note('A/2024-05-01 Intro.md', { attendees: '[[Jane]]' }),
      note('B/2024-05-20 Call.md', { attendees: '[[Jane]]' }),
      note('C/Deal.md', { follow_up_with: '[[Jane]]', follow_up_done: '2024-05-20' }),
      note('D/2024-05-20 Call.md', { attendees: '[[Jane]]' }),
      note('E/2024-05-10 Lunch.md', { attendees: '[[Jane]]', follow_up_done: '2024-05-10' }),
    ]);
    expect(jane?.history.map((entry) => [entry.date, entry.kind, entry.path])).toEqual([
      ['2024-05-20', 'follow-up', 'C/Deal.md'],
      ['2024-05-20', 'meeting', 'B/2024-05-20 Call.md'],
      ['2024-05-20', 'meeting', 'D/2024-05-20 Call.md'],
      ['2024-05-10', 'follow-up', 'E/2024-05-10 Lunch.md'],
      ['2024-05-10', 'meeting', 'E/2024-05-10 Lunch.md'],
      ['2024-05-01', 'meeting', 'A/2024-05-01 Intro.md'],
    ]);
  });
});
