import { closeSync, openSync, readSync } from 'node:fs';
import { findFrontmatterBlock, type FrontmatterBlock } from './frontmatter';

/** What the start of a note holds, read from disk without reading the rest of it. */
export type NoteHead =
  | { readonly kind: 'none' }
  | { readonly kind: 'block'; readonly block: FrontmatterBlock }
  /** An opening fence never closed: `text` is all that was read (the whole file, unless `capped`). */
  | { readonly kind: 'unterminated'; readonly text: string; readonly capped: boolean };

/** Most frontmatter ends well inside the first page; one read of 4 KB decides most notes. */
export const HEAD_BYTES = 4096;
/** A frontmatter larger than this is not one anybody meant: the rest of the file is not read. */
export const MAX_FRONTMATTER_BYTES = 1 << 20;

/**
 * Reads only the frontmatter region of a note: the first 4 KB, extended until the closing fence,
 * at most 1 MB. A 400 KB web clipping costs one 4 KB read, as does a note without frontmatter.
 * Synchronous reads into one reused buffer: with the page cache warm they beat any asynchronous
 * scheme in Node (docs/PERFORMANCE.md), and they allocate nothing per note.
 */
export class HeadReader {
  private buffer = Buffer.allocUnsafe(HEAD_BYTES);

  constructor(private readonly maxBytes = MAX_FRONTMATTER_BYTES) {}

  /** Throws what the file system throws (a missing or unreadable file); the caller reports it. */
  read(absolute: string): NoteHead {
    const fd = openSync(absolute, 'r');
    try {
      return this.readOpen(fd);
    } finally {
      closeSync(fd);
    }
  }

  private readOpen(fd: number): NoteHead {
    let window = HEAD_BYTES;
    let length = this.fill(fd, 0, window);
    let atEnd = length < window;
    if (!startsWithFence(this.buffer, length)) return { kind: 'none' };
    for (;;) {
      // Before the end of the file, look only at whole lines: a line cut at the edge of the buffer
      // could look like a closing fence ("---" of "----") or end in half a UTF-8 character.
      const end = atEnd ? length : this.buffer.lastIndexOf(0x0a, length - 1) + 1;
      if (end > 0) {
        const text = this.buffer.toString('utf8', 0, end);
        const found = findFrontmatterBlock(text);
        if (found === null) return { kind: 'none' };
        if (found !== 'unterminated') return { kind: 'block', block: found };
        if (atEnd) return { kind: 'unterminated', text, capped: false };
      }
      if (length >= this.maxBytes) return { kind: 'unterminated', text: this.buffer.toString('utf8', 0, end), capped: true };
      window = Math.min(window * 2, this.maxBytes);
      this.grow(window);
      length += this.fill(fd, length, window - length);
      atEnd = length < window;
    }
  }

  /** Reads up to `count` bytes at `offset` (of the file and of the buffer); fewer only at the end. */
  private fill(fd: number, offset: number, count: number): number {
    let total = 0;
    while (total < count) {
      const read = readSync(fd, this.buffer, offset + total, count - total, offset + total);
      if (read === 0) break;
      total += read;
    }
    return total;
  }

  private grow(size: number): void {
    if (this.buffer.length >= size) return;
    const larger = Buffer.allocUnsafe(size);
    this.buffer.copy(larger);
    this.buffer = larger;
  }
}

/** `---` at byte 0, or after a UTF-8 byte-order mark: the only way a frontmatter block starts. */
function startsWithFence(buffer: Buffer, length: number): boolean {
  const start = length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return length >= start + 3 && buffer[start] === 0x2d && buffer[start + 1] === 0x2d && buffer[start + 2] === 0x2d;
}
