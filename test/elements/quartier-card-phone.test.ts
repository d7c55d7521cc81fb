// <quartier-card> on a phone: the key facts under the title (only those the
// feed gives), the table of contents and the folded sections of a narrow
// card (keyboard, focus, aria), everything whole in print and on a wide card,
// and a sparse feed that fills a wide card. Widths are the card's own: a
// narrow card is one in a 390 px wrapper.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/quartier-card/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import { nextOffer } from '../../src/elements/quartier-card/key-facts.js';
import { clearFeedCache } from '../../src/feed/load-feeds.js';
import type { Offer } from '../../src/feed/types.js';
import { settled } from '../support/elements.js';
import { feedWith, project } from '../support/feeds.js';
import { plain } from '../support/text.js';

const SEESEN = '/data/seesen-lena.json';
const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';

/** The minimal feed of docs/feed-format.md ("Start here"). */
const FORMAT_MINIMAL = '/test/fixtures/format-minimal-feed.json';

const root = (el: QuartierCard): ShadowRoot => el.shadowRoot!;
const all = <E extends Element = HTMLElement>(el: QuartierCard, selector: string): E[] => [...root(el).querySelectorAll<E>(selector)];
/** The section whose heading is `title`. */
const section = (el: QuartierCard, title: string): HTMLElement =>
  all(el, 'section').find((s) => plain(s.querySelector('[part="heading"]')?.textContent) === title)!;
const shown = (node: Element | null | undefined): boolean => !!node?.checkVisibility();
/** The key facts as [label, value] pairs. */
const facts = (el: QuartierCard): string[][] =>
  all(el, '.facts > div').map((d) => [plain(d.querySelector('dt')!.textContent), plain(d.querySelector('dd')!.textContent)]);
const tocButtons = (el: QuartierCard): HTMLButtonElement[] => all<HTMLButtonElement>(el, '.toc button');
const toggleOf = (s: HTMLElement): HTMLButtonElement => s.querySelector<HTMLButtonElement>(':scope > .fold-toggle')!;

/** A card from `src` (a URL) or `feed` (an object) in a wrapper of `width` px. */
async function card({ src, feed, lang = 'de', width = 390 }: { src?: string; feed?: unknown; lang?: string; width?: number }): Promise<QuartierCard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: ${width}px"></div>`);
  const el = document.createElement('quartier-card');
  if (src) el.src = src;
  else el.feed = feed;
  wrapper.append(el);
  return settled(el);
}

