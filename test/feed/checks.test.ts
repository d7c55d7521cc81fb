/**
 * Single-value checks of `src/feed/checks.ts`: each returns the clean value or
 * `undefined` and never throws.
 */
import { expect } from '@open-wc/testing';
import {
  checkClock,
  checkCode,
  checkCount,
  checkDateTime,
  checkEmail,
  checkLanguageTag,
  checkLatitude,
  checkLongitude,
  checkPartialDate,
  checkPhone,
  checkSlug,
  checkUrl,
  cleanString,
  describeValue,
  isRecord,
  own,
} from '../../src/feed/checks.js';

const NOT_STRINGS: unknown[] = [undefined, null, 0, 1, true, {}, [], ['https://example.org/'], Symbol('x'), 10n];

/** A label for an assertion message that works for symbols and BigInts too. */
function label(value: unknown): string {
  if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? String(value);
}

describe('checks', () => {
  describe('checkUrl', () => {
    it('accepts absolute http and https URLs and returns them normalised', () => {
      expect(checkUrl('https://example.org/path?q=1#top')).to.equal('https://example.org/path?q=1#top');
      expect(checkUrl('http://example.org')).to.equal('http://example.org/');
      expect(checkUrl('HTTPS://EXAMPLE.org/A')).to.equal('https://example.org/A');
      expect(checkUrl('  https://example.org/x  ')).to.equal('https://example.org/x');
      expect(checkUrl('https://stadt.example/ä ö')).to.equal('https://stadt.example/%C3%A4%20%C3%B6');
      expect(checkUrl('https://xn--mnchen-3ya.example/')).to.equal('https://xn--mnchen-3ya.example/');
    });

    it('rejects javascript: however it is written', () => {
      for (const value of [
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'JavaScript:alert(1)',
        'java\tscript:alert(1)',
        'java\nscript:alert(1)',
        'java\rscript:alert(1)',
        ' javascript:alert(1)',
        '\u0000javascript:alert(1)',
        '\u001fjavascript:alert(1)',
        'javascript\t:alert(1)',
        '\u00a0javascript:alert(1)',
        'javascript://example.org/%0Aalert(1)',
        'javascript:https://example.org/',
      ]) {
        expect(checkUrl(value), label(value)).to.equal(undefined);
      }
    });

    it('rejects other schemes', () => {
      for (const value of [
        'data:text/html,<script>alert(1)</script>',
        'DATA:text/html;base64,PHNjcmlwdD4=',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'ftp://example.org/feed.json',
        'blob:https://example.org/1234',
        'ws://example.org/',
        'tel:+495341123',
        'mailto:info@example.org',
      ]) {
        expect(checkUrl(value), value).to.equal(undefined);
      }
    });

    it('rejects relative, protocol-relative and host-less URLs', () => {
      for (const value of [
        '/feed.json',
        'feed.json',
        './feed.json',
        '?q=1',
        '#top',
        '//example.org/feed.json',
        'https://',
        'http://',
        'https:',
        '',
        '   ',
        'www.example.org',
      ]) {
        expect(checkUrl(value), label(value)).to.equal(undefined);
      }
    });

    it('rejects non-strings and overlong strings', () => {
      for (const value of NOT_STRINGS) expect(checkUrl(value)).to.equal(undefined);
      const long = `https://example.org/${'a'.repeat(2100)}`;
      expect(checkUrl(long)).to.equal(undefined);
      const fits = `https://example.org/${'a'.repeat(2000)}`;
      expect(checkUrl(fits)).to.equal(fits);
    });

    it('accepts mailto: and tel: only when they are allowed', () => {
      expect(checkUrl('mailto:info@example.org')).to.equal(undefined);
      expect(checkUrl('mailto:info@example.org', ['https:', 'http:', 'mailto:'])).to.equal('mailto:info@example.org');
      expect(checkUrl('tel:+495341123', ['tel:'])).to.equal('tel:+495341123');
      // Allowing mailto: does not let javascript: in.
      expect(checkUrl('javascript:alert(1)', ['https:', 'http:', 'mailto:'])).to.equal(undefined);
      // Only the listed schemes: https only means http is out.
      expect(checkUrl('http://example.org/', ['https:'])).to.equal(undefined);
      expect(checkUrl('https://example.org/', ['https:'])).to.equal('https://example.org/');
    });
  });

  describe('checkSlug', () => {
    it('accepts lowercase slugs', () => {
      for (const value of ['a', 'lena-seesen', 'obere-berliner-strasse-2', '2024', 'a-b-c']) {
        expect(checkSlug(value), value).to.equal(value);
      }
    });
    it('rejects anything else', () => {
      for (const value of [
        '',
        'Lena',
        'lena_seesen',
        'lena seesen',
        '-lena',
        'lena-',
        'lena--seesen',
        'straße',
        ' lena',
        'lena\n',
        '__proto__',
        'a'.repeat(121),
        ...NOT_STRINGS,
      ]) {
        expect(checkSlug(value), label(value)).to.equal(undefined);
      }
      expect(checkSlug('a'.repeat(120))).to.equal('a'.repeat(120));
    });
  });

  describe('checkLanguageTag', () => {
    it('accepts BCP 47 tags', () => {
      for (const value of ['de', 'en', 'ar', 'tr', 'ckb', 'de-DE', 'de-x-plain', 'zh-Hant-TW', 'sr-Latn', 'EN']) {
        expect(checkLanguageTag(value), value).to.equal(value);
      }
    });
    it('rejects what is not a tag', () => {
      for (const value of ['', 'd', 'deutsch', 'de_DE', 'de-', '-de', 'de-toolongsubtag', 'de DE', '12', 'x-plain', 'a'.repeat(36), ...NOT_STRINGS]) {
        expect(checkLanguageTag(value), label(value)).to.equal(undefined);
      }
    });
  });

  describe('checkEmail', () => {
    it('accepts ordinary addresses, trimmed', () => {
      expect(checkEmail('info@example.org')).to.equal('info@example.org');
      expect(checkEmail('  quartier.lena+news@stadt-seesen.de ')).to.equal('quartier.lena+news@stadt-seesen.de');
    });
    it('rejects anything else', () => {
      for (const value of [
        '',
        'info',
        'info@',
        '@example.org',
        'info@example',
        'info@example.o',
        'in fo@example.org',
        'info@@example.org',
        '<info@example.org>',
        'info@example.org, other@example.org',
        'mailto:info@example.org',
        'a@b.c"><script>',
        ...NOT_STRINGS,
      ]) {
        expect(checkEmail(value), label(value)).to.equal(undefined);
      }
    });
  });

  describe('checkPhone', () => {
    it('accepts numbers as people write them', () => {
      for (const value of ['05341 123456', '+49 5341 123-456', '(05381) 75-0', '(+49) 5341 1234', '0531/123.45', '+4953811234', '112', '05341 123–45']) {
        expect(checkPhone(value), value).to.equal(value);
      }
      expect(checkPhone(' 05341 1234 ')).to.equal('05341 1234');
    });
    it('rejects what is not a phone number', () => {
      for (const value of [
        '',
        '12',
        'call us',
        'tel:05341',
        '+',
        '++49 5341',
        '0 -',
        '1 / 2',
        '(0) ()',
        '(',
        '0531 1234 ext. 5',
        '0'.repeat(40),
        '05341<script>',
        ...NOT_STRINGS,
      ]) {
        expect(checkPhone(value), label(value)).to.equal(undefined);
      }
    });
  });

  describe('checkPartialDate', () => {
    it('accepts years, months and real days', () => {
      for (const value of ['2012', '2021-01', '2021-12-31', '2024-02-29', '2000-02-29', '2021-02-28', '1800', '2200']) {
        expect(checkPartialDate(value), value).to.equal(value);
      }
      expect(checkPartialDate(2012)).to.equal('2012');
    });
    it('rejects impossible or malformed dates', () => {
      for (const value of [
        '2021-02-29',
        '1900-02-29',
        '2021-13',
        '2021-00',
        '2021-04-31',
        '2021-01-00',
        '2021-01-32',
        '21-01-01',
        '2021-1-1',
        '2021/01/01',
        '2021-01-01T10:00',
        ' 2021',
        '1799',
        '2201',
        '',
        2012.5,
        null,
        undefined,
        {},
      ]) {
        expect(checkPartialDate(value), label(value)).to.equal(undefined);
      }
    });
  });

  describe('checkDateTime', () => {
    it('accepts dates and local or zoned date-times', () => {
      for (const value of [
        '2026-06-20',
        '2026-06-20T15:00',
        '2026-06-20T15:00:30',
        '2026-06-20T15:00:30.123',
        '2026-06-20T23:59:59Z',
        '2026-06-20T15:00+02:00',
        '2024-02-29T00:00',
      ]) {
        expect(checkDateTime(value), value).to.equal(value);
      }
    });
    it('rejects impossible or malformed date-times', () => {
      for (const value of [
        '2026',
        '2026-06',
        '2021-02-29T10:00',
        '2026-13-01T10:00',
        '2026-06-20T24:00',
        '2026-06-20T10:60',
        '2026-06-20T10:00:60',
        '2026-06-20 15:00',
        '2026-06-20T15',
        '2026-06-20T5:00',
        '20.06.2026',
        '',
        1_750_000_000_000,
        null,
      ]) {
        expect(checkDateTime(value), label(value)).to.equal(undefined);
      }
    });
  });

  describe('checkClock', () => {
    it('accepts HH:MM from 00:00 to 24:00', () => {
      for (const value of ['00:00', '09:30', '10:00', '23:59', '24:00']) expect(checkClock(value), value).to.equal(value);
    });
    it('rejects anything else', () => {
      for (const value of ['24:01', '25:00', '23:60', '9:30', '09:3', '0930', '09:30:00', '9 Uhr', '', 930, null]) {
        expect(checkClock(value), label(value)).to.equal(undefined);
      }
    });
  });

  describe('coordinates', () => {
    it('checks latitude in −90…90', () => {
      for (const value of [-90, -45.5, 0, 52.15, 90]) expect(checkLatitude(value)).to.equal(value);
      for (const value of [-90.0001, 90.0001, 180, NaN, Infinity, -Infinity, '52.1', null, undefined]) {
        expect(checkLatitude(value), String(value)).to.equal(undefined);
      }
    });
    it('checks longitude in −180…180', () => {
      for (const value of [-180, -10.1, 0, 10.33, 180]) expect(checkLongitude(value)).to.equal(value);
      for (const value of [-180.0001, 180.0001, 360, NaN, Infinity, '10.3', null, undefined]) {
        expect(checkLongitude(value), String(value)).to.equal(undefined);
      }
    });
  });

  describe('small helpers', () => {
    it('checkCount accepts finite numbers ≥ 0 only', () => {
      expect(checkCount(0)).to.equal(0);
      expect(checkCount(2000)).to.equal(2000);
      expect(checkCount(7.5)).to.equal(7.5);
      for (const value of [-1, NaN, Infinity, '2000', null]) expect(checkCount(value)).to.equal(undefined);
    });

    it('checkCode accepts listed codes only, case-sensitively', () => {
      const codes = ['weekly', 'monthly'] as const;
      expect(checkCode('weekly', codes)).to.equal('weekly');
      expect(checkCode('Weekly', codes)).to.equal(undefined);
      expect(checkCode('daily', codes)).to.equal(undefined);
      expect(checkCode(['weekly'], codes)).to.equal(undefined);
    });

    it('cleanString normalises line breaks, removes control characters, trims', () => {
      expect(cleanString('  a\r\nb\rc\u0000d\u0007e\u009Ff\t g  ')).to.equal('a\nb\ncdef\t g');
      expect(cleanString('   \u0001 ')).to.equal(undefined);
      expect(cleanString('')).to.equal(undefined);
      expect(cleanString(42)).to.equal(undefined);
      expect(cleanString('abcdef', 3)).to.equal('abc');
      expect(cleanString('<b>fett</b>')).to.equal('<b>fett</b>');
    });

    it('own reads own properties only', () => {
      const proto = { inherited: 1 };
      const record = Object.create(proto) as Record<string, unknown>;
      record['mine'] = 2;
      expect(own(record, 'mine')).to.equal(2);
      expect(own(record, 'inherited')).to.equal(undefined);
      expect(own({}, 'toString')).to.equal(undefined);
      expect(own({}, 'constructor')).to.equal(undefined);
    });

    it('isRecord is true for plain objects only', () => {
      expect(isRecord({})).to.equal(true);
      expect(isRecord(Object.create(null))).to.equal(true);
      expect(isRecord([])).to.equal(false);
      expect(isRecord(null)).to.equal(false);
      expect(isRecord('x')).to.equal(false);
    });

    it('describeValue is short, printable and never throws', () => {
      expect(describeValue('abc')).to.equal('"abc"');
      expect(describeValue(undefined)).to.equal('undefined');
      expect(describeValue({ a: 1 })).to.equal('{"a":1}');
      expect(describeValue(10n)).to.be.a('string');
      const cyclic: Record<string, unknown> = {};
      cyclic['self'] = cyclic;
      expect(describeValue(cyclic)).to.equal('[object Object]');
      const long = describeValue('x'.repeat(500));
      expect(long.length).to.equal(78);
      expect(long.endsWith('…')).to.equal(true);
      expect(describeValue('a\u0000b')).to.not.include('\u0000');
    });
  });
});
