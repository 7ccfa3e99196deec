import { beforeAll, describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { buildPeopleView } from '../../src/core/people-view';
import { note, settingsWith } from '../helpers/notes';

describe('the people view', () => {
  // Built in a hook, not while the tests are collected, so that a mutation run sees the mutant.
  let people: ReturnType<typeof buildPeopleView>;
  beforeAll(() => {
    const snapshot = indexRecords(
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
    ).snapshot('2024-06-12');
    people = buildPeopleView(snapshot);
  });

  it('lists everyone the vault mentions, by name', () => {
    expect(people.map((person) => person.name)).toEqual(['Jane', 'Omar', 'Sam']);
  });

  it('gives each person their last contact, cadence, whether it slips, open follow-ups and history, newest first', () => {
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
  });
});
