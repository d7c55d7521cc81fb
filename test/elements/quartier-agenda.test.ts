// <quartier-agenda> ("Was ist los?"): groups by date, only current offers,
// holidays and exceptions applied, "In den Kalender", keyboard, and every
// state (loading, error, empty, loaded) in German and Arabic with axe. The
// feed is made up (marked as invented) and dated from today in Berlin.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render as litRender, type TemplateResult } from 'lit';
import '../../src/elements/quartier-agenda/define.js';
import type { QuartierAgenda } from '../../src/elements/quartier-agenda/quartier-agenda.js';
import { addDays, weekdayOf } from '../../src/feed/calendar-days.js';
import { localNow } from '../../src/feed/schedule.js';
import { calendarFiles } from '../support/calendar-files.js';
import { settled } from '../support/elements.js';
import { plain } from '../support/text.js';

const $$ = (el: QuartierAgenda, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined): string => plain(node instanceof HTMLElement ? node.innerText : node?.textContent);
const pending = (el: QuartierAgenda): boolean => (el as unknown as { locale: { pending: boolean } }).locale.pending;

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  litRender(template, container);
  return container.firstElementChild as HTMLElement;
}

async function withFeed(feed: unknown, lang = 'de', attrs: Record<string, string> = {}): Promise<QuartierAgenda> {
  const el = document.createElement('quartier-agenda');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.feed = feed;
  mount(html`<div lang=${lang}>${el}</div>`);
  await settled(el);
  await waitUntil(() => !pending(el));
  await el.updateComplete;
  return el;
}

const TODAY = localNow().date;
const IN_TEN = addDays(TODAY, 10);

/** A made-up feed: a café every day 00:00–24:00 (so it is on today at any hour), a one-off date in ten days, ended and paused offers, an ended project. */
function feed(): Record<string, unknown> {
  return {
    version: '1.1',
    language: 'de',
    projects: [
      { id: 'musterprojekt', name: 'Musterprojekt (erfunden)' },
      { id: 'altprojekt', name: 'Altes Projekt (erfunden)', period: { start: '2012', end: '2021-12-31' } },
    ],
    places: [
      { id: 'treff', name: 'Quartierstreff Musterstraße (erfunden)', project: 'musterprojekt', address: { street: 'Musterstraße 1', locality: 'Musterstadt' } },
    ],
    offers: [
      {
        id: 'cafe',
        name: 'Nachbarschaftscafé (erfundenes Beispiel)',
        project: 'musterprojekt',
        place: 'treff',
        category: 'meeting',
        schedule: {
          rules: [{ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '00:00', closes: '24:00' }],
          exceptions: [{ date: addDays(TODAY, 1), reason: 'fällt aus' }],
        },
      },
      {
        id: 'fest',
        name: 'Sommerfest (erfunden)',
        project: 'musterprojekt',
        category: 'culture',
        dates: [{ start: `${IN_TEN}T15:00`, end: `${IN_TEN}T18:00` }],
      },
      { id: 'beratung', name: 'Sprechstunde (erfunden)', project: 'musterprojekt', category: 'counselling', schedule: { byAppointment: true } },
      { id: 'pause', name: 'Pausiert (erfunden)', project: 'musterprojekt', status: 'paused', schedule: { rules: [{ freq: 'weekly', byDay: ['MO'] }] } },
      { id: 'alt', name: 'Altes Angebot (erfunden)', project: 'altprojekt', schedule: { rules: [{ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }] } },
    ],
  };
}

