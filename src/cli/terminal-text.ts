/**
 * What a terminal acts on rather than shows: C0 controls but tab and line feed, DEL, and C1
 * (`\u009b` starts a sequence too); and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which reorder the text around them so that what the user reads
 * is not what is there ("Trojan Source"). The marks (U+200E, U+200F, U+061C) only place neutral
 * characters in right-to-left text and stay, as names in Hebrew or Arabic may hold them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from notes made safe to print: each control character is shown as its `\uXXXX` code, so a
 * note can neither hide text, reorder it, nor rewrite the screen or the window title. The same
 * notation is a valid escape inside a JSON string, so JSON output passed through it means the
 * same data.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A format other programs read (the calendar, the digest's e-mail) when standard output is a
 * terminal: there it is text for the user's eyes, so controls are shown by their code as in
 * {@link terminalText}; only a carriage return that ends a line with its line feed (CRLF, as
 * .ics lines end) stays, since there it moves nothing. To a file or a pipe the format is exact.
 */
export function terminalFormat(text: string): string {
  return text.replace(CONTROL, (character, offset: number) =>
    character === '\r' && text.charCodeAt(offset + 1) === 0x0a ? character : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
