// <offer-map> never throws into the page (second hardening review, finding 2):
// a tile template with a placeholder Leaflet cannot fill, a quarter at a pole,
// a map removed during its zoom animation, a fault inside a Leaflet call, and
// thousands of places at one point. Each case watches `window` for uncaught
// errors; the feeds are in test/fixtures/hostile/.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/offer-map/define.js';
import type { OfferMap } from '../../src/elements/offer-map/offer-map.js';
import { mapController } from '../../src/elements/offer-map/map-controller.js';
import type { QuartierErrorDetail } from '../../src/elements/base/events.js';
import { samePointFeed } from '../../scripts/bench/worst-feeds.js';
import { until } from '../support/async.js';
import { settled } from '../support/elements.js';
import { tileServer } from '../support/tiles.js';

const NUMBERS = '/test/fixtures/hostile/map-numbers.json';
const NORD = '/test/fixtures/map/nordstadt.json';

const $ = <T extends Element = HTMLElement>(el: OfferMap, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: OfferMap, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const placeButtons = (el: OfferMap): HTMLButtonElement[] => $$<HTMLButtonElement>(el, '.places button');

const frames = (n = 2): Promise<void> =>
  new Promise((resolve) => {
    let left = n;
    const tick = (): void => (--left <= 0 ? resolve() : void requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });

/** Uncaught errors and rejections on `window` while `run` runs (and two frames after). */
async function uncaughtDuring(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(String(event.error ?? event.message));
    // Counted here; the test runner would fail the test before it can say which case it was.
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(String(event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await frames(2);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Console errors while `run` runs (kept from the test's output). */
async function consoleErrorsDuring(run: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]): void => void logged.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return logged;
}

/** An <offer-map> with consent given, inside a `<div lang="de">`, settled. */
async function make(attrs: Record<string, string>, feed?: unknown): Promise<OfferMap> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
  const el = document.createElement('offer-map');
  el.setAttribute('consent', 'granted');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (feed) el.feed = feed;
  wrapper.append(el);
  return settled(el);
}

const mapReady = (el: OfferMap): Promise<void> =>
  until(() => mapController(el).map.status === 'ready' && placeButtons(el).length > 0, 'the map does not draw its places');

/** Leaflet ends a zoom animation in a timer of 250 ms; one set after it, with the same delay, runs after it. */
const afterZoomAnimation = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));

describe('<offer-map> throws nothing into the page', () => {
  describe('tile templates', () => {
    for (const template of ['/test-tiles/x/{z}/{x}/{y}.png?key={foo}', '/test-tiles/x/{z}/{x}/{y}{ s }.png', '/test-tiles/x/{z}/{x}/{y}.png?{maxZoom}']) {
      it(`${template}: a note for the editor instead of a blank map, no tile asked for`, async () => {
        let el!: OfferMap;
        const errors = await uncaughtDuring(async () => {
          el = await make({ src: NORD, tiles: template });
          await frames(2);
        });
        expect(errors).to.deep.equal([]);
        expect($(el, '[part="map"] .error-note')?.textContent).to.contain(template);
        expect($(el, '.leaflet-container'), 'a map was made').to.equal(null);
        expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('/test-tiles/x/')).length).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('{s}, {r} and {-y} are placeholders Leaflet fills: the map is drawn', async () => {
      const tiles = tileServer();
      const el = await make({ src: NORD, tiles: tiles.template.replace('{y}', '{-y}').replace('.png', '{r}.png?s={s}') });
      await mapReady(el);
      await until(async () => (await tiles.requests()) > 0, 'no tile requested');
    });
  });

  describe('numbers at the edges', () => {
    it('a quarter of the largest radius at either pole, and one of 1e306 m: drawn or dropped, zoomed and framed without an error', async () => {
      let el!: OfferMap;
      const errors = await uncaughtDuring(async () => {
        el = await make({ src: NORD, tiles: tileServer().template });
        el.src = `${NORD} ${NUMBERS}`;
        await settled(el);
        await mapReady(el);
        for (const label of ['Vergrößern', 'Verkleinern', 'Verkleinern', 'Alle Orte zeigen', 'Vergrößern']) {
          $<HTMLButtonElement>(el, `.controls button[aria-label="${label}"]`)!.click();
          // The animation starts in the next frame; its end comes in Leaflet's timer.
          await frames(1);
          await afterZoomAnimation();
        }
      });
      expect(errors).to.deep.equal([]);
      expect(el.state).to.equal('loaded');
    });
  });

  describe('removal during a zoom animation', () => {
    it('removed during its zoom animation, 24 times: nothing uncaught, the map released', async function () {
      // 24 maps made and removed: over 10 s on a busy machine.
      this.timeout(30_000);
      const tiles = tileServer();
      const errors = await uncaughtDuring(async () => {
        for (let run = 0; run < 24; run++) {
          const el = await make({ src: NORD, tiles: tiles.template });
          await mapReady(el);
          const map = el.mapHandle!.leaflet;
          const zooming = new Promise<void>((resolve) => map.once('zoomanim', () => resolve()));
          $<HTMLButtonElement>(el, '.controls button[aria-label="Vergrößern"]')!.click();
          await zooming;
          // Half of the runs in the same task as the animation's start, half a frame later.
          if (run % 2) await frames(1);
          el.remove();
          await afterZoomAnimation();
          expect(el.mapHandle, 'the map is not released').to.equal(undefined);
        }
      });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('a fault inside a Leaflet call', () => {
    it('becomes the editor note: state "error", quartier-error "internal", the map released, nothing uncaught', async () => {
      const el = await make({ src: NORD, tiles: tileServer().template });
      await mapReady(el);
      const map = el.mapHandle!.leaflet;
      // What a number Leaflet cannot project did: every redraw after a move throws.
      map.getBounds = () => {
        throw new Error('Invalid LatLng object: (0, NaN)');
      };
      let event: CustomEvent<QuartierErrorDetail> | undefined;
      let errors: string[] = [];
      const logged = await consoleErrorsDuring(async () => {
        errors = await uncaughtDuring(async () => {
          const failed = oneEvent(el, 'quartier-error') as Promise<CustomEvent<QuartierErrorDetail>>;
          $<HTMLButtonElement>(el, '.controls button[aria-label="Vergrößern"]')!.click();
          event = await failed;
          await until(() => el.state === 'error', `state stays ${el.state}`);
          await el.updateComplete;
        });
      });
      expect(errors).to.deep.equal([]);
      expect(event!.detail.error.code).to.equal('internal');
      expect(
        logged.some((line) => line.includes('Invalid LatLng')),
        logged.join('\n'),
      ).to.equal(true);
      expect($(el, '[part="error"]'), 'no editor note').not.to.equal(null);
      expect(el.mapHandle).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('a new feed after the fault draws the map again', async () => {
      const el = await make({ src: NORD, tiles: tileServer().template });
      await mapReady(el);
      el.mapHandle!.leaflet.getBounds = () => {
        throw new Error('broken');
      };
      await consoleErrorsDuring(async () => {
        el.mapHandle!.zoomIn();
        await until(() => el.state === 'error', `state stays ${el.state}`);
      });
      el.src = `${NORD} ${NUMBERS}`;
      await settled(el);
      expect(el.state).to.equal('loaded');
      await mapReady(el);
    });
  });

  describe('5,000 places at one point', () => {
    it('one button ("5.000 Orte") stands for them; it opens a list of the places there (50 at first), not 5,000 buttons; no ResizeObserver loop', async () => {
      let el!: OfferMap;
      const errors = await uncaughtDuring(async () => {
        el = await make({ tiles: tileServer().template }, JSON.parse(samePointFeed(5_000)));
        await mapReady(el);
        // Open clusters until the point itself is drawn.
        for (let i = 0; i < 20 && !$(el, '.places button.stack'); i++) {
          const cluster = $<HTMLButtonElement>(el, '.places button.cluster');
          if (!cluster) break;
          const moved = new Promise<void>((resolve) => el.mapHandle!.leaflet.once('moveend', () => resolve()));
          cluster.click();
          await moved;
          await frames(2);
        }
        expect(placeButtons(el).length, 'buttons on the map').to.be.at.most(3);
        const stack = $<HTMLButtonElement>(el, '.places button.stack')!;
        expect(stack.getAttribute('aria-label')).to.equal('5.000 Orte');
        stack.click();
        await until(() => $(el, '.details .here'), 'no list of the places at this point');
        await frames(2);
      });
      expect(errors).to.deep.equal([]);
      const here = $$<HTMLButtonElement>(el, '.details .here button[data-place]');
      expect(here.length).to.equal(50);
      expect($(el, '.details .here [part="more"]'), 'no button for more').not.to.equal(null);
      const picked = oneEvent(el, 'quartier-select');
      here[3]!.click();
      expect((await picked).detail).to.deep.equal({ type: 'place', id: here[3]!.dataset['place'] });
      await until(() => $(el, '.details .here') === null && $(el, '.details [data-focus]')?.textContent?.includes('Ort 4'), 'the place picked is not shown');
      await expect(el).to.be.accessible();
    });
  });
});
