/**
 * `mailto:` and `tel:` links for a drafted message. Pure: they build text, they open nothing.
 */

import { wellFormed } from '../well-formed';

/** Lone halves of a surrogate pair cannot be UTF-8 encoded; they become U+FFFD as a decoder would. */

/**
 * A `mailto:` URI (RFC 6068) to one or more addresses, with a subject and a body.
 *
 * Every header value is UTF-8 percent-encoded, so `&`, `?`, `#`, `=`, `%`, `+`, spaces and
 * non-ASCII text arrive as written; line breaks become `%0D%0A` as the RFC asks. Addresses keep
 * their `@` and are otherwise encoded the same way. Empty headers are left out; an empty list of
 * addresses gives `mailto:?subject=…`, which mail programs open with the recipient to fill in.
 */
export function mailtoLink(email: string | readonly string[], subject: string, body: string): string {
  const addresses = (typeof email === 'string' ? [email] : email)
    .map((address) =>
      address
        .trim()
        .replace(/^mailto:/i, '')
        .trim(),
    )
    .filter((address) => address !== '')
    .map((address) => encode(address).replace(/%40/g, '@'));
  const headers: string[] = [];
  if (subject.trim() !== '') headers.push(`subject=${encode(subject.replace(/\r\n?|\n/g, ' '))}`);
  if (body !== '') headers.push(`body=${encode(body.replace(/\r\n?|\n/g, '\r\n'))}`);
  return `mailto:${addresses.join(',')}${headers.length > 0 ? `?${headers.join('&')}` : ''}`;
}

/**
 * A `tel:` URI (RFC 3966) for a phone number as people write it: `+1 (415) 555-0177` becomes
 * `tel:+14155550177`; an extension (`ext. 12`, `x12`) becomes `;ext=12`. Null when the text
 * holds no digits to dial.
 */
export function telLink(phone: string): string | null {
  const extension = /\s*(?:ext\.?|extension|x|#)\s*(\d+)\s*$/i.exec(phone);
  const number = extension ? phone.slice(0, extension.index) : phone;
  const digits = number.replace(/[^\d]/g, '');
  if (digits === '') return null;
  const plus = number.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${digits}${extension ? `;ext=${extension[1]}` : ''}`;
}

function encode(text: string): string {
  return encodeURIComponent(wellFormed(text));
}
