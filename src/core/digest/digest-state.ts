import type { LocalDate } from '../local-date';
import type { Digest } from './digest-model';

/** What a `--state` file remembers: the day of the last digest sent and the items it held. */
export interface DigestState {
  readonly date: LocalDate;
  readonly sent: readonly string[];
}

/**
 * Whether to send the digest, given what was sent before: always on a new day; on the same day
 * only when it holds an item (and due date) not sent yet. The state to keep is returned with it.
 */
export function digestNews(digest: Digest, previous: DigestState | null): { send: boolean; state: DigestState } {
  const sameDay = previous !== null && previous.date === digest.today;
  const before = new Set(sameDay ? previous.sent : []);
  const send = digest.keys.some((key) => !before.has(key));
  return { send, state: { date: digest.today, sent: [...new Set([...before, ...digest.keys])].sort() } };
}

/** Reads a state file's text; anything else than a state written by us is no state (and says why). */
export function readDigestState(text: string): { state: DigestState | null; error: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: null, error: 'it is not JSON' };
  }
  // Of any other JSON value than an object, both fields read as undefined (null has none to read).
  const { date, sent } = (data ?? {}) as { date?: unknown; sent?: unknown };
  if (
    typeof date !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    !Array.isArray(sent) ||
    !sent.every((key) => typeof key === 'string')
  )
    return { state: null, error: 'it holds no digest state' };
  return { state: { date, sent }, error: null };
}
