import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wellFormed } from '../../src/core/well-formed';

describe('well-formed text', () => {
  it.each([
    ['plain', 'plain'],
    ['\uD83D\uDE00 pair', '\uD83D\uDE00 pair'],
    ['lone high \uD800 x', 'lone high \uFFFD x'],
    ['lone low \uDC00 x', 'lone low \uFFFD x'],
    ['reversed \uDC00\uD800', 'reversed \uFFFD\uFFFD'],
    ['high high low \uD800\uD83D\uDE00', 'high high low \uFFFD\uD83D\uDE00'],
    ['at the end \uD800', 'at the end \uFFFD'],
  ])('%j', (text, expected) => {
    expect(wellFormed(text)).toBe(expected);
  });

  it('agrees with a UTF-8 round trip on any mix of halves, pairs and letters', () => {
    const unit = fc.constantFrom('a', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00');
    const [encoder, decoder] = [new TextEncoder(), new TextDecoder()];
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(wellFormed(text)).toBe(decoder.decode(encoder.encode(text)));
      }),
    );
  });
});
