import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoLink, telLink } from '../../src/core/drafts/contact-links';

// A contact note's email and phone are text anyone could have typed (or pasted from anywhere):
// the links built from them stay mailto: and tel: links, with every character percent-encoded.

const hostile = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'a@b.c?cc=boss@example.com&bcc=all@example.com',
    'a@b.c#x',
    'a@b.c\r\nBcc: all@example.com',
    '"><script>',
    '%0D%0ABcc:x',
    'mailto:a@b.c',
    'tel:+1',
    ' +1 (415) 555-0177 x9 ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('links from contact fields, for any text', () => {
  it('a mailto: link keeps its scheme, and every reserved or non-ASCII character of the address is encoded', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (email, subject, body) => {
        const link = mailtoLink(email, subject, body);
        expect(link).toMatch(/^mailto:[A-Za-z0-9%\-_.!~*'()@,]*(?:\?[A-Za-z0-9%\-_.!~*'()=&]*)?$/);
        expect(link.split('?')).toHaveLength(link.includes('?') ? 2 : 1);
        const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : '';
        for (const pair of query === '' ? [] : query.split('&')) expect(pair).toMatch(/^(?:subject|body)=/);
      }),
      { numRuns: 300 },
    );
  });

  it('a tel: link is digits only, with an optional + and extension', () => {
    fc.assert(
      fc.property(hostile, (phone) => {
        const link = telLink(phone);
        if (link !== null) expect(link).toMatch(/^tel:\+?\d+(?:;ext=\d+)?$/);
      }),
      { numRuns: 300 },
    );
  });
});
