// A feed given as an object (`.feed`), as the checker's preview gives one
// parsed file to a card, a partner list and a map: read once per object, so
// the elements share one validated feed (three reads of a 4 MiB file kept
// three models alive, and the page's garbage collector paused for them).
import { expect } from '@open-wc/testing';
import { readGivenFeed } from '../../src/feed/load-feeds.js';
import { validateFeed } from '../../src/feed/validate.js';
import { feedWith, project } from '../support/feeds.js';

describe('readGivenFeed', () => {
  it('reads an object given again once: the same result, the same feed', async () => {
    const given = feedWith({ projects: [project({ id: 'geteilt' })] });
    const first = readGivenFeed(given);
    expect(readGivenFeed(given)).to.equal(first);
    const { feed, warnings } = await first;
    expect(feed.projects.map((p) => p.id)).to.deep.equal(['geteilt']);
    expect(warnings).to.deep.equal([]);
    expect((await readGivenFeed(given)).feed).to.equal(feed);
  });

  it('reads another object anew, even with the same content', async () => {
    const a = feedWith({ projects: [project({ id: 'a' })] });
    const b = feedWith({ projects: [project({ id: 'a' })] });
    expect(readGivenFeed(b)).not.to.equal(readGivenFeed(a));
    expect((await readGivenFeed(b)).feed).not.to.equal((await readGivenFeed(a)).feed);
  });

  it('a value that is no object is read (and refused) as before', async () => {
    for (const value of ['{"version":"1"}', 42]) {
      const error = await readGivenFeed(value).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, String(value)).to.be.instanceOf(Error);
    }
  });

  /** A feed with records taken as they are and records the readers must read (a bad field, an unknown reference). */
  const mixed = (): Record<string, unknown> =>
    feedWith({
      organizations: [{ id: 'traeger', name: 'Träger', type: 'welfare' }],
      places: [
        { id: 'treff', name: 'Treff', project: 'p', geo: { lat: 52.26, lng: 10.52 } },
        { id: 'weit', name: 'Weit', geo: { lat: 0, lng: 0 } },
      ],
      offers: [
        {
          id: 'a',
          name: { de: 'Sprachcafé', en: 'Language café' },
          project: 'p',
          place: 'treff',
          provider: 'traeger',
          schedule: { rules: [{ freq: 'weekly', byDay: ['MO'] }] },
        },
        { id: 'b', name: ' Nähen ', url: 'javascript:alert(1)', place: 'nirgends' },
        { id: 'a', name: 'Zweimal' },
      ],
    });

  it("gives the same feed and warnings as the readers give for the page's object", async () => {
    const { feed, warnings } = await readGivenFeed(mixed());
    const read = validateFeed(mixed());
    expect(feed).to.deep.equal(read.feed);
    expect(warnings).to.deep.equal(read.warnings);
    expect(warnings.map((w) => w.code)).to.include.members(['invalid-url', 'unknown-reference', 'duplicate-id', 'invalid-coordinates']);
  });

  it("changes nothing of the page's object and shares nothing with it: records have no prototype", async () => {
    const given = mixed();
    const before = structuredClone(given);
    const { feed } = await readGivenFeed(given);
    expect(given).to.deep.equal(before);
    const offers = given['offers'] as Array<Record<string, unknown>>;
    expect(Object.getPrototypeOf(offers[0])).to.equal(Object.prototype);
    expect(typeof offers[0]!['name']).to.equal('object');
    for (const record of [...feed.offers, ...feed.places, ...feed.organizations]) {
      expect(Object.getPrototypeOf(record)).to.equal(null);
      expect(offers.includes(record as never)).to.equal(false);
    }
    expect(feed.offers[0]!.schedule).not.to.equal(offers[0]!['schedule'] as object);
    // A later change of the page's object does not reach the feed.
    (offers[0]!['name'] as Record<string, string>)['de'] = 'Geändert';
    (offers[0]!['schedule'] as { rules: Array<{ byDay: string[] }> }).rules[0]!.byDay.push('TU');
    expect(feed.offers[0]!.name).to.deep.equal({ de: 'Sprachcafé', en: 'Language café' });
    expect(feed.offers[0]!.schedule!.rules[0]!.byDay).to.deep.equal(['MO']);
  });

  it('reads an object that is not plain data with the readers, as before', async () => {
    const given = { ...mixed(), updated: new Date(0) };
    const { feed, warnings } = await readGivenFeed(given);
    const read = validateFeed({ ...mixed(), updated: new Date(0) });
    expect(feed).to.deep.equal(read.feed);
    expect(warnings).to.deep.equal(read.warnings);
    expect(warnings.map((w) => w.code)).to.include('invalid-date');
  });
});
