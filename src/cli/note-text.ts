/**
 * The text of a note saved by a tool other than Obsidian, in the form the core's fences read:
 * UTF-16 (little- or big-endian, told by its byte-order mark, as Windows Notepad saves "Unicode")
 * decoded, every leading byte-order mark dropped (a tool that adds one to a file that had one
 * leaves two), and old Mac line endings (a carriage return alone) read as newlines, as YAML reads
 * them. Such notes are rare; the head reader sends only them here (read-head.ts).
 */
export function decodeNoteText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf16le', 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // A trailing odd byte is half a character: left out, as a decoder would.
    const even = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    text = even.swap16().toString('utf16le');
  } else text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  let start = 0;
  while (text.charCodeAt(start) === 0xfeff) start += 1;
  if (start > 0) text = text.slice(start);
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Whether the bytes start like a note that needs decodeNoteText: a UTF-16 byte-order mark, two
 * UTF-8 ones, or a first line (after a byte-order mark) that ends in a carriage return alone.
 * Notes in UTF-8 with LF or CRLF, which is all of them in most vaults, are read from their bytes.
 */
export function needsDecoding(bytes: Uint8Array, length: number): boolean {
  if (length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const bom = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bom === 3 && length >= 6 && bytes[3] === 0xef && bytes[4] === 0xbb && bytes[5] === 0xbf) return true;
  if (length < bom + 3 || bytes[bom] !== 0x2d || bytes[bom + 1] !== 0x2d || bytes[bom + 2] !== 0x2d) return false;
  for (let cursor = bom + 3; cursor < length; cursor += 1) {
    const byte = bytes[cursor];
    if (byte === 0x0a) return false;
    if (byte === 0x0d) return cursor + 1 < length && bytes[cursor + 1] !== 0x0a;
  }
  return false;
}
