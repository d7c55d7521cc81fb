// The harvester at portal scale (`npm run bench -- --harvest-only`, or
// `node scripts/bench/harvest.js [feeds]` after `npm run build:lib`):
// 2,000 generated feeds (5 projects and 100 offers each: 10,000 projects,
// 200,000 offers) served from loopback over 8 addresses (127.0.0.1–8, so
// per-host politeness applies as with real partners), harvested into a
// temporary folder: the full harvest, an all-304 re-harvest, and the index
// sizes (raw and gzip). Prints figures, asserts nothing.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { generateFeed } from '../lib/generate-feed.js';

/** How many feeds: 2,000, or the number given when this file is run on its own. */
const FEEDS = 2_000;
const HOSTS = 8;
const TOWNS = ['Salzgitter', 'Seesen', 'Goslar', 'Wolfenbüttel', 'Peine', 'Braunschweig', 'Hildesheim', 'Gifhorn'];
const FIELDS = ['image', 'social', 'housing', 'health', 'environment', 'education', 'leisure', 'economy', 'integration', 'participation'];

/** Feed `n`: five projects sharing 100 offers at 20 places; synthetic, named as such. */
function feedText(n) {
  const feed = generateFeed({ offers: 100, places: 20, seed: n + 1 });
  const town = TOWNS[n % TOWNS.length];
  feed.publisher = { name: `Erzeugter Partner ${n + 1} (Testdaten)` };
  feed.projects = Array.from({ length: 5 }, (_, p) => ({
    id: `projekt-${p + 1}`,
    name: `Testquartier ${n + 1}-${p + 1} in ${town} (erzeugte Testdaten)`,
    summary: 'Erzeugte Testdaten für Messungen des Verzeichnisses; kein echtes Projekt.',
    municipality: { name: town, district: `Testkreis ${(n % 40) + 1}` },
    quarter: { name: `Testviertel ${p + 1}`, center: { lat: 51.9 + (n % 97) / 300, lng: 10.1 + p / 50 + (n % 13) / 100 } },
    fieldsOfAction: [FIELDS[(n + p) % FIELDS.length], FIELDS[(n + 3 * p) % FIELDS.length]],
    period: { start: String(2010 + ((n + p) % 15)) },
    partners: [{ organization: 'testtraeger', role: 'lead' }],
  }));
  feed.places.forEach((place, i) => (place.project = `projekt-${(i % 5) + 1}`));
  feed.offers.forEach((offer, i) => (offer.project = `projekt-${(i % 5) + 1}`));
  return JSON.stringify(feed);
}

export async function benchHarvest(feeds = FEEDS) {
  const { harvest } = await import('../../lib/harvest/harvest.js');
  const { readCatalog } = await import('../../lib/harvest/catalog.js');
  const texts = Array.from({ length: feeds }, (_, n) => feedText(n));
  const served = { bodies: 0, notModified: 0 };
  const handler = (req, res) => {
    const n = Number(/^\/f(\d+)\.json$/.exec(req.url)?.[1] ?? -1);
    if (!(n >= 0 && n < feeds)) return res.writeHead(404).end();
    const etag = `"v1-${n}"`;
    if (req.headers['if-none-match'] === etag) {
      served.notModified++;
      return res.writeHead(304, { ETag: etag }).end();
    }
    served.bodies++;
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(texts[n]);
  };
  const servers = await Promise.all(
    Array.from(
      { length: HOSTS },
      (_, h) =>
        new Promise((resolve) => {
          const server = createServer(handler);
          server.listen(0, `127.0.0.${h + 1}`, () => resolve(server));
        }),
    ),
  );
  const url = (n) => `http://127.0.0.${(n % HOSTS) + 1}:${servers[n % HOSTS].address().port}/f${n}.json`;
  const { catalog } = readCatalog({
    title: 'Messkatalog (erzeugte Testdaten)',
    publisher: { name: 'Messung' },
    feeds: Array.from({ length: feeds }, (_, n) => ({
      id: `feed-${n + 1}`,
      url: url(n),
      publisher: { name: `Erzeugter Partner ${n + 1}` },
      contact: { email: 'test@example.org' },
    })),
  });
  const out = mkdtempSync(join(tmpdir(), 'quartier-bench-harvest-'));
  const options = { out, concurrency: 16, perHost: 2, hostIntervalMs: 0 };
  try {
    let t0 = performance.now();
    const first = await harvest(catalog, options);
    const full = performance.now() - t0;
    t0 = performance.now();
    const again = await harvest(catalog, options);
    const revisit = performance.now() - t0;
    const size = (name) => {
      const data = readFileSync(join(out, 'index', name));
      return `${(data.length / 1024).toFixed(0)} KiB (gz ${(gzipSync(data).length / 1024).toFixed(1)} KiB)`;
    };
    const shards = first.index.files.filter((f) => f.name.startsWith('shards/'));
    const shardGz = shards.map((f) => gzipSync(readFileSync(join(out, 'index', f.name))).length / 1024).sort((a, b) => a - b);
    const r = first.report;
    console.log(
      `\nHarvest (${feeds.toLocaleString('en')} feeds, ${r.projects.toLocaleString('en')} projects, ${r.offers.toLocaleString('en')} offers; loopback, ${HOSTS} hosts, 16 at once, 2 per host)`,
    );
    console.log(`  full harvest: ${(full / 1000).toFixed(1)} s (${(full / feeds).toFixed(1)} ms per feed; ${served.bodies} bodies served)`);
    console.log(`  all-304 re-harvest: ${(revisit / 1000).toFixed(1)} s (${served.notModified} answers 304; outcomes ${JSON.stringify(again.report.counts)})`);
    console.log(`  index.json (first screen): ${size('index.json')}`);
    console.log(`  summary (search and filters): ${size(first.index.manifest.summary)}`);
    console.log(`  shards: ${shards.length}, gz median ${shardGz[Math.floor(shardGz.length / 2)].toFixed(1)} KiB, largest ${shardGz.at(-1).toFixed(1)} KiB`);
  } finally {
    for (const s of servers) s.close();
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHarvest(process.argv[2] ? Number(process.argv[2]) : FEEDS);
