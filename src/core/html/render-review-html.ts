import type { Element, ElementContent, Root as HastRoot } from 'hast';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { ReviewChart } from '../markdown/review-chart';
import { reviewTree } from '../markdown/review-tree';
import type { WikiLink } from '../markdown/wiki-link';
import { obsidianOpenUrl } from '../obsidian-url';
import type { ReviewModel } from '../review-model';
import { channelsChart, weeksChart } from './figure-charts';
import { REVIEW_CSS } from './review-css';

const CHARTS = { weeks: weeksChart, channels: channelsChart } as const;

export interface HtmlOptions {
  /** The vault's name, for `obsidian://open` links; without it links are plain text. */
  readonly vaultName?: string;
}

/**
 * The review as one self-contained HTML page. Everything that comes from notes goes through
 * hast text nodes, which the serialiser escapes; nothing is concatenated into markup.
 */
export function renderReviewHtml(model: ReviewModel, options: HtmlOptions = {}): string {
  const processor = unified()
    .use(remarkRehype, {
      handlers: {
        wikiLink: (_state: unknown, node: WikiLink) => wikiLinkElement(node, options.vaultName),
        reviewChart: (_state: unknown, node: ReviewChart) => CHARTS[node.chart](model.figures),
      },
    })
    .use(rehypeStringify);
  const body = processor.runSync(reviewTree(model, { charts: true }));
  focusableScrollBoxes(body);
  const title = `Follow-up review ${model.week.label}`;
  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang: 'en' }, [
        element('head', {}, [
          element('meta', { charSet: 'utf-8' }, []),
          element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
          element('meta', { name: 'color-scheme', content: 'light dark' }, []),
          element('title', {}, [{ type: 'text', value: title }]),
          element('style', {}, [{ type: 'text', value: REVIEW_CSS }]),
        ]),
        element('body', {}, [element('main', {}, body.children as ElementContent[])]),
      ]),
    ],
  };
  return `${processor.stringify(page)}\n`;
}

/**
 * Tables and figures scroll sideways in their own box on a narrow screen (review-css.ts): the
 * keyboard must reach them to scroll them.
 */
function focusableScrollBoxes(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table' || child.tagName === 'figure') child.properties = { ...child.properties, tabIndex: 0 };
    focusableScrollBoxes(child);
  }
}

function wikiLinkElement(node: WikiLink, vaultName: string | undefined): Element {
  const label: ElementContent = { type: 'text', value: node.alias ?? node.value };
  if (vaultName === undefined) return element('span', { className: ['wikilink'] }, [label]);
  // A link without a known path names a note as written; Obsidian resolves it as it would `[[value]]`.
  const href = obsidianOpenUrl(vaultName, node.path ?? node.value);
  return element('a', { className: ['wikilink'], href }, [label]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
