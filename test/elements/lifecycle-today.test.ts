// Lifecycle and "heute" in the elements: the card (both variants) says where
// a project stands, <offer-map> leaves out offers that are over unless
// `include-ended`, says so when nothing current is left, tags planned and
// upcoming offers; "jetzt geöffnet" / "heute …" in the map's list and the
// card's offers, schedule notes in both, and the one timer that redraws an
// element when they change. German and Arabic with axe. The feeds are made up
// (marked as invented) and dated from today in Berlin.
import { expect, waitUntil } from '@open-wc/testing';
import { html, render as litRender } from 'lit';
import '../../src/elements/quartier-card/define.js';
import '../../src/elements/offer-map/define.js';
import { todayWords } from '../../src/elements/shared/offer-times.js';
import { watchToday } from '../../src/elements/shared/today-timer.js';
import { addDays } from '../../src/feed/calendar-days.js';
import { localNow, zonedInstant } from '../../src/feed/schedule.js';
import type { Offer } from '../../src/feed/types.js';
import { deLifecycle } from '../../src/i18n/de/lifecycle.js';
import { deOffer } from '../../src/i18n/de/offer.js';
import { deLabels } from '../../src/i18n/de/labels.js';
import { deSchedule } from '../../src/i18n/de/schedule.js';
import { translator } from '../../src/i18n/translate.js';
import { settled, type Settling } from '../support/elements.js';
import { plain } from '../support/text.js';

const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';
const TODAY = localNow().date;
const ALL_WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

type Element = Settling & { shadowRoot: ShadowRoot; feed?: unknown };
const text = (node: Node | null | undefined): string => plain(node instanceof HTMLElement ? node.innerText : node?.textContent);
const $ = (el: Element, selector: string): HTMLElement | null => el.shadowRoot.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot.querySelectorAll<HTMLElement>(selector)];

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

async function mount(
  tag: 'quartier-card' | 'offer-map',
  source: { src?: string; feed?: unknown },
  lang = 'de',
  attrs: Record<string, string> = {},
): Promise<Element> {
  const el = document.createElement(tag) as unknown as Element;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (source.src) el.setAttribute('src', source.src);
  if (source.feed) el.feed = source.feed;
  const container = document.createElement('div');
  container.style.inlineSize = '900px';
  document.body.append(container);
  mounted.push(container);
  litRender(html`<div lang=${lang}>${el}</div>`, container);
  await settled(el);
  await waitUntil(() => !(el as unknown as { locale: { pending: boolean } }).locale.pending);
  await el.updateComplete;
  return el;
}

/**
 * A made-up feed: a current project with a café open all day every day
 * (so "jetzt geöffnet" at any hour, a closed period next month), a planned
 * offer and one of a project that starts next year; an ended project with one
 * offer.
 */
function feed(): Record<string, unknown> {
  const nextYear = String(Number(TODAY.slice(0, 4)) + 1);
  return {
    version: '1.1',
    language: 'de',
    projects: [
      { id: 'jetzt', name: 'Musterprojekt (erfunden)' },
      { id: 'bald', name: 'Neues Projekt (erfunden)', period: { start: `${nextYear}-03-01` } },
      { id: 'alt', name: 'Altes Projekt (erfunden)', period: { start: '2012', end: '2021-12-31' } },
    ],
    places: [{ id: 'treff', name: 'Quartierstreff Musterstraße (erfunden)', project: 'jetzt', address: { street: 'Musterstraße 1', locality: 'Musterstadt' } }],
    offers: [
      {
        id: 'cafe',
        name: 'Nachbarschaftscafé (erfunden)',
        project: 'jetzt',
        place: 'treff',
        category: 'meeting',
        schedule: {
          rules: [{ freq: 'weekly', byDay: ALL_WEEK, opens: '00:00', closes: '24:00' }],
          closed: [{ from: addDays(TODAY, 30), to: addDays(TODAY, 40), reason: 'Sommerferien' }],
        },
      },
      { id: 'geplant', name: 'Gartengruppe (erfunden)', project: 'jetzt', place: 'treff', status: 'planned' },
      {
        id: 'bald-kurs',
        name: 'Nähkurs (erfunden)',
        project: 'bald',
        place: 'treff',
        schedule: { rules: [{ freq: 'weekly', byDay: ['MO'], opens: '10:00', closes: '12:00' }] },
      },
      { id: 'alt-kurs', name: 'Altes Angebot (erfunden)', project: 'alt', place: 'treff', schedule: { rules: [{ freq: 'weekly', byDay: ['MO'] }] } },
    ],
  };
}

