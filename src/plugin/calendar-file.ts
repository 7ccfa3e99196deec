import { Notice, normalizePath } from 'obsidian';
import { followUpCalendar } from '../core/ics/follow-up-calendar';
import type { PluginContext } from './context';

export const CALENDAR_FILE = 'Follow-ups.ics';

/** Writes every open follow-up into an .ics file in the vault, for a synced calendar to subscribe to. */
export async function writeCalendarFile(ctx: PluginContext): Promise<void> {
  const { app } = ctx;
  const text = followUpCalendar(ctx.snapshot(), {
    stamp: ctx.clock.now(),
    alarmMinutesBefore: ctx.settings().icsAlarmMinutesBefore,
    vaultName: app.vault.getName(),
  });
  const path = normalizePath(CALENDAR_FILE);
  const existing = app.vault.getFileByPath(path);
  if (existing === null) await app.vault.create(path, text);
  else await app.vault.process(existing, () => text);
  new Notice(`Calendar written to ${path}: ${ctx.snapshot().items.length} follow-ups.`);
}
