// The harvester (`quartier-feed harvest`) against feeds served on loopback by
// servers started here: conditional requests (a 304 costs no parsing), a feed
// that breaks keeps its last good copy (flagged, with a German report), time
// limits, size caps, retries, politeness per host, resuming an interrupted
// run, hostile feed text kept out of the HTML report, and the index it
// writes. No network. Build first (lib/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { harvest } from '../../lib/harvest/harvest.js';
import { readCatalog } from '../../lib/harvest/catalog.js';
import { readIndexManifest, readIndexSummary } from '../../lib/directory/directory-index.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT } from './lib/run-cli.js';

const seesen = readFileSync(join(ROOT, 'data/seesen-lena.json'), 'utf8');
const salzgitter = readFileSync(join(ROOT, 'data/salzgitter-obere-berliner-strasse.json'), 'utf8');

/** A feed server: `routes[path]` answers; it counts requests and requests at once. */
function feedServer(host, routes) {
  const stats = { requests: {}, conditional: {}, running: 0, maxRunning: 0, userAgents: new Set() };
  const server = createServer((req, res) => {
    stats.requests[req.url] = (stats.requests[req.url] ?? 0) + 1;
    stats.userAgents.add(req.headers['user-agent']);
    if (req.headers['if-none-match']) stats.conditional[req.url] = (stats.conditional[req.url] ?? 0) + 1;
    stats.running++;
    stats.maxRunning = Math.max(stats.maxRunning, stats.running);
    res.on('close', () => stats.running--);
    const route = routes[req.url];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    route(req, res);
  });
  return new Promise((resolve) => server.listen(0, host, () => resolve({ server, stats, base: `http://${host}:${server.address().port}` })));
}

/** A route serving `body()` with an ETag, answering 304 when the ETag matches. */
const withEtag = (body) => (req, res) => {
  const text = body();
  const etag = `"${Buffer.from(text).length}-${text.length % 997}"`;
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, { ETag: etag }).end();
  res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(text);
};
/** Answers after `ms` (a body that arrives too late). */
const slow = (ms, body) => (req, res) => {
  const timer = setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body), ms);
  res.on('close', () => clearTimeout(timer));
};

let dir;
let a;
let b;
let seesenBody = seesen;
const hostile = JSON.stringify({
  version: '1',
  publisher: { name: '<script>alert(1)</script>' },
  projects: [{ id: 'x', name: '<img src=x onerror=alert(1)>', links: [{ url: 'javascript:alert(1)' }] }],
});

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quartier-harvest-'));
  a = await feedServer('127.0.0.1', {
    '/seesen.json': withEtag(() => seesenBody),
    '/salzgitter.json': withEtag(() => salzgitter),
    '/slow.json': slow(60_000, seesen),
    '/huge.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(`{"version":"1","x":"${'a'.repeat(300_000)}"}`),
    '/down.json': (req, res) => res.writeHead(503).end(),
    '/hostile.json': withEtag(() => hostile),
  });
  // A second host (127.0.0.2 is loopback too), with five feeds: politeness is per host.
  const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`/f${i}.json`, slow(40, seesen.replace(/lena-seesen/g, `lena-seesen-${i}`))]));
  b = await feedServer('127.0.0.2', many);
});
after(() => {
  a.server.close();
  b.server.close();
  rmSync(dir, { recursive: true, force: true });
});

const contact = { email: 'feeds@example.org' };
const entry = (id, url, extra = {}) => ({
  id,
  url,
  publisher: { name: `Herausgeber ${id} (erfunden)` },
  contact,
  license: 'CC-BY-4.0',
  region: { state: 'Niedersachsen' },
  ...extra,
});
const catalogOf = (feeds) => readCatalog({ title: 'Testportal (erfunden)', publisher: { name: 'Testportal' }, feeds }).catalog;
const fast = { retryDelay: () => 1, timeoutMs: 500, maxBytes: 100_000, hostIntervalMs: 0 };

