// The browser half of `npm run bench`: real headless Chromium (Debian's, or
// $CHROME_PATH) driven by puppeteer-core, a page served from the repository
// root by a tiny local server, the built bundle dist/quartier-widgets.js.
// Sections 1–4 here and in leaks.js; 5, the map against Leaflet, in map.js;
// 6, the worst feed shapes, in worst.js.
// Prints one table per section; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-path.js';
import { generateFeed } from '../lib/generate-feed.js';
import { runLeakBench } from './leaks.js';
import { runMapBench } from './map.js';
import { runWorstBench } from './worst.js';
import { runCheckerPageBench, runCliBench } from './checker.js';
import { runDirectoryBench } from './directory.js';
import { runPortalBench } from './portal.js';
import { generatePartnersFeed } from './partners-feed.js';
import { startServer } from './server.js';
import { median, ms, percentile, table } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared flags, and `gc()` for quiet runs. */
const FLAGS = [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'];

const FRAME = 16; // ms: one frame at 60 Hz, the card's target
const CARD_RUNS = 30;
const LIST_RUNS = 10;
const VALIDATE_RUNS = 10;
const VALIDATE_TARGET = 50; // ms for 10,000 offers (issue 2)

const CARD_FEEDS = [
  { label: 'Seesen', src: '/data/seesen-lena.json', project: 'lena-seesen' },
  { label: 'Salzgitter', src: '/data/salzgitter-obere-berliner-strasse.json', project: '' },
];

const medP95 = (values) => `${median(values).toFixed(1)} / ${percentile(values, 95).toFixed(1)} ms`;
const medMax = (values) => `${median(values).toFixed(1)} / ${Math.max(...values).toFixed(1)} ms`;
const pick = (samples, key) => samples.map((s) => s[key]);

/** Loads puppeteer-core (a dependency of @web/test-runner-chrome) from node_modules. */
async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    return undefined;
  }
}

/**
 * Runs the browser sections.
 * @param {{elements?: boolean, map?: boolean, worst?: boolean, mapOptions?: object}} [sections]
 *   `elements`: sections 1–4 (cards, partner list, validation, leaks);
 *   `map`: section 5 (map.js), with `mapOptions` (see MAP_DEFAULTS there);
 *   `worst`: section 6 (worst.js), the worst feed shapes;
 *   `directory`: section 7 (directory.js), <quartier-directory> over 10,000 projects;
 *   `portal`: sections 9 and 10 (portal.js), 100 cards and a partner list against the floor
 * @returns {Promise<boolean>} false when they could not run (no browser, no build)
 */
