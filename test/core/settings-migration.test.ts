import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { isTimeOfDay, migrateSettings, parseNudgeWaits } from '../../src/core/settings-migration';

describe('settings as stored', () => {
  it.each([undefined, null, {}])('are the defaults, without a warning, when %j is stored', (raw) => {
    const { settings, warnings } = migrateSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual([]);
  });

  it.each([[[]], ['upcomingDays: 3'], [7], [true]])('fall back to the defaults, with a warning, when %j is stored', (raw) => {
    const { settings, warnings } = migrateSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual(['Settings must be an object; using the defaults.']);
  });

  it('are copies: changing them leaves the defaults as they were', () => {
    const { settings } = migrateSettings(undefined);
    expect(settings.fields).not.toBe(DEFAULT_SETTINGS.fields);
    expect(settings.nudgeWaits).not.toBe(DEFAULT_SETTINGS.nudgeWaits);
    settings.fields.followUp = 'next';
    settings.nudgeWaits.push(30);
    expect(DEFAULT_SETTINGS.fields.followUp).toBe('follow_up');
    expect(DEFAULT_SETTINGS.nudgeWaits).toEqual([3, 7, 14]);
  });

  it('keeps every usable value of each kind, trimming texts and lists of texts', () => {
    const { settings, warnings } = migrateSettings({
      upcomingDays: 14,
      weekdaysOnly: true,
      startupNotice: false,
      reviewFolder: '  Reviews/Weekly  ',
      excludedFolders: [' Templates ', '', '   ', 'Archive'],
      personTags: [],
      notificationTime: ' 18:30 ',
      unknownSetting: 'ignored',
    });
    expect(warnings).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      upcomingDays: 14,
      weekdaysOnly: true,
      startupNotice: false,
      reviewFolder: 'Reviews/Weekly',
      excludedFolders: ['Templates', 'Archive'],
      personTags: [],
      notificationTime: '18:30',
    });
    expect(settings).not.toHaveProperty('unknownSetting');
  });

  it.each<[string, unknown, string]>([
    ['weekdaysOnly', 'true', 'false'],
    ['weekdaysOnly', 1, 'false'],
    ['upcomingDays', '7', '7'],
    ['upcomingDays', 1.5, '7'],
    ['upcomingDays', null, '7'],
    ['reviewName', 42, '"Follow-up review {{week}}"'],
    ['excludedFolders', 'Templates', '["Templates"]'],
    ['excludedFolders', ['Templates', 3], '["Templates"]'],
  ])('warns about %s = %j, a value of the wrong kind, and keeps %s', (key, value, fallback) => {
    const { settings, warnings } = migrateSettings({ [key]: value });
    expect(warnings).toEqual([`Setting "${key}" has an unusable value ${JSON.stringify(value)}; using ${fallback}.`]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each<[string, number, number]>([
    ['upcomingDays', 0, 365],
    ['maxAttempts', 1, 100],
    ['minGapDays', 0, 365],
    ['everyoneDays', 0, 365],
    ['weekStart', 0, 6],
    ['icsAlarmMinutesBefore', -1, 10080],
  ])('takes %s from %i to %i, and warns just outside', (key, low, high) => {
    for (const value of [low, high]) {
      const { settings, warnings } = migrateSettings({ [key]: value });
      expect(warnings).toEqual([]);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, [key]: value });
    }
    for (const value of [low - 1, high + 1]) {
      const { settings, warnings } = migrateSettings({ [key]: value });
      expect(warnings).toEqual([
        `Setting "${key}" has an unusable value ${value}; using ${JSON.stringify(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS])}.`,
      ]);
      expect(settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('warns once for each unusable value, in the order of the settings, and keeps the usable ones', () => {
    const { settings, warnings } = migrateSettings({ weekStart: 9, upcomingDays: -1, minGapDays: 4 });
    expect(warnings).toEqual([
      'Setting "upcomingDays" has an unusable value -1; using 7.',
      'Setting "weekStart" has an unusable value 9; using 1.',
    ]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, minGapDays: 4 });
  });
});

describe('the notification time', () => {
  it.each(['00:00', '09:05', '19:59', '20:00', '23:59'])('%s is a time of day', (time) => {
    expect(isTimeOfDay(time)).toBe(true);
    expect(migrateSettings({ notificationTime: time })).toEqual({
      settings: { ...DEFAULT_SETTINGS, notificationTime: time },
      warnings: [],
    });
  });

  it.each(['24:00', '23:60', '9:00', '09:5', '0900', '09:00 pm', 'at 09:00', '', 'x9:00', '09:0x'])('%j is not', (time) => {
    expect(isTimeOfDay(time)).toBe(false);
  });

  it('falls back to 09:00 with a warning', () => {
    expect(migrateSettings({ notificationTime: '25:00' })).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: ['Setting "notificationTime" has an unusable value "25:00"; using "09:00".'],
    });
    expect(migrateSettings({ notificationTime: 9 }).warnings).toEqual([
      'Setting "notificationTime" has an unusable value 9; using "09:00".',
    ]);
  });
});

