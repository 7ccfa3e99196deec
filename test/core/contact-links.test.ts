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

describe('a mailto: link at the edges', () => {
  it('takes an address written with its scheme in any case and spaces around it', () => {
    expect(mailtoLink(' MAILTO: jane@example.com ', '', '')).toBe('mailto:jane@example.com');
    expect(mailtoLink(['  ', 'Mailto:'], 'Hi', '')).toBe('mailto:?subject=Hi');
    expect(mailtoLink('jane.mailto:x@example.com', '', '')).toBe('mailto:jane.mailto%3Ax@example.com');
  });

  it('leaves out a subject of spaces only, and keeps a body of spaces', () => {
    expect(mailtoLink('a@b.c', ' \t ', '  ')).toBe('mailto:a@b.c?body=%20%20');
  });

  it('makes every kind of line break one space in the subject and CRLF in the body', () => {
    expect(mailtoLink('a@b.c', 'a\r\nb\rc\nd', 'a\r\nb\rc\nd')).toBe('mailto:a@b.c?subject=a%20b%20c%20d&body=a%0D%0Ab%0D%0Ac%0D%0Ad');
  });
});

describe('a tel: link at the edges', () => {
  it.each([
    [' +1 415 555 0177 ', 'tel:+14155550177'],
    ['00 1 415', 'tel:001415'],
    ['1 +415', 'tel:1415'],
    ['555 0100 extension 42', 'tel:5550100;ext=42'],
    ['555 0100 #9', 'tel:5550100;ext=9'],
    ['555 0100 EXT 3 ', 'tel:5550100;ext=3'],
    ['555 0100ext.7', 'tel:5550100;ext=7'],
    ['ext. 12', null],
    ['555 x12 0100', 'tel:555120100'],
    ['555 0100 ext. twelve', 'tel:5550100'],
  ])('%j → %j', (phone, expected) => {
    expect(telLink(phone)).toBe(expected);
  });
});
