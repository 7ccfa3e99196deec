/** Names of the frontmatter fields the product reads and (in the plugin) writes. */
export interface FieldNames {
  followUp: string;
  about: string;
  with: string;
  channel: string;
  attempts: string;
  every: string;
  done: string;
  outcome: string;
  feedback: string;
  lastContact: string;
  /** Written by Nudged: the day of the last reminder sent. */
  nudged: string;
  /** On a person note: `1990-06-14`, or the month and day alone (`06-14`, `--06-14`). */
  birthday: string;
  /** On a person note: do not chase them before this day. */
  awayUntil: string;
}

export interface Settings {
  fields: FieldNames;
  /** Other names read as the follow-up date field. */
  followUpAliases: string[];
  /** Fields of a meeting note that name the people in it, in order of preference. */
  peopleFields: string[];
  /** The meeting date field; else a `YYYY-MM-DD` at the start of the file name. */
  meetingDateField: string;
  /** Contact fields, read from person notes. */
  emailField: string;
  phoneField: string;
  preferredChannelFields: string[];
  peopleFolder: string;
  /** Tags that make a note a person note (`tags: [person]`), without `#`. */
  personTags: string[];
  /** Values of `categories` or `type` that make a note a person note (`"[[People]]"` counts). */
  personCategories: string[];
  excludedFolders: string[];
  /** Days ahead that count as upcoming (and the `batch` window). */
  upcomingDays: number;
  /** Reminders without a reply after which an item is `unresponsive`. */
  maxAttempts: number;
  /** Days to wait for a reply after the n-th reminder: the n-th of these, the last repeating. */
  nudgeWaits: number[];
  /** Dates an action computes never fall on a Saturday or Sunday (they move to the Monday after). */
  weekdaysOnly: boolean;
  /** The least days between two follow-ups with one person before `too_soon`. */
  minGapDays: number;
  /** Days out for "Follow up with everyone". */
  everyoneDays: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekStart: number;
  reviewFolder: string;
  /** The review note's name; `{{week}}` becomes the ISO week, e.g. 2024-W24. */
  reviewName: string;
  updateLastContactOnDone: boolean;
  startupNotice: boolean;
  /** The note whose text is the message template for drafts; '' for the built-in templates. */
  draftTemplateNote: string;
  /**
   * Calendar export: the reminder, in minutes before a follow-up's time. A follow-up without a time
   * counts as due at 09:00 for this, so 0 reminds at 09:00 on the day. -1: no reminders.
   */
  icsAlarmMinutesBefore: number;
  /** Notify when a follow-up comes due (plugin). */
  notifications: boolean;
  /** `HH:MM`: when an all-day follow-up is notified on its day. */
  notificationTime: string;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  fields: Object.freeze({
    followUp: 'follow_up',
    about: 'follow_up_about',
    with: 'follow_up_with',
    channel: 'follow_up_channel',
    attempts: 'follow_up_attempts',
    every: 'follow_up_every',
    done: 'follow_up_done',
    outcome: 'follow_up_outcome',
    feedback: 'follow_up_feedback',
    lastContact: 'last_contact',
    nudged: 'follow_up_nudged',
    birthday: 'birthday',
    awayUntil: 'away_until',
  }),
  followUpAliases: ['follow-up', 'followup'],
  peopleFields: ['people', 'attendees', 'with', 'contact', 'contacts'],
  meetingDateField: 'date',
  emailField: 'email',
  phoneField: 'phone',
  preferredChannelFields: ['preferred_channel', 'channel'],
  peopleFolder: 'People',
  personTags: ['person', 'people', 'contact'],
  personCategories: ['People', 'Person'],
  excludedFolders: ['Templates'],
  upcomingDays: 7,
  maxAttempts: 3,
  nudgeWaits: [3, 7, 14],
  weekdaysOnly: false,
  minGapDays: 2,
  everyoneDays: 2,
  weekStart: 1,
  reviewFolder: 'Reviews',
  reviewName: 'Follow-up review {{week}}',
  updateLastContactOnDone: true,
  startupNotice: true,
  draftTemplateNote: '',
  icsAlarmMinutesBefore: 0,
  notifications: true,
  notificationTime: '09:00',
});
