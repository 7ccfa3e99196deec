import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A synthetic vault shaped like the large ones users report (docs/PERFORMANCE.md): nested
 * folders, note sizes lognormal around 1.5 KB with a rare 100–400 KB web clipping, about 75 % of
 * notes with everyday frontmatter (tags, aliases, created, links), about 8 % with follow-up
 * fields of every kind the spec knows (and a few mistakes), people notes with cadences and
 * meeting notes that link them. Same count and seed, same bytes: runs can be compared.
 */
export interface GeneratedVault {
  readonly notes: number;
  readonly bytes: number;
  /** Vault-relative paths of every note, in the order written; the bench edits some of them. */
  readonly paths: readonly string[];
}

/** The day the generated dates are centred on; the bench passes it as `--today`. */
export const BENCH_TODAY = '2024-06-12';

export function generateVault(root: string, count: number, seed = 1): GeneratedVault {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const corpus = buildCorpus(mulberry32(seed + 7));
  const paths: string[] = [];
  let bytes = 0;
  const madeFolders = new Set<string>();

  const write = (path: string, text: string): void => {
    const absolute = join(root, path);
    const folder = dirname(absolute);
    if (!madeFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    writeFileSync(absolute, text);
    bytes += Buffer.byteLength(text);
    if (path.endsWith('.md')) paths.push(path);
  };

  const peopleCount = Math.max(20, Math.round(count * 0.01));
  const meetingCount = Math.round(count * 0.05);
  const dailyCount = Math.round(count * 0.08);
  const people = uniqueNames(peopleCount, random);
  const folders = folderTree(random, Math.max(8, Math.round(count / 60)));

  // Obsidian's own folders and a template: never indexed, present as in a real vault.
  write('.obsidian/app.json', '{}\n');
  write('.obsidian/workspace.json', '{"main":{}}\n');
  write('.trash/Old note.md', '---\nfollow_up: 2020-01-01\n---\nDeleted.\n');
  write('Templates/Meeting.md', '---\ndate: {{date}}\nattendees: []\nfollow_up:\n---\n# {{title}}\n');

  const body = (target: number): string => bodyText(corpus, random, target);
  const size = (): number => Math.min(60_000, Math.max(80, Math.round(Math.exp(Math.log(1500) + 0.8 * gaussian(random)))));

  for (let i = 0; i < peopleCount; i++) {
    const name = people[i] as string;
    const lines = [
      `aliases: [${name.split(' ')[0]}]`,
      `tags: [person, ${pick(['customer', 'prospect', 'friend', 'colleague', 'investor'])}]`,
    ];
    if (chance(0.8)) lines.push(`email: ${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`);
    if (chance(0.4)) lines.push(`phone: +1 555 01${String(i % 100).padStart(2, '0')}`);
    if (chance(0.5)) lines.push(`${chance(0.8) ? 'preferred_channel' : 'channel'}: ${pick(CHANNELS)}`);
    if (chance(0.3)) lines.push(`follow_up_every: ${pick(DURATIONS)}`);
    if (chance(0.5)) lines.push(`last_contact: ${dayNear(random, -120, 0)}`);
    if (chance(0.05)) lines.push(`follow_up: ${dayNear(random, -10, 20)}`);
    write(`People/${name}.md`, frontmatter(lines) + `# ${name}\n\n` + body(size()));
  }

  const meetingTitles = new Set<string>();
  for (let i = 0; i < meetingCount; i++) {
    const day = dayNear(random, -180, 10);
    const attendees = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(people));
    const topic = `${pick(MEETING_KINDS)} with ${attendees[0]}${meetingTitles.has(`${day} ${attendees[0]}`) ? ` ${i}` : ''}`;
    meetingTitles.add(`${day} ${attendees[0]}`);
    const lines = [
      `date: ${day}`,
      `type: meeting`,
      `attendees: [${[...new Set(attendees)].map((name) => `"[[${name}]]"`).join(', ')}]`,
      `tags: [meeting]`,
    ];
    if (chance(0.5)) lines.push(...followUpFields(random, pick, attendees[0] as string));
    write(`Meetings/${day.slice(0, 4)}/${day} ${topic}.md`, frontmatter(lines) + `# ${topic}\n\n` + body(size()));
  }

  for (let i = 0; i < dailyCount; i++) {
    const day = addDaysTo('2019-01-01', i);
    const lines = chance(0.5) ? [`date: ${day}`, 'tags: [daily]'] : null;
    write(`Daily/${day.slice(0, 4)}/${day.slice(5, 7)}/${day}.md`, (lines ? frontmatter(lines) : '') + body(size()));
  }

  const rest = count - peopleCount - meetingCount - dailyCount;
  for (let i = 0; i < rest; i++) {
    const folder = pick(folders);
    const title = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const clipping = chance(0.003);
    const target = clipping ? 100_000 + Math.floor(random() * 300_000) : size();
    let head = '';
    if (chance(0.75)) {
      const lines = everydayFields(random, pick, title, clipping);
      if (chance(0.07)) lines.push(...followUpFields(random, pick, pick(people)));
      else if (chance(0.002)) lines.push(`related: [[${pick(WORDS)}]], [[${pick(WORDS)}]]`);
      head = frontmatter(lines);
    }
    write(`${folder}/${clipping ? 'Clipping ' : ''}${title}.md`, head + `# ${title}\n\n` + body(target));
  }

  // A few files that are not notes, as in every vault.
  for (let i = 0; i < Math.max(3, Math.round(count / 2000)); i++) write(`Attachments/image ${i}.png`, 'PNG');
  return { notes: paths.length, bytes, paths };
}

