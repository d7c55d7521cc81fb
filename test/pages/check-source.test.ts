// The checker page's size limit for pasted text (pages/check-source.ts): the
// widgets' 5 MiB in UTF-8, counted without encoding the text, byte for byte
// as TextEncoder counts, at the limit and one byte over.
import { expect } from '@open-wc/testing';
import { tooLarge } from '../../pages/check-source.js';
import { DEFAULT_MAX_BYTES } from '../../src/feed/fetch-feed.js';

const MAX = DEFAULT_MAX_BYTES;
const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('the checker’s size limit for pasted text', () => {
  const cases: Array<[string, string]> = [
    ['ASCII', 'a'.repeat(MAX)],
    ['two-byte letters', 'ä'.repeat(MAX / 2)],
    ['three-byte letters and ASCII', `${'€'.repeat((MAX - 2) / 3)}ab`],
    ['surrogate pairs (four bytes)', '😀'.repeat(MAX / 4)],
    ['lone surrogates (written as U+FFFD, three bytes)', `${'\ud800'.repeat((MAX - 2) / 3)}ab`],
  ];
  for (const [name, text] of cases) {
    it(`${name}: ${MAX.toLocaleString('en')} bytes pass, one more does not`, () => {
      expect(bytes(text)).to.equal(MAX);
      expect(tooLarge(text, 'pasted')).to.equal(undefined);
      const over = tooLarge(`${text}a`, 'pasted');
      expect(over?.code).to.equal('too-large');
      expect(over?.details).to.include({ url: 'pasted', value: MAX });
    });
  }

  it('short texts and files are judged without counting', () => {
    expect(tooLarge('{"version":"1"}', 'pasted')).to.equal(undefined);
    expect(tooLarge(new Blob(['a'.repeat(MAX + 1)]), 'feed.json')?.code).to.equal('too-large');
    expect(tooLarge(new Blob(['a'.repeat(MAX)]), 'feed.json')).to.equal(undefined);
  });
});
