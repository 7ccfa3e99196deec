import { describe, expect, it } from 'vitest';
import { ageOn, anniversaryIn, BIRTHDAY_HELP, nextAnniversary, readBirthday } from '../../src/core/birthday';
import { indexRecords } from '../../src/core/follow-up-index';
import type { Item } from '../../src/core/item';
import { note, settingsWith } from '../helpers/notes';

const settings = settingsWith();

function birthdayItems(frontmatter: Record<string, unknown>, today: string, path = 'People/Jane Doe.md'): Item[] {
  return indexRecords([note(path, frontmatter)], settings)
    .snapshot(today)
    .items.filter((item) => item.source === 'birthday');
}

describe('reading a birthday', () => {
  it.each([
    ['1990-06-14', { month: 6, day: 14, year: 1990 }],
    ['06-14', { month: 6, day: 14, year: null }],
    ['--06-14', { month: 6, day: 14, year: null }],
    [' --02-29 ', { month: 2, day: 29, year: null }],
    ['2000-02-29', { month: 2, day: 29, year: 2000 }],
    [new Date(Date.UTC(1985, 11, 31)), { month: 12, day: 31, year: 1985 }],
  ])('%s', (raw, birthday) => {
    expect(readBirthday(raw)).toEqual({ ok: true, value: birthday });
  });

  it.each(['02-30', '13-01', '--00-10', '1990-02-29', 'June 14', '6-14', 42, ['06-14']])('refuses %s, saying what is accepted', (raw) => {
    const reading = readBirthday(raw);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toContain('--06-14');
  });
});

describe('the next birthday', () => {
  it.each([
    // [birthday, today, due]
    ['06-14', '2024-06-12', '2024-06-14'],
    ['06-14', '2024-06-14', '2024-06-14'],
    ['06-14', '2024-06-15', '2025-06-14'],
    ['01-01', '2024-12-31', '2025-01-01'],
    ['12-31', '2024-12-31', '2024-12-31'],
    ['12-31', '2025-01-01', '2025-12-31'],
    ['02-29', '2024-02-01', '2024-02-29'],
    ['02-29', '2025-02-01', '2025-02-28'],
    ['02-29', '2025-02-28', '2025-02-28'],
    ['02-29', '2025-03-01', '2026-02-28'],
    ['02-29', '2027-03-01', '2028-02-29'],
    ['02-29', '2100-01-10', '2100-02-28'],
    ['1988-02-29', '2023-12-30', '2024-02-29'],
    ['1990-06-14', '2024-06-12', '2024-06-14'],
  ])('born %s, on %s: due %s, never overdue', (birthday, today, due) => {
    const [item] = birthdayItems({ birthday }, today);
    expect(item).toMatchObject({ due, source: 'birthday', about: 'Birthday', people: ['Jane Doe'], every: null, contact: null });
    expect(item?.bucket).not.toBe('overdue');
  });

  it.each([
    ['2024-06-14', 'today'],
    ['2024-06-10', 'upcoming'],
    ['2024-05-01', 'later'],
  ])('on %s a birthday on 14 June is %s', (today, bucket) => {
    expect(birthdayItems({ birthday: '06-14' }, today)[0]?.bucket).toBe(bucket);
  });

  it('moves to next year once last_contact says they were greeted on the day', () => {
    expect(birthdayItems({ birthday: '06-14', last_contact: '2024-06-14' }, '2024-06-14')[0]?.due).toBe('2025-06-14');
    expect(birthdayItems({ birthday: '06-14', last_contact: '2024-06-13' }, '2024-06-14')[0]?.due).toBe('2024-06-14');
  });

  it('comes from person notes only', () => {
    expect(birthdayItems({ birthday: '06-14' }, '2024-06-12', 'Projects/Launch.md')).toEqual([]);
    expect(birthdayItems({ birthday: '06-14', tags: ['x'] }, '2024-06-12')).toHaveLength(1);
  });

  it('sits beside a cadence item of the same person note', () => {
    const items = indexRecords(
      [note('People/Jane Doe.md', { birthday: '06-14', follow_up_every: 'monthly', last_contact: '2024-05-20' })],
      settings,
    ).snapshot('2024-06-12').items;
    expect(items.map((item) => [item.source, item.due])).toEqual([
      ['birthday', '2024-06-14'],
      ['cadence', '2024-06-20'],
    ]);
  });

  it('is no follow-up to batch with: neither it nor a follow-up with the same person is flagged batch', () => {
    const items = indexRecords(
      [
        note('People/Jane Doe.md', { birthday: '06-14' }),
        note('Deals/Offer.md', { follow_up: '2024-06-13', follow_up_with: '[[Jane Doe]]' }),
      ],
      settings,
    ).snapshot('2024-06-12').items;
    expect(items.map((item) => [item.source, item.flags])).toEqual([
      ['note', []],
      ['birthday', []],
    ]);
  });

  it('reports a birthday that cannot be read, naming the note and the field', () => {
    const problems = indexRecords([note('People/Jane Doe.md', { birthday: '14/06' })], settings).snapshot('2024-06-12').problems;
    expect(problems).toEqual([expect.objectContaining({ path: 'People/Jane Doe.md', field: 'birthday', value: '14/06' })]);
  });

  it('anniversaryIn keeps 29 February in leap years only', () => {
    const leapDay = { month: 2, day: 29, year: null };
    expect([2023, 2024, 2100, 2000].map((year) => anniversaryIn(leapDay, year))).toEqual([
      '2023-02-28',
      '2024-02-29',
      '2100-02-28',
      '2000-02-29',
    ]);
    expect(nextAnniversary(leapDay, '2024-02-29')).toBe('2024-02-29');
  });
});