/** The fields of an everyday note: tags, aliases, dates, links, sometimes words the index reads only as keys. */
function everydayFields(random: () => number, pick: <T>(list: readonly T[]) => T, title: string, clipping: boolean): string[] {
  const lines = [`created: ${dayNear(random, -900, 0)}`];
  if (random() < 0.8) lines.push(`tags: [${pick(TAGS)}, ${pick(TAGS)}/${pick(WORDS)}]`);
  if (random() < 0.3) lines.push(`aliases: ["${title.toLowerCase()}"]`);
  if (random() < 0.4) lines.push(`related: ["[[${pick(WORDS)} ${pick(WORDS)}]]"]`);
  if (random() < 0.3) lines.push(`updated: ${dayNear(random, -300, 0)}T${String(Math.floor(random() * 24)).padStart(2, '0')}:15`);
  if (random() < 0.2) lines.push(`status: ${pick(['draft', 'active', 'done', 'someday'])}`);
  // Values that mention the names the index reads (with, date, email, people) without being those keys.
  if (random() < 0.2) lines.push(`summary: Notes from a call with ${pick(WORDS)} about the email date and the people involved`);
  if (clipping) lines.push(`source: https://example.com/${pick(WORDS)}/${Math.floor(random() * 1e6)}`, 'type: clipping');
  return lines;
}

/** Follow-up fields of every kind in SPEC §2, in the forms people write them, with the usual mistakes. */
function followUpFields(random: () => number, pick: <T>(list: readonly T[]) => T, person: string): string[] {
  const lines: string[] = [];
  const key = random() < 0.9 ? 'follow_up' : pick(['follow-up', 'followup', 'Follow_Up']);
  const roll = random();
  const day = dayNear(random, -30, 45);
  if (roll < 0.6) lines.push(`${key}: ${day}`);
  else if (roll < 0.7) lines.push(`${key}: "${day}"`);
  else if (roll < 0.78) lines.push(`${key}: ${day} ${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:30`);
  else if (roll < 0.84) lines.push(`${key}: ${day}T09:00:00`);
  else if (roll < 0.9) lines.push(`${key}: "[[${day}]]"`);
  else if (roll < 0.93) lines.push(`${key}:`);
  else lines.push(`${key}: ${pick(['2024-02-30', '06/10/2024', 'next week', '2024-06', '2024-13-01'])}`);
  if (random() < 0.6)
    lines.push(
      `follow_up_about: ${pick(['Send the proposal', 'Share the case study', 'Ask for feedback', 'Confirm the pilot', 'Introduce to the team'])}`,
    );
  if (random() < 0.5) lines.push(random() < 0.8 ? `follow_up_with: "[[${person}]]"` : `follow_up_with: ${person}`);
  if (random() < 0.4) lines.push(`follow_up_channel: ${pick(CHANNELS)}`);
  if (random() < 0.3) lines.push(`follow_up_attempts: ${pick(['0', '1', '2', '3', '4', '-1'])}`);
  if (random() < 0.15) lines.push(`follow_up_every: ${pick([...DURATIONS, 'sometimes'])}`);
  if (random() < 0.2) lines.push(`follow_up_done: ${dayNear(random, -60, 0)}`);
  if (random() < 0.15) lines.push(`follow_up_outcome: ${pick(['replied', 'declined', 'no-response', 'Sent a counter-offer'])}`);
  if (random() < 0.05) lines.push(`follow_up_feedback: Budget is frozen until ${pick(['Q3', 'next year', 'the merger'])}`);
  if (random() < 0.02) lines.push(`people: [[${person}]], [[${person}]]`);
  return lines;
}

