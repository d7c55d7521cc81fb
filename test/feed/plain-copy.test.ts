/**
 * The plain copies of a given feed's records (`src/feed/plain-copy.ts`):
 * plain data copied whole, sharing nothing; anything else left to the
 * readers (`undefined`).
 */
import { expect } from '@open-wc/testing';
import { plainCopier } from '../../src/feed/plain-copy.js';

const plainCopy = (value: unknown): Json | undefined => plainCopier()(value);

type Json = Record<string, unknown>;

/** Every object and list reachable from `value`. */
function objects(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const v of Object.values(value)) objects(v, into);
  }
  return into;
}

describe('plainCopier', () => {
  it('copies plain data whole, with no object or list shared', () => {
    const given: Json = {
      version: '1',
      offers: [{ id: 'a', name: { de: 'A' }, dates: [{ start: '2026-06-20' }], geo: { lat: 52.1, lng: -0 }, free: true, none: null }],
      empty: {},
      list: [[1, [2, 'x']], []],
    };
    const copy = plainCopy(given);
    expect(copy).to.deep.equal(given);
    const mine = objects(given);
    for (const object of objects(copy)) expect(mine.has(object)).to.equal(false);
  });

  it('keeps an own `__proto__` as an own property and leaves the prototype alone', () => {
    const given = JSON.parse('{"version":"1","__proto__":{"url":"https://evil.example/"}}') as Json;
    const copy = plainCopy(given)!;
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['version', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).to.deep.equal({ url: 'https://evil.example/' });
  });

  it('copies own properties only, not those of a polluted prototype', () => {
    (Object.prototype as Json)['polluted'] = 'ja';
    try {
      const copy = plainCopy({ version: '1', offers: [{ id: 'a' }] })!;
      expect(Object.keys(copy)).to.deep.equal(['version', 'offers']);
      expect(Object.keys((copy['offers'] as Json[])[0]!)).to.deep.equal(['id']);
    } finally {
      delete (Object.prototype as Json)['polluted'];
    }
  });

  it('answers undefined for what is not plain data, or too large, or throws', () => {
    const cycle: Json = { version: '1' };
    cycle['self'] = cycle;
    const sparse: unknown[] = [];
    sparse.length = 1_000_000;
    const deep: Json = { version: '1' };
    let at = deep;
    for (let i = 0; i < 100; i++) at = at['next'] = {};
    class Offer {
      id = 'a';
    }
    const cases: Array<[string, unknown]> = [
      ['a string', '{"version":"1"}'],
      ['a list', [{ version: '1' }]],
      ['null', null],
      ['a Date', { version: '1', updated: new Date(0) }],
      ['a Map', { version: '1', offers: new Map() }],
      ['a class instance', { version: '1', offers: [new Offer()] }],
      ['a cycle', cycle],
      ['a list beyond every limit', { version: '1', offers: sparse }],
      ['nesting beyond any field', deep],
      [
        'a getter that throws',
        Object.defineProperty({ version: '1' }, 'offers', {
          enumerable: true,
          get() {
            throw new Error('nein');
          },
        }),
      ],
    ];
    for (const [name, given] of cases) expect(plainCopy(given), name).to.equal(undefined);
  });

  it('shares one budget of values between the copies of one feed', () => {
    const copier = plainCopier();
    const big = { id: 'a', list: Array.from({ length: 40_000 }, () => [1, 2, 3, 4, 5, 6, 7, 8, 9]) };
    let copies = 0;
    while (copier(big) !== undefined) copies++;
    // About 400,000 values a copy, 4,000,000 in all.
    expect(copies).to.equal(9);
    expect(copier({ id: 'b' })).to.equal(undefined);
    expect(plainCopier()({ id: 'b' })).to.deep.equal({ id: 'b' });
  });
});
