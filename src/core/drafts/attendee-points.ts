import { personKey } from '../people';

/** The points of a message, and those left out because they name someone it does not go to. */
export interface RecipientPoints {
  readonly kept: readonly string[];
  /** Per attendee left out of the message, the points that name them. */
  readonly withheld: ReadonlyMap<string, readonly string[]>;
}

/**
 * Keeps out of a message the points that name another attendee of the meeting (by full name,
 * first name or link): what was agreed with Marcus is not for Priya to read. A first name shared
 * with a recipient does not count, since the recipient reads it as their own.
 */
export function pointsForRecipients(
  points: readonly string[],
  recipients: readonly string[],
  attendees: readonly string[],
): RecipientPoints {
  const sent = new Set(recipients.map(personKey));
  const sentFirst = new Set(recipients.map((name) => personKey(firstName(name))));
  const others = attendees.filter((name) => !sent.has(personKey(name)));
  const withheld = new Map<string, string[]>();
  const kept = points.filter((point) => {
    const named = others.find((other) => names(point, other, sentFirst));
    if (named === undefined) return true;
    withheld.set(named, [...(withheld.get(named) ?? []), point]);
    return false;
  });
  return { kept, withheld };
}

function names(point: string, person: string, sentFirst: ReadonlySet<string>): boolean {
  const words = ` ${personKey(point).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const full = personKey(person)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (full === '') return false;
  const first = personKey(firstName(person))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (words.includes(` ${full} `)) return true;
  return first !== '' && !sentFirst.has(personKey(firstName(person))) && words.includes(` ${first} `);
}

/** The first word of a name, as people greet each other: `Jane Doe` → `Jane`. */
export function firstName(name: string): string {
  return name.trim().split(/\s/)[0] ?? name;
}
