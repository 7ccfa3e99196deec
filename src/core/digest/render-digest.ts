import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { itemKey, type Item } from '../item';
import { obsidianOpenUrl } from '../obsidian-url';
import { describeDayDistance, describeDue } from '../relative-time';
import { digestSubject, type Digest } from './digest-model';

export interface DigestOptions {
  /** The vault's name, for `obsidian://open` links in the HTML; without it titles are plain text. */
  readonly vaultName?: string;
}

interface Section {
  readonly title: string;
  readonly items: readonly Item[];
  readonly describe: (item: Item, digest: Digest) => string;
}

function sections(digest: Digest): Section[] {
  const all: Section[] = [
    { title: 'Overdue', items: digest.overdue, describe: details },
    { title: 'Due today', items: digest.dueToday, describe: details },
    { title: 'Maybe done: you have been in touch since', items: digest.maybeDone, describe: contactWords },
    { title: 'Birthdays this week', items: digest.birthdays, describe: (item, { today }) => describeDayDistance(item.due, today) },
  ];
  return all.filter((section) => section.items.length > 0);
}

/** The digest as plain text: the subject line's counts, then a short list per section. */
export function renderDigestText(digest: Digest): string {
  const lines = [`${digestSubject(digest)} (${digest.today})`];
  for (const section of sections(digest)) {
    lines.push('', `${section.title} (${section.items.length})`);
    for (const item of section.items) {
      lines.push(`- ${item.title} — ${section.describe(item, digest)}`);
      if (item.about !== null && item.source !== 'birthday') lines.push(`  ${item.about}`);
    }
  }
  if (digest.rest > 0) lines.push('', restWords(digest.rest));
  return `${lines.join('\n')}\n`;
}

/** The digest as a small HTML page for a mail client: no styles from outside, note text escaped. */
export function renderDigestHtml(digest: Digest, options: DigestOptions = {}): string {
  const body: ElementContent[] = [element('h1', {}, [text(digestSubject(digest))]), element('p', {}, [text(digest.today)])];
  for (const section of sections(digest)) {
    body.push(element('h2', {}, [text(`${section.title} (${section.items.length})`)]));
    body.push(
      element(
        'ul',
        {},
        section.items.map((item) => {
          const parts: ElementContent[] = [titleElement(item, options.vaultName), text(` — ${section.describe(item, digest)}`)];
          if (item.about !== null && item.source !== 'birthday') parts.push(element('br', {}, []), text(item.about));
          return element('li', {}, parts);
        }),
      ),
    );
  }
  if (digest.rest > 0) body.push(element('p', {}, [text(restWords(digest.rest))]));
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang: 'en' }, [
        element('head', {}, [element('meta', { charSet: 'utf-8' }, []), element('title', {}, [text(digestSubject(digest))])]),
        element('body', { style: 'font-family: system-ui, sans-serif; line-height: 1.5' }, body),
      ]),
    ],
  };
  return `${unified().use(rehypeStringify).stringify(page)}\n`;
}

function details(item: Item, digest: Digest): string {
  const when = describeDue(item.due, digest.today);
  return [
    item.time === null ? when : `${when}, ${item.time}`,
    item.people.length > 0 ? `with ${item.people.join(', ')}` : null,
    item.channel === null ? null : `by ${item.channel}`,
    item.attempts === 0 ? null : item.attempts === 1 ? '1 reminder sent' : `${item.attempts} reminders sent`,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

function contactWords(item: Item, digest: Digest): string {
  return digest.questions.get(itemKey(item)) ?? details(item, digest);
}

function restWords(rest: number): string {
  return rest === 1 ? 'And 1 more follow-up coming up.' : `And ${rest} more follow-ups coming up.`;
}

function titleElement(item: Item, vaultName: string | undefined): ElementContent {
  if (vaultName === undefined) return element('strong', {}, [text(item.title)]);
  return element('a', { href: obsidianOpenUrl(vaultName, item.path) }, [text(item.title)]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
