import type { IndexSnapshot } from '../index-snapshot';
import type { LocalDate } from '../local-date';
import type { NoteFacts } from '../note-facts';
import { followUpPeople, meetingDateOf, meetingPeople } from '../people-directory';
import { describeDate } from '../review-week';
import type { Settings } from '../settings';
import { firstName, pointsForRecipients } from './attendee-points';
import { BUILT_IN_TEMPLATES, draftStage, type DraftStage } from './built-in-templates';
import { mailtoLink, telLink } from './contact-links';
import { fillTemplate, type TemplateValue } from './fill-template';
import { noteBody } from '../note-head/fences';
import { personKey } from '../people';

/** A message ready to copy: one subject line and a plain-text body. */
export interface MessageDraft {
  readonly subject: string;
  readonly body: string;
}

export interface Recipient {
  readonly name: string;
  /** From their contact note (the email field setting), or null. */
  readonly email: string | null;
  readonly phone: string | null;
}

export interface Draft extends MessageDraft {
  readonly stage: DraftStage;
  /** The people the note follows up with, in order. */
  readonly recipients: readonly Recipient[];
  /** To every recipient with an e-mail address; null when none has one. */
  readonly mailto: string | null;
  /** The first recipient with a phone number; null when none has one. */
  readonly tel: string | null;
  /**
   * The note's purpose, a note to self ("whether she accepts the offer"): shown beside the draft
   * for the user, never put in the message by the built-in templates.
   */
  readonly about: string | null;
  /** Lines for the user, not the recipient: a problem with the follow-up, points left out. */
  readonly remarks: readonly string[];
}

export interface DraftRequest {
  /** The facts of the note to follow up on (the index's, or read from the note on the spot). */
  readonly note: NoteFacts;
  /** The note's points for `{{points}}` (see `notePoints`), read from its outline by the caller. */
  readonly points: readonly string[];
  /** For the people's contact notes, their last contact and their latest meeting. */
  readonly snapshot: IndexSnapshot;
  readonly settings: Pick<Settings, 'maxAttempts'>;
  /** The user's template text (e.g. the template note's content); null or blank for the built-in set. */
  readonly template?: string | null;
  /**
   * A birthday greeting rather than a follow-up (for a birthday item): the built-in greeting, or
   * the user's template when it has a `{{#birthday}}` section for it.
   */
  readonly birthday?: boolean;
}