test('the sample catalogue follows data/quartier-catalog.schema.json, and the reader takes all of it', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'data/quartier-catalog.schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, formats: { email: /@/ } }).compile(schema);
  const sample = JSON.parse(readFileSync(join(ROOT, 'data/beispiel-katalog.json'), 'utf8'));
  assert.ok(validate(sample), JSON.stringify(validate.errors));
  assert.ok(!validate({ ...sample, feeds: [{ id: 'Böse', url: 'ftp://x' }] }));
  const { catalog, problems } = readCatalog(sample);
  assert.deepEqual(problems, []);
  assert.equal(catalog.feeds.length, 2);
});

test('the catalogue: bad entries are left out with their place, the rest is used', () => {
  const { catalog, problems } = readCatalog({
    title: 'T',
    publisher: { name: 'P' },
    feeds: [
      entry('gut', 'https://example.org/a.json'),
      entry('Böse Id', 'https://example.org/b.json'),
      entry('js', 'javascript:alert(1)'),
      { id: 'ohne-kontakt', url: 'https://example.org/c.json', publisher: { name: 'P' } },
      entry('gut', 'https://example.org/d.json'),
    ],
  });
  assert.deepEqual(
    catalog.feeds.map((f) => f.id),
    ['gut'],
  );
  assert.deepEqual(
    problems.map((p) => `${p.path.join('.')} ${p.code}`),
    ['feeds.1.id invalid', 'feeds.2.url invalid', 'feeds.3.contact missing', 'feeds.4.id duplicate-id'],
  );
  assert.equal(readCatalog([]).catalog, undefined);
});

