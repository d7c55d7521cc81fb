// <offer-map>: list and markers from both sample feeds, consent (no tile request
// before it), the keyboard path through clusters, markers and details, list/map
// synchronisation, filters, a hostile feed, bad coordinates, hidden and moved
// elements, a host page's window.L, events, accessibility in German and Arabic.
// Tiles come from the test server's local route /test-tiles/<key>/… (see
// scripts/wtr-test-tiles.js), which counts the requests it gets.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { unsafeCSS } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/offer-map/define.js';
import type { OfferMap } from '../../src/elements/offer-map/offer-map.js';
import { MAP_CONSENT_EVENT, setMapConsent } from '../../src/elements/shared/map-consent.js';
import { mapController } from '../../src/elements/offer-map/map-controller.js';
import { clearFeedCache } from '../../src/feed/load-feeds.js';
import { loadMap, useMapLoader, type MapHandle, type MapOptions } from '../../src/map/load-map.js';
import type { QuartierLoadDetail } from '../../src/elements/base/events.js';
import { generateFeed } from '../../scripts/lib/generate-feed.js';
import { imageFailed, intersectionReported } from '../support/absence.js';
import { PlaceIndex } from '../../src/map/place-index.js';

const SEESEN = '/data/seesen-lena.json';
const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';
// Made-up feeds shaped like the two samples, with offers at their places (the samples, true to their
// sources, place none): TREFF one place with seven offers, NORD three places, two offers at the first.
const TREFF = '/test/fixtures/map/treff.json';
const NORD = '/test/fixtures/map/nordstadt.json';

// A host page that has its own Leaflet (or anything else) as window.L, before any map loads.
const HOST_L = { host: 'sentinel' };
const win = window as unknown as { L?: unknown; __pwned?: unknown };
win.L = HOST_L;

type RawPlace = { id: string; name: string; geo?: { lat: number; lng: number } };
type RawOffer = { id: string; name: string; place?: string; status?: string };
type RawFeed = { places: RawPlace[]; offers: RawOffer[] };

// ---------------------------------------------------------------- helpers

/** waitUntil with a timeout that fits a map (the default is 1 s). */
const until = (predicate: () => unknown, message: string, timeout = 5000): Promise<void> => waitUntil(predicate, message, { timeout, interval: 20 });

