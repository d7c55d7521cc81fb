// <quartier-card> on a phone and on a wide screen: the built bundle
// (dist/, so run `npm run build` first) in headless Chromium, for both sample
// feeds and the two minimal feeds of the guides, in German and Arabic, at 390
// and 1280 px. Prints the card's full height and how far down its key facts
// and its table of contents (the way to places, offers and contacts) are
// (from–to, in px from the card's top), where the sections begin, and writes full-page
// screenshots to .screenshots/card-<feed>-<lang>-<width>.png (a tall one also
// in slices of 1,200 px, -1.png, -2.png, …).
//
//   node scripts/card-screenshots.js             all of them
//   node scripts/card-screenshots.js --no-shots  the figures only
/* global document */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './bench/server.js';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shots = !process.argv.includes('--no-shots');

/** The minimal feed of docs/feed-format.md ("Start here"). */
const FORMAT_MINIMAL = {
  version: '1',
  language: 'de',
  projects: [
    {
      id: 'lena-seesen',
      name: 'Kooperationsgemeinschaft – Lebendige Nachbarschaft',
      shortName: 'LeNa',
      municipality: { name: 'Seesen', state: 'Niedersachsen' },
      partners: [{ organization: 'stadt-seesen', role: 'partner' }],
    },
  ],
  organizations: [{ id: 'stadt-seesen', name: 'Stadt Seesen', type: 'municipality' }],
};

/** The first feed of docs/de/feed-anleitung.md (a made-up Quartier). */
const GUIDE_MINIMAL = {
  version: '1',
  language: 'de',
  projects: [{ id: 'quartiersprojekt-lindenhof', name: 'Quartiersprojekt Lindenhof', partners: [{ organization: 'nachbarschaftsverein-lindenhof', role: 'lead' }] }],
  organizations: [{ id: 'nachbarschaftsverein-lindenhof', name: 'Nachbarschaftsverein Lindenhof e. V.' }],
  places: [{ id: 'nachbarschaftstreff-lindenhof', name: 'Nachbarschaftstreff Lindenhof', address: { street: 'Lindenweg 1', postalCode: '99999', locality: 'Musterstadt' } }],
  offers: [
    {
      id: 'frauenfruehstueck',
      name: { de: 'Frauenfrühstück', tr: 'Kadınlar kahvaltısı' },
      place: 'nachbarschaftstreff-lindenhof',
      schedule: { rules: [{ freq: 'monthly', byDay: ['TU'], bySetPos: 2, opens: '10:00', closes: '12:00' }] },
    },
  ],
};

/** The same with its place tied to the project, so that the card shows the place, the offer and its next date. */
const GUIDE_LINKED = { ...GUIDE_MINIMAL, places: GUIDE_MINIMAL.places.map((place) => ({ ...place, project: 'quartiersprojekt-lindenhof' })) };

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
