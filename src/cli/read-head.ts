import { closeSync, readSync } from 'node:fs';
import { findFrontmatterBlock, type FrontmatterBlock } from '../core/note-head/fences';
import { decodeNoteText, needsDecoding } from './note-text';
import { openRegularFile } from './regular-file';

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

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Reads only the frontmatter region of a note: the first 4 KB, extended until the closing fence,
 * at most 1 MB. A 400 KB web clipping costs one 4 KB read, as does a note without frontmatter.
 *
 * Synchronous reads into one reused buffer: with the page cache warm they beat any asynchronous
 * scheme in Node (docs/PERFORMANCE.md) and allocate nothing per note. The fences are found in the
 * bytes and only the block between them is decoded: decoding whole pages made most of the garbage.
 * The byte rules are the core's (note-head/fences.ts; a test holds them to it); anything unusual,
 * such as a note that ends before its block does, is decided by the core itself on the text.
 */
export class HeadReader {
  private buffer = Buffer.allocUnsafe(HEAD_BYTES);

  constructor(private readonly maxBytes = MAX_FRONTMATTER_BYTES) {}

  /**
   * Throws what the file system throws (a missing or unreadable file), or NotRegularFileError
   * (a note replaced by a pipe since the walk: opened without waiting, judged on the descriptor).
   */
  read(absolute: string | Buffer): NoteHead {
    const { fd } = openRegularFile(absolute);
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
    if (needsDecoding(this.buffer, length)) return this.readDecoded(fd, length, atEnd);
    const opening = openingFence(this.buffer, length);
    if (opening === null) return { kind: 'none' };
    for (;;) {
      const close = opening === 'unclear' ? 'unclear' : closingFence(this.buffer, length, opening.lineEnd);
      if (close !== 'unclear' && opening !== 'unclear') {
        // The body ends at the newline before the closing line, without a final "\r" (note-head/fences.ts).
        const bodyStart = opening.lineEnd + 1;
        let bodyEnd = close;
        if (bodyEnd > bodyStart && this.buffer[bodyEnd - 1] === CARRIAGE_RETURN) bodyEnd -= 1;
        const body = bodyEnd > bodyStart ? this.buffer.toString('utf8', bodyStart, bodyEnd) : '';
        return { kind: 'block', block: { language: opening.language, body } };
      }
      const view = this.buffer.subarray(0, length);
      if (atEnd) {
        const text = view.toString('utf8');
        const found = findFrontmatterBlock(text);
        if (found === null) return { kind: 'none' };
        if (found === 'unterminated') return { kind: 'unterminated', text, capped: false };
        return { kind: 'block', block: { language: found.language, body: found.body } };
      }
      if (length >= this.maxBytes) {
        const text = view.toString('utf8', 0, view.lastIndexOf(NEWLINE) + 1);
        return { kind: 'unterminated', text, capped: true };
      }
      window = Math.min(window * 2, this.maxBytes);
      this.grow(window);
      length += this.fill(fd, length, window - length);
      atEnd = length < window;
    }
  }

  /**
   * A note in UTF-16, with two byte-order marks or old Mac line endings (note-text.ts): read up to
   * the limit and decided by the core on its decoded text. Rare, so read whole rather than fast.
   */
  private readDecoded(fd: number, length: number, atEnd: boolean): NoteHead {
    while (!atEnd && length < this.maxBytes) {
      const window = Math.min(this.buffer.length * 2, this.maxBytes);
      this.grow(window);
      length += this.fill(fd, length, window - length);
      atEnd = length < window;
    }
    const text = decodeNoteText(this.buffer.subarray(0, length));
    const found = findFrontmatterBlock(text);
    if (found === null) return { kind: 'none' };
    if (found !== 'unterminated') return { kind: 'block', block: found };
    return atEnd
      ? { kind: 'unterminated', text, capped: false }
      : { kind: 'unterminated', text: text.slice(0, text.lastIndexOf('\n') + 1), capped: true };
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

/**
 * The opening fence: `---` at byte 0 (after a UTF-8 byte-order mark, if any), a language name
 * of ASCII letters, spaces or tabs, an optional carriage return, a newline. Null when the note has
 * none; 'unclear' when its first line does not end in the bytes read.
 */
function openingFence(buffer: Buffer, length: number): { language: string; lineEnd: number } | 'unclear' | null {
  let cursor = length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  if (length < cursor + 3 || buffer[cursor] !== 0x2d || buffer[cursor + 1] !== 0x2d || buffer[cursor + 2] !== 0x2d) return null;
  cursor += 3;
  const languageStart = cursor;
  while (cursor < length && isAsciiLetter(buffer[cursor] as number)) cursor += 1;
  const language = cursor === languageStart ? '' : buffer.toString('latin1', languageStart, cursor);
  while (cursor < length && (buffer[cursor] === 0x20 || buffer[cursor] === 0x09)) cursor += 1;
  if (cursor < length && buffer[cursor] === CARRIAGE_RETURN) cursor += 1;
  if (cursor === length) return 'unclear';
  return buffer[cursor] === NEWLINE ? { language, lineEnd: cursor } : null;
}

/**
 * Where the body ends: the newline before the first closing line (`---`, then only spaces, tabs
 * and a carriage return; `...` closes nothing, as in Obsidian). 'unclear' when the bytes read do not tell: no such line yet, or one
 * cut at the end of the bytes read (`---` could be the start of `----`). A plain loop over the
 * bytes: blocks are short, and it costs less than searching with Buffer.indexOf and a view.
 */
function closingFence(buffer: Buffer, length: number, from: number): number | 'unclear' {
  for (let newline = from; newline + 3 < length; newline += 1) {
    if (buffer[newline] !== NEWLINE) continue;
    if (buffer[newline + 1] !== 0x2d || buffer[newline + 2] !== 0x2d || buffer[newline + 3] !== 0x2d) continue;
    let cursor = newline + 4;
    while (cursor < length && (buffer[cursor] === 0x20 || buffer[cursor] === 0x09)) cursor += 1;
    if (cursor < length && buffer[cursor] === CARRIAGE_RETURN) cursor += 1;
    if (cursor === length) return 'unclear';
    if (buffer[cursor] === NEWLINE) return newline;
  }
  return 'unclear';
}

function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}
