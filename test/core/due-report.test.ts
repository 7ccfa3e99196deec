import { describe, expect, it } from 'vitest';
import { dueReport } from '../../src/core/due-report';
import { indexRecords } from '../../src/core/follow-up-index';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const reportOf = (withinDays: number) =>
  dueReport(
    indexRecords(
      [
        note('Deals/Late.md', { follow_up: '2024-01-02' }),
        note('Deals/Today.md', { follow_up: '2024-06-12' }),
        note('Deals/Window end.md', { follow_up: '2024-06-15' }),
        note('Deals/After the window.md', { follow_up: '2024-06-16' }),
        note('Inbox/typo.md', { follow_up: '2024-02-30' }),
      ],
      settings,
    ).snapshot(TODAY),
    withinDays,
  );

describe('the due report', () => {
  it('lists the overdue items and those due up to the window’s last day, in the index’s order', () => {
    const report = reportOf(3);
    expect(report.today).toBe(TODAY);
    expect(report.items.map((item) => item.path)).toEqual(['Deals/Late.md', 'Deals/Today.md', 'Deals/Window end.md']);
  });

  it('lists an item due exactly at the window’s end, and not one due the day after', () => {
    expect(reportOf(4).items.map((item) => item.path)).toContain('Deals/After the window.md');
    expect(reportOf(2).items.map((item) => item.path)).toEqual(['Deals/Late.md', 'Deals/Today.md']);
  });

  it('carries the problems of the notes', () => {
    expect(reportOf(0).problems.map((problem) => [problem.path, problem.field])).toEqual([['Inbox/typo.md', 'follow_up']]);
  });
});
