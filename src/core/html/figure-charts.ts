import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { NO_CHANNEL } from '../markdown/trends-section';
import { replyRateOf, type ReviewFigures, type WeekFigures } from '../review-figures';
import { dateParts } from '../local-date';
import { monthName } from '../review-week';

/**
 * The review's figures as inline SVG charts, built as hast elements: every label goes in as a
 * text node, which the serialiser escapes. Colours come from CSS classes (review-css.ts), so the
 * charts follow the page's light or dark scheme. Each chart is a `<figure>` with a caption, and
 * the SVG has a title and description for screen readers; the tables after them hold the numbers.
 */

const SEGMENTS = [
  { key: 'done', label: 'Done' },
  { key: 'open', label: 'Open' },
  { key: 'overdue', label: 'Overdue' },
] as const;

/** Follow-ups per week: done, still open and overdue, stacked, with the review's week marked. */
export function weeksChart(figures: ReviewFigures): Element {
  const width = 720;
  const height = 280;
  const plot = { left: 40, right: width - 12, top: 44, bottom: height - 46 };
  const slot = (plot.right - plot.left) / Math.max(1, figures.weeks.length);
  const barWidth = Math.min(36, slot * 0.6);
  const totals = figures.weeks.map((week) => week.done + week.open + week.overdue);
  const { top, step } = niceScale(totals.reduce((most, total) => Math.max(most, total), 0));
  const y = (value: number): number => plot.bottom - (value / top) * (plot.bottom - plot.top);

  const children: ElementContent[] = [
    s('title', { id: 'weeks-chart-title' }, 'Follow-ups per week'),
    s('desc', { id: 'weeks-chart-desc' }, describeWeeks(figures.weeks)),
  ];
  figures.weeks.forEach((week, index) => {
    if (week.current)
      children.push(
        s('rect', {
          className: ['current-week'],
          x: num(plot.left + index * slot),
          y: plot.top - 8,
          width: num(slot),
          height: num(plot.bottom - plot.top + 8),
          rx: 4,
        }),
      );
  });
  for (let value = 0; value <= top; value += step) {
    children.push(
      s('line', { className: ['grid'], x1: plot.left, x2: plot.right, y1: num(y(value)), y2: num(y(value)) }),
      s('text', { className: ['tick'], x: plot.left - 8, y: num(y(value) + 4), textAnchor: 'end' }, String(value)),
    );
  }
  figures.weeks.forEach((week, index) => {
    const center = plot.left + (index + 0.5) * slot;
    let base = 0;
    for (const segment of SEGMENTS) {
      const value = week[segment.key];
      if (value === 0) continue;
      children.push(
        s(
          'rect',
          {
            className: ['bar', segment.key],
            x: num(center - barWidth / 2),
            y: num(y(base + value)),
            width: num(barWidth),
            height: num(y(base) - y(base + value)),
          },
          [s('title', `${week.label}: ${value} ${segment.label.toLowerCase()}`)],
        ),
      );
      base += value;
    }
    const { month, day } = dateParts(week.start);
    children.push(
      s(
        'text',
        { className: week.current ? ['week', 'current'] : ['week'], x: num(center), y: plot.bottom + 18, textAnchor: 'middle' },
        `W${week.label.slice(-2)}`,
      ),
      s(
        'text',
        { className: ['tick'], x: num(center), y: plot.bottom + 34, textAnchor: 'middle' },
        week.current ? 'this week' : `${day} ${monthName(month).slice(0, 3)}`,
      ),
    );
  });
  children.push(legend(plot.left, 16));
  const svg = chartSvg('weeks-chart', width, height, children);
  const caption =
    figures.overdueEarlier > 0 ? `Follow-ups per week (and ${figures.overdueEarlier} overdue from earlier weeks)` : 'Follow-ups per week';
  return h('figure', { className: ['figure'] }, [svg, h('figcaption', caption)]);
}

/** The share of closed follow-ups that got a reply, one bar per channel. */
export function channelsChart(figures: ReviewFigures): Element {
  const width = 720;
  const row = 30;
  const label = 130;
  const barArea = 440;
  const height = 16 + figures.channels.length * row;
  const children: ElementContent[] = [
    s('title', { id: 'channels-chart-title' }, 'Reply rate by channel'),
    s(
      'desc',
      { id: 'channels-chart-desc' },
      figures.channels.map((entry) => `${entry.channel ?? NO_CHANNEL}: ${entry.replied} of ${entry.closed} replied`).join('; '),
    ),
  ];
  figures.channels.forEach((entry, index) => {
    const top = 8 + index * row;
    const rate = replyRateOf(entry) ?? 0;
    const name = entry.channel ?? NO_CHANNEL;
    children.push(
      s('text', { className: ['label'], x: label - 10, y: top + 18, textAnchor: 'end' }, name),
      s('rect', { className: ['track'], x: label, y: top + 4, width: barArea, height: 20, rx: 3 }),
      s('rect', { className: ['bar', 'replied'], x: label, y: top + 4, width: num(barArea * rate), height: 20, rx: 3 }, [
        s('title', `${name}: ${entry.replied} of ${entry.closed} replied`),
      ]),
      s(
        'text',
        { className: ['value'], x: label + barArea + 10, y: top + 18 },
        `${Math.round(rate * 100)}% · ${entry.replied} of ${entry.closed}`,
      ),
    );
  });
  const svg = chartSvg('channels-chart', width, height, children);
  return h('figure', { className: ['figure'] }, [svg, h('figcaption', 'Reply rate by channel (closed follow-ups)')]);
}

/** A chart's drawing, labelled by its `<title>` and `<desc>` (ids `${id}-title`, `${id}-desc`) for screen readers. */
function chartSvg(id: string, width: number, height: number, children: ElementContent[]): Element {
  return s(
    'svg',
    { className: ['chart'], viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', ariaLabelledBy: `${id}-title ${id}-desc` },
    children,
  );
}

function legend(x: number, y: number): Element {
  const items: ElementContent[] = [];
  let left = x;
  for (const segment of SEGMENTS) {
    items.push(
      s('rect', { className: ['bar', segment.key], x: left, y: y - 10, width: 12, height: 12, rx: 2 }),
      s('text', { className: ['legend'], x: left + 18, y }, segment.label),
    );
    left += 18 + segment.label.length * 8 + 18;
  }
  return s('g.legend', items);
}

function describeWeeks(weeks: readonly WeekFigures[]): string {
  return weeks
    .map((week) => `${week.label}${week.current ? ' (this week)' : ''}: ${week.done} done, ${week.open} open, ${week.overdue} overdue`)
    .join('; ');
}

/** A scale from 0 with at most five steps of 1, 2 or 5 times a power of ten. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  let magnitude = 1;
  for (;;) {
    for (const factor of [1, 2, 5]) {
      const step = factor * magnitude;
      if (Math.ceil(max / step) <= 5) return { top: step * Math.ceil(max / step), step };
    }
    magnitude *= 10;
  }
}

/** Coordinates with at most two decimals, so the page is the same byte for byte on every machine. */
function num(value: number): number {
  return Math.round(value * 100) / 100;
}
