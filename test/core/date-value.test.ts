import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_HELP, readDateValue } from '../../src/core/date-value';
import { propertyOptions } from '../helpers/property';

describe('readDateValue accepts', () => {
  it.each([
    ['2024-06-10', '2024-06-10', null],
    ['  2024-06-10  ', '2024-06-10', null],
    ['2024-06-10T14:30', '2024-06-10', '14:30'],
    ['2024-06-10 14:30', '2024-06-10', '14:30'],
    ['2024-06-10T14:30:45', '2024-06-10', '14:30'],
    ['2024-06-10 09:05:00', '2024-06-10', '09:05'],
    ['2024-06-10T00:00', '2024-06-10', '00:00'],
    ['2024-06-10T23:59', '2024-06-10', '23:59'],
    ['[[2024-06-10]]', '2024-06-10', null],
    ['[[Daily/2024-06-10]]', '2024-06-10', null],
    ['[[ Daily/2024-06-10 ]]', '2024-06-10', null],
    ['[[2024-06-10|Monday]]', '2024-06-10', null],
    ['2024-02-29', '2024-02-29', null],
    ['1900-01-01', '1900-01-01', null],
    ['9999-12-31', '9999-12-31', null],
    ['2024-06-10T12:30:59', '2024-06-10', '12:30'],
  ])('%j as %s %s', (raw, date, time) => {
    expect(readDateValue(raw)).toEqual({ ok: true, value: { date, time } });
  });

  it('reads a YAML timestamp a parser turned into a Date by its UTC fields', () => {
    expect(readDateValue(new Date(Date.UTC(2024, 5, 10)))).toEqual({ ok: true, value: { date: '2024-06-10', time: null } });
    expect(readDateValue(new Date(Date.UTC(2024, 5, 10, 14, 30)))).toEqual({ ok: true, value: { date: '2024-06-10', time: '14:30' } });
  });

  // A whole hour (14:00) and a time in the first hour (00:30) are times too; only 00:00 is a whole day.
  it.each([
    [Date.UTC(2024, 5, 10, 14, 0), '2024-06-10', '14:00'],
    [Date.UTC(2024, 5, 10, 0, 30), '2024-06-10', '00:30'],
    [Date.UTC(2024, 5, 10, 0, 0, 59), '2024-06-10', null],
    [Date.UTC(1900, 0, 1), '1900-01-01', null],
    [Date.UTC(9999, 11, 31, 23, 59), '9999-12-31', '23:59'],
  ])('the YAML timestamp %d as %s %s', (instant, date, time) => {
    expect(readDateValue(new Date(instant))).toEqual({ ok: true, value: { date, time } });
  });

  it('reads any YAML timestamp from 1900 to 9999 as its UTC day, and its UTC time unless it is midnight', () => {
    const instants = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (instant) => {
        const written = instant.toISOString();
        const time = written.slice(11, 16);
        expect(readDateValue(instant)).toEqual({ ok: true, value: { date: written.slice(0, 10), time: time === '00:00' ? null : time } });
      }),
      propertyOptions(),
    );
  });
});

describe('readDateValue refuses, saying what is accepted', () => {
  it.each([
    ['2024-02-30', /not a day on the calendar/],
    ['2023-02-29', /not a day on the calendar/],
    ['2024-13-01', /not a day on the calendar/],
    ['2024-06', /A month is not enough/],
    ['06/10/2024', /either way/],
    ['10.06.2024', /either way/],
    ['next week', /not a date/],
    ['2024-6-1', /two digits/],
    ['20240610', /not a date/],
    ['2024-06-10T09:00Z', /time zone/],
    ['2024-06-10T09:00+05:30', /time zone/],
    ['2024-06-10T24:00', /time that does not exist/],
    ['2024-06-10T12:60', /time that does not exist/],
    ['1789-06-01', /before 1900/],
    ['1899-12-31', /The year in "1899-12-31" is before 1900/],
    ['2024-06-10T12:30:60', /time that does not exist/],
    ['12024-06-10', /not a date/],
    ['[[Project plan]]', /not a date/],
    ['<% tp.date.now() %>', /template placeholder/],
    ['{{date}}', /template placeholder/],
  ])('%j', (raw, message) => {
    const reading = readDateValue(raw);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message).toMatch(message);
      expect(reading.message).toContain('YYYY-MM-DD');
    }
  });

  it.each([
    [1718000000000, /number/],
    [20240610, /number/],
    [['2024-06-10', '2024-06-11'], /list/],
    [{ date: '2024-06-10' }, /Expected a date/],
    [true, /Expected a date/],
    [new Date(Number.NaN), /could not be read/],
    [new Date(Date.UTC(1789, 5, 1)), /The year 1789 is before 1900/],
    [new Date(Date.UTC(1899, 11, 31, 23, 59)), /The year 1899 is before 1900/],
    [new Date(Date.UTC(10000, 0, 1)), /The year 10000 is after 9999/],
    [new Date(Date.UTC(12024, 5, 10)), /The year 12024 is after 9999/],
    [null, /Expected a date/],
    [undefined, /Expected a date/],
  ])('%j', (raw, message) => {
    const reading = readDateValue(raw);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(message);
  });
});

