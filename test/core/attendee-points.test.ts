import { describe, expect, it } from 'vitest';
import { firstName, pointsForRecipients } from '../../src/core/drafts/attendee-points';

// What was agreed with one attendee of a meeting is not for another to read.

const ATTENDEES = ['Jane Doe', 'Sam Lee', 'Kim Park'];

describe('the points kept for the recipients of a message', () => {
  it('withhold a point naming another attendee by full name, first name or link, whatever the case', () => {
    const points = ['Send the deck', 'Ask SAM LEE about it', 'Call sam', 'Check [[Kim Park]]', 'Kim: the budget'];
    const { kept, withheld } = pointsForRecipients(points, ['Jane Doe'], ATTENDEES);
    expect(kept).toEqual(['Send the deck']);
    expect([...withheld]).toEqual([
      ['Sam Lee', ['Ask SAM LEE about it', 'Call sam']],
      ['Kim Park', ['Check [[Kim Park]]', 'Kim: the budget']],
    ]);
  });

  it('keep a point naming a recipient, or a word that only starts like a name', () => {
    const points = ['Thank Jane', 'Ask Samuel', 'Sams club', 'Kimono order', 'Jane Doe and Sam'];
    const { kept, withheld } = pointsForRecipients(points, ['Jane Doe', 'Sam Lee'], ATTENDEES);
    expect(kept).toEqual(['Thank Jane', 'Ask Samuel', 'Sams club', 'Kimono order', 'Jane Doe and Sam']);
    expect(withheld.size).toBe(0);
  });

  it('keep a point naming another attendee by a first name a recipient shares, but not by their full name', () => {
    const { kept, withheld } = pointsForRecipients(['Sam to confirm', 'Sam Park to confirm'], ['Sam Lee'], ['Sam Lee', 'Sam Park']);
    expect(kept).toEqual(['Sam to confirm']);
    expect([...withheld]).toEqual([['Sam Park', ['Sam Park to confirm']]]);
  });

  it('read names in either Unicode form (macOS writes them decomposed)', () => {
    const { kept } = pointsForRecipients(['Ask Jose\u0301', 'Ask Zoe\u0308 Ng'], ['Jane Doe'], ['Jane Doe', 'José Ruiz', 'Zoë Ng']);
    expect(kept).toEqual([]);
    const toJose = pointsForRecipients(['Ask José about Zoë'], ['Jose\u0301 Ruiz'], ['José Ruiz', 'Zoë Ng']);
    expect([...toJose.withheld.keys()]).toEqual(['Zoë Ng']);
  });

  it('read any run of punctuation in a point or a name as one space', () => {
    const { withheld } = pointsForRecipients(
      ['Ask Sam -- Lee', 'Ask Jean-Luc', 'Thank R2 D2'],
      ['Sam Park'],
      ['Sam Park', 'Sam (Lee)', 'Jean--Luc Picard', 'R2 D2'],
    );
    expect([...withheld]).toEqual([
      ['Sam (Lee)', ['Ask Sam -- Lee']],
      ['Jean--Luc Picard', ['Ask Jean-Luc']],
      ['R2 D2', ['Thank R2 D2']],
    ]);
  });

  it('never take punctuation for a name', () => {
    const { kept, withheld } = pointsForRecipients(['—', '...', 'Ask'], ['Jane Doe'], ['Jane Doe', '???', '— Sam Lee']);
    expect(kept).toEqual(['—', '...', 'Ask']);
    expect(withheld.size).toBe(0);
  });

  it('keep every point when the recipients are all the attendees', () => {
    expect(pointsForRecipients(['Ask Sam', 'Ask Kim'], ATTENDEES, ATTENDEES)).toEqual({
      kept: ['Ask Sam', 'Ask Kim'],
      withheld: new Map(),
    });
  });
});

describe('a first name', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['  Jane   Doe ', 'Jane'],
    ['Jane\tDoe', 'Jane'],
    ['Cher', 'Cher'],
    ['', ''],
  ])('of %j is %j', (name, first) => {
    expect(firstName(name)).toBe(first);
  });
});