describe('<quartier-agenda>', () => {
  it('groups the current offers by date: today, not tomorrow (cancelled), this week or later, and by appointment', async () => {
    const el = await withFeed(feed());
    expect(el.state).to.equal('loaded');
    const headings = $$(el, '[part="heading"]').map(text);
    const sunday = addDays(TODAY, 6 - ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(weekdayOf(TODAY)));
    const expected = ['Heute', ...(addDays(TODAY, 2) <= sunday ? ['Diese Woche'] : []), 'Später', 'Nach Vereinbarung'];
    expect(headings).to.deep.equal(expected);
    const names = $$(el, '[part="name"]').map(text);
    expect(names).to.include('Sommerfest (erfunden)').and.to.include('Sprechstunde (erfunden)');
    expect(names).not.to.include('Pausiert (erfunden)');
    expect(names).not.to.include('Altes Angebot (erfunden)');
    // Tomorrow's date of the café is cancelled.
    expect($$(el, 'time').map((t) => t.getAttribute('datetime'))).not.to.include(`${addDays(TODAY, 1)}T00:00`);
    expect(text($$(el, '[part="item"]')[0])).to.contain('Quartierstreff Musterstraße (erfunden)');
    expect(text($$(el, '[part="item"]')[0])).to.contain('24:00 Uhr');
    await expect(el).to.be.accessible();
  });

  it('filters by category; an unknown project is an error', async () => {
    const el = await withFeed(feed(), 'de', { categories: 'culture' });
    expect($$(el, '[part="name"]').map(text)).to.deep.equal(['Sommerfest (erfunden)']);
    const bad = await withFeed(feed(), 'de', { project: 'gibt-es-nicht' });
    expect(bad.state).to.equal('error');
  });

  it('offers a calendar file from a button reached by Tab, without leaving the page', async () => {
    const el = await withFeed(feed(), 'de', { categories: 'culture' });
    const button = $$(el, '[part="action"]')[0]!;
    expect(button.getAttribute('aria-label')).to.equal('In den Kalender: Sommerfest (erfunden)');
    button.focus();
    const [file] = await calendarFiles(() => sendKeys({ press: 'Enter' }));
    expect(file!.ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(file!.ics).to.contain(`DTSTART;TZID=Europe/Berlin:${IN_TEN.replaceAll('-', '')}T150000`);
    expect(file!.ics).to.contain('SUMMARY:Sommerfest (erfunden)');
    expect(file!.name).to.equal('fest.ics');
  });

  describe('category chips and search, as in the map', () => {
    const names = (el: QuartierAgenda): string[] => [...new Set($$(el, '[part="name"]').map(text))];
    const status = (el: QuartierAgenda): string => text(el.shadowRoot!.querySelector('[role="status"]'));

    it('a chip per category present; pressing one narrows the dates and announces the number of offers', async () => {
      const el = await withFeed(feed());
      const chips = $$(el, '[part="chip"]');
      expect(chips.map(text)).to.deep.equal(['Beratung', 'Treffpunkt', 'Kultur']);
      expect(status(el)).to.equal('3 Angebote');
      const culture = chips.find((c) => c.dataset['category'] === 'culture')!;
      culture.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(culture.getAttribute('aria-pressed')).to.equal('true');
      expect(names(el)).to.deep.equal(['Sommerfest (erfunden)']);
      expect(status(el)).to.equal('1 Angebot');
      await expect(el).to.be.accessible();
      chips.find((c) => c.dataset['category'] === 'counselling')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Sommerfest (erfunden)', 'Sprechstunde (erfunden)']);
    });

    it("searches names, places and categories in the reader's language; no match says so; reset shows all", async () => {
      const el = await withFeed(feed());
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(text(el.shadowRoot!.querySelector(`label[for="${input.id}"]`))).to.equal('Suche');
      input.focus();
      await sendKeys({ type: 'schwimmbad' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal([]);
      expect(status(el)).to.equal('Keine Treffer. Ändern Sie die Suche oder die Kategorien.');
      input.value = '';
      input.dispatchEvent(new Event('input'));
      input.focus();
      await sendKeys({ type: 'quartierstreff' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Nachbarschaftscafé (erfundenes Beispiel)']);
      input.value = 'beratung';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      // By the category's name.
      expect(names(el)).to.deep.equal(['Sprechstunde (erfunden)']);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.count button')!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(3);
      expect(input.value).to.equal('');
    });
  });

  for (const lang of ['de', 'ar']) {
    describe(`states in ${lang}`, () => {
      it('loading: busy, accessible', async () => {
        const original = window.fetch;
        window.fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
        try {
          const wrapper = mount(html`<div lang=${lang}><quartier-agenda src="/data/hangs-agenda.json"></quartier-agenda></div>`);
          const el = wrapper.querySelector('quartier-agenda')!;
          await el.updateComplete;
          await waitUntil(() => !pending(el));
          expect(el.state).to.equal('loading');
          expect(el.getAttribute('aria-busy')).to.equal('true');
          await expect(el).to.be.accessible();
          wrapper.remove();
        } finally {
          window.fetch = original;
        }
      });

      it('error: an alert, accessible', async () => {
        const wrapper = mount(html`<div lang=${lang}><quartier-agenda src="/data/no-such-agenda.json"></quartier-agenda></div>`);
        const el = wrapper.querySelector('quartier-agenda')!;
        await waitUntil(() => el.state === 'error' && !pending(el));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
        await expect(el).to.be.accessible();
      });

      it('empty (an ended project only): a status note, accessible', async () => {
        const el = await withFeed(feed(), lang, { project: 'altprojekt' });
        expect(el.state).to.equal('empty');
        await expect(el).to.be.accessible();
      });

      it('loaded: texts in the language, direction, accessible', async () => {
        const el = await withFeed(feed(), lang);
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(text($$(el, '[part="heading"]')[0])).to.equal(lang === 'ar' ? 'اليوم' : 'Heute');
        expect(text($$(el, '[part="action"]')[0])).to.equal(lang === 'ar' ? 'إضافة إلى التقويم' : 'In den Kalender');
        await expect(el).to.be.accessible();
        // Filtered to one category: still accessible, the chip pressed.
        $$(el, '[part="chip"]')[0]!.click();
        await el.updateComplete;
        expect($$(el, '[part="chip"]')[0]!.getAttribute('aria-pressed')).to.equal('true');
        await expect(el).to.be.accessible();
      });
    });
  }
});
