// The checker page's message from its worker (pages/check-transfer.ts): the
// long lists travel cut at LISTED entries, each in full only as transferred
// bytes, so that the page's main thread does not rebuild 20,000 problems as
// objects; the page reads a full list back when it is downloaded.
import { expect } from '@open-wc/testing';
import { checkFeed } from '../../src/checker/check.js';
import { LISTED, LONG_LISTS, packCheck, pageCheck, unpackCheck } from '../../pages/check-transfer.js';
import { invalidOrganizationsFeed } from '../../scripts/bench/worst-feeds.js';

describe('the checker worker’s message', () => {
  const text = invalidOrganizationsFeed(30_000);
  const check = checkFeed(text, 'feed.json');

  it('carries at most LISTED entries of each list as objects, the rest as transferred bytes, whatever the feed', () => {
    // 20,000 organisations are read (the feed's limit), each a problem and a dropped record.
    expect(check.warnings.length).to.equal(20_001);
    expect(check.dropped.length).to.equal(20_000);
    const { packed, transfer } = packCheck(check);
    for (const list of LONG_LISTS) expect(packed[list].length, list).to.be.at.most(LISTED);
    expect(packed.totals).to.include({ warnings: 20_001, dropped: 20_000, hints: 0, readProblems: 0 });
    expect(Object.keys(packed.fullLists).sort()).to.deep.equal(['dropped', 'warnings']);
    expect(transfer.every((buffer) => buffer instanceof ArrayBuffer)).to.equal(true);
    // What is copied (the buffers are moved): a few hundred entries, not 40,000.
    const copied = JSON.stringify({ ...packed, fullLists: undefined }).length;
    expect(copied).to.be.below(300_000);
    expect(JSON.stringify(check.warnings).length + JSON.stringify(check.dropped).length).to.be.above(10 * copied);
    // Sent as the worker sends it: the buffers move, the copy keeps them.
    const received = structuredClone(packed, { transfer });
    expect(transfer.every((buffer) => buffer.byteLength === 0)).to.equal(true);
    expect(
      Object.values(received.fullLists)
        .flat()
        .every((buffer) => buffer.byteLength > 0),
    ).to.equal(true);
  });

  it('gives the page the first entries to draw and each list in full for a download, as the check made them', async () => {
    const { packed, transfer } = packCheck(check);
    const page = unpackCheck(structuredClone(packed, { transfer }), text);
    expect(page.warnings).to.deep.equal(check.warnings.slice(0, LISTED));
    expect(page.dropped).to.deep.equal(check.dropped.slice(0, LISTED));
    // Read a chunk at a time, with a pause between chunks.
    let pauses = 0;
    const pause = async (): Promise<void> => void pauses++;
    expect(await page.readFull('warnings', pause)).to.deep.equal(check.warnings);
    expect(pauses).to.be.above(5);
    expect(await page.readFull('dropped', pause)).to.deep.equal(check.dropped);
    expect(await page.readFull('hints', pause)).to.deep.equal([]);
    expect(page.text).to.equal(text);
    expect(page.projects).to.deep.equal(['testprojekt']);
  });

  it('a check made on the page (a spreadsheet) is cut the same way and keeps its lists', async () => {
    const page = pageCheck(check);
    expect(page.warnings.length).to.equal(LISTED);
    expect(page.totals.warnings).to.equal(20_001);
    expect(await page.readFull('warnings', async () => {})).to.equal(check.warnings);
  });

  it('a failure travels as its code and details and is a FeedError again on the page', () => {
    const broken = checkFeed('{"version": "1", "projects": [', 'broken.json');
    const { packed, transfer } = packCheck(broken);
    const page = unpackCheck(structuredClone(packed, { transfer }), '{"version": "1", "projects": [');
    expect(page.failure?.error.code).to.equal(broken.failure?.error.code);
    expect(page.failure?.error).to.be.instanceOf(Error);
    expect(page.failure?.line).to.equal(broken.failure?.line);
  });
});
