import matter from 'gray-matter';
import { codeRefusal, CODE_LANGUAGES } from '../core/note-head/differences';
import { findFrontmatterBlock, textStart, unclosedMessage } from '../core/note-head/fences';
import { languageRefusal, parseFrontmatterBlock, parseYamlBlock, readingOfData, type FrontmatterReading } from './frontmatter';

/** A whole note, split: its frontmatter as read, and the Markdown after it. */
export interface NoteParts {
  readonly frontmatter: FrontmatterReading;
  /** The text after the closing fence line; the whole text (without a byte-order mark) when there is no block. */
  readonly body: string;
}

class RefusedLanguage extends Error {}

const refuse = (language: string) => ({
  parse: (): never => {
    throw new RefusedLanguage(codeRefusal(language));
  },
  stringify: (): never => {
    throw new RefusedLanguage(codeRefusal(language));
  },
});

/**
 * gray-matter's options with its engines pinned: YAML through the `yaml` package (frontmatter.ts),
 * and every engine gray-matter brings (`javascript`, which runs the block, `json`) or resolves by
 * alias (`js`, `coffee`, `cson`) replaced by one that refuses. A fresh object on every call: with
 * options gray-matter neither reads nor fills its cache, which is keyed by the text alone and
 * would hand one note's parsed fields, shared, to the next identical note.
 */
export function pinnedMatterOptions(): Parameters<typeof matter>[1] {
  const engines: Record<string, unknown> = Object.fromEntries(
    [...CODE_LANGUAGES, 'javascript', 'json'].map((language) => [language, refuse(language)]),
  );
  engines.yaml = {
    // gray-matter ends the block before the closing line's "\n", so a CRLF note's last line keeps its "\r".
    parse: (source: string) => parseYamlBlock(source.replace(/\r$/, '')),
    stringify: (): never => {
      throw new Error('The command line never writes frontmatter through gray-matter.');
    },
  };
  return { language: 'yaml', excerpt: false, engines } as unknown as Parameters<typeof matter>[1];
}

/**
 * Splits a note read whole (for an action or a draft) into its frontmatter and its body with
 * gray-matter. Where the block is, is Obsidian's rule in core/note-head/fences.ts, the one the
 * index reads by: a fence language is checked before gray-matter sees the note, and when
 * gray-matter would end the block elsewhere (it takes any line starting with "---" for the end,
 * and leaves the rest of a closing line with spaces in the body), the block the fences find is
 * read instead. So a note reads the same here as in the index (test/cli/split-note.test.ts).
 */
export function splitNote(text: string): NoteParts {
  const block = findFrontmatterBlock(text);
  if (block === null) return { frontmatter: { kind: 'none' }, body: text.slice(textStart(text)) };
  if (block === 'unterminated')
    return { frontmatter: { kind: 'error', message: unclosedMessage(text) }, body: text.slice(textStart(text)) };
  const body = text.slice(block.end);
  const refusal = languageRefusal(block.language);
  if (refusal !== null) return { frontmatter: { kind: 'error', message: refusal }, body };
  let file: { data: unknown; content: string };
  try {
    file = matter(text, pinnedMatterOptions());
  } catch (error) {
    if (error instanceof RefusedLanguage) return { frontmatter: { kind: 'error', message: error.message }, body };
    // Said as the index says it, about the block the fences find (gray-matter may have parsed less).
    return { frontmatter: parseFrontmatterBlock(block), body };
  }
  if (text.length - file.content.length !== block.end) return { frontmatter: parseFrontmatterBlock(block), body };
  return { frontmatter: readingOfData(file.data), body: file.content };
}

/** The frontmatter of a note read whole. */
export function readFrontmatter(text: string): FrontmatterReading {
  return splitNote(text).frontmatter;
}
