import { Component, type App, type MarkdownRenderChild } from '../fakes/obsidian';

type BlockHandler = (source: string, el: HTMLElement, info: unknown) => void;

export interface RenderedBlock {
  readonly el: HTMLElement;
  /** The section the block is in: unloading it is Obsidian leaving or re-rendering the section. */
  readonly section: Component;
  readonly children: MarkdownRenderChild[];
}

/**
 * Renders a code block as Obsidian's reading view does: the processor registered for `language`
 * gets the block's text, a fresh element and a context whose `addChild` ties children to the section.
 */
export function renderCodeBlock(app: App, language: string, source: string, sourcePath: string): RenderedBlock {
  const entry = app.registrations.find(
    (registration) =>
      registration.kind === 'markdownCodeBlockProcessor' && (registration.value as { language: string }).language === language,
  );
  if (!entry) throw new Error(`No code block processor for ${language}`);
  const handler = (entry.value as { handler: BlockHandler }).handler;
  const section = new Component();
  section.load();
  const el = document.body.createDiv({ cls: 'block-language-' + language });
  const children: MarkdownRenderChild[] = [];
  handler(source, el, {
    docId: 'test',
    sourcePath,
    frontmatter: undefined,
    addChild: (child: MarkdownRenderChild) => {
      children.push(child);
      section.addChild(child);
    },
    getSectionInfo: () => null,
  });
  return { el, section, children };
}
