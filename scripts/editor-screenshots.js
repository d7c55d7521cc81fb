// Screenshots of the feed editor for the German guide (docs/de/feed-anleitung.md):
// the built page (dist/editor.html and lib/, so run `npm run build` first) in headless
// Chromium, driven through a made-up Quartier ("Lindenhof" in "Musterstadt")
// as a partner would, written to docs/images/editor-*.png. Map tiles come
// from the local bench server (a pale grid); nothing leaves the machine.
//
//   node scripts/editor-screenshots.js            the guide's screenshots
//   node scripts/editor-screenshots.js --review   also German and English, 390 and 1280 px wide,
//                                                 and the preview in Arabic, to .screenshots/
/* global document, window, localStorage, requestAnimationFrame, atob, DataTransfer, File, DragEvent */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer, TILE_TEMPLATE } from './bench/server.js';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const review = process.argv.includes('--review');

/** Fills and clicks in the page the way its own events expect (input, change, click). */
const PAGE_HELPERS = `
  window.__fill = (id, value) => {
    const el = document.getElementById(id);
    if (!el) throw new Error('no #' + id);
    el.focus();
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  window.__pick = (id, value) => window.__fill(id, value);
  window.__click = (id) => {
    const el = document.getElementById(id);
    if (!el) throw new Error('no #' + id);
    el.click();
  };
  window.__tick = (id) => window.__click(id);
`;

/** The guide's made-up Quartier as a partner's spreadsheet, with two slips the editor names at their cells. */
async function lindenhofSpreadsheet() {
  const { writeWorkbook } = await import('../lib/authoring/spreadsheet/feed-spreadsheet.js');
  const feed = {
    version: '1',
    language: 'de',
    projects: [
      { id: 'quartiersprojekt-lindenhof', name: 'Quartiersprojekt Lindenhof', partners: [{ organization: 'nachbarschaftsverein-lindenhof', role: 'lead' }] },
    ],
    organizations: [{ id: 'nachbarschaftsverein-lindenhof', name: 'Nachbarschaftsverein Lindenhof e. V.' }],
    places: [
      {
        id: 'nachbarschaftstreff-lindenhof',
        name: 'Nachbarschaftstreff Lindenhof',
        address: { street: 'Lindenweg 1', postalCode: '99999', locality: 'Musterstadt' },
      },
    ],
    offers: [
      {
        id: 'frauenfruehstueck',
        name: 'Frauenfrühstück',
        place: 'nachbarschaftstreff-lindenhof',
        url: 'www.lindenhof.example.org/fruehstueck',
        schedule: { rules: [{ freq: 'monthly', byDay: ['Dienstagg'], bySetPos: 2, opens: '10:00', closes: '12:00' }] },
      },
    ],
  };
  return Buffer.from(writeWorkbook(feed, 'xlsx')).toString('base64');
}

/** Drops a file on the page, as a partner dragging it there. */
async function dropFile(page, base64, name) {
  await page.evaluate(
    (data, fileName) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const files = new DataTransfer();
      files.items.add(new File([bytes], fileName));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    },
    base64,
    name,
  );
  await page.waitForSelector('.file-bar');
}

const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));

async function newFeedThrough(page, lastStep) {
  await page.evaluate(() => window.__click('start-new'));
  await page.evaluate(() => {
    window.__fill('f-organizations.0.name', 'Nachbarschaftsverein Lindenhof e. V.');
    window.__pick('f-organizations.0.type', 'association');
    window.__fill('f-organizations.0.url', 'https://lindenhof.example.org/');
    window.__fill('f-organizations.0.email', 'kontakt@lindenhof.example.org');
  });
  if (lastStep === 1) return;
  await page.evaluate(() => {
    window.__click('guide-next');
    window.__fill('f-projects.0.name', 'Quartiersprojekt Lindenhof');
    window.__fill('f-projects.0.summary', 'Nachbarn helfen Nachbarn: ein Treffpunkt, Beratung und Angebote für alle Generationen im Lindenhof.');
    window.__fill('f-projects.0.municipality.name', 'Musterstadt');
    window.__tick('f-projects.0.fieldsOfAction~social');
    window.__tick('f-projects.0.fieldsOfAction~participation');
  });
  if (lastStep === 2) return;
  await page.evaluate(() => {
    window.__click('guide-next');
    window.__fill('f-places.0.name', 'Nachbarschaftstreff Lindenhof');
    window.__fill('f-places.0.address.street', 'Lindenweg 1');
    window.__fill('f-places.0.address.postalCode', '99999');
    window.__fill('f-places.0.address.locality', 'Musterstadt');
    window.__fill('f-places.0.geo.lat', '52,12');
    window.__fill('f-places.0.geo.lng', '10,21');
  });
  // "Karte laden", then a click on the map.
  await page.evaluate(() => document.querySelector('editor-map-pick').shadowRoot.querySelector('button.primary').click());
  await page.waitForFunction(() => document.querySelector('editor-map-pick')?.state === 'ready');
  await settle(page);
  const box = await page.evaluate(() => {
    const host = document.querySelector('editor-map-pick').shadowRoot.querySelector('.leaflet-host');
    host.scrollIntoView({ block: 'center' });
    const r = host.getBoundingClientRect();
    return { x: r.left + r.width / 2 + 30, y: r.top + r.height / 2 - 20 };
  });
  await page.mouse.click(box.x, box.y);
  await settle(page);
  if (lastStep === 3) return;
  await page.evaluate(() => {
    window.__click('guide-next');
    window.__fill('f-offers.0.name', 'Frauenfrühstück');
    window.__pick('f-offers.0.category', 'meeting');
    window.__pick('f-offers.0.place', 'nachbarschaftstreff-lindenhof');
    window.__pick('f-offers.0.provider', 'nachbarschaftsverein-lindenhof-e-v');
    window.__click('f-offers.0.schedule.rules~add');
  });
  await page.evaluate(() => {
    window.__pick('f-offers.0.schedule.rules.0.freq', 'monthly');
    window.__tick('f-offers.0.schedule.rules.0.byDay~TU');
    window.__pick('f-offers.0.schedule.rules.0.bySetPos', '2');
    window.__fill('f-offers.0.schedule.rules.0.opens', '10');
    window.__fill('f-offers.0.schedule.rules.0.closes', '12');
    window.__tick('f-offers.0.cost~free');
  });
  await settle(page);
}