export async function runBrowserBench({ elements = true, map = true, worst = true, directory = true, portal = true, mapOptions } = {}) {
  const executablePath = chromiumPath();
  const missing = [];
  if (!existsSync(executablePath)) {
    missing.push(`Chromium (${executablePath}): install it with \`apt-get install -y chromium\` or set CHROME_PATH`);
  }
  const needed = [
    'dist/quartier-widgets.js',
    ...(elements ? ['lib/feed/validate.js'] : []),
    ...(map ? ['node_modules/leaflet.markercluster/dist/leaflet.markercluster.js'] : []),
  ];
  for (const file of needed) {
    if (!existsSync(path.join(root, file))) missing.push(`${file}: run \`${file.startsWith('node_modules/') ? 'npm install' : 'npm run build'}\``);
  }
  const puppeteer = await loadPuppeteer();
  if (!puppeteer) missing.push('puppeteer-core in node_modules: run `npm install`');
  if (missing.length) {
    console.error(`\nBrowser benchmarks skipped, missing:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
    return false;
  }

  const server = await startServer(root);
  const partnersUrl = '/__bench/partners-1000.json';
  const offersUrl = '/__bench/offers-10000.json';
  if (elements) {
    server.virtual.set(partnersUrl, JSON.stringify(generatePartnersFeed({ count: 1_000, logoUrl: `${server.origin}/scripts/bench/logo.svg` })));
    server.virtual.set(offersUrl, JSON.stringify(generateFeed({ offers: 10_000 })));
  }

  let browser;
  const pageMessages = [];
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: FLAGS,
      defaultViewport: { width: 1280, height: 900 },
      // The worst feed shapes may keep a page busy for minutes (before the limits, 1,000,000 goals took 103 s).
      protocolTimeout: 900_000,
    });
    const version = await browser.version();
    const puppeteerVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/puppeteer-core/package.json'), 'utf8')).version;
    console.log(
      `\nBrowser: ${version} headless (${executablePath}), puppeteer-core ${puppeteerVersion}, viewport 1280×900, ` +
        `${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}`,
    );
    if (elements || worst) console.log(`Page: ${server.origin}/scripts/bench/page.html with the built dist/quartier-widgets.js; gc() between runs.`);

    /** A fresh tab on the bench page, with its console errors and warnings collected. */
    const openPage = async () => {
      const page = await browser.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn') pageMessages.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => pageMessages.push(`pageerror: ${e.message}`));
      await page.goto(`${server.origin}/scripts/bench/page.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'quartierBench' in globalThis, { timeout: 10_000 });
      return page;
    };

    // 1. <quartier-card>
    if (elements) {
      const rows = [];
      const cold = [];
      for (const feed of CARD_FEEDS) {
        const page = await openPage(); // per feed, so its first card is a cold start
        for (const variant of ['full', 'compact']) {
          const { warm, samples } = await page.evaluate((o) => globalThis.quartierBench.card(o), {
            src: feed.src,
            project: feed.project,
            variant,
            runs: CARD_RUNS,
          });
          if (variant === 'full') cold.push(`${feed.label} ${ms(warm[0].frame)}`);
          const work = pick(samples, 'layout');
          const verdict = percentile(work, 95) < FRAME ? 'met' : median(work) < FRAME ? 'median met, p95 MISSED' : 'MISSED';
          rows.push([
            `${feed.label} · ${variant}`,
            `${Math.round(median(pick(samples, 'height')))} px`,
            medP95(pick(samples, 'render')),
            medP95(work),
            medP95(pick(samples, 'frame')),
            verdict,
          ]);
        }
        await page.close();
      }
      console.log(
        `\n1. <quartier-card>: from document.body.append(card) to its first complete render, feed already loaded` +
          `\n   (median / p95 of ${CARD_RUNS} new cards per row, after one warm-up card that fetched the feed and chunks)`,
      );
      console.log(
        table(
          [
            'feed · variant',
            'height',
            'loaded + updateComplete',
            '+ style & layout',
            '+ next animation frame',
            `target: under ${FRAME} ms (style & layout, p95)`,
          ],
          rows,
        ),
      );
      console.log(
        `   Each column is measured from the append: loaded + updateComplete (the shadow DOM is committed), then forced style` +
          `\n   and layout (the work the frame must do before it can paint), then the next animation frame's callback. Cards are` +
          `\n   inserted at a random moment in a frame, so the last column adds a wait of up to one frame; the target is judged on` +
          `\n   the work, "+ style & layout".` +
          `\n   First card of a page (cold: fetches and validates the feed, loads the chunks): ${cold.join(', ')}.`,
      );
    }

    // 2. <partner-list> with 1,000 organisations
    if (elements) {
      const page = await openPage();
      const rows = [];
      for (const [label, project] of [
        ['project="partnernetz" (by role)', 'partnernetz'],
        ['no project (every organisation)', ''],
      ]) {
        const { samples } = await page.evaluate((o) => globalThis.quartierBench.partners(o), { url: partnersUrl, project, runs: LIST_RUNS });
        rows.push([label, String(samples[0].items), medMax(pick(samples, 'render')), medMax(pick(samples, 'layout')), medMax(pick(samples, 'frame'))]);
      }
      const v = await page.evaluate((o) => globalThis.quartierBench.validate(o), { url: partnersUrl, runs: LIST_RUNS });
      await page.close();
      console.log(
        `\n2. <partner-list> with 1,000 organisations (1,040 partner entries in 5 roles) given as .feed: to its first complete render` +
          `\n   (median / max of ${LIST_RUNS}, after one warm-up; the time includes validating the feed inside the element)`,
      );
      console.log(table(['case', '<li> rendered', 'loaded + updateComplete', '+ style & layout', '+ next animation frame'], rows));
      console.log(
        `   Target: none set in issue 3 (for scale: one frame is ${FRAME} ms; 100 ms is the limit for a response to feel immediate).` +
          `\n   Of that, validateFeed alone on this feed (${(v.chars / 1024).toFixed(0)} KiB): ${ms(median(v.both) - median(v.parse))} ` +
          `(JSON.parse ${ms(median(v.parse))}), ${v.warnings} warnings.`,
      );
    }

    // 3. Validation in the browser
    if (elements) {
      const page = await openPage();
      const v = await page.evaluate((o) => globalThis.quartierBench.validate(o), { url: offersUrl, runs: VALIDATE_RUNS });
      await page.close();
      const parse = median(v.parse);
      const both = median(v.both);
      const validate = both - parse;
      console.log(
        `\n3. Feed validation in Chromium: 10,000 offers (${(v.chars / 1024 / 1024).toFixed(1)} MiB of JSON), lib/feed/validate.js` +
          `\n   (median of ${VALIDATE_RUNS} after 3 warm-up runs; validate alone = median(parse + validate) − median(parse))`,
      );
      console.log(
        table(
          ['offers', 'JSON.parse', 'parse + validate', 'validate alone', 'ratio to parse', `target: under ${VALIDATE_TARGET} ms`],
          [['10000', ms(parse), ms(both), ms(validate), `${(validate / parse).toFixed(1)}×`, validate < VALIDATE_TARGET ? 'met' : 'MISSED']],
        ),
      );
      if (v.warnings) console.log(`   (${v.warnings} warnings from the generated feed)`);
    }

    // 4. Leaks: 1,000 insertions and removals of each element (scripts/bench/leaks.js)
    if (elements) await runLeakBench(openPage);

    // 5. The map against Leaflet (scripts/bench/map.js), in tabs of its own
    if (map) await runMapBench({ browser, server, messages: pageMessages, options: mapOptions });

    // 6. The worst feed shapes (scripts/bench/worst.js), one tab per element
    if (worst) await runWorstBench({ openPage, server });

    // 7 and 8. The same shapes in the checker page and the command line (scripts/bench/checker.js)
    if (worst) {
      await runCheckerPageBench({ browser, server });
      runCliBench();
    }
    if (directory) await runDirectoryBench({ browser, server });
    if (portal) await runPortalBench({ browser, server, messages: pageMessages });
  } finally {
    await browser?.close();
    await server.close();
  }
  if (pageMessages.length) {
    console.log(`\nThe page logged ${pageMessages.length} error(s) or warning(s):`);
    for (const m of [...new Set(pageMessages)].slice(0, 10)) console.log(`  ${m}`);
  }
  return true;
}
