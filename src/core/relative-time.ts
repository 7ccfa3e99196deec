import { daysBetween, type LocalDate } from './local-date';

/** How a due date stands against today, in words: `3 days overdue`, `due today`, `in 2 days`. */
export function describeDue(due: LocalDate, today: LocalDate): string {
  const days = daysBetween(today, due);
  if (days < -1) return `${-days} days overdue`;
  if (days === -1) return '1 day overdue';
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}

/** `today`, `yesterday`, `2 days ago`, `tomorrow`, `in 3 days`. */
export function describeDayDistance(date: LocalDate, today: LocalDate): string {
  const days = daysBetween(today, date);
  if (days < -1) return `${-days} days ago`;
  if (days === -1) return 'yesterday';
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}