async function shoot(page, file, selector) {
  await page.evaluate(() => document.activeElement?.blur());
  await settle(page);
  const target = selector ? await page.$(selector) : page;
  await target.screenshot({ path: file, ...(selector ? {} : { fullPage: true }) });
  console.log(path.relative(root, file));
}

/** A long page in parts of 1000 px (`file-1.png`, `file-2.png` …), readable one at a time. */
async function shootParts(page, file) {
  await settle(page);
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  for (let y = 0, n = 1; y < height; y += 1000, n++) {
    const part = file.replace(/\.png$/, `-${n}.png`);
    await page.screenshot({ path: part, clip: { x: 0, y, width, height: Math.min(1000, height - y) }, captureBeyondViewport: true });
    console.log(path.relative(root, part));
  }
}

async function run() {
  const server = await startServer(root);
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  const images = path.join(root, 'docs', 'images');
  const reviewDir = path.join(root, '.screenshots');
  await mkdir(reviewDir, { recursive: true });
  try {
    const open = async (lang, width, height = 900, { unstick = false } = {}) => {
      const page = await browser.newPage();
      // Review shots are taken in parts of a long page, where sticky parts would be drawn in the wrong place.
      if (unstick) await page.setBypassCSP(true);
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      // A draft another page left in this origin's storage makes this one ask before it reloads.
      page.on('dialog', (dialog) => void dialog.accept());
      page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.goto(`${server.origin}/dist/editor.html?lang=${lang}`);
      await page.evaluate((tiles) => {
        localStorage.clear();
        localStorage.setItem('quartier-editor.settings', JSON.stringify({ tiles, attribution: 'Testkarte' }));
      }, TILE_TEMPLATE);
      await page.reload({ waitUntil: 'networkidle0' });
      await page.evaluate(PAGE_HELPERS);
      if (unstick) await page.addStyleTag({ content: '.file-bar, .side { position: static !important; max-block-size: none !important; }' });
      return page;
    };

    // The guide's screenshots, German, 1280 px wide.
    // Tall enough that an element is shot without scrolling (the file bar sticks to the top of the window).
    let page = await open('de', 1280, 800);
    await shoot(page, path.join(images, 'editor-start.png'));
    await page.setViewport({ width: 1280, height: 1800 });
    await newFeedThrough(page, 1);
    await shoot(page, path.join(images, 'editor-schritt-1.png'), '.guide');
    await page.close();
    page = await open('de', 1280, 2600);
    await newFeedThrough(page, 3);
    await shoot(page, path.join(images, 'editor-ort-karte.png'), '.guide');
    await page.close();
    page = await open('de', 1280, 3000);
    await newFeedThrough(page, 4);
    await shoot(page, path.join(images, 'editor-angebot-zeiten.png'), '.guide-record');
    await page.evaluate(() => window.__click('guide-next'));
    await shoot(page, path.join(images, 'editor-pruefung-vorschau.png'), '.side');
    // The editor as a partner sees it on a laptop: one window's worth.
    const overview = await open('de', 1280, 860);
    await newFeedThrough(overview, 4);
    await overview.evaluate(() => {
      window.__click('guide-next');
      window.scrollTo(0, 0);
    });
    await settle(overview);
    await overview.screenshot({ path: path.join(images, 'editor-uebersicht.png') });
    console.log('docs/images/editor-uebersicht.png');
    await overview.close();
    // A problem and its field: an e-mail address without "@".
    await page.evaluate(() => {
      document.querySelector('.sections button').click();
    });
    await page.evaluate(() => window.__fill('f-publisher.email', 'kontakt-lindenhof.example.org'));
    await page.evaluate(() => document.querySelector('.problems .findings button').click());
    await shoot(page, path.join(images, 'editor-problem.png'), '.workspace');
    await page.close();
    // A spreadsheet opened: what is wrong in it, at its sheet, row and column.
    page = await open('de', 1280, 1000);
    await dropFile(page, await lindenhofSpreadsheet(), 'lindenhof.xlsx');
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await page.screenshot({ path: path.join(images, 'editor-tabelle.png') });
    console.log('docs/images/editor-tabelle.png');
    await page.close();

    if (review) {
      for (const lang of ['de', 'en']) {
        for (const width of [390, 1280]) {
          page = await open(lang, width, 900, { unstick: true });
          await shootParts(page, path.join(reviewDir, `editor-${lang}-${width}-start.png`));
          await newFeedThrough(page, 4);
          await shootParts(page, path.join(reviewDir, `editor-${lang}-${width}-guide.png`));
          await page.evaluate(() => window.__click('guide-next'));
          await shootParts(page, path.join(reviewDir, `editor-${lang}-${width}-offers.png`));
          await page.evaluate(() => {
            window.__pick('preview-lang', 'ar');
            window.__click('preview-map');
          });
          await page.waitForFunction(() => document.querySelector('.preview-frame offer-map')?.state === 'loaded');
          await shoot(page, path.join(reviewDir, `editor-${lang}-${width}-preview-ar.png`), '.preview');
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await run();
