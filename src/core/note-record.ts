/**
 * The one shape that crosses into the core: a note with its frontmatter already parsed.
 * The plugin fills it from Obsidian's metadata cache, the command line from its own reader.
 */
export interface NoteRecord {
  /** Vault-relative, `/`-separated, with the `.md` extension. */
  readonly path: string;
  /** The parsed frontmatter; null when the note has none. */
  readonly frontmatter: Readonly<Record<string, unknown>> | null;
  /** Set when the note has a frontmatter block that could not be read; says why. */
  readonly frontmatterError?: string;
  /**
   * Set when the record stands for a folder that could not be listed (its path is the folder's):
   * says why. Its notes are unknown, which must never look like a folder without notes.
   */
  readonly folderError?: string;
  /**
   * Set when the note was read but its file name is a problem in itself (bytes that are not UTF-8):
   * says why. Unlike the errors above, the frontmatter is read all the same.
   */
  readonly nameError?: string;
  /**
   * Set when the record stands for a symbolic link that was not followed (it leads out of the
   * vault): says why. Like folderError, it is no note.
   */
  readonly linkError?: string;
}

/** The note's file name without `.md`: its title and, for a person note, the person's name. */
export function noteTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}
