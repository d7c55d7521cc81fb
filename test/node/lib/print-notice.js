// Prints <quartier-card>'s notice (Aushang) to PDF in headless Chromium and
// reads the PDF back with poppler-utils (pdfinfo, pdftotext, pdftoppm): for
// test/node/print-notice.test.js and scripts/notice-screenshots.js. The page
// loads the built bundle (dist/), served by the host-page server.
/* global document, window */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPage } from './host-page.js';
import { poll } from './poll.js';

export const NOTICE_URL = 'https://quartier.example/lindenhof';

/** A made-up project with two places and three current offers (and one ended), as a feed of format 1.1. */
export const NOTICE_FEED = {
  version: '1.1',
  language: 'de',
  projects: [
    {
      id: 'lindenhof',
      name: 'Nachbarschaft Lindenhof (erfunden)',
      summary: 'Ein erfundenes Beispielprojekt: Treffpunkte und Hilfe im Quartier.',
      contacts: [{ name: 'Erika Beispiel', email: 'treff@quartier.example', phone: '+49 5381 000000' }],
    },
  ],
  places: [
    {
      id: 'treff',
      name: 'Quartierstreff Lindenhof (erfunden)',
      project: 'lindenhof',
      address: { street: 'Lindenweg 1', postalCode: '00000', locality: 'Musterstadt' },
      accessibility: { wheelchair: 'yes', note: 'Eingang über den Hof' },
    },
    { id: 'schule', name: 'Grundschule am Park (erfunden)', project: 'lindenhof', address: { street: 'Parkstraße 3', postalCode: '00000', locality: 'Musterstadt' } },
  ],
  offers: [
    {
      id: 'sprachcafe',
      name: 'Sprachcafé (erfunden)',
      project: 'lindenhof',
      place: 'treff',
      category: 'language',
      audience: 'Neu Zugezogene',
      cost: 'free',
      schedule: { rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }], exceptHolidays: 'NI' },
      contact: { name: 'Erika Beispiel', phone: '+49 5381 000001' },
    },
    { id: 'beratung', name: 'Sozialberatung (erfunden)', project: 'lindenhof', place: 'treff', category: 'counselling', schedule: { rules: [{ freq: 'weekly', byDay: ['TH'], opens: '14:00', closes: '16:00' }] } },
    {
      id: 'hausaufgaben',
      name: 'Hausaufgabenhilfe (erfunden)',
      project: 'lindenhof',
      place: 'schule',
      category: 'education',
      schedule: { rules: [{ freq: 'weekly', byDay: ['MO', 'WE'], opens: '15:00', closes: '16:30' }] },
    },
    { id: 'naehkurs', name: 'Nähkurs (erfunden)', project: 'lindenhof', place: 'treff', status: 'ended', schedule: { rules: [{ freq: 'weekly', byDay: ['FR'] }] } },
  ],
};

const FEED_PATH = '/__notice/lindenhof.json';

/** A host page in `lang` with a card of NOTICE_FEED whose notices lead to NOTICE_URL. */
const hostPage = (lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Lindenhof</title>
<script type="module" src="/dist/quartier-widgets.js"></script></head>
<body><h1>Eine Seite der Stadt</h1><p>Text der Seite, der nicht gedruckt wird.</p>
<quartier-card src="${FEED_PATH}" print-url="${NOTICE_URL}"></quartier-card></body></html>`;

/**
 * Opens the page in `lang`, presses the project's "Aushang drucken" (the
 * print dialog replaced), prints the page to PDF (A4) and returns its path.
 */
export async function printNoticePdf(host, lang, dir = mkdtempSync(path.join(tmpdir(), 'notice-'))) {
  host.virtual.set(FEED_PATH, JSON.stringify(NOTICE_FEED));
  host.virtual.set(`/__notice/${lang}.html`, hostPage(lang));
  const { page, close } = await openPage(host, `/__notice/${lang}.html`, {
    init: () => {
      window.print = () => void (window.__printed = (window.__printed ?? 0) + 1);
    },
  });
  try {
    await poll(() => page.evaluate(() => document.querySelector('quartier-card')?.state), (s) => s === 'loaded', { timeout: 15_000 });
    await page.evaluate(() => {
      const buttons = [...document.querySelector('quartier-card').shadowRoot.querySelectorAll('.actions > [part="action"]')];
      // The project's buttons are the last ones: calendar, then print.
      buttons.at(-1).click();
    });
    await poll(() => page.evaluate(() => window.__printed ?? 0), (n) => n === 1, { timeout: 15_000 });
    const file = path.join(dir, `notice-${lang}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    return file;
  } finally {
    await close();
  }
}

/** How many pages the PDF has (pdfinfo). */
export const pageCount = (pdf) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);

/** The PDF's text (pdftotext, reading order). */
export const pdfText = (pdf) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });

/** The first page as a PNG (pdftoppm) at `dpi`; returns its path. */
export function pagePng(pdf, out, dpi = 100) {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', '-f', '1', '-l', '1', pdf, out.replace(/\.png$/, '')]);
  return out;
}

/** The first page in grey (pdftoppm, PGM) as RGBA pixels, for a QR decoder. */
export function pageRgba(pdf, dpi = 150) {
  const base = `${pdf}-grey`;
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-singlefile', '-f', '1', '-l', '1', pdf, base]);
  const pgm = readFileSync(`${base}.pgm`);
  // "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = grey[i];
    rgba[i * 4 + 3] = 255;
  }
  return { data: rgba, width, height };
}
