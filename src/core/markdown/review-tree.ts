import type { PhrasingContent, Root, RootContent } from 'mdast';
import { describeEvery } from '../duration';
import { itemKey, type Item } from '../item';
import { describeDue } from '../relative-time';
import type { DoneEntry, MeetingWithoutFollowUp, ReviewModel } from '../review-model';
import { replyRateOf } from '../review-figures';
import type { Problem } from '../problem';
import { noteTitle } from '../note-record';
import { bulletList, code, heading, joinPhrasing, paragraph, table, text } from './nodes';
import { trendsSection } from './trends-section';
import { wikiLink } from './wiki-link';

export const REVIEW_TITLE = 'Follow-up review';

export interface ReviewTreeOptions {
  /** Put chart nodes before the figures' tables: only for the HTML review, which draws them. */
  readonly charts?: boolean;
}

/** The weekly review as an mdast tree; serialised once, to Markdown or to HTML. */
export function reviewTree(model: ReviewModel, options: ReviewTreeOptions = {}): Root {
  const children: RootContent[] = [
    heading(1, [text(`${REVIEW_TITLE} ${model.week.label}`)]),
    paragraph([text(`${model.week.span} · as of ${model.today}`)]),
    summaryTable(model),
  ];
  const items = (list: readonly Item[]): PhrasingContent[][] => list.map((item) => itemLine(item, model));
  // The lists in the order the review reads, each under its heading; an empty one is left out.
  const sections: readonly (readonly [string, PhrasingContent[][]])[] = [
    ['Maybe done', model.maybeDone.map((entry) => [noteLink(entry.item.path), text(` — ${entry.question}`)])],
    ['Overdue', items(model.overdue)],
    [`Due in the next ${model.windowDays} days`, items(model.dueSoon)],
    ['Done this week', model.done.map((entry) => doneLine(entry, model))],
    ['Waiting for a reply', items(model.waiting)],
    ['Consider letting go', items(model.lettingGo)],
    ['Meetings this week without a follow-up', model.meetingsWithoutFollowUp.map((meeting) => meetingLine(meeting, model))],
    ['Stay in touch', items(model.stayInTouch)],
    ['Later', items(model.later)],
    ['Birthdays', model.birthdays.map((entry) => [...peopleLinks(entry.item.people, model), text(` — ${entry.words}`)])],
  ];
  const section = (title: string, entries: PhrasingContent[][]): void => {
    if (entries.length > 0) children.push(heading(2, [text(title)]), bulletList(entries));
  };
  for (const [title, entries] of sections) section(title, entries);
  for (const node of trendsSection(model.figures, options.charts ?? false)) children.push(node);
  section('Problems', model.problems.map(problemLine));
  return { type: 'root', children };
}

function summaryTable(model: ReviewModel): RootContent {
  const { summary } = model;
  const rate = replyRateOf(summary);
  const rateText = rate === null ? '–' : `${Math.round(rate * 100)}% (${summary.replied} of ${summary.closed})`;
  return table(
    ['Open', 'Overdue', 'Done this week', 'Reply rate'],
    [[String(summary.open), String(summary.overdue), String(summary.doneThisWeek), rateText]],
    ['right', 'right', 'right', 'right'],
  );
}

function itemLine(item: Item, model: ReviewModel): PhrasingContent[] {
  const when = `${item.due}${item.time === null ? '' : ` ${item.time}`}`;
  const parts: PhrasingContent[][] = [[noteLink(item.path), text(` — ${when}, ${describeDue(item.due, model.today)}`)]];
  if (item.people.length > 0) parts.push([text('with '), ...peopleLinks(item.people, model)]);
  if (item.channel !== null) parts.push([text(`by ${item.channel}`)]);
  if (item.about !== null) parts.push([text(item.about)]);
  if (item.attempts > 0) parts.push([text(item.attempts === 1 ? '1 reminder sent' : `${item.attempts} reminders sent`)]);
  if (item.every !== null) parts.push([text(describeEvery(item.every))]);
  const flags = model.flagWords[itemKey(item)] ?? [];
  if (flags.length > 0) parts.push([text(`(${flags.join('; ')})`)]);
  return joinPhrasing(parts, ' · ');
}

function doneLine(entry: DoneEntry, model: ReviewModel): PhrasingContent[] {
  const parts: PhrasingContent[][] = [[noteLink(entry.path), text(` — done ${entry.done}`)]];
  if (entry.people.length > 0) parts.push([text('with '), ...peopleLinks(entry.people, model)]);
  parts.push([text(entry.outcome ?? 'no outcome recorded')]);
  if (entry.feedback !== null) parts.push([text(`“${entry.feedback}”`)]);
  return joinPhrasing(parts, ' · ');
}

function meetingLine(meeting: MeetingWithoutFollowUp, model: ReviewModel): PhrasingContent[] {
  return [noteLink(meeting.path), text(` — ${meeting.date} · no follow-up yet with `), ...peopleLinks(meeting.people, model)];
}

function problemLine(problem: Problem): PhrasingContent[] {
  const value = problem.value === null || problem.value === '' ? [] : [text(' is '), code(problem.value)];
  return [noteLink(problem.path), text(' — '), code(problem.field), ...value, text(`: ${problem.message}`)];
}

function noteLink(path: string): PhrasingContent {
  return wikiLink(path, noteTitle(path), path);
}

/**
 * A line names this many people, then counts the rest: a reader scans a line, not a crowd, and the
 * Markdown-to-HTML step spreads a paragraph's children into a call (a note may name 100,000).
 */
export const PEOPLE_NAMED_PER_LINE = 20;

/** People with a note of their own are linked; others are named as written. */
function peopleLinks(names: readonly string[], model: ReviewModel): PhrasingContent[] {
  const shown = names.slice(0, PEOPLE_NAMED_PER_LINE);
  const linked = joinPhrasing(
    shown.map((name) => [Object.hasOwn(model.contactPaths, name) ? wikiLink(name, undefined, model.contactPaths[name]) : text(name)]),
    ', ',
  );
  const rest = names.length - shown.length;
  return rest === 0 ? linked : [...linked, text(`, and ${rest.toLocaleString('en-US')} more`)];
}
