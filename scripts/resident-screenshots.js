// What a resident sees of the card's details and the agenda's filters: the
// built bundle (dist/, so run `npm run build` first) on a host page in
// headless Chromium, in German and Arabic, 390 and 1280 px wide. The card
// opens a place and an offer by a link (#quartier-offer=…) and a click; the
// agenda has a category chip pressed. Writes
// .screenshots/card-details-<lang>-<width>.png and
// .screenshots/agenda-chips-<lang>-<width>.png.
//
//   node scripts/resident-screenshots.js
/* global document */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, startHost } from '../test/node/lib/host-page.js';
import { poll } from '../test/node/lib/poll.js';
import { NOTICE_FEED } from '../test/node/lib/print-notice.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.screenshots');
await mkdir(out, { recursive: true });

const page = (lang, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; }</style>
<script type="module" src="/dist/quartier-widgets.js"></script></head><body>${body}</body></html>`;

const host = await startHost();
host.virtual.set('/__residents/feed.json', JSON.stringify(NOTICE_FEED));
try {
  for (const lang of ['de', 'ar']) {
    host.virtual.set(`/__residents/card-${lang}.html`, page(lang, '<quartier-card src="/__residents/feed.json"></quartier-card>'));
    host.virtual.set(`/__residents/agenda-${lang}.html`, page(lang, '<quartier-agenda src="/__residents/feed.json"></quartier-agenda>'));
    for (const width of [390, 1280]) {
      const card = await openPage(host, `/__residents/card-${lang}.html#quartier-offer=sprachcafe`);
      await card.page.setViewport({ width, height: 900 });
      await poll(
        () => card.page.evaluate(() => document.querySelector('quartier-card')?.state),
        (s) => s === 'loaded',
        { timeout: 15_000 },
      );
      await card.page.evaluate(() => document.querySelector('quartier-card').shadowRoot.querySelector('[data-detail="place:treff"]').click());
      const section = await card.page.evaluateHandle(() => document.querySelector('quartier-card').shadowRoot.querySelector('.places').closest('section'));
      await section.screenshot({ path: path.join(out, `card-details-${lang}-${width}.png`) });
      await card.close();

      const agenda = await openPage(host, `/__residents/agenda-${lang}.html`);
      await agenda.page.setViewport({ width, height: 900 });
      await poll(
        () => agenda.page.evaluate(() => document.querySelector('quartier-agenda')?.state),
        (s) => s === 'loaded',
        { timeout: 15_000 },
      );
      await agenda.page.evaluate(() => document.querySelector('quartier-agenda').shadowRoot.querySelector('[part="chip"]').click());
      await agenda.page.screenshot({ path: path.join(out, `agenda-chips-${lang}-${width}.png`), fullPage: true });
      await agenda.close();
      console.log(`${lang} ${width}: written`);
    }
  }
} finally {
  await host.close();
}