describe('lifecycle in the elements', () => {
  for (const variant of ['compact', 'full']) {
    it(`the ${variant} card of an ended project says "beendet (bis 31. Dezember 2021)" under its title (de, ar, axe)`, async () => {
      const el = await mount('quartier-card', { src: SALZGITTER }, 'de', { variant });
      expect(text($(el, 'header .status'))).to.equal('beendet (bis 31. Dezember 2021)');
      await expect(el).to.be.accessible();
      const ar = await mount('quartier-card', { src: SALZGITTER }, 'ar', { variant });
      expect(text($(ar, 'header .status')))
        .to.contain('انتهى')
        .and.contain('2021');
      await expect(ar).to.be.accessible();
    });
  }

  it('the card of a project not started yet says "startet am …"; a current one says nothing; offers are tagged, only current ones have "heute"', async () => {
    const raw = feed();
    const soon = await mount('quartier-card', { feed: raw }, 'de', { project: 'bald' });
    const start = `${Number(TODAY.slice(0, 4)) + 1}`;
    expect(text($(soon, 'header .status'))).to.equal(`startet am 1. März ${start}`);
    const offers = text($(soon, '.offers'));
    expect(offers).to.contain(`startet am 1. März ${start}`).and.not.contain('Nächster Termin').and.not.contain('heute');

    const now = await mount('quartier-card', { feed: raw }, 'de', { project: 'jetzt' });
    expect($(now, 'header .status')).to.equal(null);
    const cafe = $$(now, '.offers li').find((li) => text(li).includes('Nachbarschaftscafé'))!;
    expect(text(cafe.querySelector('.today'))).to.equal('jetzt geöffnet');
    expect(text(cafe)).to.contain('geschlossen vom').and.contain('(Sommerferien)');
    const planned = $$(now, '.offers li').find((li) => text(li).includes('Gartengruppe'))!;
    expect(text(planned.querySelector('.tag.stage'))).to.equal('geplant');
    expect(planned.querySelector('.today')).to.equal(null);
    await expect(now).to.be.accessible();

    const old = await mount('quartier-card', { feed: raw }, 'de', { project: 'alt' });
    const ended = $$(old, '.offers li').find((li) => text(li).includes('Altes Angebot'))!;
    expect(text(ended.querySelector('.tag.ended'))).to.equal('beendet');
  });

  it('<offer-map> over an ended project lists its places, no offer, and says that nothing current is left (de, ar, axe)', async () => {
    const el = await mount('offer-map', { src: SALZGITTER });
    expect(el.state).to.equal('loaded');
    expect(text($(el, '[part="note"]'))).to.equal('Zurzeit gibt es hier keine aktuellen Angebote.');
    expect($$(el, '[part="item"]').map((i) => i.dataset['entry'])).to.not.include('');
    expect(text($(el, '.list'))).to.not.contain('Angebote ·');
    await expect(el).to.be.accessible();
    const ar = await mount('offer-map', { src: SALZGITTER }, 'ar');
    expect(text($(ar, '[part="note"]'))).to.equal('لا توجد هنا أنشطة حالية في الوقت الحاضر.');
    await expect(ar).to.be.accessible();
  });

  it('<offer-map include-ended> lists them, marked "beendet (bis …)" (de, ar, axe)', async () => {
    const el = await mount('offer-map', { src: SALZGITTER }, 'de', { 'include-ended': '' });
    expect($(el, '[part="note"]')).to.equal(null);
    ($(el, 'button.toggle[data-id=""]') as HTMLButtonElement).click();
    await el.updateComplete;
    const tags = $$(el, '.entry-details .offer .tag.paused').map(text);
    expect(tags).to.deep.equal(['beendet (bis 31. Dezember 2021)', 'beendet (bis 31. Dezember 2021)']);
    await expect(el).to.be.accessible();
    const ar = await mount('offer-map', { src: SALZGITTER }, 'ar', { 'include-ended': '' });
    ($(ar, 'button.toggle[data-id=""]') as HTMLButtonElement).click();
    await ar.updateComplete;
    expect($$(ar, '.entry-details .offer .tag.paused').length).to.equal(2);
    await expect(ar).to.be.accessible();
  });

  it('<offer-map> over offers that are all over and no place: its empty state says so', async () => {
    const raw = feed();
    const el = await mount('offer-map', {
      feed: { ...raw, places: [], offers: (raw['offers'] as Offer[]).filter((o) => o.id === 'alt-kurs').map(({ place: _, ...o }) => o) },
    });
    expect(el.state).to.equal('empty');
    expect(text($(el, '[part="empty"]'))).to.equal('Zurzeit gibt es hier keine aktuellen Angebote.');
    await expect(el).to.be.accessible();
  });

  it('<offer-map>: "jetzt geöffnet" in the list and the details, planned and upcoming tagged, the ended offer left out, notes shown (de, ar, axe)', async () => {
    for (const lang of ['de', 'ar']) {
      const el = await mount('offer-map', { feed: feed() }, lang);
      const meta = text($(el, '[part="item"][data-entry="treff"] .meta'));
      expect(meta)
        .to.contain(lang === 'de' ? 'jetzt geöffnet' : 'مفتوح الآن')
        .and.contain(lang === 'de' ? '3 Angebote' : '3');
      ($(el, 'button.toggle[data-id="treff"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const names = $$(el, '.entry-details .offer-name').map(text);
      expect(names).to.deep.equal(['Nachbarschaftscafé (erfunden)', 'Gartengruppe (erfunden)', 'Nähkurs (erfunden)']);
      const offers = $$(el, '.entry-details .offer');
      if (lang === 'de') {
        expect(text(offers[0]!.querySelector('.today'))).to.equal('jetzt geöffnet');
        expect(text(offers[0]!.querySelector('.schedule-notes')))
          .to.contain('geschlossen vom')
          .and.contain('(Sommerferien)');
        expect(text(offers[1]!.querySelector('.tags'))).to.equal('geplant');
        expect(text(offers[2]!.querySelector('.tags'))).to.contain('startet am 1. März');
        expect(offers[2]!.querySelector('.today')).to.equal(null);
      }
      await expect(el).to.be.accessible();
    }
  });
});

describe('"heute" and its timer', () => {
  const t = translator({ ...deLifecycle, ...deOffer, ...deSchedule, ...deLabels }, 'de', { isolate: false, table: 'de' });
  const offer = { id: 'o', name: { de: 'x' }, schedule: { rules: [{ freq: 'weekly', byDay: ALL_WEEK, opens: '10:00', closes: '12:00' }] } } as unknown as Offer;

  it('says "heute 10–12 Uhr" before, "jetzt geöffnet" during, nothing after; each with the minute it changes', () => {
    const at = (time: string) => todayWords(offer, t, { date: '2026-03-29', time });
    expect(at('09:00')).to.deep.equal({ text: 'heute 10–12 Uhr', openNow: false, changesAt: '10:00' });
    expect(at('10:00')).to.deep.equal({ text: 'jetzt geöffnet', openNow: true, changesAt: '12:00' });
    expect(at('12:00')).to.deep.equal({ text: undefined, openNow: false, changesAt: '24:00' });
  });

  it('keeps one timer per element, for the soonest change, and clears it when the element leaves the page', () => {
    const timers = new Map<number, { delay: number; run: () => void }>();
    const cleared: number[] = [];
    let next = 1;
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    window.setTimeout = ((run: () => void, delay: number) => (timers.set(next, { delay, run }), next++)) as typeof window.setTimeout;
    window.clearTimeout = ((id: number) => void cleared.push(id)) as typeof window.clearTimeout;
    try {
      const controllers: Array<{ hostConnected?: () => void; hostDisconnected?: () => void }> = [];
      let updates = 0;
      const host = Object.assign(document.createElement('div'), {
        addController: (c: (typeof controllers)[number]) => void controllers.push(c),
        removeController: () => undefined,
        requestUpdate: () => void updates++,
        updateComplete: Promise.resolve(true),
      });
      document.body.append(host);
      const now = localNow();
      const tomorrow = addDays(now.date, 1);
      watchToday(host, { date: tomorrow, time: '00:00' }, '12:00');
      watchToday(host, { date: tomorrow, time: '00:00' }, '18:00');
      expect(timers.size, 'a later change keeps the timer').to.equal(1);
      watchToday(host, { date: tomorrow, time: '00:00' }, '10:00');
      expect(timers.size).to.equal(2);
      expect(cleared, 'a sooner change replaces the timer').to.deep.equal([1]);
      expect(controllers.length, 'one controller').to.equal(1);
      const { delay, run } = timers.get(2)!;
      expect(Math.abs(delay - (zonedInstant(tomorrow, '10:00').getTime() - Date.now()))).to.be.lessThan(1000);
      run();
      expect(updates, 'the element is drawn again when the timer fires').to.equal(1);
      watchToday(host, { date: tomorrow, time: '00:00' }, '11:00');
      host.remove();
      controllers[0]!.hostDisconnected!();
      expect(cleared).to.deep.equal([1, 3]);
      controllers[0]!.hostConnected!();
      expect(updates, 'drawn again on its return (which sets the timer again)').to.equal(2);
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });
});
