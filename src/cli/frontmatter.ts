import YAML from 'yaml';
import { explainFrontmatterError } from '../core/frontmatter-error';
import { CODE_LANGUAGES, codeRefusal } from '../core/note-head/differences';
import { findFrontmatterBlock, FRONTMATTER_UNCLOSED, type FrontmatterBlock } from '../core/note-head/fences';
import { parseSimpleYaml } from './simple-yaml';

export { findFrontmatterBlock, type FrontmatterBlock };

export type FrontmatterReading = { kind: 'none' } | { kind: 'ok'; data: Record<string, unknown> } | { kind: 'error'; message: string };

export const UNTERMINATED = FRONTMATTER_UNCLOSED;

/**
 * YAML through the `yaml` package's core schema, so dates stay strings exactly as Obsidian gives
 * them. Its warnings (a `{{date}}` placeholder is a map used as a key) are not printed: they would
 * reach the user's terminal as Node warnings, about notes the user did not ask about.
 */
export const parseYamlBlock = (source: string): unknown =>
  YAML.parse(source, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, prettyErrors: true, logLevel: 'error' }) as unknown;

const isYaml = (language: string): boolean => ['', 'yaml', 'yml'].includes(language.toLowerCase());

/**
 * Why a block fenced with a language is not read, or null for YAML. Only YAML is read: code
 * (`---js`) would have to run to be read, and Obsidian reads no other language either.
 */
export function languageRefusal(language: string): string | null {
  if (isYaml(language)) return null;
  if (CODE_LANGUAGES.includes(language.toLowerCase())) return codeRefusal(language);
  return `"---${language}" is not YAML frontmatter; Obsidian reads only "---".`;
}

/** A block's parsed value as a reading: fields, or why the block holds none. */
export function readingOfData(data: unknown): FrontmatterReading {
  if (data === null || data === undefined) return { kind: 'ok', data: {} };
  if (typeof data !== 'object' || Array.isArray(data))
    return { kind: 'error', message: 'The frontmatter is not a set of "key: value" fields.' };
  return { kind: 'ok', data: data as Record<string, unknown> };
}

/** A parser's error on a block as a reading, in words a user can act on. */
function readingOfError(body: string, error: unknown): FrontmatterReading {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]?.trim() || 'The frontmatter is not valid YAML.';
  return { kind: 'error', message: explainFrontmatterError(body, first) };
}

/**
 * Parses one block as the index reads it from a note's head (read-head.ts): YAML (core schema),
 * or a refusal for any other language. Never throws.
 */
export function parseFrontmatterBlock(block: FrontmatterBlock): FrontmatterReading {
  const refusal = languageRefusal(block.language);
  if (refusal !== null) return { kind: 'error', message: refusal };
  // Most blocks are plain `key: value` lines: read them directly; `yaml` reads the rest.
  const simple = parseSimpleYaml(block.body);
  if (simple !== undefined) return { kind: 'ok', data: simple };
  try {
    // The blank first line stands for the opening fence, so that the parser's line numbers are the note's.
    return readingOfData(parseYamlBlock(`\n${block.body}`));
  } catch (error) {
    return readingOfError(block.body, error);
  }
}
