import { describe, expect, it } from 'vitest';
import { snoozeTarget } from '../../src/core/actions/snooze-target';

const WEDNESDAY = '2024-06-12';

describe('where a snooze asked for in words goes', () => {
  it.each<[string, string | null]>([
    ['tomorrow', '2024-06-13'],
    ['  Tomorrow ', '2024-06-13'],
    ['+1d', '2024-06-13'],
    ['+3d', '2024-06-15'],
    [' +3D ', '2024-06-15'],
    ['+0d', '2024-06-12'],
    ['+20d', '2024-07-02'],
    ['+2w', '2024-06-26'],
    ['+1W', '2024-06-19'],
    ['+9999d', '2051-10-28'],
    // A weekday is the next one, one to seven days ahead: never today.
    ['thursday', '2024-06-13'],
    ['saturday', '2024-06-15'],
    ['sunday', '2024-06-16'],
    ['Monday', '2024-06-17'],
    ['tuesday', '2024-06-18'],
    ['wednesday', '2024-06-19'],
    ['2024-07-01', '2024-07-01'],
    [' 2024-07-01 ', '2024-07-01'],
    ['2024-06-01', '2024-06-01'],
    ['2024-02-30', null],
    ['+10000d', null],
    ['+d', null],
    ['3d', null],
    ['+3', null],
    ['+3m', null],
    ['+3dd', null],
    ['x+3d', null],
    ['+-3d', null],
    ['mon', null],
    ['next monday', null],
    ['someday', null],
    ['', null],
  ])('%j on a Wednesday is %s', (text, date) => {
    expect(snoozeTarget(text, WEDNESDAY)).toBe(date);
  });

  it('counts a weekday from any day of the week', () => {
    // 2024-06-16 is a Sunday, 2024-06-15 a Saturday.
    expect(snoozeTarget('sunday', '2024-06-16')).toBe('2024-06-23');
    expect(snoozeTarget('monday', '2024-06-16')).toBe('2024-06-17');
    expect(snoozeTarget('saturday', '2024-06-16')).toBe('2024-06-22');
    expect(snoozeTarget('saturday', '2024-06-15')).toBe('2024-06-22');
    expect(snoozeTarget('sunday', '2024-06-15')).toBe('2024-06-16');
  });

  it('counts days across a month and a year end', () => {
    expect(snoozeTarget('tomorrow', '2024-12-31')).toBe('2025-01-01');
    expect(snoozeTarget('+1w', '2024-02-26')).toBe('2024-03-04');
  });
});
