/**
 * The validator's set of ids (`src/feed/id-set.ts`): the same answers as a
 * native `Set`, for ids fresh from JSON.parse, however many, and when every
 * id collides.
 */
import { expect } from '@open-wc/testing';
import { IdSet } from '../../src/feed/id-set.js';

/** `count` distinct ids, each a string of its own (as JSON.parse makes them). */
function ids(count: number, prefix = 'angebot'): string[] {
  return JSON.parse(JSON.stringify(Array.from({ length: count }, (_, i) => `${prefix}-${i}`))) as string[];
}

describe('IdSet', () => {
  it('adds an id once and finds it, by its text, not by the string object', () => {
    const set = new IdSet();
    expect(set.has('treff')).to.equal(false);
    expect(set.add('treff')).to.equal(true);
    expect(set.add('treff')).to.equal(false);
    const [same] = JSON.parse('["treff"]') as string[];
    expect(set.has(same!)).to.equal(true);
    expect(set.has('treff-2')).to.equal(false);
    expect(set.has('')).to.equal(false);
    expect(set.size).to.equal(1);
  });

  it('answers as a native Set for 100,000 ids, beyond the size it was made for', () => {
    const added = ids(100_000);
    const set = new IdSet(1_000);
    for (const id of added) expect(set.add(id)).to.equal(true);
    expect(set.size).to.equal(100_000);
    for (const id of ids(100_000)) expect(set.has(id)).to.equal(true);
    for (const id of ids(1_000, 'ort')) expect(set.has(id)).to.equal(false);
    for (const id of ids(1_000)) expect(set.add(id)).to.equal(false);
  });

  it('adds the id it was last asked about, also after another one was found', () => {
    const set = IdSet.of([{ id: 'a' }, { id: 'b' }]);
    expect(set.has('c')).to.equal(false);
    expect(set.has('a')).to.equal(true);
    expect(set.add('c')).to.equal(true);
    expect(set.has('c')).to.equal(true);
    expect(set.has('d')).to.equal(false);
    expect(set.add('e')).to.equal(true);
    expect(set.add('d')).to.equal(true);
    expect(set.size).to.equal(5);
  });

  it('moves to a native Set when every id collides, with the same answers', () => {
    const set = new IdSet();
    // A hash that collides for every id, as a feed written against a known hash would.
    (set as unknown as { hash: (id: string) => number }).hash = () => 7;
    const added = ids(2_000);
    for (const id of added) expect(set.add(id)).to.equal(true);
    expect((set as unknown as { native?: Set<string> }).native, 'a native Set').to.be.instanceOf(Set);
    expect(set.size).to.equal(2_000);
    for (const id of ids(2_000)) {
      expect(set.has(id)).to.equal(true);
      expect(set.add(id)).to.equal(false);
    }
    expect(set.has('ort-1')).to.equal(false);
  });
});
