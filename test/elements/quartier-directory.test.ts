// <quartier-directory>: the harvester's index (first page, then the summary),
// feeds from `src`, search, each filter, order, pages, URL state with back and
// forward, cards in place and `href` links, keyboard, states in German and
// Arabic (axe), hostile indexes, and every language's table.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render as litRender, type TemplateResult } from 'lit';
import '../../src/elements/quartier-directory/define.js';
import type { QuartierDirectory } from '../../src/elements/quartier-directory/quartier-directory.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { settled } from '../support/elements.js';
import { unsafeCSS } from 'lit';
import { useMapLoader, type MapHandle, type MapOptions, type MapPoint } from '../../src/map/load-map.js';
import { setMapConsent } from '../../src/elements/shared/map-consent.js';
import { fakeFetch, gatedFetch, json } from '../support/fake-fetch.js';
import { plain } from '../support/text.js';

const INDEX = '/demo/directory/index.json';
const SEESEN = '/data/seesen-lena.json';
const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';

const $ = (el: QuartierDirectory, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: QuartierDirectory, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null): string => plain(node instanceof HTMLElement ? node.innerText : node?.textContent);
const names = (el: QuartierDirectory): string[] => $$(el, '[part="name"]').map(text);
const count = (el: QuartierDirectory): string => text($(el, '[part="count"]'));

const mounted: HTMLElement[] = [];
const startUrl = location.href;
afterEach(() => {
  mounted.splice(0).forEach((node) => node.remove());
  history.replaceState(null, '', startUrl);
});

function mount(template: TemplateResult): QuartierDirectory {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  litRender(template, container);
  return container.querySelector('quartier-directory')!;
}

/** Waits until the directory shows results that are not waiting for the summary. */
async function ready(el: QuartierDirectory): Promise<QuartierDirectory> {
  await settled(el);
  await waitUntil(() => $(el, '[part="results"]') !== null || el.state !== 'loaded', 'results drawn', { timeout: 5000 });
  return el;
}

async function select(el: QuartierDirectory, id: string, value: string): Promise<void> {
  const s = $(el, `select#${id}`) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function search(el: QuartierDirectory, value: string): Promise<void> {
  const input = $(el, 'input#q') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** A generated row; `n` makes its name and id. */
const row = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  project: `projekt-${String(n).padStart(3, '0')}`,
  feed: 0,
  name: { de: `Projekt ${String(n).padStart(3, '0')}` },
  municipality: n % 2 ? 'Goslar' : 'Wolfenbüttel',
  fields: n % 3 ? ['social'] : ['housing'],
  partners: ['Stadt'],
  partnerTypes: ['municipality'],
  categories: [],
  offers: 0,
  ...extra,
});

/** An index of `rows` (the first 20 in `index.json`) served by a fake fetch under `/t/…`; restores fetch when done. */
async function withIndex<T>(rows: unknown[], run: (calls: string[]) => Promise<T>, manifest: Record<string, unknown> = {}): Promise<T> {
  const feeds = [{ id: 'feed-a', publisher: 'A', ok: true, shard: 'shards/0-0123456789.json' }];
  const routes: Record<string, () => Response> = {
    '/t/index.json': () =>
      json({
        format: 'quartier-directory-index',
        version: 1,
        generated: '',
        title: 'Testportal',
        projects: rows.length,
        summary: 'summary-0123456789.json',
        first: { feeds, rows: rows.slice(0, 20) },
        ...manifest,
      }),
    '/t/summary-0123456789.json': () => json({ feeds, rows }),
  };
  const original = window.fetch;
  const { fetch, calls } = fakeFetch((url) => (routes[new URL(url).pathname] ?? (() => new Response('', { status: 404 })))());
  window.fetch = fetch;
  try {
    return await run(calls.map((c) => c.url) as unknown as string[] & { calls: typeof calls });
  } finally {
    window.fetch = original;
  }
}

