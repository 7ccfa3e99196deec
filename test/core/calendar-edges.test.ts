import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueReport } from '../../src/core/due-report';
import { followUpCalendar } from '../../src/core/ics/follow-up-calendar';
import { indexRecords } from '../../src/core/follow-up-index';
import { addDays, addMonths, addYears, compareDates, LAST_DATE, makeLocalDate, maxDate, parseLocalDate } from '../../src/core/local-date';
import { note, settingsWith } from '../helpers/notes';
import { propertyOptions } from '../helpers/property';

// The calendar of a LocalDate ends at 9999-12-31: a `YYYY-MM-DD` string has four digits of year,
// and every comparison of dates compares those strings. Nothing computed may pass the end.

const settings = settingsWith();

describe('the end of the calendar', () => {
  it('is where arithmetic stops: a window or a step past it ends on its last day', () => {
    expect(LAST_DATE).toBe('9999-12-31');
    expect(addDays('9999-12-28', 7)).toBe(LAST_DATE);
    expect(addDays('9999-12-28', 3)).toBe(LAST_DATE);
    expect(addDays('9999-12-28', 2)).toBe('9999-12-30');
    expect(addMonths('9999-12-20', 1)).toBe(LAST_DATE);
    expect(addYears('9999-02-01', 1)).toBe(LAST_DATE);
    expect(addDays('9999-12-31', -1)).toBe('9999-12-30');
  });

  it('still lists what is due in the last week of the calendar: --today 9999-12-28', () => {
    const records = [
      note('Deals/Acme.md', { follow_up: '9999-12-30' }),
      note('Deals/Zeta.md', { follow_up: '9999-12-31' }),
      note('Deals/Old.md', { follow_up: '9999-12-01' }),
    ];
    const report = dueReport(indexRecords(records, settings).snapshot('9999-12-28'), 7);
    expect(report.items.map((item) => [item.path, item.bucket])).toEqual([
      ['Deals/Old.md', 'overdue'],
      ['Deals/Acme.md', 'upcoming'],
      ['Deals/Zeta.md', 'upcoming'],
    ]);
  });

  it('is a problem naming the note and the field when a cadence passes it: 9999-12-20 every 2 weeks', () => {
    const records = [note('People/Jane.md', { last_contact: '9999-12-20', follow_up_every: '2w' })];
    const snapshot = indexRecords(records, settings).snapshot('9999-12-28');
    expect(snapshot.items).toEqual([]);
    expect(snapshot.problems).toEqual([
      {
        path: 'People/Jane.md',
        field: 'follow_up_every',
        value: 'every 2 weeks',
        message: expect.stringMatching(/^last_contact 9999-12-20 \+ 2 weeks falls after 9999-12-31, the last day/) as unknown,
      },
    ]);
  });

  it('ends no calendar event after it: an item due on its last day has no DTEND past it', () => {
    const records = [note('Deals/Last.md', { follow_up: '9999-12-31' }), note('Deals/Late.md', { follow_up: '9999-12-31 23:30' })];
    const calendar = followUpCalendar(indexRecords(records, settings).snapshot('9999-12-28'), {
      stamp: new Date(0),
      alarmMinutesBefore: -1,
    });
    expect(calendar.match(/^DT(START|END).*$/gm)).toEqual(['DTSTART;VALUE=DATE:99991231', 'DTSTART:99991231T233000']);
  });

  it('gives, for dates near its end, each computed date exactly or a problem naming the note and field; never a clamp, never a fifth digit', () => {
    const nearEnd = fc
      .tuple(fc.integer({ min: 9990, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([year, month, day]) => makeLocalDate(year, month, Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate())));
    const every = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('d', 'w', 'm', 'y'));
    fc.assert(
      fc.property(
        nearEnd,
        nearEnd,
        every,
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
        (today, last, [amount, unit], [month, day]) => {
          const records = [
            note('People/Jane.md', { last_contact: last, follow_up_every: `${amount}${unit}` }),
            note('People/Sam.md', { birthday: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }),
            note('Deals/Last.md', { follow_up: last }),
            note('Deals/Late.md', { follow_up: `${last} 23:30` }),
          ];
          const snapshot = indexRecords(records, settings).snapshot(today);
          for (const item of snapshot.items) expect(item.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const exact = plainSum(last, amount, unit);
          const cadence = snapshot.items.filter((item) => item.source === 'cadence');
          const problems = snapshot.problems.filter((problem) => problem.path === 'People/Jane.md');
          if (exact.length === 10) {
            expect(cadence.map((item) => item.due)).toEqual([exact]);
            expect(problems).toEqual([]);
          } else {
            expect(cadence).toEqual([]);
            expect(problems.map((problem) => problem.field)).toEqual(['follow_up_every']);
          }
          const calendar = followUpCalendar(snapshot, { stamp: new Date(0), alarmMinutesBefore: -1, vaultName: 'Vault' });
          for (const event of calendar.split('BEGIN:VEVENT').slice(1)) {
            const [start, end] = ['DTSTART', 'DTEND'].map(
              (name) => new RegExp(`^${name}[:;][^\\r]*?(\\d+(T\\d+)?)\\r$`, 'm').exec(event)?.[1],
            );
            expect(start).toMatch(/^\d{8}(T\d{6})?$/);
            if (end === undefined) continue;
            expect(end).toMatch(/^\d{8}(T\d{6})?$/);
            expect(end > (start as string)).toBe(true);
          }
        },
      ),
      propertyOptions({ numRuns: 300 }),
    );
  });
});

/** The sum by plain calendar arithmetic in UTC, whatever the year's width (the months clamp to their last day). */
function plainSum(date: string, amount: number, unit: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(2000, 0, 1));
  if (unit === 'd' || unit === 'w') at.setUTCFullYear(year, month - 1, day + amount * (unit === 'w' ? 7 : 1));
  else {
    const months = unit === 'm' ? month - 1 + amount : month - 1 + 12 * amount;
    const last = new Date(Date.UTC(2000, 0, 1));
    last.setUTCFullYear(year + Math.floor(months / 12), (months % 12) + 1, 0);
    at.setUTCFullYear(year + Math.floor(months / 12), months % 12, Math.min(day, last.getUTCDate()));
  }
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
}

