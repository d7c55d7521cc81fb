// <quartier-card>'s places and offers open their details in place, a map on
// the same page follows without wiring, links #quartier-offer=<id> and
// #quartier-place=<id> open them, and places and the project offer their
// offers as one calendar file (parsed with ical.js). Every new state in
// German and Arabic with axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/elements/quartier-card/define.js';
import '../../src/elements/offer-map/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import type { OfferMap } from '../../src/elements/offer-map/offer-map.js';
import { calendarFiles } from '../support/calendar-files.js';
import { settled } from '../support/elements.js';
import { residentFeed } from '../support/resident-feed.js';
import { plain } from '../support/text.js';

const $ = <E extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
const detailOf = (el: QuartierCard, key: string): HTMLButtonElement => $<HTMLButtonElement>(el, `[data-detail="${key}"]`)!;
const panelOf = (el: QuartierCard, key: string): HTMLElement => $(el, `#${detailOf(el, key).getAttribute('aria-controls')!}`)!;
const text = (node: HTMLElement): string => plain(node.textContent);

async function cardFor(lang = 'de', feed: unknown = residentFeed()): Promise<QuartierCard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('quartier-card');
  el.feed = feed;
  wrapper.append(el);
  return settled(el);
}

/** The summaries of the events in a calendar file, as ical.js reads them. */
function summaries(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents('vevent')
    .map((v) => String(v.getFirstPropertyValue('summary')))
    .sort();
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<quartier-card> details in place', () => {
  it('opens an offer with Enter: times in words, next date, contact, "In den Kalender"; Enter again closes it', async () => {
    const el = await cardFor();
    const button = detailOf(el, 'offer:sprachcafe');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panelOf(el, 'offer:sprachcafe').hidden).to.equal(true);
    button.focus();
    const selected = oneEvent(el, 'quartier-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ type: 'offer', id: 'sprachcafe' });
    await el.updateComplete;
    const panel = panelOf(el, 'offer:sprachcafe');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-current')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(text(panel))
      .to.match(/Dienstag/)
      .and.to.contain('10–12 Uhr');
    expect(text(panel)).to.contain('Nächster Termin:');
    expect(text(panel)).to.contain('Zielgruppe: Neu Zugezogene');
    expect(panel.querySelector('a[href="mailto:sprachcafe@quartier.example"]')).to.not.equal(null);
    expect(panel.querySelector('a[href="tel:+495381000001"]')).to.not.equal(null);
    const action = panel.querySelector<HTMLButtonElement>('[part="action"]')!;
    expect(action.getAttribute('aria-label')).to.equal('In den Kalender: Sprachcafé (erfunden)');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panelOf(el, 'offer:sprachcafe').hidden).to.equal(true);
  });

  it('opens a place: accessibility and one calendar file of its current offers', async () => {
    const el = await cardFor();
    detailOf(el, 'place:treff').click();
    await el.updateComplete;
    const panel = panelOf(el, 'place:treff');
    expect(text(panel)).to.contain('Rollstuhlgerecht').and.to.contain('Eingang über den Hof');
    const action = panel.querySelector<HTMLButtonElement>('[part="action"]')!;
    expect(action.getAttribute('aria-label')).to.equal('Alle Termine in den Kalender: Quartierstreff Lindenhof (erfunden)');
    const [file] = await calendarFiles(() => action.click());
    expect(file!.name).to.equal('treff.ics');
    // The ended Nähkurs is not in it; the school's offer is not either.
    expect(summaries(file!.ics)).to.deep.equal(['Sozialberatung (erfunden)', 'Sprachcafé (erfunden)']);
  });

  it('offers the whole project as one calendar file', async () => {
    const el = await cardFor();
    const action = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions > [part="action"]')].find((b) =>
      b.getAttribute('aria-label')!.endsWith('Nachbarschaft Lindenhof (erfunden)'),
    )!;
    expect(text(action)).to.equal('Alle Termine in den Kalender');
    const [file] = await calendarFiles(() => action.click());
    expect(file!.name).to.equal('lindenhof.ics');
    expect(summaries(file!.ics)).to.deep.equal(['Hausaufgabenhilfe (erfunden)', 'Sozialberatung (erfunden)', 'Sprachcafé (erfunden)']);
  });

  it('a page that cancels quartier-select keeps the details closed and the map still', async () => {
    const feed = residentFeed();
    const wrapper = await fixture<HTMLElement>(html`<div><quartier-card .feed=${feed}></quartier-card><offer-map .feed=${feed}></offer-map></div>`);
    const el = await settled(wrapper.querySelector('quartier-card')!);
    const map = await settled(wrapper.querySelector('offer-map')!);
    // Cancelled by a listener on the document, added after the map's.
    document.addEventListener('quartier-select', (e) => e.preventDefault(), { once: true });
    detailOf(el, 'place:treff').click();
    await el.updateComplete;
    await map.updateComplete;
    expect(detailOf(el, 'place:treff').getAttribute('aria-expanded')).to.equal('false');
    expect(detailOf(el, 'place:treff').hasAttribute('aria-current')).to.equal(false);
    expect(map.selection).to.equal(undefined);
  });

  it('an <offer-map> on the page shows the place or offer picked in the card, with no wiring', async () => {
    const feed = residentFeed();
    const wrapper = await fixture<HTMLElement>(html`<div><quartier-card .feed=${feed}></quartier-card><offer-map .feed=${feed}></offer-map></div>`);
    const el = await settled(wrapper.querySelector('quartier-card')!);
    const map = await settled(wrapper.querySelector<OfferMap>('offer-map')!);
    detailOf(el, 'place:schule').click();
    await Promise.resolve();
    expect(map.selection).to.deep.equal({ type: 'place', id: 'schule' });
    await map.updateComplete;
    const entry = $(map, '[data-entry="schule"]')!;
    expect(entry.getAttribute('aria-current')).to.equal('true');
    expect(entry.querySelector('button.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    detailOf(el, 'offer:sprachcafe').click();
    await Promise.resolve();
    expect(map.selection).to.deep.equal({ type: 'offer', id: 'sprachcafe' });
    await map.updateComplete;
    expect($(map, '[data-entry="treff"]')!.getAttribute('aria-current')).to.equal('true');
    // A map of other categories does not list the counselling: it is left alone.
    map.category = 'education';
    await map.updateComplete;
    detailOf(el, 'offer:beratung').click();
    await el.updateComplete;
    await map.updateComplete;
    expect(detailOf(el, 'offer:beratung').getAttribute('aria-expanded')).to.equal('true');
    expect(map.selection).to.deep.equal({ type: 'offer', id: 'sprachcafe' });
  });
});