describe('<quartier-directory>', () => {
  describe('from the harvester index', () => {
    it('shows the first page from index.json, then loads the summary; the title and the count', async () => {
      const el = await ready(mount(html`<quartier-directory index=${INDEX}></quartier-directory>`));
      expect(text($(el, '[part="title"]'))).to.equal('Quartiersprojekte der Region (erfundenes Beispielportal)');
      expect(count(el)).to.equal('2 Projekte');
      expect(names(el)).to.deep.equal(['Kooperation Quartier Obere Berliner Straße', 'Kooperationsgemeinschaft – Lebendige Nachbarschaft']);
      await expect(el).to.be.accessible();
    });

    it('opens a card in place from its shard (one request per shard), fires a cancelable quartier-select', async () => {
      const el = await ready(mount(html`<quartier-directory index=${INDEX}></quartier-directory>`));
      const toggle = $$(el, '.toggle')[1]!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      setTimeout(() => toggle.click());
      const event = await oneEvent(el, 'quartier-select');
      expect(event.detail).to.deep.equal({ type: 'project', id: 'lena-seesen' });
      await waitUntil(() => el.shadowRoot!.querySelector('quartier-card') !== null, 'card in place');
      const card = el.shadowRoot!.querySelector<QuartierCard>('quartier-card')!;
      await settled(card);
      expect(card.state).to.equal('loaded');
      expect(text(card.shadowRoot!.querySelector('[part="card"] header'))).to.contain('Lebendige Nachbarschaft');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      // Closed again; a listener that cancels keeps it closed.
      toggle.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('quartier-card')).to.equal(null);
      el.addEventListener('quartier-select', (e) => e.preventDefault(), { once: true });
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('pages through a large index once the summary is there; focus moves to the list; the page is in the URL', async () => {
      await withIndex(
        Array.from({ length: 45 }, (_, i) => row(i + 1)),
        async () => {
          const el = await ready(mount(html`<quartier-directory index="/t/index.json"></quartier-directory>`));
          await waitUntil(() => count(el) === '45 Projekte', 'the summary has arrived');
          expect(names(el)).to.have.length(20);
          expect(text($(el, '[part="pages"]'))).to.contain('Seite 1 von 3');
          const next = $$(el, '.page-button')[1]!;
          next.click();
          await el.updateComplete;
          await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#results'), 'focus on the list');
          expect(names(el)[0]).to.equal('Projekt 021');
          expect(new URLSearchParams(location.search).get('dir-page')).to.equal('2');
          expect($$(el, '.page-button')[0]!.hasAttribute('disabled')).to.equal(false);
          await expect(el).to.be.accessible();
        },
      );
    });

    it('a shared link with filters waits for the summary, then shows what it asks for', async () => {
      history.replaceState(null, '', `${location.pathname}?dir-place=Goslar&dir-field=housing`);
      await withIndex(
        Array.from({ length: 45 }, (_, i) => row(i + 1)),
        async () => {
          const el = await settled(mount(html`<quartier-directory index="/t/index.json"></quartier-directory>`));
          await waitUntil(() => $(el, '[part="results"]') !== null, 'results after the summary');
          // Odd numbers are in Goslar; every third is housing: 3, 9, 15, 21, 27, 33, 39, 45.
          expect(count(el)).to.equal('8 Projekte');
          expect(($(el, 'select#place') as HTMLSelectElement).value).to.equal('Goslar');
        },
      );
    });
  });

  describe('search, filters and order (two feeds from src)', () => {
    const both = `${SEESEN} ${SALZGITTER}`;

    it('search ignores case and diacritics, ß as ss; the count is a polite status', async () => {
      const el = await ready(mount(html`<quartier-directory src=${both} url-state="off"></quartier-directory>`));
      expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
      await search(el, 'BERLINER  STRASSE');
      expect(names(el)).to.deep.equal(['Kooperation Quartier Obere Berliner Straße']);
      await search(el, 'paritatischen');
      expect(names(el)).to.deep.equal(['Kooperationsgemeinschaft – Lebendige Nachbarschaft']);
      await search(el, 'gibt es nicht');
      expect(count(el)).to.equal('Keine Projekte gefunden. Ändern Sie die Suche oder die Filter.');
      expect(names(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('each filter narrows: place, field of action, status, partner type, offers; reset', async () => {
      const el = await ready(mount(html`<quartier-directory src=${both} url-state="off"></quartier-directory>`));
      const seesen = 'Kooperationsgemeinschaft – Lebendige Nachbarschaft';
      const salzgitter = 'Kooperation Quartier Obere Berliner Straße';
      await select(el, 'place', 'Seesen');
      expect(names(el)).to.deep.equal([seesen]);
      await select(el, 'place', '');
      await select(el, 'field', 'economy');
      expect(names(el)).to.deep.equal([seesen]);
      await select(el, 'field', '');
      await select(el, 'status', 'ended');
      expect(names(el)).to.deep.equal([salzgitter]);
      await select(el, 'status', 'running');
      expect(names(el)).to.deep.equal([seesen]);
      await select(el, 'status', '');
      await select(el, 'partner', 'state');
      expect(names(el)).to.deep.equal([salzgitter]);
      await select(el, 'partner', '');
      await select(el, 'offer', 'counselling');
      expect(names(el)).to.include(salzgitter);
      await select(el, 'offer', 'sport');
      await select(el, 'field', 'housing');
      ($(el, '.toolbar .link') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(names(el)).to.have.length(2);
      expect(($(el, 'select#field') as HTMLSelectElement).value).to.equal('');
    });

    it('sorts by start and by last change, newest first', async () => {
      const rows = [row(1, { start: '2010', modified: '2024-05-01' }), row(2, { start: '2020-03', modified: '2023-01-01' }), row(3)];
      await withIndex(rows, async () => {
        const el = await ready(mount(html`<quartier-directory index="/t/index.json" url-state="off"></quartier-directory>`));
        await select(el, 'sort', 'start');
        expect(names(el)).to.deep.equal(['Projekt 002', 'Projekt 001', 'Projekt 003']);
        await select(el, 'sort', 'modified');
        expect(names(el)).to.deep.equal(['Projekt 001', 'Projekt 002', 'Projekt 003']);
      });
    });

    it('with href: each name links to the project page (only http(s)); a card otherwise', async () => {
      const el = await ready(mount(html`<quartier-directory src=${SEESEN} href="/projekte/{id}?q=1" url-state="off"></quartier-directory>`));
      const link = $(el, '[part="name"] a') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL('/projekte/lena-seesen?q=1', location.href).href);
      el.href = 'javascript:alert(1)//{id}';
      await el.updateComplete;
      expect($(el, '[part="name"] a')).to.equal(null);
      expect($(el, '.toggle')).to.not.equal(null);
    });
  });

  describe('URL state', () => {
    it("keeps the page's other parameters; back and forward step through filters", async () => {
      history.replaceState(null, '', `${location.pathname}?seite=7`);
      const el = await ready(mount(html`<quartier-directory src=${`${SEESEN} ${SALZGITTER}`}></quartier-directory>`));
      await select(el, 'status', 'ended');
      await select(el, 'field', 'integration');
      const params = new URLSearchParams(location.search);
      expect(params.get('seite')).to.equal('7');
      expect(params.get('dir-status')).to.equal('ended');
      expect(params.get('dir-field')).to.equal('integration');
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(($(el, 'select#field') as HTMLSelectElement).value).to.equal('');
      expect(($(el, 'select#status') as HTMLSelectElement).value).to.equal('ended');
      const forward = oneEvent(window, 'popstate');
      history.forward();
      await forward;
      await el.updateComplete;
      expect(($(el, 'select#field') as HTMLSelectElement).value).to.equal('integration');
      expect(new URLSearchParams(location.search).get('seite')).to.equal('7');
    });

    it('fires quartier-load with the merged feeds of src (not with an index)', async () => {
      const el = mount(html`<quartier-directory src=${`${SEESEN} ${SALZGITTER}`} url-state="off"></quartier-directory>`);
      const event = await oneEvent(el, 'quartier-load');
      expect(event.detail.feed.projects.map((p: { id: string }) => p.id).sort()).to.deep.equal(['kooperation-obere-berliner-strasse', 'lena-seesen']);
    });

    it('url-state="off" leaves the URL alone', async () => {
      const before = location.search;
      const el = await ready(mount(html`<quartier-directory src=${SEESEN} url-state="off"></quartier-directory>`));
      await select(el, 'status', 'ended');
      expect(location.search).to.equal(before);
    });
  });

  describe('keyboard', () => {
    it('search, a filter and a card by keyboard alone', async () => {
      const el = await ready(mount(html`<quartier-directory src=${`${SEESEN} ${SALZGITTER}`} url-state="off"></quartier-directory>`));
      ($(el, 'input#q') as HTMLInputElement).focus();
      await sendKeys({ type: 'seesen' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Kooperationsgemeinschaft – Lebendige Nachbarschaft']);
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(names(el)).to.have.length(2);
      // A filter changes with the arrow keys (the platform's select): the first place is Salzgitter.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('place');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => names(el).length === 1, 'the place filter by keyboard');
      expect(names(el)).to.deep.equal(['Kooperation Quartier Obere Berliner Straße']);
      // Tab past the other five selects, "Filter zurücksetzen" and "Karte laden" to the first result's button; Enter opens it.
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.classList.contains('toggle')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('quartier-card') !== null, 'card opened by Enter');
    });

    it('pages by keyboard', async () => {
      await withIndex(
        Array.from({ length: 25 }, (_, i) => row(i + 1)),
        async () => {
          const el = await ready(mount(html`<quartier-directory index="/t/index.json" url-state="off"></quartier-directory>`));
          await waitUntil(() => count(el) === '25 Projekte', 'summary');
          $$(el, '.page-button')[1]!.focus();
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => names(el)[0] === 'Projekt 021', 'page 2');
          expect(el.shadowRoot!.activeElement).to.equal($(el, '#results'));
        },
      );
    });
  });

  describe('states in German and Arabic', () => {
    for (const lang of ['de', 'ar']) {
      it(`${lang}: loading, error, empty and loaded are accessible; Arabic is right to left`, async () => {
        const gate = gatedFetch();
        const original = window.fetch;
        window.fetch = gate.fetch;
        let el: QuartierDirectory;
        try {
          el = mount(html`<div lang=${lang}><quartier-directory index="/gated/index.json"></quartier-directory></div>`);
          await waitUntil(() => gate.calls.length > 0 && el.state === 'loading' && $(el, '[part="loading"]') !== null, 'loading');
          await expect(el).to.be.accessible();
          gate.answer(json({ nothing: true }));
          await settled(el);
        } finally {
          window.fetch = original;
        }
        expect(el.state).to.equal('error');
        expect(text($(el, '[part="error"]'))).to.contain('/gated/index.json');
        await expect(el).to.be.accessible();

        await withIndex([], async () => {
          const empty = await settled(mount(html`<div lang=${lang}><quartier-directory index="/t/index.json"></quartier-directory></div>`));
          expect(empty.state).to.equal('empty');
          await expect(empty).to.be.accessible();
        });

        const loaded = await ready(mount(html`<div lang=${lang}><quartier-directory index=${INDEX}></quartier-directory></div>`));
        expect($(loaded, '[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        if (lang === 'ar') expect(count(loaded)).to.equal('مشروعان');
        await expect(loaded).to.be.accessible();
      });
    }
  });

  describe('hostile index', () => {
    it('a bad row is left out with a warning, the rest shows; text stays text; no shard outside the folder', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const rows = [
          row(1, { name: { de: '<img src=x onerror="window.__pwned=1">' }, summary: { de: '<b>fett</b>' } }),
          { project: 'kein-name', feed: 0 },
          row(2, { feed: 7 }),
          row(3, { project: '../../etc/passwd' }),
          row(4, { partners: ['<script>alert(1)</script>'], center: [999, 0], fields: ['nope', 'social'] }),
          'kein Objekt',
        ];
        await withIndex(
          rows,
          async () => {
            const el = await ready(mount(html`<quartier-directory index="/t/index.json" url-state="off"></quartier-directory>`));
            expect(names(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">', 'Projekt 004']);
            expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
            expect(text($(el, '.summary'))).to.equal('<b>fett</b>');
            expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
            expect(warnings.some((w) => w.includes('4 rows') && w.includes('/t/index.json'))).to.equal(true);
          },
          { first: { feeds: [{ id: 'feed-a', publisher: 'A', ok: true, shard: '../../geheim.json' }], rows } },
        );
      } finally {
        console.warn = warn;
      }
    });

    it('a file that is not an index is an error for editors, nothing throws into the page', async () => {
      const el = await settled(mount(html`<quartier-directory index=${SEESEN}></quartier-directory>`));
      expect(el.state).to.equal('error');
      expect(text($(el, '[part="error"]'))).to.contain('kein Projektverzeichnis');
    });
  });

  describe('map of projects', () => {
    /** A fake map chunk: records what the directory hands it. */
    function fakeMaps(): { made: MapOptions[]; drawn: MapPoint[][]; restore: () => void } {
      const made: MapOptions[] = [];
      const drawn: MapPoint[][] = [];
      const nothingToDo = (): void => undefined;
      const restore = useMapLoader(() =>
        Promise.resolve({
          leafletStyles: unsafeCSS(''),
          createMap: (options: MapOptions) => {
            made.push(options);
            const handle: Partial<MapHandle> = {
              setData: (points) => void drawn.push([...points]),
              markSelected: nothingToDo,
              fit: nothingToDo,
              zoomIn: nothingToDo,
              zoomOut: nothingToDo,
              destroy: nothingToDo,
            };
            return handle as MapHandle;
          },
        }),
      );
      return { made, drawn, restore };
    }

    it('asks for consent first (nothing loaded), then draws the projects at their centres; a marker opens its card', async () => {
      const fake = fakeMaps();
      try {
        const el = await ready(mount(html`<quartier-directory index=${INDEX} url-state="off"></quartier-directory>`));
        expect(text($(el, '[part="consent"]'))).to.contain('tile.openstreetmap.org');
        expect(fake.made).to.have.length(0);
        await expect(el).to.be.accessible();
        ($(el, '[part="consent"] button') as HTMLButtonElement).click();
        await waitUntil(() => fake.drawn.length > 0, 'the map draws the projects');
        expect(
          fake.drawn
            .at(-1)!
            .map((p) => p.id)
            .sort(),
        ).to.deep.equal(['salzgitter-obere-berliner-strasse/kooperation-obere-berliner-strasse', 'seesen-lena/lena-seesen']);
        const options = fake.made[0]!;
        expect(options.clusterLabel(3)).to.equal('3 Projekte');
        expect(options.markerLabel('seesen-lena/lena-seesen')).to.equal('Kooperationsgemeinschaft – Lebendige Nachbarschaft');
        await expect(el).to.be.accessible();
        // A filter narrows the map too.
        await select(el, 'status', 'running');
        await waitUntil(() => fake.drawn.at(-1)!.length === 1, 'the map follows the filter');
        await select(el, 'status', '');
        options.onPick('seesen-lena/lena-seesen');
        await waitUntil(() => el.shadowRoot!.querySelector('quartier-card') !== null, 'the marker opens the card');
        await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['key'] === 'seesen-lena/lena-seesen', 'focus on the project');
        expect(options.selectedPlace()).to.equal('seesen-lena/lena-seesen');
      } finally {
        fake.restore();
        setMapConsent(false);
      }
    });

    it('another page of the same results sends the map nothing; a filter sends only the projects left', async () => {
      const fake = fakeMaps();
      setMapConsent(true);
      try {
        const rows = Array.from({ length: 25 }, (_, i) => row(i + 1, { center: [52 + i / 100, 10 + i / 100] }));
        await withIndex(rows, async () => {
          const el = await ready(mount(html`<quartier-directory index="/t/index.json" url-state="off"></quartier-directory>`));
          await waitUntil(() => count(el) === '25 Projekte', 'summary');
          await waitUntil(() => fake.drawn.at(-1)?.length === 25, 'the map draws the 25 projects');
          const sent = fake.drawn.length;
          ($$(el, '.page-button')[1] as HTMLButtonElement).click();
          await waitUntil(() => names(el)[0] === 'Projekt 021', 'page 2');
          await el.updateComplete;
          expect(fake.drawn.length, 'points sent for another page').to.equal(sent);
          await search(el, 'Projekt 02');
          await waitUntil(() => fake.drawn.length > sent, 'the map follows the search');
          // 002 and 020 to 025.
          expect(fake.drawn.at(-1)!.map((p) => p.id)).to.have.length(7);
        });
      } finally {
        fake.restore();
        setMapConsent(false);
      }
    });

    it('map="off": no map and no placeholder', async () => {
      const el = await ready(mount(html`<quartier-directory src=${SEESEN} map="off" url-state="off"></quartier-directory>`));
      expect($(el, '[part="map"]')).to.equal(null);
    });
  });

  it("every language has the directory's texts (no key shows)", async () => {
    const el = await ready(mount(html`<quartier-directory src=${SEESEN} url-state="off"></quartier-directory>`));
    for (const { tag } of LANGUAGES) {
      el.setAttribute('lang', tag);
      await waitUntil(() => el.locale.t.lang === tag && !el.locale.pending, `${tag} table`);
      await el.updateComplete;
      const shown = el.shadowRoot!.querySelector('[part="base"]')!.textContent!;
      expect(shown, tag).to.not.match(/directory\.|field\.|orgType\.|category\./);
    }
  });
});