test('harvest, then re-harvest: 304s cost no body, a broken feed keeps its last good copy, every problem is reported in German', async () => {
  const out = join(dir, 'run1');
  const catalog = catalogOf([
    entry('seesen', `${a.base}/seesen.json`),
    entry('salzgitter', `${a.base}/salzgitter.json`),
    entry('langsam', `${a.base}/slow.json`),
    entry('riesig', `${a.base}/huge.json`),
    entry('weg', `${a.base}/down.json`),
  ]);
  const first = await harvest(catalog, { out, ...fast, retries: 2 });
  const outcome = (r) => Object.fromEntries(Object.values(r.states).map((s) => [s.id, s.outcome]));
  assert.deepEqual(outcome(first), { seesen: 'updated', salzgitter: 'updated', langsam: 'failed', riesig: 'failed', weg: 'failed' });
  assert.equal(first.states.langsam.failure.code, 'timeout');
  assert.equal(first.states.riesig.failure.code, 'too-large');
  assert.equal(first.states.weg.failure.status, 503);
  assert.equal(a.stats.requests['/down.json'], 3, '503 retried twice, as the widgets retry');
  assert.match(a.stats.userAgents.values().next().value, /^quartier-feed-harvester\//);
  assert.match(first.states.weg.failure.message, /503/);

  // Second run: the two good feeds answer 304; then Seesen breaks.
  const second = await harvest(catalog, { out, ...fast, retries: 0 });
  assert.equal(second.states.seesen.outcome, 'not-modified');
  assert.equal(a.stats.conditional['/seesen.json'], 1);
  seesenBody = '{"version": "1", "projects": [';
  const third = await harvest(catalog, { out, ...fast, retries: 0 });
  seesenBody = seesen;
  assert.equal(third.states.seesen.outcome, 'failed');
  assert.equal(third.states.seesen.succeeded, second.states.seesen.succeeded, 'the last success is kept');
  const report = JSON.parse(readFileSync(join(out, 'reports/seesen.json'), 'utf8'));
  assert.equal(report.stale, true);
  assert.match(report.failure.message, /JSON|lesbar/);
  const html = readFileSync(join(out, 'reports/seesen.html'), 'utf8');
  assert.match(html, /Ihr Feed konnte nicht gelesen werden/);
  assert.match(html, /letzte gute Fassung/);
  assert.match(html, /Zuletzt geprüft/);
  assert.equal(readFileSync(join(out, 'feeds/seesen.json'), 'utf8'), seesen, 'the last good text is kept as served');

  // The index still holds Seesen (flagged) and Salzgitter; the failed ones are listed as failed.
  const manifest = readIndexManifest(JSON.parse(readFileSync(join(out, 'index/index.json'), 'utf8')));
  const summary = readIndexSummary(JSON.parse(readFileSync(join(out, 'index', manifest.summary), 'utf8')));
  assert.deepEqual(
    summary.feeds.map((f) => [f.id, f.ok, f.stale ?? false]),
    [
      ['seesen', true, true],
      ['salzgitter', true, false],
      ['langsam', false, false],
      ['riesig', false, false],
      ['weg', false, false],
    ],
  );
  assert.deepEqual(summary.rows.map((r) => r.project).sort(), ['kooperation-obere-berliner-strasse', 'lena-seesen']);
  for (const f of summary.feeds.filter((x) => x.ok)) assert.ok(existsSync(join(out, 'index', f.shard)), f.shard);
  const portal = readFileSync(join(out, 'report.html'), 'utf8');
  assert.match(portal, /Nicht lesbar: 4 \(davon 1 mit letzter guter Fassung, 3 ohne\)/);
});

test('an unchanged harvest writes the same index file names (content hashes)', async () => {
  const out = join(dir, 'run2');
  const catalog = catalogOf([entry('seesen', `${a.base}/seesen.json`), entry('salzgitter', `${a.base}/salzgitter.json`)]);
  await harvest(catalog, { out, ...fast });
  const names = () => [...readdirSync(join(out, 'index')), ...readdirSync(join(out, 'index/shards'))].sort();
  const before = names();
  await harvest(catalog, { out, ...fast });
  assert.deepEqual(names(), before);
});

test('politeness: never more than perHost requests at once to one host, while other hosts go on', async () => {
  const out = join(dir, 'run3');
  const feeds = Array.from({ length: 5 }, (_, i) => entry(`b${i}`, `${b.base}/f${i}.json`));
  const result = await harvest(catalogOf(feeds), { out, ...fast, concurrency: 8, perHost: 2 });
  assert.equal(Object.values(result.states).filter((s) => s.outcome === 'updated').length, 5);
  assert.equal(b.stats.maxRunning, 2);
});

test('hostile feed text never becomes markup in the reports', async () => {
  const out = join(dir, 'run4');
  await harvest(catalogOf([entry('boese', `${a.base}/hostile.json`, { publisher: { name: '<b>Fett</b> & Co' } })]), { out, ...fast });
  const html = readFileSync(join(out, 'reports/boese.html'), 'utf8') + readFileSync(join(out, 'report.html'), 'utf8');
  assert.doesNotMatch(html, /<script>alert|<img src=x|<b>Fett/);
  assert.match(html, /&lt;b&gt;Fett&lt;\/b&gt; &amp; Co/);
  assert.match(html, /script-src|default-src 'none'/);
});

test('resume: an interrupted run does not ask again for the feeds it finished', async () => {
  const out = join(dir, 'run5');
  const catalogFile = join(dir, 'catalog5.json');
  writeFileSync(
    catalogFile,
    JSON.stringify({ title: 'T', publisher: { name: 'P' }, feeds: [entry('seesen', `${a.base}/seesen.json`), entry('langsam', `${a.base}/slow.json`)] }),
  );
  const before = a.stats.requests['/seesen.json'];
  const child = spawn(process.execPath, [join(ROOT, 'bin/quartier-feed.js'), 'harvest', catalogFile, '--out', out, '--timeout', '60'], { stdio: 'ignore' });
  // Wait for the journal to name the fast feed, then interrupt while the slow one is pending.
  for (let i = 0; i < 200 && !(existsSync(join(out, 'journal.ndjson')) && readFileSync(join(out, 'journal.ndjson'), 'utf8').includes('"seesen"')); i++)
    await new Promise((r) => setTimeout(r, 50));
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGKILL');
  await exited;
  assert.equal(a.stats.requests['/seesen.json'], before + 1);
  const resumed = await harvest(catalogOf([entry('seesen', `${a.base}/seesen.json`), entry('langsam', `${a.base}/slow.json`)]), {
    out,
    ...fast,
    timeoutMs: 200,
    resume: true,
  });
  assert.equal(a.stats.requests['/seesen.json'], before + 1, 'not asked again');
  assert.equal(resumed.states.seesen.outcome, 'updated');
  assert.equal(resumed.states.langsam.outcome, 'failed');
  assert.ok(!existsSync(join(out, 'journal.ndjson')), 'the journal is gone once the run is complete');
});