describe('a birthday at the edges of the year and of the calendar', () => {
  it.each([
    ['01-01', { month: 1, day: 1, year: null }],
    ['04-30', { month: 4, day: 30, year: null }],
    ['--12-31', { month: 12, day: 31, year: null }],
  ])('reads %s', (raw, birthday) => {
    expect(readBirthday(raw)).toEqual({ ok: true, value: birthday });
  });

  it.each([
    ['06-00', '"06-00" is not a day of the year.'],
    ['04-31', '"04-31" is not a day of the year.'],
    ['00-01', '"00-01" is not a day of the year.'],
    [' 13-01 ', '"13-01" is not a day of the year.'],
    [' June 14 ', '"June 14" is not a birthday.'],
    ['1990-13-01', '"1990-13-01" is not a birthday.'],
    [42, 'Expected one birthday.'],
    [null, 'Expected one birthday.'],
  ])('refuses %j: %s', (raw, message) => {
    expect(readBirthday(raw)).toEqual({ ok: false, message: `${message} ${BIRTHDAY_HELP}` });
  });

  it('keeps every day but 29 February in a year without one', () => {
    expect(anniversaryIn({ month: 2, day: 14, year: null }, 2023)).toBe('2023-02-14');
    expect(anniversaryIn({ month: 2, day: 28, year: null }, 2023)).toBe('2023-02-28');
    expect(anniversaryIn({ month: 3, day: 29, year: null }, 2023)).toBe('2023-03-29');
    expect(anniversaryIn({ month: 1, day: 29, year: null }, 2100)).toBe('2100-01-29');
  });

  it('has no next birthday after 9999, the last year a date can name', () => {
    const june14 = { month: 6, day: 14, year: null };
    expect(nextAnniversary(june14, '9998-06-15')).toBe('9999-06-14');
    expect(nextAnniversary(june14, '9999-06-14')).toBe('9999-06-14');
    expect(nextAnniversary(june14, '9999-06-15')).toBeNull();
  });

  it('gives the age turned on the day when the year of birth is known, and no age 0 or less', () => {
    expect(ageOn({ month: 6, day: 14, year: 1990 }, '2024-06-14')).toBe(34);
    expect(ageOn({ month: 6, day: 14, year: 2023 }, '2024-06-14')).toBe(1);
    expect(ageOn({ month: 6, day: 14, year: 2024 }, '2024-06-14')).toBeNull();
    expect(ageOn({ month: 6, day: 14, year: 2025 }, '2024-06-14')).toBeNull();
    expect(ageOn({ month: 6, day: 14, year: null }, '2024-06-14')).toBeNull();
  });
});
