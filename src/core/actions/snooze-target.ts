import { dayOfWeek, parseLocalDate, type LocalDate } from '../local-date';
import { daysLater } from './past-last-date';

/**
 * Where a snooze asked for in words goes (the command line's `--to`): `tomorrow`, `+3d` (any
 * number of days, or `+2w` weeks), a weekday (`monday`: the next one, never today), or a date
 * `YYYY-MM-DD`. Null when the text is none of these; PastLastDate thrown when it counts past
 * the calendar's last day.
 */
export function snoozeTarget(text: string, today: LocalDate): LocalDate | null {
  const word = text.trim().toLowerCase();
  if (word === 'tomorrow') return daysLater(today, 1);
  const relative = /^\+(\d{1,4})([dw])$/.exec(word);
  if (relative) return daysLater(today, Number(relative[1]) * (relative[2] === 'w' ? 7 : 1));
  const weekday = WEEKDAYS.indexOf(word);
  if (weekday !== -1) return daysLater(today, (weekday - dayOfWeek(today) + 7) % 7 || 7);
  return parseLocalDate(word);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