/** The placeholders a template can use, each a value or null when the note does not say. */
export const PLACEHOLDERS = ['name', 'first_name', 'about', 'meeting', 'meeting_date', 'points', 'last_contact'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * What a placeholder becomes when its value is not known, so that a message never says
 * "undefined": `Hi there,`, `about what we discussed`. `{{points}}` becomes nothing; wrap it in
 * `{{#points}}…{{/points}}` to leave out its introduction too.
 */
export const PLACEHOLDER_FALLBACKS: Readonly<Record<Placeholder, string>> = {
  name: 'there',
  first_name: 'there',
  about: 'what we discussed',
  meeting: 'our last conversation',
  meeting_date: 'recently',
  points: '',
  last_contact: 'a while ago',
};

/**
 * Drafts a personal follow-up message for a note (SPEC §5).
 *
 * The template is the user's when given, else the built-in one for the stage: `first`, a gentler
 * `reminder` once attempts ≥ 1, and a graceful `last` at attempts ≥ maxAttempts − 1. A template
 * may open with a `Subject: …` line (then a blank line); without one, the built-in subject for
 * the stage is used. Besides the placeholders, sections `{{#first}}`, `{{#reminder}}` and
 * `{{#last}}` let one template word each stage its own way.
 *
 * Values: `name` the people followed up with ("Jane Doe and Sam Lee"); `first_name` their first
 * names; `about` the note's purpose (without closing punctuation, since templates add their own);
 * `meeting` and `meeting_date` the note itself when it is a meeting note, else the latest meeting
 * up to today with one of the people (its title without the leading date; the date as
 * "5 June 2024"); `points` the note's points as "- " lines (see `notePoints`); `last_contact` the
 * first person's last contact, as a date.
 */
export function draftMessage(request: DraftRequest): Draft {
  const { note, snapshot } = request;
  const isContact = note.isPersonNote || snapshot.people.contactOf(note.title)?.path === note.path;
  const names = followUpPeople(note, isContact);
  const recipients = names.map((name): Recipient => {
    const contact = snapshot.people.contactOf(name) ?? (personKey(name) === personKey(note.title) && isContact ? note : null);
    return { name: oneLine(name), email: usableAddress(contact?.email ?? null), phone: contact?.phone ?? null };
  });
  const stage: DraftStage = request.birthday === true ? 'birthday' : draftStage(note.attempts, request.settings.maxAttempts);
  const meeting = meetingFor(note, names, snapshot);
  const { kept: points, withheld } = pointsForRecipients(request.points, names, note.people);
  const first = names[0];
  const lastContact = first === undefined ? null : snapshot.people.person(first).lastContact;

  const values: Record<Placeholder | DraftStage, TemplateValue> = {
    // Empty text counts as not known (fill-template.ts): no names, no points give ''.
    name: joinNames(names),
    first_name: joinNames(names.map(firstName)),
    about: note.about === null ? null : note.about.replace(/[\s.!?;:,]+$/u, ''),
    meeting: meeting === null ? null : meetingName(meeting.title),
    meeting_date: meeting === null ? null : describeDate(meeting.date),
    points: points.map((point) => `- ${point}`).join('\n'),
    last_contact: lastContact === null ? null : describeDate(lastContact),
    first: stage === 'first',
    reminder: stage === 'reminder',
    last: stage === 'last',
    birthday: stage === 'birthday',
  };
  const own = request.template ?? '';
  const usable = own.trim() !== '' && (stage !== 'birthday' || own.includes('{{#birthday}}'));
  const custom = usable ? splitTemplate(own) : null;
  const builtIn = splitTemplate(BUILT_IN_TEMPLATES[stage]);
  const fill = (template: string): string => fillTemplate(template, { values, fallbacks: PLACEHOLDER_FALLBACKS });
  const subject = fill(custom?.subject ?? builtIn.subject ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const body = tidy(fill(custom?.body ?? builtIn.body));

  const emails = recipients.flatMap((recipient) => (recipient.email === null ? [] : [recipient.email]));
  const phone = recipients.find((recipient) => recipient.phone !== null)?.phone ?? null;
  return {
    subject,
    body,
    stage,
    recipients,
    mailto: emails.length > 0 ? mailtoLink(emails, subject, body) : null,
    tel: phone === null ? null : telLink(phone),
    about: note.about,
    remarks: [
      ...note.problems.map((problem) => `This note's follow-up has a problem: ${problem.field}: ${problem.message}`),
      ...withheldRemarks(withheld),
    ],
  };
}

function withheldRemarks(withheld: ReadonlyMap<string, readonly string[]>): string[] {
  return [...withheld].map(([person, points]) => {
    const count = points.length === 1 ? '1 point' : `${points.length} points`;
    return `Left out ${count} naming ${person}, who this message does not go to: ${points.join('; ')}`;
  });
}

/**
 * Splits a template into its subject line and body. The subject is a first non-blank line
 * `Subject: …` (any case); a frontmatter block at the top of a template note is left out.
 */
export function splitTemplate(text: string): { subject: string | null; body: string } {
  const body = noteBody(text.replace(/\r\n?/g, '\n'));
  // The blank lines before it, the line, and its line break.
  const line = /^\s*subject:([^\n]*)\n?/i.exec(body);
  if (line === null) return { subject: null, body };
  const [whole, subject] = line as unknown as [string, string];
  return { subject: subject.trim(), body: body.slice(whole.length) };
}

/** `Jane Doe`, `Jane Doe and Sam Lee`, `Ana, Sam and Kim`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.slice(-1).join()}`;
}

export { firstName };

interface Meeting {
  readonly title: string;
  readonly date: LocalDate;
}

/** The note itself when it is a meeting note; else the latest meeting, up to today, with one of the people. */
function meetingFor(note: NoteFacts, names: readonly string[], snapshot: IndexSnapshot): Meeting | null {
  const own = meetingDateOf(note, snapshot.people);
  if (own !== null) return { title: note.title, date: own };
  let latest: Meeting | null = null;
  const keys = new Set(names.map(personKey));
  for (const facts of snapshot.facts) {
    if (!meetingPeople(facts, snapshot.people).some((name) => keys.has(personKey(name)))) continue;
    // A note is a meeting with someone only when it has a date (meetingPeople).
    const date = facts.noteDate as LocalDate;
    if (date > snapshot.today) continue;
    if (latest === null || latest.date < date) latest = { title: facts.title, date };
  }
  return latest;
}

/** A meeting note's title without the date it starts with: `2024-06-05 Demo` → `Demo` (`2024-06-05` → '', not known). */
function meetingName(title: string): string {
  return title.replace(/^\d{4}-\d{2}-\d{2}(?:[\sT]\d{1,2}[.:h]?\d{2})?[\s._–—-]*/u, '').trim();
}

/** No trailing spaces, at most one blank line in a row, none at either end. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Line breaks of every kind, and the other controls: none belongs in an address or a header. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * An address with a line break or a control character is refused (null), never encoded: printed as
 * a `To:` line or opened as a mailto: link, `jane@x.com\nBcc: all@corp` would add a header.
 */
function usableAddress(email: string | null): string | null {
  return email?.match(BREAKS_AND_CONTROLS) ? null : email;
}

/** Text as one line (a name, a purpose, a remark): a header line it is printed on stays one line. */
export function oneLine(name: string): string {
  return name.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ');
}
