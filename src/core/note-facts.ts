import { readBirthday, type Birthday } from './birthday';
import { boundedMemo } from './bounded-memo';
import { readDateValue, type DateValue } from './date-value';
import { DURATION_HELP, parseDuration, type Duration } from './duration';
import { parseLocalDate, type LocalDate } from './local-date';
import { keysRead, MERGE_KEY, normaliseKey } from './note-head/fields';
import { isInPeopleFolder, isPersonByItself } from './note-head/person';
import { isTemplatePlaceholder, placeholderMessage, placeholderText } from './note-head/placeholder';
import { noteTitle, type NoteRecord } from './note-record';
import { personKey, readPeople } from './people';
import { describeValue, type Problem } from './problem';
import type { Settings } from './settings';

/** What one note tells the index. Derived only from that note, so an edit touches only its own facts. */
export interface NoteFacts {
  readonly path: string;
  readonly title: string;
  /**
   * A person note by what the note says itself: the people folder, a person tag, a person category
   * (note-head/person.ts). Being linked from a people field makes one too: people-directory.ts.
   */
  readonly isPersonNote: boolean;
  /** In the people folder: between two notes of one name, this one is the person's. */
  readonly inPeopleFolder: boolean;
  /** Whether a key that makes a note relevant by itself holds a value (note-head/fields.ts). */
  readonly holdsKeyRead: boolean;
  readonly followUp: DateValue | null;
  readonly about: string | null;
  /** People named in the follow-up field itself. */
  readonly with: readonly string[];
  /** People named in the note's people fields (attendees, people, …). */
  readonly people: readonly string[];
  readonly channel: string | null;
  readonly attempts: number;
  readonly every: Duration | null;
  readonly done: LocalDate | null;
  readonly outcome: string | null;
  readonly feedback: string | null;
  /**
   * The note's own date: its date field, else a date at the start of its file name. It is a
   * meeting's date only with a person in its people fields, which may take other notes to know
   * (a plain name needs a person note of that name): read it through `meetingDateOf`.
   */
  readonly noteDate: LocalDate | null;
  /** The names in its people fields written as links (`[[…]]`): each is a person whatever notes exist. */
  readonly linkedPeople: readonly string[];
  readonly email: string | null;
  readonly phone: string | null;
  readonly preferredChannel: string | null;
  readonly lastContact: LocalDate | null;
  /** `follow_up_nudged`: the day of the last reminder sent. */
  readonly nudged: LocalDate | null;
  /** On a person note: do not chase them before this day. */
  readonly awayUntil: LocalDate | null;
  readonly birthday: Birthday | null;
  readonly problems: readonly Problem[];
}

