import type { RootContent } from 'mdast';
import { replyRateOf, type ReviewFigures } from '../review-figures';
import { describeDate, describeSpan } from '../review-week';
import { heading, paragraph, table, text } from './nodes';
import { reviewChart } from './review-chart';

export const TRENDS_TITLE = 'Trends';
/** How the review names follow-ups whose channel nobody recorded. */
export const NO_CHANNEL = 'not recorded';

/**
 * The review's figures (review-figures.ts) as a section: a table of follow-ups per week, a table
 * of the reply rate per channel, and a sentence on promptness. With `charts`, each table is led by
 * a chart node, which the HTML review draws. Left out when there is nothing to show.
 */
export function trendsSection(figures: ReviewFigures, charts: boolean): RootContent[] {
  const content: RootContent[] = [];
  if (figures.weeks.some((week) => week.done + week.open + week.overdue > 0) || figures.overdueEarlier > 0) {
    if (charts) content.push(reviewChart('weeks'));
    content.push(
      table(
        ['Week', 'Days', 'Done', 'Open', 'Overdue'],
        figures.weeks.map((week) => [
          week.current ? `${week.label} (this week)` : week.label,
          describeSpan(week.start, week.end),
          String(week.done),
          String(week.open),
          String(week.overdue),
        ]),
        [null, null, 'right', 'right', 'right'],
      ),
    );
    const firstWeek = figures.weeks[0];
    if (figures.overdueEarlier > 0 && firstWeek) {
      content.push(paragraph([text(`Also overdue, from before ${firstWeek.label}: ${figures.overdueEarlier}.`)]));
    }
  }
  if (figures.channels.length > 0) {
    if (charts) content.push(reviewChart('channels'));
    content.push(
      table(
        ['Channel', 'Closed', 'Replied', 'Reply rate'],
        figures.channels.map((entry) => {
          const rate = replyRateOf(entry);
          return [
            entry.channel ?? NO_CHANNEL,
            String(entry.closed),
            String(entry.replied),
            rate === null ? '–' : `${Math.round(rate * 100)}%`,
          ];
        }),
        [null, 'right', 'right', 'right'],
      ),
    );
  }
  const promptness = describePromptness(figures);
  if (promptness !== null) content.push(paragraph([text(promptness)]));
  return content.length === 0 ? [] : [heading(2, [text(TRENDS_TITLE)]), ...content];
}

/**
 * `Promptness: a median of 2 days from a meeting to its first follow-up, over 12 meetings since
 * 22 April 2024; 2 more have none yet.`
 */
export function describePromptness(figures: ReviewFigures): string | null {
  const { measured, without, medianDays, since } = figures.promptness;
  const span = `since ${describeDate(since)}`;
  const none = without === 0 ? '' : `; ${without} more ${without === 1 ? 'has' : 'have'} none yet`;
  // A median is there exactly when some meeting is measured.
  if (medianDays !== null) {
    return `Promptness: a median of ${days(medianDays)} from a meeting to its first follow-up, over ${count(measured, 'meeting')} ${span}${none}.`;
  }
  if (without > 0) return `Promptness: none of the ${count(without, 'meeting')} ${span} has a follow-up yet.`;
  return null;
}

function days(value: number): string {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return value === 1 ? '1 day' : `${shown} days`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
