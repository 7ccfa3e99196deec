/**
 * Where the command line and the plugin read a note differently, on purpose. Everything else
 * about reading a note is one rule in this folder, used by both; a parity test holds them to it
 * and allows only what is named here.
 *
 * A `---js`, `---javascript`, `---coffee` block is no frontmatter to Obsidian, which shows it as
 * text. The command line sees the fence's language, because gray-matter would run such a block:
 * it refuses it, and says so with a problem. The plugin never sees these blocks as frontmatter.
 */

/** Fence languages the command line refuses to run. */
export const CODE_LANGUAGES: readonly string[] = ['js', 'javascript', 'coffee', 'coffeescript', 'cson'];

/** The words every refusal of a code block holds: the parity tests tell these problems by them. */
export const CODE_REFUSAL_WORDS = 'code in notes is never run';

export function codeRefusal(language: string): string {
  return `"---${language}" frontmatter is code, and ${CODE_REFUSAL_WORDS}. Use YAML frontmatter ("---").`;
}
