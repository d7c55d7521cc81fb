// Would a Worker shorten <offer-map src>'s first frame? What the main thread
// pays for a feed of `--offers` offers in each of the ways it could get it, in
// one tab of the built lib/ (run `npm run build` first), each step's CPU from
// CDP ThreadTime (the tab's main thread only) and wall from performance.now():
// - `parse`: JSON.parse of the feed's text (what the src route pays now, besides reading the body);
// - `parse + validate`: JSON.parse and validateFeed in place (the src route's main-thread work today, up to the model);
// - `receive the validated feed`: a Worker that parsed and validated the feed posts it; the main thread's
//   cost is the structured clone's deserialisation (on `event.data`);
// - `… and null prototypes`: the same, plus giving every record object a null prototype again (a structured
//   clone makes plain objects, and docs/security.md promises records without one);
// - `structuredClone on the main thread`: serialisation and deserialisation together, for reference;
// - `receive coordinates`: the places' coordinates as one transferred Float64Array (what "places first,
//   details later" would send first);
// - the whole src route's feed work (fetch, body, parse, validate; the feed kept alive, as an element keeps it) on
//   the main thread, and in a Worker with the feed received and given null prototypes on the main thread: the
//   main thread's CPU, and the wall time from the request to the feed in hand (the Worker's thread runs beside).
//
//   node scripts/bench/map-worker-cost.js [--offers 10000] [--runs 7]
//
// Prints a table of medians; asserts nothing.
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-path.js';
import { generateFeed } from '../lib/generate-feed.js';
import { cliOption } from './cli-option.js';
import { startServer } from './server.js';
import { median } from './stats.js';
import { threadTime } from './thread-time.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const offers = Number(cliOption('offers', '10000'));
const runs = Number(cliOption('runs', '7'));

const WORKER = `
import { validateFeed } from '/lib/feed/validate.js';
let feed;
let coordinates;
onmessage = async ({ data }) => {
  if (data.load) {
    const text = await (await fetch(data.load)).text();
    feed = validateFeed(JSON.parse(text), { inPlace: true }).feed;
    const places = feed.places.filter((p) => p.geo);
    coordinates = new Float64Array(places.length * 2);
    places.forEach((p, i) => { coordinates[2 * i] = p.geo.lat; coordinates[2 * i + 1] = p.geo.lng; });
    postMessage('ready');
  } else if (data.route) {
    // The whole route in the Worker: fetch, read the body, parse, validate, post the feed.
    const text = await (await fetch(data.route)).text();
    postMessage(validateFeed(JSON.parse(text), { inPlace: true }).feed);
  } else if (data.send === 'feed') postMessage(feed);
  else if (data.send === 'coordinates') {
    const copy = coordinates.slice();
    postMessage(copy, [copy.buffer]);
  }
};
`;

