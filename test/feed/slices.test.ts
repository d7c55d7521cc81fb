/**
 * Work on a large feed in slices (`checkReferencesInSlices`, `indexFeed`):
 * the same result as at once, with pauses between slices.
 */
import { expect } from '@open-wc/testing';
import { indexFeed, placeOffers, projectOffers, projectPlaces } from '../../src/feed/query.js';
import type { Feed, FeedWarning } from '../../src/feed/types.js';
import { checkReferences, checkReferencesInSlices, readFeed } from '../../src/feed/validate.js';

/** `count` places and offers of one project; every tenth offer names a place that does not exist. */
function largeFeed(count: number): Feed {
  const places = [];
  const offers = [];
  for (let i = 1; i <= count; i++) {
    places.push({ id: `ort-${i}`, name: `Ort ${i}`, project: 'testprojekt' });
    offers.push({ id: `angebot-${i}`, name: `Angebot ${i}`, place: i % 10 === 0 ? `fehlt-${i}` : `ort-${i}` });
  }
  return readFeed({ version: '1', projects: [{ id: 'testprojekt', name: 'Testprojekt (erzeugte Testdaten)' }], places, offers }).feed;
}

/** A pause that counts how often it was called. */
function counting(): { pause: () => Promise<void>; readonly count: number } {
  const state = {
    count: 0,
    pause: (): Promise<void> => {
      state.count++;
      return Promise.resolve();
    },
  };
  return state;
}

describe('work in slices', () => {
  it('checks references in slices with the same feed and warnings as at once', async () => {
    const feed = largeFeed(3_000);
    const atOnce: FeedWarning[] = [];
    const sliced: FeedWarning[] = [];
    const expected = checkReferences(feed, atOnce);
    const pauses = counting();
    const checked = await checkReferencesInSlices(feed, sliced, pauses.pause);
    expect(checked).to.deep.equal(expected);
    expect(sliced).to.deep.equal(atOnce);
    expect(atOnce).to.have.length(300);
    // 3,000 places and 3,000 offers at 500 a slice, and the steps between the lists.
    expect(pauses.count).to.be.at.least(10);
  });

  it('builds the records by id in slices; lookups (and the joins made when first asked) then answer as without it', async () => {
    const feed = checkReferences(largeFeed(3_000), []);
    const fresh = checkReferences(largeFeed(3_000), []);
    const pauses = counting();
    await indexFeed(feed, pauses.pause);
    // 3,000 places at 1,000 a slice.
    expect(pauses.count).to.be.at.least(2);
    const project = feed.projects[0]!;
    expect(projectOffers(feed, project).map((o) => o.id)).to.deep.equal(projectOffers(fresh, fresh.projects[0]!).map((o) => o.id));
    expect(projectPlaces(feed, project)).to.have.length(3_000);
    expect(placeOffers(feed, feed.places[0]!).map((o) => o.id)).to.deep.equal(['angebot-1']);
    // Made once: asking again costs no second pass (the same lists come back).
    const again = counting();
    await indexFeed(feed, again.pause);
    expect(again.count).to.equal(0);
  });
});