export function readNoteFacts(record: NoteRecord, settings: Settings): NoteFacts {
  const path = record.path;
  const title = noteTitle(path);
  const problems: Problem[] = [];
  const problem = (field: string, raw: unknown, message: string): void => {
    // A value the template never replaced is named as such, whatever the field expected.
    const placeholder = isTemplatePlaceholder(raw);
    const value = raw === undefined ? null : placeholder ? placeholderText(raw) : describeValue(raw);
    problems.push({ path, field, value, message: placeholder ? placeholderMessage(raw) : message });
  };
  const fm = new FieldLookup(record.frontmatter ?? {}, keysRead(settings).standalone, problem);
  const names = settings.fields;

  if (record.folderError !== undefined) problem('folder', undefined, record.folderError);
  if (record.nameError !== undefined) problem('file', undefined, record.nameError);
  if (record.linkError !== undefined) problem('link', undefined, record.linkError);
  // A folder or a link the walk could not follow stands for notes unknown, not for a note.
  const isNote = record.folderError === undefined && record.linkError === undefined;
  if (record.frontmatterError !== undefined) {
    problem('frontmatter', undefined, `${record.frontmatterError} None of its frontmatter is read until this is fixed.`);
  }

  const followUpKeys = [names.followUp, ...settings.followUpAliases];
  for (const key of fm.keysAmong(keysRead(settings).dataviewStyle)) {
    problem(
      key,
      fm.get(key),
      `"${key}:" is written like a Dataview field ("key:: value"); in frontmatter write "${key.slice(0, -1)}: value".`,
    );
  }
  const hidden = mergedFieldNames(fm.get(MERGE_KEY), settings);
  if (hidden.length > 0)
    problem(
      MERGE_KEY,
      undefined,
      `A merge key ("<<") brings in ${hidden.map((key) => `"${key}"`).join(', ')}, and merged fields are not read: write ${hidden.length === 1 ? 'it' : 'them'} in the note's own fields.`,
    );
  const followUp = readDateField(fm.first(followUpKeys, problem), problem);
  const every = readDurationField(names.every, fm.get(names.every), problem);
  const attempts = readAttempts(names.attempts, fm.get(names.attempts), problem);
  const doneRaw = fm.get(names.done);
  const done = isBlank(doneRaw) ? null : readDay(names.done, doneRaw, problem);
  const lastContactRaw = fm.get(names.lastContact);
  const lastContact = isBlank(lastContactRaw) ? null : readDay(names.lastContact, lastContactRaw, problem);
  const nudgedRaw = fm.get(names.nudged);
  const nudged = isBlank(nudgedRaw) ? null : readDay(names.nudged, nudgedRaw, problem);
  const awayRaw = fm.get(names.awayUntil);
  const awayUntil = isBlank(awayRaw) ? null : readDay(names.awayUntil, awayRaw, problem);
  const birthday = readBirthdayField(names.birthday, fm.get(names.birthday), problem);

  const withReading = readPeople(fm.get(names.with));
  for (const rejected of withReading.rejected)
    problem(names.with, rejected, 'Expected a link like "[[Jane Doe]]" or a name, or a list of them.');
  // A map, not a search of the list per name: one note may name a hundred thousand people. One
  // person in two fields, spelt two ways (`[[Jane]]`, `jane`), is one person: the first spelling.
  const peopleSeen = new Map<string, string>();
  const linkedSeen = new Map<string, string>();
  for (const field of settings.peopleFields) {
    const reading = readPeople(fm.get(field));
    for (const name of reading.names) {
      const key = personKey(name);
      if (!peopleSeen.has(key)) peopleSeen.set(key, name);
    }
    for (const name of reading.linked) {
      const key = personKey(name);
      if (!linkedSeen.has(key)) linkedSeen.set(key, name);
    }
  }
  const people = [...peopleSeen.values()];
  return {
    path,
    title,
    isPersonNote: isNote && isPersonByItself(path, record.frontmatter, settings),
    inPeopleFolder: isNote && isInPeopleFolder(path, settings),
    holdsKeyRead: fm.holdsAny(keysRead(settings).standalone),
    followUp,
    about: readText(names.about, fm.get(names.about), problem),
    with: withReading.names,
    people,
    channel: lower(readText(names.channel, fm.get(names.channel), problem)),
    attempts,
    every,
    done,
    outcome: readText(names.outcome, fm.get(names.outcome), problem),
    feedback: readText(names.feedback, fm.get(names.feedback), problem),
    noteDate: noteDate(fm.get(settings.meetingDateField), title),
    linkedPeople: [...linkedSeen.values()],
    email: plainText(fm.get(settings.emailField)),
    phone: plainText(fm.get(settings.phoneField)),
    preferredChannel: lower(plainText(fm.firstQuiet(settings.preferredChannelFields))),
    lastContact,
    nudged,
    awayUntil,
    birthday,
    problems,
  };
}

/** The keys this module reads among those a merge key (`<<: *defaults`) would bring in; none without one. */
function mergedFieldNames(merged: unknown, settings: Settings): string[] {
  const read = keysRead(settings).standalone;
  const maps = (Array.isArray(merged) ? merged : [merged]).filter(
    (map): map is Record<string, unknown> => typeof map === 'object' && map !== null && !Array.isArray(map),
  );
  return maps.flatMap((map) => Object.keys(map)).filter((key) => read.has(normaliseKey(key)));
}

/**
 * A quick test that is true for every record whose facts can be relevant (and for some that are
 * not): a frontmatter error, a note in the people folder, or a key of `keysRead().standalone`.
 * Most notes of a vault fail it, and need no facts read at all.
 */
export function mayBeRelevant(settings: Settings): (record: NoteRecord) => boolean {
  const keys = keysRead(settings).standalone;
  // The same few keys (tags, aliases, created) come back in note after note: decide each once.
  const isRead = boundedMemo((key) => keys.has(normaliseKey(key)), 10_000);
  return (record) => {
    if (
      record.frontmatterError !== undefined ||
      record.folderError !== undefined ||
      record.nameError !== undefined ||
      record.linkError !== undefined
    )
      return true;
    if (isInPeopleFolder(record.path, settings)) return true;
    const frontmatter = record.frontmatter;
    if (frontmatter === null) return false;
    for (const key of Object.keys(frontmatter)) if (isRead(key)) return true;
    return false;
  };
}

/**
 * Whether the facts matter to the index at all; most notes of a vault do not. A note in the people
 * folder always does; any other only with a value under a key of note-head/fields.ts that counts
 * by itself, or a problem. Derived from the table, so a new field there is relevant too.
 */