describe('links to a place or an offer', () => {
  it('#quartier-offer=<id> opens the offer on load and focuses it; a new link opens the place', async () => {
    history.replaceState(null, '', '#quartier-offer=beratung');
    const el = await cardFor();
    await waitUntil(() => el.shadowRoot!.activeElement === detailOf(el, 'offer:beratung'), 'the linked offer is not focused');
    expect(detailOf(el, 'offer:beratung').getAttribute('aria-expanded')).to.equal('true');
    expect(text(panelOf(el, 'offer:beratung'))).to.contain('14–16 Uhr');
    location.hash = '#quartier-place=schule';
    await waitUntil(() => detailOf(el, 'place:schule').getAttribute('aria-expanded') === 'true', 'the place does not open on hashchange');
    expect(detailOf(el, 'place:schule').getAttribute('aria-current')).to.equal('true');
  });

  it('a map alone opens the linked place in its list', async () => {
    history.replaceState(null, '', '#quartier-place=schule');
    const wrapper = await fixture<HTMLElement>(html`<div><offer-map .feed=${residentFeed()}></offer-map></div>`);
    const map = await settled(wrapper.querySelector<OfferMap>('offer-map')!);
    await waitUntil(() => $(map, '[data-entry="schule"] button.toggle')?.getAttribute('aria-expanded') === 'true', 'the linked place is not open');
    expect(map.selection).to.deep.equal({ type: 'place', id: 'schule' });
  });

  it('an unknown id or another fragment changes nothing', async () => {
    history.replaceState(null, '', '#quartier-offer=gibt-es-nicht');
    const el = await cardFor();
    expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"]').length).to.equal(0);
    location.hash = '#kontakt';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"]').length).to.equal(0);
  });
});

for (const lang of ['de', 'ar']) {
  describe(`details in ${lang}`, () => {
    it('a place and an offer open: texts in the language, accessible', async () => {
      const el = await cardFor(lang);
      detailOf(el, 'place:treff').click();
      detailOf(el, 'offer:sprachcafe').click();
      await el.updateComplete;
      const action = panelOf(el, 'offer:sprachcafe').querySelector('[part="action"]')!;
      expect(text(action as HTMLElement)).to.equal(lang === 'ar' ? 'إضافة إلى التقويم' : 'In den Kalender');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  });
}