const frames = (n = 2): Promise<void> =>
  new Promise((resolve) => {
    let left = n;
    const tick = (): void => (--left <= 0 ? resolve() : void requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });

const $ = <T extends Element = HTMLElement>(el: OfferMap, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: OfferMap, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** Text with bidi isolates removed and white space collapsed. */
const plain = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/[\u2067\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const text = (node: Element | null): string => plain(node?.textContent);
/** Whether the shadow root has a match (a boolean: the test runner cannot report elements in a failure). */
const has = (el: OfferMap, selector: string): boolean => el.shadowRoot!.querySelector(selector) !== null;
const active = (el: OfferMap): Element | null => el.shadowRoot!.activeElement;

const items = (el: OfferMap): HTMLElement[] => $$(el, '[part="item"]');
const item = (el: OfferMap, id: string): HTMLElement | null => $(el, `[part="item"][data-entry="${id}"]`);
const toggle = (el: OfferMap, id: string): HTMLButtonElement => $<HTMLButtonElement>(el, `button.toggle[data-id="${id}"]`)!;
const marker = (el: OfferMap, id: string): HTMLButtonElement | null => $<HTMLButtonElement>(el, `.places button.marker[data-key="p:${id}"]`);
const markers = (el: OfferMap): HTMLButtonElement[] => $$<HTMLButtonElement>(el, '.places button.marker');
const clusters = (el: OfferMap): HTMLButtonElement[] => $$<HTMLButtonElement>(el, '.places button.cluster');
/** The quarters' shapes on the map (circles and polygons, on a canvas: not in the DOM). */
function quarters(el: OfferMap): Array<{ options: { dashArray?: string | number[]; color?: string } }> {
  const shapes: Array<{ options: { dashArray?: string | number[]; color?: string } }> = [];
  el.mapHandle!.leaflet.eachLayer((layer) => {
    if ('getRadius' in layer || 'getLatLngs' in layer) shapes.push(layer as unknown as (typeof shapes)[number]);
  });
  return shapes;
}
/** Places drawn on the map: one per marker, a cluster's count per cluster. */
const placesOnMap = (el: OfferMap): number => markers(el).length + clusters(el).reduce((n, c) => n + Number(c.textContent), 0);
/** The announced number of results (the toolbar's live region). */
const count = (el: OfferMap): string => text($(el, '[part="toolbar"] [role="status"]'));
const chip = (el: OfferMap, label: string): HTMLButtonElement => $$<HTMLButtonElement>(el, '[part="chip"]').find((c) => text(c).replace(/^✓ /, '') === label)!;
const consentButton = (el: OfferMap): HTMLButtonElement => $<HTMLButtonElement>(el, '[part="consent"] button')!;

/** A tile route of its own for one test: its URL template and the requests it got. */
let tileSeq = 0;
function tileServer(): { template: string; requests(): Promise<number>; seenByPage(): number } {
  const key = `k${Date.now().toString(36)}${++tileSeq}`;
  return {
    template: `/test-tiles/${key}/{z}/{x}/{y}.png`,
    requests: async () => Number(await (await fetch(`/test-tiles/${key}/count`, { cache: 'no-store' })).text()),
    seenByPage: () => performance.getEntriesByType('resource').filter((e) => e.name.includes(`/test-tiles/${key}/`) && !e.name.endsWith('/count')).length,
  };
}

/** Waits until the element has left its loading state (also after a language table has loaded). */
async function settle(el: OfferMap): Promise<OfferMap> {
  await el.loaded;
  await until(() => el.state !== 'loading', 'element stays loading');
  await el.updateComplete;
  return el;
}

interface MakeOptions {
  readonly src?: string;
  readonly feed?: unknown;
  readonly attrs?: Record<string, string>;
  readonly lang?: string;
  readonly wrapperHidden?: boolean;
}

/** An <offer-map> inside a `<div lang>` fixture, settled. */
async function make({ src, feed, attrs = {}, lang = 'de', wrapperHidden = false }: MakeOptions): Promise<OfferMap> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} ?hidden=${wrapperHidden}></div>`);
  const el = document.createElement('offer-map');
  if (src) el.src = src;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (feed) el.feed = feed;
  wrapper.append(el);
  return settle(el);
}

/** An element with consent given and a local tile route, waited for until its map has drawn `places` places. */
async function withMap(options: MakeOptions & { places?: number }): Promise<OfferMap> {
  const tiles = tileServer();
  const el = await make({ ...options, attrs: { consent: 'granted', tiles: tiles.template, ...options.attrs } });
  await mapDrawn(el, options.places);
  return el;
}

/** Waits for the map, and for `places` places on it (or any, without `places`). */
async function mapDrawn(el: OfferMap, places?: number): Promise<void> {
  await until(() => mapController(el).map.status === 'ready' && $(el, '.leaflet-container'), 'map not ready');
  await until(
    () => (places === undefined ? placesOnMap(el) > 0 : placesOnMap(el) === places),
    `map does not draw ${places ?? 'any'} places (${placesOnMap(el)})`,
  );
}

/** Errors thrown, rejected or logged while `run` runs (and for a few frames after). */
async function errorsDuring(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent): void => void errors.push(String(event.reason));
  const original = console.error;
  console.error = (...args: unknown[]): void => {
    errors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await frames(3);
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/**
 * Lets the browser's "ResizeObserver loop completed with undelivered notifications"
 * report pass (the test runner fails a test on any window error). @lit-labs/virtualizer
 * causes it when it sizes new rows; its maintainers call it benign (lit/lit#3154).
 * Only that message is let through; returns the function that ends it.
 */
function ignoreResizeObserverLoop(): () => void {
  const original = window.onerror;
  window.onerror = function (message, ...rest) {
    if (typeof message === 'string' && /ResizeObserver loop/.test(message)) return true;
    return original ? original.call(window, message, ...rest) : false;
  };
  return () => {
    window.onerror = original;
  };
}

const feedOf = (extra: Record<string, unknown>) => ({ version: '1', language: 'de', projects: [{ id: 'p', name: 'Testprojekt' }], ...extra });

/** `n` places close together (so that they cluster), each with one offer. */
function crowd(n: number, step = 0.00005): Record<string, unknown> {
  const places = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `Ort ${i}`,
    project: 'p',
    geo: { lat: 52 + Math.floor(i / 4) * step, lng: 10 + (i % 4) * step },
  }));
  const offers = places.map((p, i) => ({ id: `o${i}`, name: `Angebot ${i}`, project: 'p', place: p.id, category: i % 2 ? 'culture' : 'meeting' }));
  return feedOf({ places, offers });
}

let seesen: RawFeed;
let salzgitter: RawFeed;

describe('<offer-map>', function () {
  this.timeout(20000);

  before(async () => {
    seesen = await (await fetch(SEESEN)).json();
    salzgitter = await (await fetch(SALZGITTER)).json();
    performance.setResourceTimingBufferSize(100000);
  });

  beforeEach(() => {
    clearFeedCache();
    performance.clearResourceTimings();
    delete win.__pwned;
  });

  afterEach(() => setMapConsent(false));

  describe('a host page with its own window.L', () => {
    it('keeps window.L the same object after the map has loaded', async () => {
      expect(win.L === HOST_L, "window.L is not the host page's any more").to.equal(true);
      const el = await withMap({ src: SEESEN, places: 1 });
      expect(el.mapHandle?.leaflet !== undefined, 'a Leaflet map').to.equal(true);
      expect(win.L === HOST_L, "window.L is not the host page's any more").to.equal(true);
    });
  });

  describe('the sample feeds', () => {
    for (const [url, name] of [
      [SEESEN, 'Seesen'],
      [SALZGITTER, 'Salzgitter'],
    ] as const) {
      it(`lists every place of ${name}, then the offers its source places nowhere under "Ort auf Anfrage"`, async () => {
        const raw = url === SEESEN ? seesen : salzgitter;
        // Salzgitter's project ended in 2021: its offers are listed only with include-ended.
        const el = await make({ src: url, attrs: url === SALZGITTER ? { 'include-ended': '' } : {} });
        const unplaced = raw.offers.filter((o) => o.place === undefined);
        expect(unplaced.length, 'offers without a place').to.be.greaterThan(0);
        expect(items(el).map((i) => i.dataset['entry'])).to.deep.equal([...raw.places.map((p) => p.id), '']);
        for (const place of raw.places) {
          expect(text(toggle(el, place.id))).to.equal(place.name);
          // "Lage ungefähr": every position in the samples is estimated.
          expect(text(item(el, place.id)!.querySelector('.meta'))).to.contain('Lage ungefähr');
        }
        expect(text(toggle(el, ''))).to.equal('Ort auf Anfrage');
        toggle(el, '').click();
        await el.updateComplete;
        const names = [...item(el, '')!.querySelectorAll('.entry-details .offer-name')].map(text);
        expect(names).to.deep.equal(unplaced.map((o) => o.name));
        expect(count(el)).to.equal(`${raw.places.length} ${raw.places.length === 1 ? 'Ort' : 'Orte'}, ${raw.offers.length} Angebote`);
      });

      it(`draws a dashed marker for every located place of ${name}, named "Lage ungefähr", with the key under the map`, async () => {
        const raw = url === SEESEN ? seesen : salzgitter;
        const located = raw.places.filter((p) => p.geo);
        const el = await withMap({ src: url, places: located.length });
        expect(markers(el).length).to.equal(located.length);
        for (const place of located) {
          const button = marker(el, place.id)!;
          expect(button, place.id).to.be.instanceOf(HTMLButtonElement);
          expect(button.getAttribute('aria-label')).to.equal(`${place.name}, 0 Angebote, Lage ungefähr`);
          expect(button.classList.contains('approximate'), `${place.id}: .approximate`).to.equal(true);
          expect(getComputedStyle(button).borderTopStyle).to.equal('dashed');
        }
        expect(text($(el, '.key'))).to.contain('Gestrichelt: Lage ungefähr');
      });
    }

    it('Seesen: the quarter is drawn dashed (centre estimated, radius "ca.") and the key gives the feed\'s note on it', async () => {
      const el = await withMap({ src: SEESEN, places: 1 });
      const [outline, ...more] = quarters(el);
      expect(more, 'one quarter').to.deep.equal([]);
      expect(outline!.options.dashArray).to.equal('8 6');
      // On the quarters' one canvas (no SVG path per quarter), in the element's accent colour.
      expect(has(el, '.leaflet-overlay-pane canvas'), 'the canvas').to.equal(true);
      expect(has(el, '.leaflet-overlay-pane path'), 'an SVG path').to.equal(false);
      expect(outline!.options.color).to.match(/^rgb/);
      expect(text($(el, '.key'))).to.contain('Die Mitte ist für die Karte geschätzt');
    });

    it('Salzgitter: no quarter is drawn (the article states no radius), and a place\'s details say "Lage ungefähr" with the note, the address once', async () => {
      const el = await withMap({ src: SALZGITTER, places: 3 });
      expect(quarters(el), 'quarters').to.deep.equal([]);
      marker(el, 'koordinationsstelle-berliner-strasse-92')!.click();
      await until(() => $(el, '.details'), 'details do not open');
      expect(text($(el, '.details .geo-note'))).to.equal('Lage ungefähr Auf der Karte geschätzt, nicht vermessen: Der Artikel nennt nur die Adresse.');
      expect(text($(el, '.details')).split('Berliner Straße 92, Salzgitter').length - 1, 'the address in the details').to.equal(1);
      // Opened in the list, the address shows once too: under the name, not again in the details.
      toggle(el, 'koordinationsstelle-berliner-strasse-92').click();
      await el.updateComplete;
      const entry = text(item(el, 'koordinationsstelle-berliner-strasse-92'));
      for (const once of ['Berliner Straße 92, Salzgitter', 'Lage ungefähr', 'Der Artikel nennt nur die Adresse'])
        expect(entry.split(once).length - 1, `${once} in: ${entry}`).to.equal(1);
    });

    it('merges both feeds into one list and one map', async () => {
      const el = await withMap({ src: `${SEESEN} ${SALZGITTER}`, places: 4 });
      // Salzgitter's two offers ended with its project (2021): left out, and Seesen's seven have no place.
      expect(items(el).length).to.equal(5);
      expect(count(el)).to.equal('4 Orte, 7 Angebote');
    });
  });

  describe('consent', () => {
    it('requests no tile before "Karte laden" and names the server; tiles load after the click', async () => {
      const tiles = tileServer();
      const el = await make({ src: NORD, attrs: { tiles: tiles.template } });
      const placeholder = $(el, '[part="consent"]')!;
      expect(text(placeholder)).to.contain(`Die Karte wird von ${location.host} geladen`);
      expect(text(consentButton(el))).to.equal('Karte laden');
      expect(has(el, '.leaflet-host'), '.leaflet-host').to.equal(false);
      // The list works without the map.
      expect(items(el).length).to.equal(3);
      await intersectionReported(el);
      expect(await tiles.requests()).to.equal(0);
      expect(tiles.seenByPage()).to.equal(0);
      expect(el.mapHandle === undefined, 'the map is not released').to.equal(true);

      consentButton(el).click();
      await mapDrawn(el, 3);
      await until(async () => (await tiles.requests()) > 0, 'no tile requested after consent');
      expect(tiles.seenByPage()).to.be.greaterThan(0);
      expect(has(el, '[part="consent"]'), '[part="consent"]').to.equal(false);
    });

    it('"Karte laden" by keyboard leaves focus in the map, not on the page', async () => {
      const el = await make({ src: NORD, attrs: { tiles: tileServer().template } });
      consentButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await mapDrawn(el, 3);
      await until(() => active(el) === $(el, '.leaflet-host'), `focus is lost (${document.activeElement?.localName})`);
      // From there Tab reaches the places.
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.closest('.places')).not.to.equal(null);
    });

    it('loads nothing for an element far below the fold until it comes near', async () => {
      const tiles = tileServer();
      const wrapper = await fixture<HTMLElement>(html`<div lang="de"><div style="block-size: 4000px"></div></div>`);
      const el = document.createElement('offer-map');
      el.src = TREFF;
      el.setAttribute('consent', 'granted');
      el.tiles = tiles.template;
      wrapper.append(el);
      await settle(el);
      await intersectionReported(el);
      expect(mapController(el).map.status).to.equal('idle');
      expect(await tiles.requests()).to.equal(0);
      el.scrollIntoView();
      await mapDrawn(el, 1);
      expect(await tiles.requests()).to.be.greaterThan(0);
      window.scrollTo(0, 0);
    });

    it('says so when the tile server fails, naming it', async () => {
      const el = await withMap({ src: TREFF, attrs: { tiles: '/gibt-es-nicht/{z}/{x}/{y}.png' }, places: 1 });
      await until(() => $(el, '[part="map"] .note[role="status"]'), 'no note about the tiles');
      expect(text($(el, '[part="map"] .note[role="status"]'))).to.contain(`Die Kartenbilder von ${location.host} konnten nicht geladen werden`);
    });

    it('follows a change of the tiles attribute (the new server, not the old one)', async () => {
      const first = tileServer();
      const second = tileServer();
      const el = await withMap({ src: TREFF, attrs: { tiles: first.template }, places: 1 });
      await until(async () => (await first.requests()) > 0, 'no tiles from the first server');
      el.tiles = second.template;
      await until(async () => (await second.requests()) > 0, 'the map keeps the old tile server');
      await mapDrawn(el, 1);
    });

    it('names OpenStreetMap before consent by default, and asks it nothing', async () => {
      const el = await make({ src: TREFF });
      expect(text($(el, '[part="consent"]'))).to.contain('tile.openstreetmap.org');
      expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('openstreetmap')).length).to.equal(0);
    });

    it('setMapConsent(true) opens maps present and created later; setMapConsent(false) brings the placeholder back', async () => {
      const tiles = tileServer();
      const first = await make({ src: TREFF, attrs: { tiles: tiles.template } });
      expect(has(first, '[part="consent"]'), '[part="consent"]').to.equal(true);
      await intersectionReported(first);
      expect(await tiles.requests()).to.equal(0);

      setMapConsent(true);
      await mapDrawn(first, 1);
      await until(async () => (await tiles.requests()) > 0, 'no tile requested after setMapConsent(true)');

      const later = await make({ src: NORD, attrs: { tiles: tiles.template } });
      expect(has(later, '[part="consent"]'), '[part="consent"]').to.equal(false);
      await mapDrawn(later, 3);

      setMapConsent(false);
      for (const el of [first, later]) {
        await until(() => $(el, '[part="consent"]') && !$(el, '.leaflet-container'), 'the placeholder does not come back');
        expect(el.mapHandle === undefined, 'the map is not released').to.equal(true);
        expect(markers(el).length).to.equal(0);
      }
    });

    it('the document event quartier-map-consent grants and revokes the same way', async () => {
      const tiles = tileServer();
      const el = await make({ src: TREFF, attrs: { tiles: tiles.template } });
      document.dispatchEvent(new CustomEvent(MAP_CONSENT_EVENT, { detail: { granted: true } }));
      await mapDrawn(el, 1);
      const later = await make({ src: TREFF, attrs: { tiles: tiles.template } });
      await mapDrawn(later, 1);
      document.dispatchEvent(new CustomEvent(MAP_CONSENT_EVENT, { detail: { granted: false } }));
      await until(() => $(el, '[part="consent"]') && $(later, '[part="consent"]'), 'the placeholders do not come back');
      expect(has(el, '.leaflet-container'), '.leaflet-container').to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches a cluster; Enter zooms in and focuses its first part; Enter on a marker opens the details; Escape returns', async () => {
      const el = await withMap({ feed: crowd(12), places: 12 });
      expect(clusters(el).length, 'clusters').to.be.greaterThan(0);
      const zoom = el.mapHandle!.leaflet.getZoom();
      $(el, '.leaflet-host')!.focus();
      await sendKeys({ press: 'Tab' });
      const first = active(el) as HTMLButtonElement;
      expect(first?.closest('.places'), 'focus on a place button').not.to.equal(null);
      expect(first.classList.contains('cluster')).to.equal(true);
      expect(first.getAttribute('aria-label')).to.match(/^\d+ Orte$/);

      await sendKeys({ press: 'Enter' });
      await until(
        () => el.mapHandle!.leaflet.getZoom() > zoom && active(el)?.closest('.places') && active(el) !== first,
        'focus does not move into the cluster',
      );
      await frames(2);
      let button = active(el) as HTMLButtonElement;
      // Down to a marker, through nested clusters if there are any.
      for (let depth = 0; button.classList.contains('cluster') && depth < 4; depth++) {
        const before = button;
        await sendKeys({ press: 'Enter' });
        await until(() => active(el) !== before && active(el)?.closest('.places'), 'focus does not move into the nested cluster');
        button = active(el) as HTMLButtonElement;
      }
      expect(button.classList.contains('marker')).to.equal(true);
      const id = button.dataset['key']!.slice(2);

      const selected = oneEvent(el, 'quartier-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ type: 'place', id });
      await until(() => $(el, '.details') && active(el) === $(el, '.details [data-focus]'), 'details do not open with focus on the heading');
      expect(text($(el, '.details [data-focus]'))).to.equal(`Ort ${id.slice(1)}`);
      expect(button.getAttribute('aria-current')).to.equal('true');
      expect(item(el, id)!.getAttribute('aria-current')).to.equal('true');

      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '.details'), 'Escape does not close the details');
      await until(() => active(el) === marker(el, id), 'focus does not return to the marker');
    });

    it('Space on a marker opens the details as well', async () => {
      const el = await withMap({ src: NORD, places: 3 });
      marker(el, 'buergerhaus')!.focus();
      await sendKeys({ press: 'Space' });
      await until(() => active(el) === $(el, '.details [data-focus]'), 'details do not open');
      expect(text($(el, '.details [data-focus]'))).to.equal('Bürgerhaus Nordstadt');
      // The close button closes them too, and focus goes back to the marker.
      $<HTMLButtonElement>(el, '.details .close')!.click();
      await until(() => !$(el, '.details') && active(el) === marker(el, 'buergerhaus'), 'close does not return focus');
    });

    it('opens and closes a list entry with Enter and Space (aria-expanded)', async () => {
      const el = await make({ src: TREFF });
      const id = 'treffpunkt-lindenweg';
      toggle(el, id).focus();
      expect(toggle(el, id).getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el, id).getAttribute('aria-expanded')).to.equal('true');
      expect(item(el, id)!.querySelector<HTMLElement>('.entry-details')!.hidden).to.equal(false);
      expect(active(el) === toggle(el, id), 'focus stays on the toggle').to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle(el, id).getAttribute('aria-expanded')).to.equal('false');
      expect(item(el, id)!.querySelector<HTMLElement>('.entry-details')!.hidden).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle(el, id).getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('the keyboard at any size', () => {
    /** An <offer-map> after a button (the page's last stop before the element), settled. */
    async function afterButton(options: MakeOptions & { places?: number }): Promise<{ el: OfferMap; before: HTMLButtonElement }> {
      const el = options.places === undefined ? await make(options) : await withMap(options);
      const before = document.createElement('button');
      before.textContent = 'davor';
      el.before(before);
      return { el, before };
    }

    /** Tab presses from `start` until `reached` is true of the focused element (at most `limit`). */
    async function tabsUntil(start: HTMLElement, reached: (focused: Element | null) => boolean, limit = 40): Promise<number> {
      start.focus();
      for (let n = 1; n <= limit; n++) {
        await sendKeys({ press: 'Tab' });
        if (reached(document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)) return n;
      }
      return Infinity;
    }

    const skip = (el: OfferMap, which: 'map' | 'list'): HTMLButtonElement => $$<HTMLButtonElement>(el, '.skip button')[which === 'map' ? 0 : 1]!;

    it("with 2,500 places, the map's markers are 2 Tab presses from the top of the element (skip link, Enter, Tab), and the list is one Tab stop", async () => {
      const stop = ignoreResizeObserverLoop();
      try {
        const { el, before } = await afterButton({ feed: generateFeed({ offers: 10_000 }) });
        expect(count(el)).to.match(/^2\.500 Orte/);
        // The first stop is the skip link, shown when focused.
        expect(await tabsUntil(before, (f) => f === skip(el, 'map'))).to.equal(1);
        expect(text(skip(el, 'map'))).to.equal('Zur Karte springen');
        expect(skip(el, 'map').getBoundingClientRect().width).to.be.greaterThan(24);
        await sendKeys({ press: 'Enter' });
        expect(active(el) === consentButton(el), 'Enter on the skip link focuses "Karte laden"').to.equal(true);
        await sendKeys({ press: 'Enter' });
        await mapDrawn(el);
        await until(() => active(el) === $(el, '.leaflet-host'), 'the map has no focus after "Karte laden"');
        // From the top again: skip link, Enter, one Tab to a marker or cluster.
        const tabs = await tabsUntil(before, (f) => f === skip(el, 'map'));
        await sendKeys({ press: 'Enter' });
        expect(active(el) === $(el, '.leaflet-host'), 'the skip link focuses the map').to.equal(true);
        await sendKeys({ press: 'Tab' });
        expect(active(el)?.closest('.places'), 'a marker or cluster has focus').not.to.equal(null);
        expect(tabs + 1, 'Tab presses to the markers').to.be.lessThan(5);
        // Without the skip links: the 2,500 entries of the list are a single stop between the chips and the map.
        const stops = await tabsUntil(before, (f) => f?.closest('.places') !== null && f?.closest('.places') !== undefined);
        const chips = $$(el, '[part="chip"]').length;
        expect(stops, 'skip links, search, chips, one list entry, the map (arrow keys pan it), a marker').to.equal(2 + 1 + chips + 1 + 1 + 1);
        expect($$(el, '.list button.toggle[tabindex="0"]').length).to.equal(1);
      } finally {
        await frames(3);
        stop();
      }
    });

    it('"Zur Liste springen" focuses the list\'s entry; Down, Up, Home, End and typed letters move the one Tab stop', async () => {
      const places = ['Bürgerhaus', 'Café Mitte', 'Jugendtreff', 'Kirche am Markt', 'Kita Sonnenschein', 'Stadtteilbüro'].map((name, i) => ({
        id: `p${i}`,
        name,
        project: 'p',
      }));
      const { el, before } = await afterButton({ feed: feedOf({ places }) });
      expect(await tabsUntil(before, (f) => f === skip(el, 'list'))).to.equal(2);
      expect(text(skip(el, 'list'))).to.equal('Zur Liste springen');
      await sendKeys({ press: 'Enter' });
      await until(() => active(el) === toggle(el, 'p0'), 'the skip link does not focus the first entry');
      const focusedId = (): string | undefined => (active(el) as HTMLElement | null)?.dataset['id'];
      const stops = (): string[] => $$<HTMLButtonElement>(el, '.list button.toggle[tabindex="0"]').map((b) => b.dataset['id']!);
      for (const [key, id] of [
        ['ArrowDown', 'p1'],
        ['ArrowDown', 'p2'],
        ['ArrowUp', 'p1'],
        ['End', 'p5'],
        ['ArrowDown', 'p5'],
        ['Home', 'p0'],
        ['ArrowUp', 'p0'],
        // Type-ahead: "k" goes to the next name with K, again to the one after; an arrow key ends the letters typed.
        ['k', 'p3'],
        ['k', 'p4'],
        ['Home', 'p0'],
      ] as const) {
        await sendKeys({ press: key });
        await until(() => focusedId() === id, `${key}: focus on ${focusedId()}, not ${id}`);
        expect(stops(), `${key}: the one Tab stop`).to.deep.equal([id]);
      }
      await sendKeys({ type: 'ju' });
      await until(() => focusedId() === 'p2', `typing "ju": focus on ${focusedId()}`);
      // Enter still opens the entry in place; the page does not scroll with the arrow keys.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el, 'p2').getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      // Shift+Tab leaves the list for the toolbar, Tab comes back to the same entry.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el) === toggle(el, 'p2'), 'focus left the list').to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(focusedId()).to.equal('p2');
    });

    it('End in a virtualised list of 2,500 places reaches the last entry, Home the first', async () => {
      const stop = ignoreResizeObserverLoop();
      try {
        const el = await make({ feed: generateFeed({ offers: 10_000 }) });
        expect(has(el, '.list.virtual'), '.list.virtual').to.equal(true);
        await until(() => toggle(el, 'ort-1'), 'the first entry is not rendered');
        toggle(el, 'ort-1').focus();
        await sendKeys({ press: 'End' });
        await until(() => active(el) === toggle(el, 'ort-2500'), 'End does not reach the last entry');
        await sendKeys({ press: 'ArrowUp' });
        await until(() => active(el) === toggle(el, 'ort-2499'), 'Up does not move');
        await sendKeys({ press: 'Home' });
        await until(() => active(el) === toggle(el, 'ort-1'), 'Home does not reach the first entry');
      } finally {
        await frames(3);
        stop();
      }
    });

    for (const [size, font] of [
      ['the default size', ''],
      ['a small font size (12px)', '12px'],
    ] as const) {
      it(`markers and clusters are at least 24 × 24 px (WCAG 2.2 target size) at ${size}`, async () => {
        const el = await withMap({ feed: crowd(12, 0.002), places: 12 });
        if (font) {
          el.style.setProperty('--quartier-font-size', font);
          await frames(2);
        }
        // On a place: at zoom 18 the view is smaller than the gaps between the crowd's rows.
        el.mapHandle!.leaflet.setView([52.002, 10.002], 18, { animate: false });
        await until(() => markers(el).length > 0, 'no marker at zoom 18');
        for (const button of markers(el)) {
          const box = button.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `marker ${button.dataset['key']}`).to.be.at.least(24);
        }
        el.mapHandle!.leaflet.setZoom(2, { animate: false });
        await until(() => clusters(el).length > 0, 'no cluster at zoom 2');
        for (const button of clusters(el)) {
          const box = button.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `cluster ${button.dataset['key']}`).to.be.at.least(24);
        }
      });
    }

    for (const width of [390, 1280]) {
      it(`at ${width} px the details sit beside or below the map: never over the selected marker or the map's notes`, async () => {
        const el = await withMap({ src: SALZGITTER, attrs: { tiles: '/gibt-es-nicht/{z}/{x}/{y}.png' }, places: 3 });
        el.parentElement!.style.inlineSize = `${width}px`;
        await until(() => $(el, '.notes .note[role="status"]'), 'no note about the tiles');
        marker(el, 'start-punkt')!.click();
        await until(() => active(el) === $(el, '.details [data-focus]'), 'details do not open');
        await frames(3);
        const details = $(el, '.details')!.getBoundingClientRect();
        const overlaps = (r: DOMRect): boolean => r.left < details.right && r.right > details.left && r.top < details.bottom && r.bottom > details.top;
        await until(() => !overlaps(marker(el, 'start-punkt')!.getBoundingClientRect()), 'the details cover the selected marker');
        const canvas = $(el, '.canvas')!.getBoundingClientRect();
        const at = marker(el, 'start-punkt')!.getBoundingClientRect();
        expect(
          at.left >= canvas.left && at.right <= canvas.right && at.top >= canvas.top && at.bottom <= canvas.bottom,
          'the selected marker is in view',
        ).to.equal(true);
        for (const note of $$(el, '.notes .note')) expect(overlaps(note.getBoundingClientRect()), text(note)).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('list and map in sync', () => {
    it('opening an entry fires quartier-select, sets selection and marks the marker', async () => {
      const el = await withMap({ src: NORD, places: 3 });
      const id = 'generationentreff';
      setTimeout(() => toggle(el, id).click());
      const event = await oneEvent(el, 'quartier-select');
      expect(event.detail).to.deep.equal({ type: 'place', id });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(el.selection).to.deep.equal({ type: 'place', id });
      await until(() => marker(el, id)?.getAttribute('aria-current') === 'true', 'the marker is not marked');
      expect(marker(el, id)!.classList.contains('selected')).to.equal(true);
      expect(markers(el).filter((m) => m.classList.contains('selected')).length).to.equal(1);
      expect(item(el, id)!.getAttribute('aria-current')).to.equal('true');
    });

    it('a cancelled quartier-select keeps the entry closed and the selection unset', async () => {
      const el = await withMap({ src: NORD, places: 3 });
      el.addEventListener('quartier-select', (e) => e.preventDefault());
      toggle(el, 'buergerhaus').click();
      await el.updateComplete;
      expect(toggle(el, 'buergerhaus').getAttribute('aria-expanded')).to.equal('false');
      expect(el.selection).to.equal(undefined);
      marker(el, 'buergerhaus')!.click();
      await el.updateComplete;
      expect(has(el, '.details'), '.details').to.equal(false);
      expect(marker(el, 'buergerhaus')!.hasAttribute('aria-current')).to.equal(false);
    });

    it('picking a marker marks its list entry', async () => {
      const el = await withMap({ src: NORD, places: 3 });
      marker(el, 'koordinationsstelle-nordstrasse')!.click();
      await until(() => item(el, 'koordinationsstelle-nordstrasse')!.getAttribute('aria-current') === 'true', 'list entry not marked');
      expect(items(el).filter((i) => i.hasAttribute('aria-current')).length).to.equal(1);
      expect(el.selection).to.deep.equal({ type: 'place', id: 'koordinationsstelle-nordstrasse' });
      expect(text($(el, '.details .offers'))).to.contain('Sozialarbeit');
    });

    it("select('offer', id) opens the offer's place in the list and marks the offer", async () => {
      const el = await withMap({ src: `${TREFF} ${NORD}`, places: 4 });
      el.select('offer', 'beratung-bildung');
      const place = 'koordinationsstelle-nordstrasse';
      await until(() => toggle(el, place).getAttribute('aria-expanded') === 'true', 'the place is not opened');
      const offer = item(el, place)!.querySelector('.offer[aria-current="true"]')!;
      expect(offer.querySelector('button[data-id="beratung-bildung"]')).not.to.equal(null);
      expect(item(el, place)!.getAttribute('aria-current')).to.equal('true');
      await until(() => marker(el, place)?.getAttribute('aria-current') === 'true', 'the marker is not marked');
      el.select('place', 'treffpunkt-lindenweg');
      await until(() => marker(el, 'treffpunkt-lindenweg')?.classList.contains('selected'), 'the map does not show the place');
      expect(toggle(el, 'treffpunkt-lindenweg').getAttribute('aria-expanded')).to.equal('true');
    });

    it('a selection made before the feed has loaded is shown once it has', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const el = document.createElement('offer-map');
      el.src = NORD;
      el.select('place', 'buergerhaus');
      wrapper.append(el);
      await settle(el);
      await until(() => toggle(el, 'buergerhaus').getAttribute('aria-expanded') === 'true', 'the entry is not opened');
      expect(item(el, 'buergerhaus')!.getAttribute('aria-current')).to.equal('true');
    });

    it('an offer picked in the list fires quartier-select for the offer', async () => {
      const el = await make({ src: TREFF });
      toggle(el, 'treffpunkt-lindenweg').click();
      await el.updateComplete;
      const button = $<HTMLButtonElement>(el, '.entry-details button[data-id="frauentreffs"]')!;
      setTimeout(() => button.click());
      expect((await oneEvent(el, 'quartier-select')).detail).to.deep.equal({ type: 'offer', id: 'frauentreffs' });
      await el.updateComplete;
      expect(button.closest('.offer')!.getAttribute('aria-current')).to.equal('true');
    });

    it('a long list is virtualised and select() brings a far entry into it', async () => {
      const stop = ignoreResizeObserverLoop();
      try {
        await virtualList();
      } finally {
        await frames(3);
        stop();
      }
    });

    it('a long list waits for the map: empty and busy when the places are drawn, filled after; without a map at once', async () => {
      const stop = ignoreResizeObserverLoop();
      try {
        // The map chunk is here and the element is known to be in view (as when a feed comes over the
        // network): the map is made in the task that draws the list's first state.
        await loadMap();
        const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
        const el = document.createElement('offer-map');
        el.setAttribute('consent', 'granted');
        el.setAttribute('tiles', tileServer().template);
        wrapper.append(el);
        await intersectionReported(el);
        el.feed = crowd(120, 0.001);
        let atFirstPlaces: { items: number; busy: string | null } | undefined;
        const observer = new MutationObserver(() => {
          if (!atFirstPlaces && placesOnMap(el) > 0) atFirstPlaces = { items: items(el).length, busy: $(el, '.list')!.getAttribute('aria-busy') };
        });
        observer.observe(el.shadowRoot!, { subtree: true, childList: true });
        await settle(el);
        await mapDrawn(el);
        observer.disconnect();
        expect(atFirstPlaces).to.deep.equal({ items: 0, busy: 'true' });
        await until(() => items(el).length > 0, 'the list is not drawn after the map');
        expect($(el, '.list')!.hasAttribute('aria-busy')).to.equal(false);
        await expect(el).to.be.accessible();

        // Without consent the list is all there is: drawn at once (in view, where the first one was).
        wrapper.remove();
        const listOnly = await make({ feed: crowd(120, 0.001) });
        expect($(listOnly, '.list.virtual')!.hasAttribute('aria-busy')).to.equal(false);
        await until(() => items(listOnly).length > 0, 'no entries rendered');
      } finally {
        await frames(3);
        stop();
      }
    });

    async function virtualList(): Promise<void> {
      const el = await make({ feed: crowd(120, 0.001) });
      expect(has(el, '.list.virtual'), '.list.virtual').to.equal(true);
      await until(() => items(el).length > 0, 'no entries rendered');
      expect(items(el).length).to.be.lessThan(120);
      expect(item(el, 'c110') === null, 'c110 rendered at first').to.equal(true);
      el.select('place', 'c110');
      await until(() => item(el, 'c110')?.getAttribute('aria-current') === 'true', 'the far entry is not shown');
      expect(toggle(el, 'c110').getAttribute('aria-expanded')).to.equal('true');
    }
  });

  describe('filters', () => {
    it('chips narrow the list and the markers, the count follows, "Filter zurücksetzen" resets', async () => {
      const el = await withMap({ src: `${TREFF} ${NORD}`, places: 4 });
      const chips = $$(el, '[part="chip"]');
      expect(chips.map(text)).to.deep.equal(['Beratung', 'Sprache', 'Treffpunkt', 'Bildung', 'Sonstiges']);
      for (const c of chips) expect(c.getAttribute('aria-pressed')).to.equal('false');

      chip(el, 'Sprache').click();
      await el.updateComplete;
      expect(chip(el, 'Sprache').getAttribute('aria-pressed')).to.equal('true');
      expect(items(el).map((i) => i.dataset['entry'])).to.deep.equal(['treffpunkt-lindenweg']);
      expect(count(el)).to.contain('1 Ort, 1 Angebot');
      await until(() => placesOnMap(el) === 1, 'markers are not narrowed');

      chip(el, 'Beratung').click();
      await el.updateComplete;
      expect(items(el).length).to.equal(2);
      expect(count(el)).to.contain('2 Orte, 6 Angebote');
      await until(() => placesOnMap(el) === 2, 'markers do not follow a second chip');

      const reset = $$<HTMLButtonElement>(el, '.count button').find((b) => text(b) === 'Filter zurücksetzen')!;
      reset.click();
      await el.updateComplete;
      expect(count(el)).to.equal('4 Orte, 9 Angebote');
      expect(chips.every((c) => c.getAttribute('aria-pressed') === 'false')).to.equal(true);
      await until(() => placesOnMap(el) === 4, 'markers are not reset');
    });

    it("markers' names follow the filter (the offers left there) and clusters count what is left", async () => {
      const el = await withMap({ src: `${TREFF} ${NORD}`, places: 4 });
      const id = 'treffpunkt-lindenweg';
      expect(marker(el, id)!.getAttribute('aria-label')).to.match(/, 7 Angebote$/);
      chip(el, 'Beratung').click();
      await until(
        () => marker(el, id)?.getAttribute('aria-label')?.endsWith(', 3 Angebote'),
        `the marker keeps its old name (${marker(el, id)?.getAttribute('aria-label')})`,
      );

      const crowded = await withMap({ feed: crowd(12), places: 12 });
      chip(crowded, 'Kultur').click();
      await until(() => placesOnMap(crowded) === 6, `clusters do not count the places left (${placesOnMap(crowded)})`);
      for (const c of clusters(crowded)) expect(c.getAttribute('aria-label')).to.equal(`${c.textContent} Orte`);
    });

    it('chips and the search count through the index the map has (no new index a keystroke); a new feed gets a new one', async () => {
      const build = PlaceIndex.prototype.build;
      let builds = 0;
      PlaceIndex.prototype.build = function (this: PlaceIndex) {
        builds++;
        return build.call(this);
      };
      try {
        const el = await withMap({ feed: crowd(12), places: 12 });
        expect(builds, 'the first index').to.equal(1);
        chip(el, 'Kultur').click();
        await until(() => placesOnMap(el) === 6, `chip: ${placesOnMap(el)} places`);
        $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
        await sendKeys({ type: 'Ort 1' });
        // "Ort 1" and "Ort 11" (culture: the odd ones).
        await until(() => placesOnMap(el) === 2, `search: ${placesOnMap(el)} places`);
        for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
        chip(el, 'Kultur').click();
        await until(() => placesOnMap(el) === 12, `reset: ${placesOnMap(el)} places`);
        expect(builds, 'indices built').to.equal(1);
        el.feed = crowd(13);
        await until(() => placesOnMap(el) === 13, `new feed: ${placesOnMap(el)} places`);
        expect(builds, 'indices built for a new feed').to.equal(2);
      } finally {
        PlaceIndex.prototype.build = build;
      }
    });

    it('the searchable texts are made when the page is idle after loading, not by the first keystroke', async () => {
      const el = await make({ feed: crowd(12) });
      const model = mapController(el).view.model!;
      const last = model.entries.at(-1)!;
      await until(() => model.texts.has(last.place!) && model.texts.has(last.offers[0]!), 'no searchable texts without a search');
      expect(mapController(el).view.query).to.equal('');
    });

    it('thousands of places: the index is built after the list is shown, and the map draws them all', async () => {
      const el = await withMap({ feed: generateFeed({ offers: 20_000 }), places: 5_000 });
      expect(clusters(el).length, 'clusters').to.be.greaterThan(0);
    });

    it('the text search narrows list and markers', async () => {
      const el = await withMap({ src: `${TREFF} ${NORD}`, places: 4 });
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'kochkurs' });
      await until(() => count(el).startsWith('1 Ort, 1 Angebot'), `the count does not follow the search (${count(el)})`);
      expect(items(el).map((i) => i.dataset['entry'])).to.deep.equal(['treffpunkt-lindenweg']);
      await until(() => placesOnMap(el) === 1, 'markers are not narrowed');
      // A place's own text matches too (its address).
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      input.value = 'Lindenviertel';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(items(el).map((i) => i.dataset['entry'])).to.deep.equal(['generationentreff']);
      $<HTMLButtonElement>(el, '.count button')!.click();
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(items(el).length).to.equal(4);
    });

    it('says so when nothing is left, and stays accessible', async () => {
      const el = await withMap({ src: TREFF, places: 1 });
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      input.value = 'xyzzy';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(count(el)).to.contain('Keine Treffer');
      expect(items(el).length).to.equal(0);
      await until(() => placesOnMap(el) === 0, 'markers stay');
      await expect(el).to.be.accessible();
    });

    it('the category attribute prefilters list, chips and markers', async () => {
      const el = await withMap({ src: `${TREFF} ${NORD}`, attrs: { category: 'counselling' }, places: 2 });
      expect(items(el).map((i) => i.dataset['entry'])).to.deep.equal(['treffpunkt-lindenweg', 'koordinationsstelle-nordstrasse']);
      expect(count(el)).to.equal('2 Orte, 5 Angebote');
      expect($$(el, '[part="chip"]').length).to.equal(0);
      el.category = 'language education';
      await el.updateComplete;
      expect(count(el)).to.equal('1 Ort, 2 Angebote');
      await until(() => placesOnMap(el) === 1, 'markers do not follow the attribute');
    });

    it('names an unknown category with debug', async () => {
      const el = await make({ src: TREFF, attrs: { category: 'counselling basteln', debug: '' } });
      await until(() => $$(el, '[part="debug"]').some((d) => text(d).includes('basteln')), 'the unknown category is not named');
      expect(count(el)).to.equal('1 Ort, 3 Angebote');
    });
  });

  describe('a hostile feed', () => {
    const P = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const J = 'javascript:window.__pwned=3';
    const hostile = {
      version: '1',
      language: 'de',
      projects: [{ id: 'p', name: P, quarter: { name: P, center: { lat: 52.1, lng: 10.3 }, radiusMeters: 400 } }],
      organizations: [{ id: 'o', name: P, url: J, email: J }],
      places: [
        {
          id: 'pl',
          name: P,
          project: 'p',
          geo: { lat: 52.1, lng: 10.3 },
          address: { street: P, postalCode: P, locality: P, district: P },
          description: P,
          accessibility: { wheelchair: 'limited', note: P },
          geoNote: P,
        },
      ],
      offers: [
        {
          id: 'of',
          name: P,
          project: 'p',
          place: 'pl',
          provider: 'o',
          category: 'culture',
          audience: P,
          cost: P,
          url: J,
          description: P,
          schedule: { text: P, rules: [{ freq: 'weekly', byDay: ['MO'], opens: '10:00' }] },
          contact: { name: P, email: J, phone: J },
        },
        {
          id: 'of2',
          name: P,
          project: 'p',
          place: 'pl',
          category: P,
          url: ' JaVaScRiPt:window.__pwned=4',
          contact: { email: 'a@b.de?subject=<img src=x>', phone: P },
        },
        { id: 'of3', name: P, project: 'p', category: 'meeting', url: 'data:text/html,<script>window.__pwned=5</script>' },
      ],
    };

    it('shows markup as text everywhere (list, details, markers), runs nothing, links nothing but http(s)', async () => {
      const el = await withMap({ feed: hostile, attrs: { attribution: P, debug: '' }, places: 1 });
      toggle(el, 'pl').click();
      toggle(el, '').click();
      await el.updateComplete;
      marker(el, 'pl')!.click();
      await until(() => $(el, '.details'), 'details do not open');
      await imageFailed();
      expect(win.__pwned).to.equal(undefined);
      const root = el.shadowRoot!;
      expect(plain(root.textContent)).to.contain(plain(P));
      expect(text($(el, '.details'))).to.contain('<img src=x onerror="window.__pwned=1">');
      expect(text($(el, '.attribution'))).to.contain('<script>');
      // The only images are Leaflet's tiles, from the tile route.
      for (const img of root.querySelectorAll('img')) {
        expect(img.classList.contains('leaflet-tile'), 'an image that is not a tile').to.equal(true);
        expect(img.getAttribute('src')).to.match(/\/test-tiles\//);
      }
      expect(root.querySelectorAll('script, iframe, object, embed').length).to.equal(0);
      for (const node of root.querySelectorAll('*')) {
        expect(
          node.getAttributeNames().filter((n) => n.startsWith('on')),
          node.localName,
        ).to.deep.equal([]);
        for (const name of node.getAttributeNames()) expect(node.getAttribute(name)!.trim().toLowerCase(), name).not.to.match(/^(javascript|data|vbscript):/);
      }
      for (const a of root.querySelectorAll('[href]')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
      const button = marker(el, 'pl')!;
      expect(button.getAttribute('aria-label')).to.equal(`${P}, 2 Angebote`);
      expect(button.children.length).to.equal(0);
    });

    for (const tiles of ['javascript:alert(1)//{z}/{x}/{y}', 'https://tiles.example.org/tile.png', 'data:image/png,{z}{x}{y}']) {
      it(`shows a visible note and no map for tiles="${tiles}"`, async () => {
        for (const consent of ['ask', 'granted']) {
          const el = await make({ src: TREFF, attrs: { tiles, consent } });
          const note = $(el, '[part="map"] .error-note[role="alert"]')!;
          expect(note, consent).not.to.equal(null);
          expect(note.checkVisibility()).to.equal(true);
          expect(text(note)).to.contain('tiles').and.contain(tiles);
          expect(has(el, '[part="consent"]'), '[part="consent"]').to.equal(false);
          await intersectionReported(el);
          expect(has(el, '.leaflet-host, .leaflet-container'), '.leaflet-host, .leaflet-container').to.equal(false);
          expect(el.mapHandle === undefined, 'the map is not released').to.equal(true);
          expect(items(el).length).to.equal(1);
        }
      });
    }
  });

  describe('coordinates', () => {
    const places = [
      { id: 'gut', name: 'Guter Ort', project: 'p', geo: { lat: 52.15, lng: 10.33 } },
      { id: 'breite', name: 'Falsche Breite', project: 'p', geo: { lat: 123, lng: 10.3 } },
      { id: 'text', name: 'Koordinaten als Text', project: 'p', geo: { lat: '52,1', lng: '10,3' } },
      { id: 'null', name: 'Null Island', project: 'p', geo: { lat: 0, lng: 0 } },
    ];

    it('keeps places with bad coordinates in the list ("nicht auf der Karte") and warns in quartier-load', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const tiles = tileServer();
      const el = document.createElement('offer-map');
      el.setAttribute('consent', 'granted');
      el.tiles = tiles.template;
      el.feed = feedOf({ places, offers: places.map((p) => ({ id: `o-${p.id}`, name: `Angebot ${p.name}`, place: p.id })) });
      const loaded = oneEvent(el, 'quartier-load') as Promise<CustomEvent<QuartierLoadDetail>>;
      wrapper.append(el);
      const { detail } = await loaded;
      const flagged = detail.warnings.filter((w) => w.code === 'invalid-coordinates').map((w) => w.record);
      expect(flagged).to.have.members(['breite', 'text', 'null']);
      await settle(el);
      expect(items(el).length).to.equal(4);
      for (const id of ['breite', 'text', 'null']) expect(text(item(el, id)!.querySelector('.meta'))).to.contain('nicht auf der Karte');
      expect(text(item(el, 'gut')!.querySelector('.meta'))).not.to.contain('nicht auf der Karte');
      await mapDrawn(el, 1);
      expect(markers(el).map((m) => m.dataset['key'])).to.deep.equal(['p:gut']);
    });

    it('a feed without any coordinates shows the list and a note, not an error', async () => {
      const noGeo = places.map(({ geo: _geo, ...p }) => p);
      const el = await make({ feed: feedOf({ places: noGeo }), attrs: { consent: 'granted', tiles: tileServer().template } });
      expect(el.state).to.equal('loaded');
      expect(has(el, '[part="error"]'), '[part="error"]').to.equal(false);
      expect(items(el).length).to.equal(4);
      await until(() => mapController(el).map.status === 'ready', 'map not ready');
      expect(text($(el, '[part="map"] .note'))).to.contain('keine Koordinaten');
      expect(markers(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('hidden, removed and moved', () => {
    it('inside a hidden block: once shown, the map gets its size and draws the markers', async () => {
      const el = await make({ src: NORD, attrs: { consent: 'granted', tiles: tileServer().template }, wrapperHidden: true });
      expect(items(el).length).to.equal(3);
      el.parentElement!.hidden = false;
      await mapDrawn(el, 3);
      const host = $(el, '.leaflet-host')!;
      const size = el.mapHandle!.leaflet.getSize();
      expect(size.x).to.be.greaterThan(0);
      expect(size.y).to.be.greaterThan(0);
      expect(size.x).to.equal(host.clientWidth);
      expect(size.y).to.equal(host.clientHeight);
    });

    it('hidden after the map loaded, resized and filtered while hidden, shown again: measured anew (ResizeObserver)', async () => {
      const el = await withMap({ src: `${TREFF} ${NORD}`, places: 4 });
      const wrapper = el.parentElement!;
      wrapper.hidden = true;
      await frames(2);
      wrapper.style.inlineSize = '30em';
      chip(el, 'Sprache').click();
      await el.updateComplete;
      wrapper.hidden = false;
      const host = $(el, '.leaflet-host')!;
      await until(() => el.mapHandle!.leaflet.getSize().x === host.clientWidth, 'the map keeps its old size');
      expect(el.mapHandle!.leaflet.getSize().y).to.equal(host.clientHeight);
      await until(() => placesOnMap(el) === 1, 'the markers do not follow the filter');
    });

    it('removed while its feed loads: no error, nothing thrown', async () => {
      const errors = await errorsDuring(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement('offer-map');
        el.src = NORD;
        el.setAttribute('consent', 'granted');
        el.tiles = tileServer().template;
        wrapper.append(el);
        await el.updateComplete;
        el.remove();
        await el.loaded;
        await fetch(NORD);
      });
      expect(errors).to.deep.equal([]);
    });

    it('removed while the map chunk loads: no error, no map; added again later: the map comes back', async () => {
      let el!: OfferMap;
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      let removedWhile = '';
      const errors = await errorsDuring(async () => {
        el = document.createElement('offer-map');
        el.src = NORD;
        el.tiles = tileServer().template;
        wrapper.append(el);
        await settle(el);
        await frames(2);
        // Runs right after the element's own controller, in the update that starts loading the
        // map chunk: the element leaves the page before the import can have resolved.
        const remover = {
          hostUpdated(): void {
            if (!el.isConnected || mapController(el).map.status !== 'loading') return;
            removedWhile = mapController(el).map.status;
            el.removeController(remover);
            el.remove();
          },
        };
        el.addController(remover);
        el.consent = 'granted';
        await until(() => !el.isConnected, 'the map does not start loading');
        await import('../../src/map/create-map.js');
      });
      expect(removedWhile).to.equal('loading');
      expect(errors).to.deep.equal([]);
      expect(el.mapHandle === undefined, 'a map was made for a removed element').to.equal(true);
      expect(has(el, '.leaflet-container'), 'a map was made for a removed element').to.equal(false);

      wrapper.append(el);
      await mapDrawn(el, 3);
    });

    it('moved in the DOM: the map survives', async () => {
      const el = await withMap({ src: NORD, places: 3 });
      const map = el.mapHandle!;
      const other = await fixture<HTMLElement>(html`<section lang="de"></section>`);
      other.append(el);
      await intersectionReported(el);
      expect(el.mapHandle === map, 'not the same map').to.equal(true);
      expect(has(el, '.leaflet-container'), '.leaflet-container').to.equal(true);
      expect(placesOnMap(el)).to.equal(3);
      marker(el, 'buergerhaus')!.click();
      await until(() => $(el, '.details'), 'the moved map does not react');
    });

    it('removed after its map loaded and added again later: the map is drawn again', async () => {
      const el = await withMap({ src: NORD, places: 3 });
      const wrapper = el.parentElement!;
      el.remove();
      await frames(2);
      expect(el.mapHandle === undefined, 'the map is not released').to.equal(true);
      wrapper.append(el);
      await mapDrawn(el, 3);
    });
  });

  describe('events', () => {
    it('fires quartier-load with the feed and its warnings', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('offer-map');
      el.src = TREFF;
      const loaded = oneEvent(el, 'quartier-load') as Promise<CustomEvent<QuartierLoadDetail>>;
      wrapper.append(el);
      const { detail } = await loaded;
      expect(detail.feed.places.map((p) => p.id)).to.deep.equal(['treffpunkt-lindenweg']);
      expect(detail.warnings).to.be.an('array');
    });

    it('an unknown project is quartier-error and an alert naming the id', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('offer-map');
      el.src = TREFF;
      el.project = 'gibt-es-nicht';
      const failed = oneEvent(el, 'quartier-error');
      wrapper.append(el);
      const { detail } = await failed;
      expect(detail.src).to.equal(TREFF);
      await settle(el);
      expect(el.state).to.equal('error');
      const alert = $(el, '[part="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('gibt-es-nicht');
    });

    it('a project narrows to its places and offers', async () => {
      const el = await make({ src: `${TREFF} ${NORD}`, attrs: { project: 'treff-lindenweg' } });
      expect(items(el).map((i) => i.dataset['entry'])).to.deep.equal(['treffpunkt-lindenweg']);
    });
  });

  describe('accessibility and languages', () => {
    for (const lang of ['de', 'ar']) {
      describe(`in ${lang}`, () => {
        it('loading', async () => {
          const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
          const el = document.createElement('offer-map');
          el.src = TREFF;
          wrapper.append(el);
          await el.updateComplete;
          expect(el.getAttribute('aria-busy')).to.equal('true');
          expect(has(el, '[part="loading"][role="status"]'), '[part="loading"][role="status"]').to.equal(true);
          await expect(el).to.be.accessible();
          await settle(el);
        });

        it('error', async () => {
          const el = await make({ src: TREFF, attrs: { project: 'gibt-es-nicht' }, lang });
          expect(has(el, '[part="error"][role="alert"]'), '[part="error"][role="alert"]').to.equal(true);
          await expect(el).to.be.accessible();
        });

        it('empty', async () => {
          const el = await make({ feed: feedOf({}), lang });
          expect(el.state).to.equal('empty');
          expect(has(el, '[part="empty"][role="status"]'), '[part="empty"][role="status"]').to.equal(true);
          await expect(el).to.be.accessible();
        });

        it('loaded, consent pending', async () => {
          const el = await make({ src: `${TREFF} ${NORD}`, lang, attrs: { tiles: tileServer().template } });
          expect(has(el, '[part="consent"]'), '[part="consent"]').to.equal(true);
          await expect(el).to.be.accessible();
        });

        it('loaded with the map, then with details open, then with a filter that leaves nothing', async () => {
          const el = await withMap({ src: `${TREFF} ${NORD}`, lang, places: 4 });
          await expect(el).to.be.accessible();
          markers(el)[0]!.click();
          await until(() => $(el, '.details'), 'details do not open');
          await expect(el).to.be.accessible();
          const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
          input.value = 'xyzzy';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await el.updateComplete;
          expect(items(el).length).to.equal(0);
          await expect(el).to.be.accessible();
        });

        it('estimated places (the key under the map), "Ort auf Anfrage" opened, a skip link focused, a place\'s details', async () => {
          const el = await withMap({ src: SEESEN, lang, places: 1 });
          expect(has(el, '.key'), '.key').to.equal(true);
          toggle(el, '').click();
          await el.updateComplete;
          expect(item(el, '')!.querySelectorAll('.offer').length).to.equal(7);
          $<HTMLButtonElement>(el, '.skip button')!.focus();
          await expect(el).to.be.accessible();
          markers(el)[0]!.click();
          await until(() => $(el, '.details .geo-note'), 'details do not open');
          await expect(el).to.be.accessible();
        });

        it(`lays out the toolbar and list ${lang === 'ar' ? 'right to left' : 'left to right'}`, async () => {
          const el = await make({ src: NORD, lang });
          const base = $(el, '[part="base"]')!;
          const dir = lang === 'ar' ? 'rtl' : 'ltr';
          expect(base.getAttribute('dir')).to.equal(dir);
          expect(base.getAttribute('lang')).to.equal(lang);
          for (const part of ['toolbar', 'list', 'item']) expect(getComputedStyle($(el, `[part="${part}"]`)!).direction, part).to.equal(dir);
          el.select('place', 'buergerhaus');
          await until(() => item(el, 'buergerhaus')!.getAttribute('aria-current') === 'true', 'entry not marked');
          const style = getComputedStyle(item(el, 'buergerhaus')!);
          const [marked, other] = lang === 'ar' ? [style.borderRightWidth, style.borderLeftWidth] : [style.borderLeftWidth, style.borderRightWidth];
          expect(parseFloat(marked)).to.be.greaterThan(0);
          expect(parseFloat(other)).to.equal(0);
          // The search field starts on the reading side.
          const search = $(el, '.search')!.getBoundingClientRect();
          const toolbar = $(el, '[part="toolbar"]')!.getBoundingClientRect();
          if (lang === 'ar') expect(Math.round(toolbar.right - search.right)).to.equal(0);
          else expect(Math.round(search.left - toolbar.left)).to.equal(0);
        });
      });
    }

    it("switches markers' and clusters' names when the language changes", async () => {
      const el = await withMap({ src: NORD, places: 3 });
      expect(marker(el, 'buergerhaus')!.getAttribute('aria-label')).to.match(/Angebot/);
      el.parentElement!.setAttribute('lang', 'en');
      await until(() => count(el) === '3 places, 2 offers', 'the interface stays German');
      const label = (): string => marker(el, 'koordinationsstelle-nordstrasse')?.getAttribute('aria-label') ?? '';
      await until(() => label().endsWith(', 2 offers'), `the marker keeps its German name (${label()})`);

      const crowded = await withMap({ feed: crowd(12), places: 12 });
      crowded.parentElement!.setAttribute('lang', 'en');
      await until(() => count(crowded).endsWith('offers'), 'the interface stays German');
      await until(() => clusters(crowded).every((c) => /places?$/.test(c.getAttribute('aria-label') ?? '')), 'clusters keep their German names');
    });

    it('speaks English with lang="en"', async () => {
      const el = await make({ src: `${TREFF} ${NORD}`, lang: 'en', attrs: { tiles: tileServer().template } });
      expect(text(consentButton(el))).to.equal('Load map');
      expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('Places and offers');
      expect(text($(el, '.search label'))).to.equal('Search');
      expect(count(el)).to.equal('4 places, 9 offers');
      expect($$(el, '[part="chip"]').map(text)).to.include('Counselling');
    });

    it('speaks Arabic with lang="ar", and marks the map itself left to right', async () => {
      const el = await withMap({ src: NORD, lang: 'ar', places: 3 });
      expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('الأماكن والأنشطة');
      expect(text($(el, '.search label'))).to.equal('بحث');
      expect(count(el))
        .to.match(/(3|٣) أماكن/)
        .and.contain('نشاطان');
      expect($(el, '.leaflet-host')!.getAttribute('aria-label')).to.equal('الخريطة');
      expect($(el, '.leaflet-host')!.getAttribute('dir')).to.equal('ltr');
      expect(marker(el, 'koordinationsstelle-nordstrasse')!.getAttribute('aria-label')).to.contain('نشاطان');
      const later = await make({ src: TREFF, lang: 'ar', attrs: { tiles: tileServer().template } });
      expect(text(consentButton(later))).to.equal('تحميل الخريطة');
    });
  });

  describe('one consent for the page, one selection, one way to the map', () => {
    /** An <offer-map> in the shadow root of another element (a page builder's, a design system's), settled. */
    async function inShadowRoot(src: string, tiles: string): Promise<OfferMap> {
      const outer = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const el = document.createElement('offer-map');
      el.src = src;
      el.tiles = tiles;
      outer.attachShadow({ mode: 'open' }).append(el);
      return settle(el);
    }

    it('"Karte laden" and setMapConsent() reach a map inside another element\'s shadow root, and back', async () => {
      const tiles = tileServer();
      const light = await make({ src: TREFF, attrs: { tiles: tiles.template } });
      const shadowed = await inShadowRoot(NORD, tiles.template);
      expect(has(shadowed, '[part="consent"]'), 'placeholder in the shadow root').to.equal(true);
      // The visitor allows the server in the map outside: the map in the shadow root opens too.
      consentButton(light).click();
      await mapDrawn(light, 1);
      await mapDrawn(shadowed, 3);
      // Revoked for the page: both ask again.
      setMapConsent(false);
      await until(() => $(light, '[part="consent"]') && $(shadowed, '[part="consent"]'), 'the placeholders do not come back');
      // Allowed in the shadow root: the map outside opens.
      consentButton(shadowed).click();
      await mapDrawn(shadowed, 3);
      await mapDrawn(light, 1);
      setMapConsent(false);
      await until(() => $(light, '[part="consent"]') && $(shadowed, '[part="consent"]'), 'the placeholders do not come back');
      // Granted for the page: both open without a click.
      setMapConsent(true);
      await mapDrawn(shadowed, 3);
      await mapDrawn(light, 1);
    });

    it('a map chunk that fails to load (a fake loader): a visible note, nothing thrown, and "Erneut versuchen" loads the map', async () => {
      const restore = useMapLoader(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      let el!: OfferMap;
      let errors: string[] = [];
      try {
        errors = await errorsDuring(async () => {
          el = await make({ src: TREFF, attrs: { consent: 'granted', tiles: tileServer().template } });
          await until(() => $(el, '[part="map"] .note[role="alert"]'), 'no note about the map');
        });
      } finally {
        restore();
      }
      const note = $(el, '[part="map"] .note[role="alert"]')!;
      expect(text(note)).to.equal('Die Karte konnte nicht geladen werden. Erneut versuchen');
      expect(note.checkVisibility()).to.equal(true);
      expect(mapController(el).map.status).to.equal('error');
      expect(el.mapHandle === undefined, 'a map without its chunk').to.equal(true);
      expect(errors.length, errors.join('\n')).to.equal(1);
      expect(errors[0]).to.contain('the map could not be loaded');
      // The list does not need the map.
      expect(items(el).length).to.equal(1);
      await expect(el).to.be.accessible();
      note.querySelector<HTMLButtonElement>('button')!.click();
      await mapDrawn(el, 1);
      expect(has(el, '[part="map"] .note[role="alert"]'), 'the note stays').to.equal(false);
    });

    /** A map that records what the element asks of it: `setData <n>`, `show <id>`, `mark <id>`. */
    function fakeMap(calls: string[], options: MapOptions): MapHandle {
      const nothingToDo = (): void => undefined;
      const handle: Omit<MapHandle, 'leaflet'> = {
        setData: (points) => void calls.push(`setData ${points.length}`),
        show: (id) => void calls.push(`show ${id}`),
        markSelected: () => void calls.push(`mark ${options.selectedPlace() ?? '-'}`),
        fit: nothingToDo,
        keepClear: nothingToDo,
        zoomIn: nothingToDo,
        zoomOut: nothingToDo,
        focusMarker: () => false,
        center: () => ({ lat: 0, lng: 0 }),
        view: nothingToDo,
        setPin: nothingToDo,
        drawn: 0,
        destroy: () => void calls.push('destroy'),
      };
      return handle as MapHandle;
    }

    it("a fake map (a fake loader): a script's selection is centred on it, the visitor's is marked where it is", async () => {
      const calls: string[] = [];
      let options!: MapOptions;
      const restore = useMapLoader(() =>
        Promise.resolve({
          leafletStyles: unsafeCSS(''),
          createMap: (o: MapOptions) => fakeMap(calls, (options = o)),
        }),
      );
      let el!: OfferMap;
      try {
        el = await make({ src: `${TREFF} ${NORD}`, attrs: { consent: 'granted', tiles: tileServer().template } });
        await until(() => calls.includes('setData 4'), 'the fake map gets no places');
      } finally {
        restore();
      }
      expect(mapController(el).map.status).to.equal('ready');

      // A script selects an offer: its place is marked, its entry opened, and the map centred on it.
      calls.length = 0;
      el.select('offer', 'beratung-bildung');
      await el.updateComplete;
      const place = 'koordinationsstelle-nordstrasse';
      expect(calls).to.deep.equal([`mark ${place}`, `show ${place}`]);
      expect(toggle(el, place).getAttribute('aria-expanded')).to.equal('true');

      // The visitor picks a marker: it is marked where it is (the map does not move), its details open.
      calls.length = 0;
      options.onPick('buergerhaus');
      await el.updateComplete;
      expect(calls).to.deep.equal(['mark buergerhaus']);
      expect(el.selection).to.deep.equal({ type: 'place', id: 'buergerhaus' });
      expect(text($(el, '.details [data-focus]'))).to.equal('Bürgerhaus Nordstadt');
      expect(toggle(el, 'buergerhaus').getAttribute('aria-expanded'), 'the list entry opens as well').to.equal('false');

      // The visitor opens an entry in the list: the map shows the place and marks it.
      calls.length = 0;
      toggle(el, 'treffpunkt-lindenweg').click();
      await el.updateComplete;
      expect(calls).to.deep.equal(['show treffpunkt-lindenweg', 'mark treffpunkt-lindenweg']);

      // The element leaves the page: the map is released.
      calls.length = 0;
      el.remove();
      await until(() => calls.includes('destroy'), 'the fake map is not released');
      expect(el.mapHandle === undefined, 'the map is not released').to.equal(true);
    });
  });

  after(() => {
    expect(win.L === HOST_L, "window.L is not the host page's any more").to.equal(true);
  });
});