export function isRelevant(facts: NoteFacts): boolean {
  return facts.inPeopleFolder || facts.holdsKeyRead || facts.problems.length > 0;
}

type Report = (field: string, raw: unknown, message: string) => void;

/** Frontmatter keys matched without regard to case or surrounding spaces, as people type them. */
class FieldLookup {
  private readonly byName = new Map<string, { key: string; value: unknown }>();

  /**
   * Two keys that differ only in case or spaces (`Follow_up` and `follow_up`) with different values
   * under a name the index reads are a problem: which one is meant is the user's to say.
   */
  constructor(frontmatter: Readonly<Record<string, unknown>>, read: ReadonlySet<string>, report: Report) {
    for (const key of Object.keys(frontmatter)) {
      const name = normaliseKey(key);
      const earlier = this.byName.get(name);
      if (earlier === undefined) this.byName.set(name, { key, value: frontmatter[key] });
      else if (read.has(name) && describeValue(earlier.value) !== describeValue(frontmatter[key]))
        report(
          key,
          frontmatter[key],
          `Both "${earlier.key}" and "${key}" are set, to different values; keys are read without regard to case, so keep one of them.`,
        );
    }
  }

  /** Whether one of these names holds a value. */
  holdsAny(names: ReadonlySet<string>): boolean {
    for (const [name, entry] of this.byName) if (names.has(name) && !isBlank(entry.value)) return true;
    return false;
  }

  get(name: string): unknown {
    return this.byName.get(normaliseKey(name))?.value;
  }

  /** The first of several names that is set; two set to different values is a problem. */
  first(names: readonly string[], report: Report): { key: string; value: unknown } | null {
    let found: { key: string; value: unknown } | null = null;
    for (const name of names) {
      const entry = this.byName.get(normaliseKey(name));
      if (!entry || isBlank(entry.value)) continue;
      if (found === null) found = entry;
      else if (describeValue(found.value) !== describeValue(entry.value)) {
        report(entry.key, entry.value, `Both "${found.key}" and "${entry.key}" are set, to different dates; keep one of them.`);
      }
    }
    return found;
  }

  /** The keys, as written, whose name is one of these. */
  keysAmong(names: ReadonlySet<string>): string[] {
    const keys: string[] = [];
    for (const [name, entry] of this.byName) if (names.has(name)) keys.push(entry.key);
    return keys;
  }

  firstQuiet(names: readonly string[]): unknown {
    for (const name of names) {
      const value = this.get(name);
      if (!isBlank(value)) return value;
    }
    return undefined;
  }
}

function readDateField(entry: { key: string; value: unknown } | null, report: Report): DateValue | null {
  if (entry === null) return null;
  const reading = readDateValue(entry.value);
  if (reading.ok) return reading.value;
  report(entry.key, entry.value, reading.message);
  return null;
}

function readDay(field: string, raw: unknown, report: Report): LocalDate | null {
  const reading = readDateValue(raw);
  if (reading.ok) return reading.value.date;
  report(field, raw, reading.message);
  return null;
}

function readBirthdayField(field: string, raw: unknown, report: Report): Birthday | null {
  if (isBlank(raw)) return null;
  const reading = readBirthday(raw);
  if (reading.ok) return reading.value;
  report(field, raw, reading.message);
  return null;
}

function readDurationField(field: string, raw: unknown, report: Report): Duration | null {
  if (isBlank(raw)) return null;
  const duration = typeof raw === 'string' ? parseDuration(raw) : null;
  if (duration === null) report(field, raw, `"${describeValue(raw)}" is not a duration. ${DURATION_HELP}`);
  return duration;
}

function readAttempts(field: string, raw: unknown, report: Report): number {
  if (isBlank(raw)) return 0;
  // Digits only: Number() would also take "0x10", "1e3" and "12.0".
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= 0) return value;
  report(field, raw, 'Expected the number of reminders already sent: a whole number, 0 or more.');
  return 0;
}

function readText(field: string, raw: unknown, report: Report): string | null {
  if (isBlank(raw)) return null;
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  report(field, raw, 'Expected one text value, not a list or a map.');
  return null;
}

function plainText(raw: unknown): string | null {
  if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
  if (typeof raw === 'number') return String(raw);
  return null;
}

function lower(text: string | null): string | null {
  return text === null ? null : text.toLowerCase();
}

function noteDate(raw: unknown, title: string): LocalDate | null {
  const reading = readDateValue(raw);
  // Else a day at the start of the file name ("2024-06-03 Call"): parseLocalDate takes the ten characters only when they are one.
  return reading.ok ? reading.value.date : parseLocalDate(title.slice(0, 10));
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