const PAGE = `<!doctype html><meta charset="utf-8"><title>worker cost</title>
<script type="module">
import { validateFeed } from '/lib/feed/validate.js';
let text;
let validated;
let kept;
const worker = new Worker('/__bench/cost-worker.js', { type: 'module' });
const next = () => new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }));
/** Every object reachable from the feed's records given a null prototype (as the validator returns them). */
function nullPrototypes(value) {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) { for (const v of value) nullPrototypes(v); return; }
  Object.setPrototypeOf(value, null);
  for (const key in value) nullPrototypes(value[key]);
}
globalThis.cost = {
  async prepare(url) {
    text = await (await fetch(url)).text();
    worker.postMessage({ load: url });
    await next();
    validated = validateFeed(JSON.parse(text), { inPlace: true }).feed;
    return text.length;
  },
  parse() { JSON.parse(text); },
  parseValidate() { validateFeed(JSON.parse(text), { inPlace: true }); },
  async receive(again) {
    const got = next();
    worker.postMessage({ send: 'feed' });
    const event = await got;
    const t0 = performance.now();
    const feed = event.data;
    if (again) for (const list of [feed.projects, feed.organizations, feed.places, feed.offers]) for (const r of list) nullPrototypes(r);
    return { wall: performance.now() - t0, offers: feed.offers.length };
  },
  clone() { structuredClone(validated); },
  /** The src route's feed work today, on the main thread: fetch, body, parse, validate in place; the feed kept. */
  async routeMain(url) {
    const t0 = performance.now();
    kept = validateFeed(JSON.parse(await (await fetch(url)).text()), { inPlace: true }).feed;
    return { wall: performance.now() - t0 };
  },
  /** The same in a Worker, the feed received and given null prototypes again on the main thread; the feed kept. */
  async routeWorker(url) {
    const t0 = performance.now();
    const got = next();
    worker.postMessage({ route: url });
    const feed = (await got).data;
    for (const list of [feed.projects, feed.organizations, feed.places, feed.offers]) for (const r of list) nullPrototypes(r);
    kept = feed;
    return { wall: performance.now() - t0 };
  },
  async coordinates() {
    const got = next();
    worker.postMessage({ send: 'coordinates' });
    const event = await got;
    const t0 = performance.now();
    const n = event.data.length;
    return { wall: performance.now() - t0, n };
  },
};
globalThis.ready = true;
</script>`;

const server = await startServer(root);
const url = `/__bench/cost-${offers}.json`;
server.virtual.set(url, JSON.stringify(generateFeed({ offers })));
server.virtual.set('/__bench/cost-worker.js', WORKER);
server.virtual.set('/__bench/cost.html', PAGE);
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`pageerror ${e.message}`));
  await page.goto(`${server.origin}/__bench/cost.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => globalThis.ready === true);
  const chars = await page.evaluate((u) => globalThis.cost.prepare(u), url);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const steps = [
    ['parse', () => page.evaluate(() => globalThis.cost.parse())],
    ['parse + validate in place', () => page.evaluate(() => globalThis.cost.parseValidate())],
    ['receive the validated feed (Worker)', () => page.evaluate(() => globalThis.cost.receive(false))],
    ['… and null prototypes again', () => page.evaluate(() => globalThis.cost.receive(true))],
    ['structuredClone on the main thread', () => page.evaluate(() => globalThis.cost.clone())],
    ['receive coordinates (transferred)', () => page.evaluate(() => globalThis.cost.coordinates())],
    ['src route on the main thread: fetch, body, parse, validate', () => page.evaluate((u) => globalThis.cost.routeMain(u), url)],
    ['src route in a Worker, feed received, null prototypes', () => page.evaluate((u) => globalThis.cost.routeWorker(u), url)],
  ];
  const results = new Map(steps.map(([name]) => [name, { cpu: [], wall: [] }]));
  for (let run = 0; run < runs + 1; run++) {
    for (const [name, step] of steps) {
      await page.evaluate(() => globalThis.gc?.());
      const c0 = await threadTime(cdp);
      const t0 = performance.now();
      const answer = await step();
      const wall = performance.now() - t0;
      const cpu = (await threadTime(cdp)) - c0;
      // The first round warms the code up.
      if (run === 0) continue;
      results.get(name).cpu.push(cpu);
      results.get(name).wall.push(answer?.wall ?? wall);
    }
  }
  console.log(`${offers} offers (${(chars / 2 ** 20).toFixed(1)} MiB of JSON), medians of ${runs} runs, load ${loadavg()[0].toFixed(2)}`);
  console.log('  main-thread CPU (ms)   wall (ms)   step');
  for (const [name, r] of results) console.log(`  ${median(r.cpu).toFixed(1).padStart(20)} ${median(r.wall).toFixed(1).padStart(11)}   ${name}`);
  console.log('  (CPU includes the evaluate call, about 0.5 ms; "receive" wall is the `event.data` access alone.)');
} finally {
  await browser.close();
  await server.close();
}
