import type { PhrasingContent, Root, RootContent } from 'mdast';
import { describeEvery } from '../duration';
import { itemKey, type Item } from '../item';
import { describeDue } from '../relative-time';
import { replyRate, type DoneEntry, type MeetingWithoutFollowUp, type ReviewModel } from '../review-model';
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
  const section = (title: string, entries: PhrasingContent[][]): void => {
    if (entries.length === 0) return;
    children.push(heading(2, [text(title)]), bulletList(entries));
  };
  section(
    'Maybe done',
    model.maybeDone.map((entry) => [noteLink(entry.item.path), text(` — ${entry.question}`)]),
  );
  section(
    'Overdue',
    model.overdue.map((item) => itemLine(item, model)),
  );
  section(
    `Due in the next ${model.windowDays} days`,
    model.dueSoon.map((item) => itemLine(item, model)),
  );
  section(
    'Done this week',
    model.done.map((entry) => doneLine(entry, model)),
  );
  section(
    'Waiting for a reply',
    model.waiting.map((item) => itemLine(item, model)),
  );
  section(
    'Consider letting go',
    model.lettingGo.map((item) => itemLine(item, model)),
  );
  section(
    'Meetings this week without a follow-up',
    model.meetingsWithoutFollowUp.map((meeting) => meetingLine(meeting, model)),
  );
  section(
    'Stay in touch',
    model.stayInTouch.map((item) => itemLine(item, model)),
  );
  section(
    'Later',
    model.later.map((item) => itemLine(item, model)),
  );
  section(
    'Birthdays',
    model.birthdays.map((entry) => [...peopleLinks(entry.item.people, model), text(` — ${entry.words}`)]),
  );
  for (const node of trendsSection(model.figures, options.charts ?? false)) children.push(node);
  section('Problems', model.problems.map(problemLine));
  return { type: 'root', children };
}

function summaryTable(model: ReviewModel): RootContent {
  const { summary } = model;
  const rate = replyRate(summary);
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
