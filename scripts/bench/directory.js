// The directory section of `npm run bench` (`npm run bench -- --directory-only`):
// <quartier-directory> over an index of 10,000 generated projects (the shape
// `quartier-feed harvest` writes: index.json with the first page, a summary
// of every project's row), served from loopback, in the built bundle. It
// measures the first frame (insertion to the first page of results drawn),
// the summary (fetched after the first screen, until "10.000 Projekte"), a
// search keystroke (value typed to the next frame drawn): at once after the
// summary, when it builds the searchable texts itself; after the page was
// idle, when the directory has built them; later ones; and a filter change.
// Median of `RUNS` fresh tabs. Prints a table; asserts nothing.
/* global window, document, customElements, requestAnimationFrame, Event */
import { TILE_TEMPLATE } from './server.js';
import { median, table } from './stats.js';

const PROJECTS = 10_000;
const FEEDS = 2_000;
const RUNS = 5;
const TOWNS = ['Salzgitter', 'Seesen', 'Goslar', 'Wolfenbüttel', 'Peine', 'Braunschweig', 'Hildesheim', 'Gifhorn'];
const FIELDS = ['image', 'social', 'housing', 'health', 'environment', 'education', 'leisure', 'economy', 'integration', 'participation'];

/** Project `i` as the harvester's row; synthetic, named as such. */
function row(i) {
  const feed = Math.floor(i / 5);
  const town = TOWNS[feed % TOWNS.length];
  return {
    project: `projekt-${(i % 5) + 1}`,
    feed,
    name: { de: `Testquartier ${feed + 1}-${(i % 5) + 1} in ${town} (erzeugte Testdaten)` },
    summary: { de: 'Erzeugte Testdaten für Messungen des Verzeichnisses; kein echtes Projekt.' },
    quarter: { de: `Testviertel ${(i % 5) + 1}` },
    municipality: town,
    district: `Testkreis ${(feed % 40) + 1}`,
    fields: [...new Set([FIELDS[i % FIELDS.length], FIELDS[(3 * i) % FIELDS.length]])],
    start: String(2010 + (i % 15)),
    modified: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`,
    partners: [`Erzeugter Partner ${feed + 1} (Testdaten)`],
    partnerTypes: ['association'],
    categories: ['counselling', 'meeting'],
    offers: 20,
    center: [51.9 + (feed % 97) / 300, 10.1 + (i % 5) / 50],
  };
}

/** index.json and the summary, as text. */
export function directoryIndex() {
  const rows = Array.from({ length: PROJECTS }, (_, i) => row(i));
  const feeds = Array.from({ length: FEEDS }, (_, n) => ({
    id: `feed-${n + 1}`,
    publisher: `Erzeugter Partner ${n + 1} (Testdaten)`,
    ok: true,
    shard: `shards/${n % 256}-0123456789.json`,
  }));
  const manifest = {
    format: 'quartier-directory-index',
    version: 1,
    generated: new Date().toISOString(),
    title: 'Messportal (erzeugte Testdaten)',
    projects: PROJECTS,
    summary: 'summary-0123456789.json',
    // The first page sorted by name, as the harvester writes it; its rows' feeds are the first four.
    first: { feeds: feeds.slice(0, 4), rows: rows.slice(0, 20) },
  };
  return { index: JSON.stringify(manifest), summary: JSON.stringify({ feeds, rows }) };
}

/** In the page: the directory inserted, then its first frame, the summary, search keystrokes and a filter. */
async function inPage({ index, attrs }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await customElements.whenDefined('quartier-directory');
  const el = document.createElement('quartier-directory');
  el.setAttribute('index', index);
  el.setAttribute('url-state', 'off');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const $ = (s) => el.shadowRoot && el.shadowRoot.querySelector(s);
  const t0 = performance.now();
  document.body.append(el);
  while (!$('[part="results"] [part="name"]')) await new Promise((resolve) => requestAnimationFrame(resolve));
  const first = performance.now() - t0;
  while (!/10\.000/.test($('[part="count"]')?.textContent ?? '')) await new Promise((resolve) => setTimeout(resolve, 5));
  // With the map: until it has drawn its clusters.
  if (attrs.consent === 'granted')
    while (!$('[part="map"] button[part="cluster"], [part="map"] button[part="marker"]')) await new Promise((resolve) => setTimeout(resolve, 5));
  await frame();
  const summary = performance.now() - t0;
  const input = $('input#q');
  const type = async (value) => {
    const t = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await frame();
    return performance.now() - t;
  };
  // Right after the summary, then once the page has been idle (the directory makes the search's texts then).
  const early = await type('g');
  await type('');
  await new Promise((resolve) => window.requestIdleCallback(resolve, { timeout: 3000 }));
  await frame();
  const cold = await type('g');
  const warm = [];
  for (const value of ['go', 'gos', 'gosl', 'gosla', 'goslar', 'goslar 3', 'goslar 3-', 'testviertel', 'zzz']) warm.push(await type(value));
  await type('');
  const select = $('select#field');
  const t = performance.now();
  select.value = 'housing';
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await frame();
  const filter = performance.now() - t;
  return { first, summary, early, cold, warm: warm.reduce((a, b) => a + b, 0) / warm.length, filter, nodes: el.shadowRoot.querySelectorAll('*').length };
}

/**
 * @param {{browser: import('puppeteer-core').Browser, server: {origin: string, virtual: Map<string, string>}}} env
 */
export async function runDirectoryBench({ browser, server }) {
  const { index, summary } = directoryIndex();
  server.virtual.set('/__bench/directory/index.json', index);
  server.virtual.set('/__bench/directory/summary-0123456789.json', summary);
  const rows = [];
  // Without consent (the map waits behind its placeholder), and with the map drawn (consent granted, local tiles).
  for (const [label, attrs] of [
    ['map not yet allowed', {}],
    ['map drawn', { consent: 'granted', tiles: TILE_TEMPLATE }],
  ]) {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/scripts/bench/page.html`);
      samples.push(await page.evaluate(inPage, { index: '/__bench/directory/index.json', attrs }));
      await page.close();
    }
    const col = (key) => `${median(samples.map((s) => s[key])).toFixed(1)} ms`;
    rows.push([label, col('first'), col('summary'), col('early'), col('cold'), col('warm'), col('filter'), String(samples[0].nodes)]);
  }
  console.log(
    `\n<quartier-directory>, ${PROJECTS.toLocaleString('en')} projects of ${FEEDS.toLocaleString('en')} feeds (index.json ${(index.length / 1024).toFixed(1)} KiB, summary ${(summary.length / 1024 / 1024).toFixed(1)} MiB raw; median of ${RUNS} fresh tabs each)`,
  );
  console.log(
    table(
      ['', 'first frame (index.json)', 'all rows (summary)', 'keystroke at once', 'keystroke after idle', 'later keystrokes', 'filter change', 'shadow nodes'],
      rows,
    ),
  );
}
