// A feed given as an object (`.feed`), as the checker's preview gives one
// parsed file to a card, a partner list and a map: read once per object, so
// the elements share one validated feed (three reads of a 4 MiB file kept
// three models alive, and the page's garbage collector paused for them).
import { expect } from '@open-wc/testing';
import { readGivenFeed } from '../../src/feed/load-feeds.js';
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
});
