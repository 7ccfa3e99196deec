import ICAL from 'ical.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, FIXTURE_VAULT, runCli } from '../helpers/cli';

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-ics-'));
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

describe('follow-up ics', () => {
  it('writes the example vault as a calendar, byte for byte the same for the same day', async () => {
    const result = runCli(['ics', '--vault', EXAMPLE_VAULT, '--today', '2024-06-12']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot('../__approved__/example-calendar.ics');
    const due = JSON.parse(runCli(['due', '--vault', EXAMPLE_VAULT, '--today', '2024-06-12', '--json', '--within', '3650']).stdout) as {
      items: unknown[];
    };
    expect(events(result.stdout)).toHaveLength(due.items.length);
  });

  it('has one event per open follow-up, with DTSTAMP at 00:00 UTC of --today', () => {
    const result = runCli(['ics', '--vault', FIXTURE_VAULT, '--today', '2024-03-11']);
    expect(result.status).toBe(0);
    const parsed = events(result.stdout);
    expect(parsed.map((event) => event.summary)).toEqual([
      'Follow up with Sam Lee: Share the case study',
      'Follow up with Ana Ruiz: 2024-03-06 Design review',
      'Follow up with Kim: CRLF note',
      'Follow up: BOM note',
      'Follow up: zip',
      'Stay in touch with Sam Lee',
      'Follow up: Nested',
    ]);
    for (const event of parsed) expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-03-11T00:00:00Z');
    expect(parsed[1]?.startDate.toString()).toBe('2024-03-12T15:30:00');
  });

  it('stamps with the current time when no day is given', () => {
    const before = Date.now();
    const result = runCli(['ics', '--vault', FIXTURE_VAULT]);
    expect(result.status).toBe(0);
    const stamp = events(result.stdout)[0]?.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(stamp.toJSDate().getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('writes --out atomically, with CRLF line ends', () => {
    const out = join(temp, 'follow-ups.ics');
    const result = runCli(['ics', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(written.replace(/\r\n/g, '')).not.toContain('\n');
    expect(readdirSync(temp)).toEqual(['follow-ups.ics']);
  });

  it.each([
    [['ics', '--format', 'html'], /--format goes with review or digest, not ics/],
    [['ics', '--json'], /--json goes with due or draft, not ics/],
    [['ics', 'extra'], /Unexpected argument "extra"/],
  ])('%j exits 2 with one clear line', (args, message) => {
    const result = runCli([...args, '--vault', FIXTURE_VAULT]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
