import { DEFAULT_SETTINGS, type FieldNames, type Settings } from './settings';

export interface MigratedSettings {
  settings: Settings;
  /** One line per value that was not usable and fell back to its default. */
  warnings: string[];
}

type Range = readonly [number, number];
const NUMBER_RANGES: Partial<Record<keyof Settings, Range>> = {
  upcomingDays: [0, 365],
  maxAttempts: [1, 100],
  minGapDays: [0, 365],
  everyoneDays: [0, 365],
  weekStart: [0, 6],
  icsAlarmMinutesBefore: [-1, 10080],
};

/**
 * Turns whatever was stored (an older version, a hand-edited config file, nothing) into complete
 * settings. Pure: the defaults are never mutated, and a bad value falls back with a warning.
 */
export function migrateSettings(raw: unknown): MigratedSettings {
  const warnings: string[] = [];
  const input = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) warnings.push('Settings must be an object; using the defaults.');

  const settings: Settings = { ...DEFAULT_SETTINGS, fields: { ...DEFAULT_SETTINGS.fields } };
  const mutable = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key === 'fields' || key === 'nudgeWaits' || !(key in input)) continue;
    const value = input[key];
    const fallback = DEFAULT_SETTINGS[key];
    const read = readLike(fallback, value, NUMBER_RANGES[key]);
    if (read === undefined)
      warnings.push(`Setting "${key}" has an unusable value ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}.`);
    else mutable[key] = read;
  }
  readNudgeWaits(input, settings, warnings);
  if (!isTimeOfDay(settings.notificationTime)) {
    warnings.push(`Setting "notificationTime" has an unusable value ${JSON.stringify(settings.notificationTime)}; using "09:00".`);
    settings.notificationTime = DEFAULT_SETTINGS.notificationTime;
  }
  if ('fields' in input) {
    const fields = input.fields;
    if (!isRecord(fields)) warnings.push('Setting "fields" must be an object of field names.');
    else {
      for (const name of Object.keys(DEFAULT_SETTINGS.fields) as (keyof FieldNames)[]) {
        if (!(name in fields)) continue;
        const value = fields[name];
        if (typeof value === 'string' && value.trim() !== '') settings.fields[name] = value.trim();
        else warnings.push(`Field name "${name}" must be a non-empty text; using "${DEFAULT_SETTINGS.fields[name]}".`);
      }
    }
  }
  return { settings, warnings };
}

/** The longest wait after a reminder, in days, and the most steps a ladder may have. */
const WAIT_RANGE: Range = [1, 365];
const MOST_WAITS = 20;

/**
 * The nudge waits: whole days, one or more. Versions before the ladder stored one `waitDays`,
 * which becomes a ladder of one step: the same wait after every reminder, as before.
 */
function readNudgeWaits(input: Record<string, unknown>, settings: Settings, warnings: string[]): void {
  const raw = 'nudgeWaits' in input ? input.nudgeWaits : 'waitDays' in input ? [input.waitDays] : undefined;
  if (raw === undefined) {
    settings.nudgeWaits = [...DEFAULT_SETTINGS.nudgeWaits];
    return;
  }
  const waits = parseNudgeWaits(raw);
  if (waits !== null) settings.nudgeWaits = waits;
  else {
    settings.nudgeWaits = [...DEFAULT_SETTINGS.nudgeWaits];
    const name = 'nudgeWaits' in input ? 'nudgeWaits' : 'waitDays';
    warnings.push(`Setting "${name}" has an unusable value ${JSON.stringify(input[name])}; using ${JSON.stringify(settings.nudgeWaits)}.`);
  }
}

/** Nudge waits from a list of numbers or a text like `3, 7, 14`; null unless each is a whole number of days in range. */
export function parseNudgeWaits(raw: unknown): number[] | null {
  if (typeof raw !== 'string' && !Array.isArray(raw)) return null;
  const parts: unknown[] = typeof raw === 'string' ? raw.split(',').map((part) => part.trim()) : raw;
  const waits = parts.map((part) => (typeof part === 'string' && /^\d+$/.test(part) ? Number(part) : part));
  if (waits.length === 0 || waits.length > MOST_WAITS) return null;
  // Number.isInteger is false for anything but a number.
  const whole = (wait: unknown): wait is number =>
    Number.isInteger(wait) && (wait as number) >= WAIT_RANGE[0] && (wait as number) <= WAIT_RANGE[1];
  return waits.every(whole) ? waits : null;
}

function readLike(fallback: unknown, value: unknown, range: Range | undefined): unknown {
  if (typeof fallback === 'boolean') return typeof value === 'boolean' ? value : undefined;
  if (typeof fallback === 'number') {
    // Number.isInteger is false for anything but a number.
    if (!Number.isInteger(value)) return undefined;
    const whole = value as number;
    if (range && (whole < range[0] || whole > range[1])) return undefined;
    return whole;
  }
  if (typeof fallback === 'string') return typeof value === 'string' ? value.trim() : undefined;
  // Else a list of texts: the one other kind (the fields and the nudge waits are read on their own).
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return undefined;
  return value.map((entry: string) => entry.trim()).filter((entry) => entry !== '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `HH:MM`, 00:00 to 23:59. */
export function isTimeOfDay(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}
