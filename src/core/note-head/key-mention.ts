import type { Settings } from '../settings';
import { keysRead } from './fields';

/**
 * Decides, from the text of a frontmatter block alone, whether it may hold a key that makes a note
 * relevant (`keysRead().standalone`). The command line skips the YAML of blocks that cannot (most
 * notes of a large vault: parsing their YAML is most of the cost of a run), and both sides ask it
 * whether a block that does not parse, or is never closed, may be hiding a follow-up.
 *
 * It must never say no to a block that does hold one (that would lose a follow-up). The argument:
 * the index matches a key when `key.trim().toLowerCase()` equals a name (fields.ts). A YAML key
 * is its text in the file, except for escapes (a backslash: such a block always counts), line
 * folding (it adds whitespace, and names with whitespace turn this test off) and aliases (they
 * need an anchor, `&`). So, barring `&` and explicit `?` keys, a key equal to a name appears in
 * the lower-cased text as that name, preceded by a character that cannot be part of the same key
 * (whitespace, a quote, `{`, `[`, `,`, `:`, or the start) and followed by optional whitespace, an
 * optional closing quote, optional whitespace and `:`. Lower-casing is the same on the whole
 * text as on one key except for the Greek final sigma, which is folded on both sides.
 * A key with an empty or null value reads as absent, so a flow-mapping key without `:` is no
 * loss. With `&` or `?` in the block, any occurrence of a name counts.
 *
 * The character before the name is matched, not looked behind at: the plugin's bundle may hold
 * no lookbehind (older iOS cannot load it), and for a yes-or-no test the two are the same.
 */
export type KeyMentionTest = (block: string) => boolean;

const memo = new WeakMap<Settings, KeyMentionTest>();

export function keyMentionTest(settings: Settings): KeyMentionTest {
  const known = memo.get(settings);
  if (known !== undefined) return known;
  const test = buildTest(settings);
  memo.set(settings, test);
  return test;
}

function buildTest(settings: Settings): KeyMentionTest {
  const names = [...keysRead(settings).standalone].map(foldSigma);
  // Names that YAML could spell differently from their text: no shortcut, every block counts.
  if (names.some((name) => name === '' || /[\s"'\\]/.test(name))) return () => true;
  // In any order: a yes-or-no test tries every alternative before it says no.
  const alternatives = names.map(escapeRegExp).join('|');
  const anywhere = new RegExp(alternatives);
  const asKey = new RegExp(`(?:^|[\\s"'{\\[,:])(?:${alternatives})\\s*["']?\\s*:`);
  return (block) => {
    // An escape can spell any key at all ("follow\u005fup"): such a block always counts.
    if (block.includes('\\')) return true;
    const text = foldSigma(block.toLowerCase());
    return /[&?]/.test(text) ? anywhere.test(text) : asKey.test(text);
  };
}

/** Whether text that could not be read as frontmatter may name a key that makes a note relevant. */
export function mentionsKeyRead(text: string, settings: Settings): boolean {
  return keyMentionTest(settings)(text);
}

function foldSigma(text: string): string {
  return text.replaceAll('ς', 'σ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
