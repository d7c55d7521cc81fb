// Smoke test of the benchmark's parts (no browser, no timing): the statistics
// helpers, the local static server, and the generated 1,000-organisation
// feed. `npm run bench` itself prints figures and is never a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePartnersFeed } from '../../scripts/bench/partners-feed.js';
import { startServer } from '../../scripts/bench/server.js';
import { median, percentile, table } from '../../scripts/bench/stats.js';

test('median and nearest-rank percentile', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  const thirty = Array.from({ length: 30 }, (_, i) => 30 - i);
  assert.equal(percentile(thirty, 95), 29);
  assert.equal(percentile(thirty, 100), 30);
  assert.match(table(['a', 'b'], [['x', '1.0 ms']]), /^a +\| b\n-+-\|-+\nx +\| 1\.0 ms$/);
});

test('the bench server serves the repository root, generated files, and nothing outside', async () => {
  const server = await startServer(new URL('../..', import.meta.url).pathname.replace(/\/$/, ''));
  try {
    server.virtual.set('/__bench/x.json', '{"ok":true}');
    const pkg = await fetch(`${server.origin}/package.json`);
    assert.equal(pkg.status, 200);
    assert.equal((await pkg.json()).name, 'quartier-widgets');
    assert.equal(pkg.headers.get('cross-origin-embedder-policy'), 'require-corp');
    assert.deepEqual(await (await fetch(`${server.origin}/__bench/x.json`)).json(), { ok: true });
    assert.equal((await fetch(`${server.origin}/nope.js`)).status, 404);
    assert.notEqual((await fetch(`${server.origin}/..%2F..%2Fetc%2Fpasswd`)).status, 200);
  } finally {
    await server.close();
  }
});

test('the partner feed has 1,000 organisations, all partners of one project, and validates without warnings', async () => {
  const { validateFeed } = await import('../../lib/feed/validate.js');
  const raw = generatePartnersFeed({ count: 1_000, logoUrl: 'http://127.0.0.1:1/logo.svg' });
  const { feed, warnings } = validateFeed(JSON.parse(JSON.stringify(raw)));
  assert.deepEqual(warnings, []);
  assert.equal(feed.organizations.length, 1_000);
  assert.equal(feed.projects.length, 1);
  const partners = feed.projects[0].partners;
  assert.equal(new Set(partners.map((p) => p.organization)).size, 1_000);
  assert.deepEqual(new Set(partners.map((p) => p.role)), new Set(['lead', 'partner', 'funder', 'owner', 'network']));
});
