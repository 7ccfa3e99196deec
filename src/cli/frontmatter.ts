import matter from 'gray-matter';
import YAML from 'yaml';
import { explainFrontmatterError } from '../core/frontmatter-error';
import { CODE_LANGUAGES, codeRefusal } from '../core/note-head/differences';
import { findFrontmatterBlock, FRONTMATTER_UNCLOSED, unclosedMessage, type FrontmatterBlock } from '../core/note-head/fences';
import { parseSimpleYaml } from './simple-yaml';

export { findFrontmatterBlock, type FrontmatterBlock };

export type FrontmatterReading = { kind: 'none' } | { kind: 'ok'; data: Record<string, unknown> } | { kind: 'error'; message: string };

class CodeFrontmatterError extends Error {}

const refuse = (language: string) => (): never => {
  throw new CodeFrontmatterError(codeRefusal(language));
};

/**
 * YAML through the `yaml` package's core schema, so dates stay strings exactly as Obsidian gives
 * them. Its warnings (a `{{date}}` placeholder is a map used as a key) are not printed: they would
 * reach the user's terminal as Node warnings, about notes the user did not ask about.
 */
const parseYamlBlock = (source: string): object =>
  YAML.parse(source, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, prettyErrors: true, logLevel: 'error' }) as object;

/**
 * gray-matter with its engines pinned: YAML as above, and the code engines replaced by ones that
 * refuse. Passing options every time also keeps gray-matter's shared cache out of the way.
 */
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: {
      parse: parseYamlBlock,
      stringify: (): never => {
        throw new Error('Writing frontmatter is not done by the command line.');
      },
    },
    ...Object.fromEntries(CODE_LANGUAGES.map((language) => [language, refuse(language)])),
  },
} as unknown as Parameters<typeof matter>[1];

/**
 * Finds the frontmatter block the way Obsidian does (a `---` line at the very start, closed by a
 * `---` line) and parses only that block.
 */
export function readFrontmatter(text: string): FrontmatterReading {
  const block = findFrontmatterBlock(text);
  if (block === null) return { kind: 'none' };
  if (block === 'unterminated') return { kind: 'error', message: unclosedMessage(text) };
  return parseFrontmatterBlock(block);
}

export const UNTERMINATED = FRONTMATTER_UNCLOSED;

/** Parses one block: YAML (core schema), JSON, or a refusal for code. Never throws. */
export function parseFrontmatterBlock(block: FrontmatterBlock): FrontmatterReading {
  const { language, body } = block;
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    if (![...CODE_LANGUAGES, 'json'].includes(language.toLowerCase())) {
      return { kind: 'error', message: `"---${language}" is not YAML frontmatter; Obsidian reads only "---".` };
    }
  }
  // Most blocks are plain `key: value` lines: read them directly; `yaml` reads the rest.
  if (language === '' || language.toLowerCase() === 'yaml') {
    const simple = parseSimpleYaml(body);
    if (simple !== undefined) return { kind: 'ok', data: simple };
  }
  try {
    // A YAML block goes to the parser whole: gray-matter would end it at a "--- x" line inside and
    // drop the rest, where YAML sees a second document. The blank first line stands for the
    // opening fence, so that the parser's line numbers are the note's.
    const isYaml = language === '' || language.toLowerCase() === 'yaml';
    const data = isYaml
      ? (parseYamlBlock(`\n${body}`) as unknown)
      : (matter(`---${language}\n${body}\n---\n`, MATTER_OPTIONS) as { data: unknown }).data;
    if (data === null || data === undefined) return { kind: 'ok', data: {} };
    if (typeof data !== 'object' || Array.isArray(data))
      return { kind: 'error', message: 'The frontmatter is not a set of "key: value" fields.' };
    return { kind: 'ok', data: data as Record<string, unknown> };
  } catch (error) {
    if (error instanceof CodeFrontmatterError) return { kind: 'error', message: error.message };
    return { kind: 'error', message: explainFrontmatterError(body, firstLine(error)) };
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'The frontmatter is not valid YAML.';
}