describe('the nudge waits', () => {
  it('reads a list of days, or the one wait of the versions before the ladder', () => {
    expect(migrateSettings({ nudgeWaits: [2, 5] })).toEqual({ settings: { ...DEFAULT_SETTINGS, nudgeWaits: [2, 5] }, warnings: [] });
    expect(migrateSettings({ waitDays: 4 })).toEqual({ settings: { ...DEFAULT_SETTINGS, nudgeWaits: [4] }, warnings: [] });
    expect(migrateSettings({ nudgeWaits: [2, 5], waitDays: 4 }).settings.nudgeWaits).toEqual([2, 5]);
  });

  it('falls back to the default ladder, naming the setting that was stored', () => {
    expect(migrateSettings({ nudgeWaits: [3, 0] })).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: ['Setting "nudgeWaits" has an unusable value [3,0]; using [3,7,14].'],
    });
    expect(migrateSettings({ nudgeWaits: 'soon', waitDays: 4 }).warnings).toEqual([
      'Setting "nudgeWaits" has an unusable value "soon"; using [3,7,14].',
    ]);
    expect(migrateSettings({ waitDays: 0 })).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: ['Setting "waitDays" has an unusable value 0; using [3,7,14].'],
    });
    expect(migrateSettings({ nudgeWaits: [3, 0] }).settings.nudgeWaits).not.toBe(DEFAULT_SETTINGS.nudgeWaits);
  });

  it.each<[unknown, number[] | null]>([
    ['3, 7, 14', [3, 7, 14]],
    [' 5 ', [5]],
    ['5', [5]],
    [
      ['2', 9],
      [2, 9],
    ],
    [
      [1, 365],
      [1, 365],
    ],
    [[0], null],
    [[366], null],
    [[1.5], null],
    [[[5]], null],
    [[true], null],
    [['1.5'], null],
    ['3,,7', null],
    ['', null],
    ['1e2', null],
    ['0x10', null],
    ['+5', null],
    [[], null],
    [5, null],
    [{ 0: 5, length: 1 }, null],
    [Array.from({ length: 20 }, () => 1), Array.from({ length: 20 }, () => 1)],
    [Array.from({ length: 21 }, () => 1), null],
  ])('%j is %j', (raw, waits) => {
    expect(parseNudgeWaits(raw)).toEqual(waits);
  });
});

describe('the field names', () => {
  it('takes each given name, trimmed, and keeps the default of the others', () => {
    const { settings, warnings } = migrateSettings({ fields: { followUp: ' next_contact ', with: 'who', unknown: 'x' } });
    expect(warnings).toEqual([]);
    expect(settings.fields).toEqual({ ...DEFAULT_SETTINGS.fields, followUp: 'next_contact', with: 'who' });
    expect(settings.fields).not.toHaveProperty('unknown');
  });

  it.each([[' '], [''], [3], [null]])('warns about the name %j and keeps the default', (value) => {
    const { settings, warnings } = migrateSettings({ fields: { about: value, done: 'finished' } });
    expect(warnings).toEqual(['Field name "about" must be a non-empty text; using "follow_up_about".']);
    expect(settings.fields).toEqual({ ...DEFAULT_SETTINGS.fields, done: 'finished' });
  });

  it.each([['follow_up'], [['follow_up']], [null]])('warns when the fields are %j, not an object of names', (fields) => {
    expect(migrateSettings({ fields })).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: ['Setting "fields" must be an object of field names.'],
    });
  });
});
