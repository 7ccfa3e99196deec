/** What a terminal acts on rather than shows: C0 controls but tab and line feed, DEL, and C1 (`\u009b` starts a sequence too). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from notes made safe to print: each control character is shown as its `\u00XX` code, so a
 * note can neither hide text nor rewrite the screen or the window title. The same notation is a
 * valid escape inside a JSON string, so JSON output passed through it means the same data.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
