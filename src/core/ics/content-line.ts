/** RFC 5545 content lines: TEXT escaping and folding, by the octets of UTF-8. */

import { wellFormed } from '../well-formed';

/** Lines are folded so that none is longer than this many octets, not counting the CRLF. */
export const MAX_LINE_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, any line break →
 * `\n`. Other control characters are dropped (TEXT allows only HTAB); lone surrogates, which
 * UTF-8 cannot carry, become U+FFFD.
 */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\t\n\P{Cc}]/gu, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets of UTF-8; each
 * continuation starts with a space, which counts. A character is never split across lines,
 * however many octets it takes. Returns the lines joined by CRLF, without a final CRLF.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** The number of octets a string takes in UTF-8 (a lone surrogate counts as U+FFFD, 3 octets). */
export function utf8Length(text: string): number {
  let length = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return length;
}

/** The UTF-8 octets of a string. */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const character of wellFormed(text)) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return bytes;
}

/**
 * A 64-bit FNV-1a hash of the text's UTF-8, as 16 hex digits: a short, stable name for a value,
 * the same in every run and on every machine. Not for secrets.
 */
export function fnv1a64(text: string): string {
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  let hash = 0xcbf29ce484222325n;
  for (const byte of utf8Bytes(text)) hash = ((hash ^ BigInt(byte)) * prime) & mask;
  return hash.toString(16).padStart(16, '0');
}
