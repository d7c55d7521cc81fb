// <quartier-card> on a phone and on a wide screen: the built bundle (dist/,
// so run `npm run build` first) in headless Chromium, for both sample feeds
// and the minimal feeds of the two guides (read from docs/), in German and
// Arabic, at 390 and 1280 px. Prints the card's full height, where its key
// facts and its table of contents (the way to places, offers and contacts)
// are (from–to, in px from the card's top) and where two sections begin, and
// writes full-page screenshots to .screenshots/card-<feed>-<lang>-<width>.png
// (a tall one also in slices of 1,200 px, -1.png, -2.png, …).
//
//   node scripts/card-screenshots.js             all of them
//   node scripts/card-screenshots.js --no-shots  the figures only
/* global document */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './bench/server.js';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shots = !process.argv.includes('--no-shots');

/** The first JSON example after `heading` in a Markdown file of the repository. */
async function example(file, heading) {
  const text = await readFile(path.join(root, file), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(text.slice(text.indexOf(heading)));
  if (!block) throw new Error(`no JSON example after "${heading}" in ${file}`);
  return JSON.parse(block[1]);
}

/** The minimal feed of the format's description, and the first feed of the German guide (a made-up Quartier). */
const FORMAT_MINIMAL = await example('docs/feed-format.md', '## Start here');
const GUIDE_MINIMAL = await example('docs/de/feed-anleitung.md', '## Als JSON-Text');
/** The guide's feed with its place tied to the project, so that the card shows the place, the offer and its next date. */
const GUIDE_LINKED = { ...GUIDE_MINIMAL, places: GUIDE_MINIMAL.places.map((place) => ({ ...place, project: GUIDE_MINIMAL.projects[0].id })) };

const FEEDS = {
  seesen: '/data/seesen-lena.json',
  salzgitter: '/data/salzgitter-obere-berliner-strasse.json',
  'format-minimal': '/__card/format-minimal.json',
  'guide-minimal': '/__card/guide-minimal.json',
  'guide-linked': '/__card/guide-linked.json',
};

const page = (src, lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; }</style>
<script type="module" src="/dist/quartier-widgets.js"></script></head>
<body><quartier-card src="${src}"></quartier-card></body></html>`;

/** Where the card's parts are, in px from the card's top (`null`: not there). */
function measure() {
  const card = document.querySelector('quartier-card');
  const top = card.getBoundingClientRect().top;
  /** The top and bottom of a part that is shown. */
  const at = (selector) => {
    const found = card.shadowRoot.querySelector(selector);
    if (!found?.getClientRects().length) return null;
    const box = found.getBoundingClientRect();
    return `${Math.round(box.top - top)}–${Math.round(box.bottom - top)}`;
  };
  const heading = (words) => {
    const found = [...card.shadowRoot.querySelectorAll('[part="heading"]')].find((h) => words.some((w) => h.textContent.includes(w)));
    return found ? Math.round(found.getBoundingClientRect().top - top) : null;
  };
  return {
    height: Math.round(card.getBoundingClientRect().height),
    facts: at('.facts'),
    toc: at('.toc'),
    offers: heading(['Orte und Angebote', 'الأماكن']),
    contacts: heading(['Ansprechpersonen', 'جهات الاتصال']),
  };
}

/** The whole page, and for a tall one also slices of 1,200 px (a file viewer shrinks a tall image to a strip). */
async function screenshots(tab, base) {
  await tab.screenshot({ path: `${base}.png`, fullPage: true });
  const { width, height } = await tab.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  if (height <= 1600) return;
  for (let y = 0, i = 1; y < height; y += 1200, i++) {
    await tab.screenshot({ path: `${base}-${i}.png`, clip: { x: 0, y, width, height: Math.min(1200, height - y) }, captureBeyondViewport: true });
  }
}

const server = await startServer(root);
server.virtual.set('/__card/format-minimal.json', JSON.stringify(FORMAT_MINIMAL));
server.virtual.set('/__card/guide-minimal.json', JSON.stringify(GUIDE_MINIMAL));
server.virtual.set('/__card/guide-linked.json', JSON.stringify(GUIDE_LINKED));
const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
try {
  const dir = path.join(root, '.screenshots');
  if (shots) await mkdir(dir, { recursive: true });
  const tab = await browser.newPage();
  const rows = [];
  for (const [name, src] of Object.entries(FEEDS)) {
    for (const lang of ['de', 'ar']) {
      for (const width of [390, 1280]) {
        server.virtual.set('/__card/page.html', page(src, lang));
        await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
        await tab.goto(`${server.origin}/__card/page.html`, { waitUntil: 'load' });
        await tab.waitForFunction(() => {
          const card = document.querySelector('quartier-card');
          return card?.state === 'loaded' && card.shadowRoot.querySelector('[part="card"]');
        });
        await tab.evaluate(() => document.fonts.ready);
        rows.push({ feed: name, lang, width, ...(await tab.evaluate(measure)) });
        if (shots) await screenshots(tab, path.join(dir, `card-${name}-${lang}-${width}`));
      }
    }
  }
  console.table(rows);
} finally {
  await browser.close();
  await server.close();
}
