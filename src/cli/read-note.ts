import { unclosedMessage } from '../core/note-head/fences';
import { keyMentionTest, type KeyMentionTest } from '../core/note-head/key-mention';
import { isInPeopleFolder } from '../core/note-head/person';
import type { NoteRecord } from '../core/note-record';
import type { Settings } from '../core/settings';
import { describeFileError } from './file-error';
import { parseFrontmatterBlock } from './frontmatter';
import { HeadReader, MAX_FRONTMATTER_BYTES, type NoteHead } from './read-head';
import { NotRegularFileError } from './regular-file';

export interface NoteReaderOptions {
  /**
   * Skip the YAML of blocks that cannot hold a key the index reads (core/note-head/key-mention.ts). Off only in
   * the tests that prove it changes nothing.
   */
  readonly prefilter?: boolean;
  readonly maxFrontmatterBytes?: number;
  /** Told of each note there that could not be read (its record is a problem). */
  readonly lost?: (path: string) => void;
}

export interface NoteReading {
  /** What the index takes from the note; null when the note cannot matter to it. */
  readonly record: NoteRecord | null;
  /** False when the file could not be read: that may pass, so it is not remembered. */
  readonly lasting: boolean;
}

/**
 * Reads one note into the record the index takes, or null when the note cannot matter to the
 * index: outside the people folder and without any key the index reads.
 *
 * A frontmatter that does not parse is a problem when it names a key the index reads (or the note
 * is a person note): its follow-up may be hiding in it. Other notes' YAML is none of our business
 * (Obsidian shows it), and reporting it would bury the follow-up problems of a large vault under
 * unrelated ones; it also lets most blocks go unparsed. With the prefilter on or off, the same
 * rule decides, so the output is the same.
 */
export class NoteReader {
  private readonly head: HeadReader;
  private readonly mentionsKey: KeyMentionTest;
  private readonly prefilter: boolean;
  private readonly maxBytes: number;
  private readonly lost: (path: string) => void;

  constructor(
    private readonly settings: Settings,
    options: NoteReaderOptions = {},
  ) {
    this.maxBytes = options.maxFrontmatterBytes ?? MAX_FRONTMATTER_BYTES;
    this.head = new HeadReader(this.maxBytes);
    this.mentionsKey = keyMentionTest(settings);
    this.prefilter = options.prefilter ?? true;
    this.lost = options.lost ?? (() => {});
  }

  read(absolute: string | Buffer, path: string): NoteReading {
    let head: NoteHead;
    try {
      head = this.head.read(absolute);
    } catch (error) {
      // Deleted (or moved away) since the walk listed it, as sync and editors do: it is not a note
      // of the vault any more, and a problem about it would only puzzle.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { record: null, lasting: false };
      this.lost(path);
      if (error instanceof NotRegularFileError) {
        const message = 'The file could not be read: it is not a regular file (a pipe or a device).';
        return { record: { path, frontmatter: null, frontmatterError: message }, lasting: false };
      }
      // Reported whatever the note holds: we cannot know that it holds nothing.
      const message = `The file could not be read: ${describeFileError(error)}.`;
      return { record: { path, frontmatter: null, frontmatterError: message }, lasting: false };
    }
    return { record: this.recordOf(head, path), lasting: true };
  }

  private recordOf(head: NoteHead, path: string): NoteRecord | null {
    const inPeopleFolder = isInPeopleFolder(path, this.settings);
    if (head.kind === 'none') return inPeopleFolder ? { path, frontmatter: null } : null;
    if (head.kind === 'unterminated') {
      if (!inPeopleFolder && !this.mentionsKey(head.text)) return null;
      const message = unclosedMessage(head.text, head.capped ? formatBytes(this.maxBytes) : null);
      return { path, frontmatter: null, frontmatterError: message };
    }
    const mentions = inPeopleFolder || this.mentionsKey(head.block.body);
    if (this.prefilter && !mentions) return null;
    const reading = parseFrontmatterBlock(head.block);
    if (reading.kind === 'ok') return { path, frontmatter: reading.data };
    if (reading.kind === 'error' && mentions) return { path, frontmatter: null, frontmatterError: reading.message };
    return null;
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1 << 20) === 0 ? `${bytes / (1 << 20)} MB` : `${Math.round(bytes / 1024)} KB`;
}