function frontmatter(lines: readonly string[]): string {
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Paragraphs, headings, lists and links cut from one pseudo-text, so 100k notes take seconds to make. */
function bodyText(corpus: string, random: () => number, target: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const kind = random();
    const take = Math.min(target - length, 120 + Math.floor(random() * 600));
    const start = Math.floor(random() * (corpus.length - take - 1));
    const text = corpus.slice(start, start + take).trim();
    const part =
      kind < 0.1 ? `## ${text.slice(0, 40)}\n` : kind < 0.3 ? `- ${text.slice(0, 80)}\n- [ ] ${text.slice(80, 160)}\n` : `${text}\n`;
    parts.push(part, '\n');
    length += part.length + 1;
  }
  return parts.join('');
}

function buildCorpus(random: () => number): string {
  const words: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    const word = WORDS[Math.floor(random() * WORDS.length)] as string;
    words.push(random() < 0.02 ? `[[${word}]]` : random() < 0.05 ? `${word}.` : word);
  }
  return words.join(' ');
}

function folderTree(random: () => number, count: number): string[] {
  const tops = ['Areas', 'Projects', 'Resources', 'Archive', 'Inbox', 'Notes'];
  const folders: string[] = [...tops];
  while (folders.length < count) {
    const parent = folders[Math.floor(random() * folders.length)] as string;
    if (parent.split('/').length >= 5) continue;
    folders.push(`${parent}/${WORDS[Math.floor(random() * WORDS.length)]} ${folders.length}`);
  }
  return folders;
}

function uniqueNames(count: number, random: () => number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const first = FIRST[Math.floor(random() * FIRST.length)] as string;
    const last = LAST[Math.floor(random() * LAST.length)] as string;
    names.add(names.size < (FIRST.length * LAST.length) / 2 ? `${first} ${last}` : `${first} ${last} ${names.size}`);
  }
  return [...names];
}

/** A day `from`…`to` days around BENCH_TODAY, as YYYY-MM-DD. */
function dayNear(random: () => number, from: number, to: number): string {
  return addDaysTo(BENCH_TODAY, from + Math.floor(random() * (to - from + 1)));
}

function addDaysTo(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A small, fast, seedable generator (public domain): the same seed gives the same vault anywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['email', 'phone', 'text', 'linkedin', 'in-person', 'video'];
const DURATIONS = ['3d', '2w', '1m', 'monthly', 'quarterly', 'P2W', '2 weeks', 'biweekly'];
const MEETING_KINDS = ['Intro call', 'Coffee', 'Demo', 'Interview', 'Check-in', 'Lunch', 'Workshop', 'Pricing call'];
const TAGS = ['project', 'idea', 'reading', 'howto', 'journal', 'reference', 'work', 'home'];
const FIRST = [
  'Ana',
  'Sam',
  'Priya',
  'Tom',
  'Mei',
  'Kwame',
  'Sofia',
  'Luca',
  'Hannah',
  'Jonas',
  'Fatima',
  'Oliver',
  'Grace',
  'Ethan',
  'Nadia',
  'Daniel',
  'Aiko',
  'Omar',
  'Lena',
  'Raj',
];
const LAST = [
  'Ruiz',
  'Lee',
  'Nair',
  'Becker',
  'Chen',
  'Boateng',
  'Costa',
  'Romano',
  'Kim',
  'Lindqvist',
  'Al-Sayed',
  'Grant',
  'Mensah',
  'Brooks',
  'Petrova',
  'Okafor',
  'Tanaka',
  'Haddad',
  'Vogel',
  'Patel',
];
const WORDS = [
  'alpha',
  'budget',
  'customer',
  'design',
  'email',
  'feedback',
  'garden',
  'harbor',
  'invoice',
  'journey',
  'kernel',
  'ledger',
  'meeting',
  'network',
  'orbit',
  'pilot',
  'quarter',
  'roadmap',
  'signal',
  'timeline',
  'update',
  'vendor',
  'workflow',
  'yield',
  'zenith',
  'with',
  'date',
  'people',
  'contact',
  'phone',
  'channel',
  'review',
  'follow',
  'notes',
  'idea',
  'draft',
  'river',
  'stone',
  'window',
  'paper',
  'market',
  'sprint',
];