describe('readDateValue, each part of what it accepts on its own', () => {
  it.each([
    ['2024-06-10T14:30:45.123', '2024-06-10', '14:30'],
    ['2024-06-10 14:30:45.1', '2024-06-10', '14:30'],
    ['[[2024-06-10#Notes]]', '2024-06-10', null],
    ['[[Daily/2024-06-10#Notes|Monday]]', '2024-06-10', null],
    ['[[Journal/Daily/2024-06-10]]', '2024-06-10', null],
    [' [[2024-06-10]] ', '2024-06-10', null],
  ])('%j as %s %s', (raw, date, time) => {
    expect(readDateValue(raw)).toEqual({ ok: true, value: { date, time } });
  });

  // The whole message: the hint, when one fits, and none when none does.
  it.each([
    ['next week', '"next week" is not a date. '],
    ['2024-06-10T14:30:45.1234', '"2024-06-10T14:30:45.1234" is not a date. '],
    ['2024-06-10T14:30.5', '"2024-06-10T14:30.5" is not a date. '],
    ['2024-06-10x', '"2024-06-10x" is not a date. '],
    ['[[2024-06-10]]x', '"[[2024-06-10]]x" is not a date. '],
    ['on 06/10/2024', '"on 06/10/2024" is not a date. '],
    ['06/10/2024 at 9', '"06/10/2024 at 9" is not a date. '],
    ['x2024-6-1', '"x2024-6-1" is not a date. '],
    ['2024-6-1 9:00', '"2024-6-1 9:00" is not a date. '],
    ['x2024-06', '"x2024-06" is not a date. '],
    ['2024-06 or so', '"2024-06 or so" is not a date. '],
    ['2024-06-10 at 09:00+0200 sharp', '"2024-06-10 at 09:00+0200 sharp" is not a date. '],
  ])('%j is refused without a hint', (raw, start) => {
    expect(readDateValue(raw)).toEqual({ ok: false, message: `${start}${DATE_HELP}` });
  });

  it.each([
    ['[[10.06.2024]]', '"[[10.06.2024]]" is not a date. ', ' Day and month could be read either way here, so write the year first.'],
    ['1-6-24', '"1-6-24" is not a date. ', ' Day and month could be read either way here, so write the year first.'],
    ['2024-6-10', '"2024-6-10" is not a date. ', ' Write the month and day with two digits.'],
    ['2024-10-5', '"2024-10-5" is not a date. ', ' Write the month and day with two digits.'],
    ['2024-06', '"2024-06" is not a date. ', ' A month is not enough: name the day.'],
    ['2024-06-10T09:00-0700', '"2024-06-10T09:00-0700" is not a date. ', ' Leave out the time zone: times are read in your local time.'],
    ['2024-06-10T09:00Z', '"2024-06-10T09:00Z" is not a date. ', ' Leave out the time zone: times are read in your local time.'],
    ['{{date}}', '"{{date}}" is not a date. ', ' This is a template placeholder: apply the template, or write the date.'],
  ])('%j is refused with its hint', (raw, start, hint) => {
    expect(readDateValue(raw)).toEqual({ ok: false, message: `${start}${DATE_HELP}${hint}` });
  });

  it('names the day that is not on the calendar, and the time that does not exist, as written', () => {
    expect(readDateValue('[[2024-02-30]]')).toEqual({ ok: false, message: `"2024-02-30" is not a day on the calendar. ${DATE_HELP}` });
    expect(readDateValue(' 2024-06-10 24:00 ')).toEqual({
      ok: false,
      message: `"2024-06-10 24:00" has a time that does not exist. ${DATE_HELP}`,
    });
    expect(readDateValue('[[1899-12-31]]')).toEqual({
      ok: false,
      message: `The year in "[[1899-12-31]]" is before 1900; is it a typo? ${DATE_HELP}`,
    });
  });

  it('says what it found instead of a date', () => {
    expect(readDateValue(42)).toEqual({ ok: false, message: `Expected a date, found the number 42. ${DATE_HELP}` });
    expect(readDateValue(['2024-06-10'])).toEqual({ ok: false, message: `Expected one date, found a list. ${DATE_HELP}` });
    expect(readDateValue(false)).toEqual({ ok: false, message: `Expected a date. ${DATE_HELP}` });
    expect(readDateValue(new Date(Number.NaN))).toEqual({ ok: false, message: `The date could not be read. ${DATE_HELP}` });
    expect(readDateValue(new Date(Date.UTC(1899, 0, 1)))).toEqual({
      ok: false,
      message: `The year 1899 is before 1900; is it a typo? ${DATE_HELP}`,
    });
    expect(readDateValue(new Date(Date.UTC(10000, 0, 1)))).toEqual({
      ok: false,
      message: `The year 10000 is after 9999; is it a typo? ${DATE_HELP}`,
    });
  });
});