describe('<quartier-card> on a phone', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  beforeEach(() => clearFeedCache());

  describe('key facts under the title', () => {
    it('Seesen: the two lead partners, the period and the place, no next date (the entry gives no times)', async () => {
      const el = await card({ src: SEESEN });
      expect(facts(el)).to.deep.equal([
        ['Träger', 'Baugenossenschaft ›Wiederaufbau‹ eG, Kreisverband Paritätischer Wohlfahrtsverband Seesen'],
        ['Laufzeit', 'seit 2012'],
        ['Ort', 'Seesen · Quartier rund um die Hochstraße'],
      ]);
      // Under the title, before the summary.
      const header = root(el).querySelector('[part="header"]')!;
      expect(header.querySelector('.facts')!.compareDocumentPosition(header.querySelector('p[part="text"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
    });

    it('Salzgitter: no Träger (the article names no lead), the ended period, the place', async () => {
      const el = await card({ src: SALZGITTER });
      expect(facts(el)).to.deep.equal([
        ['Laufzeit', 'bis 31. Dezember 2021 beendet'],
        ['Ort', 'Salzgitter · Quartier Obere Berliner Straße'],
      ]);
    });

    it("a sparse feed shows only what it has: the place of the guide's minimal feed, no empty label; a bare project none at all", async () => {
      const el = await card({ src: FORMAT_MINIMAL });
      expect(facts(el)).to.deep.equal([['Ort', 'Seesen']]);
      for (const dd of all(el, '.facts dd')) expect(plain(dd.textContent)).not.to.equal('');
      const bare = await card({ feed: feedWith() });
      expect(root(bare).querySelector('.facts')).to.equal(null);
    });

    it('the next offer is the one that takes place soonest, a paused one does not count', async () => {
      const feed = feedWith({
        projects: [
          project({
            partners: [
              { organization: 'v', role: 'lead' },
              { organization: 's', role: 'partner' },
            ],
          }),
        ],
        organizations: [
          { id: 'v', name: 'Nachbarschaftsverein' },
          { id: 's', name: 'Stadt' },
        ],
        offers: [
          { id: 'spaet', name: 'Sommerfest', project: 'p', dates: [{ start: '2099-06-20T15:00' }] },
          { id: 'frueh', name: 'Erzählcafé', project: 'p', dates: [{ start: '2099-03-01T10:00', end: '2099-03-01T12:00' }] },
          { id: 'pause', name: 'Nähkurs', project: 'p', status: 'paused', dates: [{ start: '2099-01-05T10:00' }] },
        ],
      });
      const el = await card({ feed });
      expect(facts(el)).to.deep.equal([
        ['Träger', 'Nachbarschaftsverein'],
        ['Nächstes Angebot', 'Erzählcafé · Sonntag, 1. März 2099, 10:00–12:00 Uhr'],
      ]);
    });

    it('finds the soonest date and time among rules and one-off dates, also after a later one on the same day', () => {
      const now = { date: '2099-03-01', time: '09:00' };
      const offer = (id: string, extra: Record<string, unknown>) => ({ id, name: { de: id }, status: 'active', ...extra }) as unknown as Offer;
      const offers = [
        offer('monatlich', { schedule: { rules: [{ freq: 'monthly', byDay: ['MO'], bySetPos: 1, opens: '08:00' }] } }),
        offer('nachmittag', { dates: [{ start: '2099-03-02T15:00' }] }),
        offer('ohne', {}),
        offer('montags', { schedule: { rules: [{ freq: 'weekly', byDay: ['MO'], opens: '10:00' }] } }),
        offer('vorbei', { dates: [{ start: '2099-02-28T10:00' }] }),
      ];
      // 2 March 2099 is the first Monday of the month: the monthly rule's 8:00 wins over 10:00 and 15:00.
      expect(nextOffer(offers, now)).to.deep.include({ offer: offers[0], date: { date: '2099-03-02', opens: '08:00', oneOff: false } });
      expect(nextOffer(offers.slice(1), now)!.offer.id).to.equal('montags');
      expect(nextOffer(offers.slice(2, 3), now)).to.equal(undefined);
    });

    it("in Arabic: labels translated, the feed's names kept in German", async () => {
      const el = await card({ src: SEESEN, lang: 'ar' });
      expect(facts(el).map(([label]) => label)).to.deep.equal(['الجهة المسؤولة', 'مدة المشروع', 'المكان']);
      expect(root(el).querySelector('.facts dd [lang="de"]')!.textContent).to.equal('Baugenossenschaft ›Wiederaufbau‹ eG');
    });
  });

  describe('table of contents', () => {
    it("a narrow card lists every section in the card's order; a wide card shows none", async () => {
      const el = await card({ src: SEESEN });
      const nav = root(el).querySelector('nav.toc')!;
      expect(shown(nav)).to.equal(true);
      expect(nav.getAttribute('aria-label')).to.equal('Inhalt: Kooperationsgemeinschaft – Lebendige Nachbarschaft');
      expect(tocButtons(el).map((b) => plain(b.textContent))).to.deep.equal(all(el, 'section [part="heading"]').map((h) => plain(h.textContent)));
      expect(tocButtons(el).map((b) => plain(b.textContent))).to.include.members(['Orte und Angebote', 'Ansprechpersonen', 'Beteiligte']);
      const wide = await card({ src: SEESEN, width: 1200 });
      expect(shown(root(wide).querySelector('nav.toc'))).to.equal(false);
    });

    for (const key of ['Enter', 'Space']) {
      it(`${key} on an entry moves the focus to its section's heading and scrolls it into view`, async () => {
        const el = await card({ src: SEESEN });
        for (const title of ['Ansprechpersonen', 'Orte und Angebote']) {
          const button = tocButtons(el).find((b) => plain(b.textContent) === title)!;
          button.focus();
          await sendKeys({ press: key });
          const target = section(el, title).querySelector('[part="heading"]')!;
          expect(root(el).activeElement === target, `focus on ${root(el).activeElement?.outerHTML.slice(0, 80)}`).to.equal(true);
          const top = target.getBoundingClientRect().top;
          expect(top).to.be.within(0, 100);
        }
        // Tab goes on from the heading into its section.
        await sendKeys({ press: 'Tab' });
        expect(section(el, 'Orte und Angebote').contains(root(el).activeElement)).to.equal(true);
      });
    }

    it('a card with one section has no table of contents', async () => {
      const el = await card({ feed: feedWith({ projects: [project({ goals: ['Ein Ziel'] })] }) });
      expect(root(el).querySelector('nav')).to.equal(null);
    });
  });

  describe('folded sections', () => {
    it('a narrow card shows the first goals and a disclosure button that names how many, wired to the list', async () => {
      const el = await card({ src: SEESEN });
      const goals = section(el, 'Ziele');
      const items = [...goals.querySelectorAll('li')];
      expect(items).to.have.length(6);
      expect(items.map(shown)).to.deep.equal([true, true, true, false, false, false]);
      const toggle = toggleOf(goals);
      expect(plain(toggle.textContent)).to.equal('Weitere anzeigen (3 von 6)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const controlled = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(controlled.contains(items[5]!)).to.equal(true);
    });

    for (const key of ['Enter', 'Space']) {
      it(`${key} opens and closes a section, the focus stays on its button`, async () => {
        const el = await card({ src: SEESEN });
        const goals = section(el, 'Ziele');
        const toggle = toggleOf(goals);
        toggle.focus();
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(plain(toggle.textContent)).to.equal('Weniger anzeigen');
        expect([...goals.querySelectorAll('li')].every(shown)).to.equal(true);
        expect(root(el).activeElement === toggle, 'the focus left the button').to.equal(true);
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect([...goals.querySelectorAll('li')].filter(shown)).to.have.length(3);
        expect(root(el).activeElement === toggle, 'the focus left the button').to.equal(true);
      });
    }

    it('folds long texts after their first paragraph, the figures after municipality and quarter, partners after two; short ones not at all', async () => {
      const el = await card({ src: SEESEN });
      const about = section(el, 'Über das Projekt');
      expect([...about.querySelectorAll('p')].map(shown)).to.deep.equal([true, false, false, false]);
      expect(plain(toggleOf(about).textContent)).to.equal('Weitere anzeigen (1 von 4)');
      const figures = section(el, 'Quartier und Zahlen');
      expect([...figures.querySelectorAll('dl > div')].filter(shown).map((d) => plain(d.querySelector('dt')!.textContent))).to.deep.equal([
        'Kommune',
        'Quartier',
      ]);
      expect(section(el, 'Beteiligte').querySelectorAll('li:not(.rest)')).to.have.length(2);
      // Places and offers, contacts and the period are what a reader looks for: never folded.
      for (const title of ['Orte und Angebote', 'Ansprechpersonen', 'Laufzeit', 'Bebauung']) {
        expect(toggleOf(section(el, title)), title).to.equal(null);
        expect(section(el, title).querySelector('.rest'), title).to.equal(null);
      }
    });

    it('Salzgitter: the first of the four quotes, the first three of nine goals', async () => {
      const el = await card({ src: SALZGITTER });
      expect(all(el, 'figure.quote').map(shown)).to.deep.equal([true, false, false, false]);
      expect(plain(toggleOf(section(el, 'Stimmen aus dem Projekt')).textContent)).to.equal('Weitere anzeigen (1 von 4)');
      expect(plain(toggleOf(section(el, 'Ziele')).textContent)).to.equal('Weitere anzeigen (3 von 9)');
    });

    it('a wide card shows every section whole, without buttons', async () => {
      const el = await card({ src: SEESEN, width: 1200 });
      expect(all(el, '.rest').length).to.be.greaterThan(5);
      expect(all(el, '.rest').every(shown)).to.equal(true);
      expect(all(el, '.fold-toggle').some(shown)).to.equal(false);
    });

    it('print shows every section whole, without the table of contents and the buttons', async () => {
      const el = await card({ src: SEESEN });
      expect(all(el, '.rest').some(shown)).to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(all(el, '.rest').every(shown)).to.equal(true);
        expect(all(el, '.fold-toggle, nav.toc').some(shown)).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(all(el, '.rest').some(shown)).to.equal(false);
    });
  });

  describe('a sparse feed fills a wide card', () => {
    it("the guide's minimal feed: its two sections side by side, each about half the width", async () => {
      const el = await card({ src: FORMAT_MINIMAL, width: 1200 });
      const [figures, partners] = all(el, '.tiles > section');
      expect(plain(figures!.querySelector('[part="heading"]')!.textContent)).to.equal('Quartier und Zahlen');
      const a = figures!.getBoundingClientRect();
      const b = partners!.getBoundingClientRect();
      expect(a.top).to.equal(b.top);
      const width = root(el).querySelector('[part="card"]')!.getBoundingClientRect().width;
      expect(a.width + b.width).to.be.greaterThan(width * 0.8);
    });

    it('on a narrow card one below the other', async () => {
      const el = await card({ src: FORMAT_MINIMAL });
      const [figures, partners] = all(el, '.tiles > section');
      expect(partners!.getBoundingClientRect().top).to.be.greaterThan(figures!.getBoundingClientRect().bottom - 1);
    });
  });

  for (const lang of ['de', 'ar']) {
    describe(`accessible (${lang})`, () => {
      for (const src of [SEESEN, SALZGITTER]) {
        it(`${src}: narrow and folded, narrow and opened, wide`, async () => {
          const el = await card({ src, lang });
          expect(all(el, '.fold-toggle').filter(shown).length).to.be.greaterThan(1);
          await expect(el).to.be.accessible();
          for (const toggle of all<HTMLButtonElement>(el, '.fold-toggle')) toggle.click();
          await waitUntil(() => all(el, '.fold-toggle').every((b) => b.getAttribute('aria-expanded') === 'true'), 'not every section opened');
          expect(all(el, '.rest').every(shown)).to.equal(true);
          await expect(el).to.be.accessible();
          await expect(await card({ src, lang, width: 1200 })).to.be.accessible();
        });
      }

      it('a sparse feed, narrow and wide', async () => {
        await expect(await card({ src: FORMAT_MINIMAL, lang })).to.be.accessible();
        await expect(await card({ src: FORMAT_MINIMAL, lang, width: 1200 })).to.be.accessible();
      });
    });
  }
});
