import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDigestHtml } from '../../src/core/digest/render-digest';
import { buildDigest } from '../../src/core/digest/digest-model';
import { indexRecords } from '../../src/core/follow-up-index';
import { renderReviewHtml } from '../../src/core/html/render-review-html';
import { followUpCalendar } from '../../src/core/ics/follow-up-calendar';
import { obsidianOpenUrl } from '../../src/core/obsidian-url';
import { buildReview } from '../../src/core/review-model';
import { wellFormed } from '../../src/core/well-formed';
import { note, settingsWith } from '../helpers/notes';
import { propertyOptions } from '../helpers/property';

// Every `obsidian://open` link we write must open the note it stands for, whatever its name holds:
// it is built from the note's path, never from a name shown or cleaned up for a wikilink.

const TODAY = '2024-06-12';
const VAULT = 'My vault & co #1';
const settings = settingsWith();

/** Names that a wikilink cannot carry as they are, or that a URL must encode. */
const ODD_NAMES = [
  ' Lead and trail ',
  'a]]b',
  'a|b',
  'a#b',
  '100% sure',
  'A & B=c?',
  'line\nbreak',
  'José',
  'Jose\u0301',
  '日本 😀',
  '[[x]]',
];

/** The vault and the note path an `obsidian://open` URL names, decoded. */
function target(url: string): { vault: string | null; file: string | null } {
  expect(url.startsWith('obsidian://open?')).toBe(true);
  const params = new Map(
    url
      .slice('obsidian://open?'.length)
      .split('&')
      .map((pair) => {
        const [key = '', value = ''] = pair.split('=');
        return [key, decodeURIComponent(value)] as const;
      }),
  );
  return { vault: params.get('vault') ?? null, file: params.get('file') ?? null };
}

/** The `href`s of an HTML page, as a browser reads them (rehype writes `&` as `&#x26;`). */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map(([, raw = '']) =>
    raw.replace(/&#x([0-9a-f]+);/gi, (_all, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&'),
  );
}

/** The note an URL opens: Obsidian's own URLs leave out a Markdown note's `.md`. */
const opened = (url: string) => `${target(url).file ?? ''}.md`;

describe('the obsidian://open link of a note', () => {
  it('decodes back to the exact vault and path, for any path', () => {
    const pathPart = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(pathPart, { minLength: 1, maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 12 }), (parts, vault) => {
        const path = `${parts.join('/')}.md`;
        const url = obsidianOpenUrl(vault, path);
        expect(url).not.toMatch(/[\s"<>]/);
        expect(target(url).vault).toBe(wellFormed(vault));
        expect(opened(url)).toBe(wellFormed(path));
      }),
      propertyOptions({ numRuns: 200 }),
    );
  });

  it('in the HTML review, opens each note and each person by path, whatever the name holds', () => {
    const records = ODD_NAMES.flatMap((name) => [
      note(`Deals/${name}.md`, { follow_up: '2024-06-10', follow_up_with: `Person ${name} end` }),
      note(`People/Person ${name} end.md`, { email: 'x@example.com' }),
      note(`Bad/${name}.md`, { follow_up: 'not a date' }),
    ]);
    const html = renderReviewHtml(buildReview(indexRecords(records, settings).snapshot(TODAY), settings), { vaultName: VAULT });
    const paths = new Set(records.map((record) => record.path));
    const links = hrefs(html);
    for (const link of links) {
      expect(target(link).vault).toBe(VAULT);
      expect(paths.has(opened(link)), `${link} opens ${JSON.stringify(opened(link))}`).toBe(true);
    }
    expect(new Set(links.map(opened))).toEqual(paths);
  });

  it('in the digest and the calendar, opens each note by path', () => {
    const records = ODD_NAMES.map((name) => note(`Deals/${name}.md`, { follow_up: '2024-06-10' }));
    const snapshot = indexRecords(records, settings).snapshot(TODAY);
    const digest = buildDigest(snapshot, 7);
    expect(digest).not.toBeNull();
    const digestLinks = hrefs(renderDigestHtml(digest!, { vaultName: VAULT }));
    const ics = followUpCalendar(snapshot, { stamp: new Date(Date.UTC(2024, 5, 12)), alarmMinutesBefore: -1, vaultName: VAULT });
    const calendarLinks = [...ics.replace(/\r\n /g, '').matchAll(/^URL:(.*)$/gm)].map(([, url = '']) => url);
    for (const links of [digestLinks, calendarLinks]) {
      expect(new Set(links.map(opened))).toEqual(new Set(records.map((record) => record.path)));
      for (const link of links) expect(target(link).vault).toBe(VAULT);
    }
  });
});