describe('compareDates and maxDate', () => {
  const anyDate = fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([year, month, day]) => makeLocalDate(year, month, day));

  it('order dates as the calendar does, from any starting order', () => {
    fc.assert(
      fc.property(fc.array(anyDate, { minLength: 0, maxLength: 20 }), (dates) => {
        const sorted = [...dates].sort(compareDates);
        const byTime = [...dates].sort((a, b) => dayNumber(a) - dayNumber(b));
        expect(sorted).toEqual(byTime);
        expect(maxDate(dates)).toBe(dates.length === 0 ? null : byTime.at(-1));
      }),
      propertyOptions({ numRuns: 200 }),
    );
  });

  it('give each side of the comparison its sign, and 0 for the same day', () => {
    expect(compareDates('1900-01-01', '1900-01-02')).toBe(-1);
    expect(compareDates('2024-01-31', '2023-12-31')).toBe(1);
    expect(compareDates('9999-12-31', '9999-12-31')).toBe(0);
    expect(maxDate(['2024-01-05', '2024-01-31', '2024-01-01'])).toBe('2024-01-31');
    expect(maxDate([])).toBeNull();
  });

  it('are not fooled by the width of a year', () => {
    expect(compareDates('10000-01-03', '9999-12-20')).toBe(1);
    expect(maxDate(['9999-12-20', '10000-01-03'])).toBe('10000-01-03');
  });
});

describe('parseLocalDate at the edges of the calendar', () => {
  it('reads every January day, the years 1900 and 9999, and no fifth digit of year', () => {
    for (let day = 1; day <= 31; day++) expect(parseLocalDate(makeLocalDate(2024, 1, day))).toBe(makeLocalDate(2024, 1, day));
    expect(parseLocalDate('1900-02-28')).toBe('1900-02-28');
    expect(parseLocalDate('1900-02-29')).toBeNull();
    expect(parseLocalDate('9999-12-31')).toBe('9999-12-31');
    expect(parseLocalDate('10000-01-01')).toBeNull();
    expect(parseLocalDate('2024-00-10')).toBeNull();
    expect(parseLocalDate('2024-13-10')).toBeNull();
    expect(parseLocalDate('2024-01-00')).toBeNull();
    expect(parseLocalDate('2024-01-32')).toBeNull();
  });
});

/** year·10000 + month·100 + day: a number in calendar order (Date.UTC reads years below 100 as 19xx). */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return year * 10_000 + month * 100 + day;
}
