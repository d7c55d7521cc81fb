// <partner-list>: rendering from the sample feeds, grouping, filters, layouts,
// states in German and Arabic, headings, events, keyboard, hostile input, size.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render as litRender, type TemplateResult } from 'lit';
import '../../src/elements/partner-list/define.js';
import type { PartnerList } from '../../src/elements/partner-list/partner-list.js';
import { clearFeedCache } from '../../src/feed/load-feeds.js';
import type { QuartierLoadDetail } from '../../src/elements/base/events.js';
import { imageFailed } from '../support/absence.js';
import { settled } from '../support/elements.js';
import { plain, unisolated } from '../support/text.js';

const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';
const SEESEN = '/data/seesen-lena.json';
const ROLE_DE: Record<string, string> = { lead: 'Träger', partner: 'Partner', funder: 'Förderer', owner: 'Eigentümer', network: 'Netzwerk' };

const $ = (el: PartnerList, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: PartnerList, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** What a reader sees (block elements on their own lines), with white space collapsed. */
const text = (node: Element | null): string => plain(node instanceof HTMLElement ? node.innerText : node?.textContent);
const headings = (el: PartnerList): string[] => $$(el, '[part="heading"]').map(text);
/** The organisation names in each role group, in order. */
const groups = (el: PartnerList): Record<string, string[]> =>
  Object.fromEntries($$(el, '[part="heading"]').map((h) => [text(h), [...h.nextElementSibling!.querySelectorAll('[part="name"]')].map((n) => text(n))]));

// Our own fixture: open-wc's waits for an animation frame when the root is a plain
// wrapper, and a page in the background (tests run two at a time) gets none.
const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

/** Renders `template` into the page; returns its first element. */
function mount<T extends Element = HTMLElement>(template: TemplateResult): T {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  litRender(template, container);
  return container.firstElementChild as T;
}

async function render(template: TemplateResult): Promise<PartnerList> {
  const node = mount(template);
  return settled((node.localName === 'partner-list' ? node : node.querySelector('partner-list')) as PartnerList);
}

async function withFeed(feed: unknown, attrs: Record<string, string> = {}): Promise<PartnerList> {
  const el = document.createElement('partner-list');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.feed = feed;
  return render(html`<div>${el}</div>`);
}

/** Two projects sharing organisations; one org with two roles in the same project. */
const twoProjects = {
  version: '1',
  language: 'de',
  projects: [
    {
      id: 'alpha',
      name: 'Projekt Alpha',
      partners: [
        { organization: 'stadt', role: 'partner', contribution: 'Stellt Räume' },
        { organization: 'verein', role: 'lead', contribution: 'Leitet Alpha' },
        { organization: 'stadt', role: 'funder', contribution: 'Zahlt 3.000 Euro' },
      ],
    },
    {
      id: 'beta',
      name: 'Projekt Beta',
      partners: [
        { organization: 'stadt', role: 'lead', contribution: 'Leitet Beta' },
        { organization: 'wohnen', role: 'owner' },
      ],
    },
  ],
  organizations: [
    {
      id: 'stadt',
      name: 'Stadt Musterstadt',
      type: 'municipality',
      url: 'https://stadt.example/',
      email: 'info@stadt.example',
      phone: '+49 000 0000-0',
      address: { street: 'Markt 1', postalCode: '00000', locality: 'Musterstadt' },
    },
    {
      id: 'verein',
      name: 'Nachbarschaftsverein e. V.',
      shortName: 'NaVe',
      type: 'association',
      url: 'https://verein.example/',
      logo: { url: 'https://verein.example/logo.png', alt: 'Logo des Vereins' },
    },
    { id: 'wohnen', name: 'Wohnbau eG', type: 'housing', logo: { url: 'https://wohnen.example/logo.svg' } },
    { id: 'allein', name: 'Ohne Projekt gGmbH', type: 'company' },
  ],
};

describe('<partner-list>', () => {
  beforeEach(() => clearFeedCache());

  describe('rendering the sample feeds', () => {
    for (const [url, project] of [
      [SALZGITTER, 'kooperation-obere-berliner-strasse'],
      [SEESEN, 'lena-seesen'],
    ] as const) {
      it(`shows every partner of ${project} under its role, with its contribution`, async () => {
        const raw = await (await fetch(url)).json();
        const el = await render(html`<partner-list src=${url} project=${project}></partner-list>`);
        const partners = raw.projects[0].partners as { organization: string; role: string; contribution: string }[];
        expect(partners.length).to.be.greaterThan(3);
        for (const p of partners) {
          const org = raw.organizations.find((o: { id: string }) => o.id === p.organization);
          const heading = $$(el, '[part="heading"]').find((h) => text(h) === ROLE_DE[p.role]);
          expect(heading, `group ${p.role}`).to.be.instanceOf(HTMLElement);
          const item = [...heading!.nextElementSibling!.querySelectorAll('[part="item"]')].find((i) =>
            text(i.querySelector('[part="name"]')).startsWith(org.name),
          );
          expect(item, `${org.name} under ${ROLE_DE[p.role]}`).to.be.instanceOf(HTMLElement);
          expect(text(item!)).to.contain(p.contribution);
        }
      });
    }

    it('shows the facts of the Salzgitter source document', async () => {
      const el = await render(html`<partner-list src=${SALZGITTER} project="kooperation-obere-berliner-strasse"></partner-list>`);
      expect(groups(el)).to.deep.equal({
        Partner: ['Stadt Salzgitter', 'Diakonie', 'TAG Wohnen'],
        Förderer: ['Land Niedersachsen'],
        Netzwerk: ['Runder Tisch Wohnungswirtschaft'],
      });
      const all = text($(el, '[part="base"]'));
      expect(all).to.contain('Berliner Straße 92');
      expect(all).to.contain('Markus Meyer');
      expect(all).to.contain('Sozialarbeit');
      expect(all).to.contain('Integrationsfonds');
      expect(all).to.contain('Wohnungsunternehmen');
      expect(all).to.contain('Land / Bund');
    });

    it('shows the facts of the Seesen source document, with short names and AKIT linked', async () => {
      const el = await render(html`<partner-list src=${SEESEN} project="lena-seesen"></partner-list>`);
      expect(groups(el)).to.deep.equal({
        Träger: ['Baugenossenschaft ›Wiederaufbau‹ eG', 'Kreisverband Paritätischer Wohlfahrtsverband Seesen (Paritätischer Seesen)'],
        Partner: ['Stadt Seesen'],
        Netzwerk: ['AKIT – Arbeitskreis Integrations-Treff'],
      });
      const link = $(el, 'a[data-id="akit"]')!;
      expect(link.getAttribute('href')).to.equal(
        'https://www.stadtverwaltung-seesen.de/Buerger/Rathaus/A-Z-Dienstleistungen/AKIT-Arbeitskreis-Integrations-Treff',
      );
      expect(unisolated(link.getAttribute('aria-label'))).to.equal('AKIT – Arbeitskreis Integrations-Treff (externer Link)');
      expect($$(el, 'a[data-id]')).to.have.length(1);
      expect(text($(el, '[part="base"]'))).to.contain('S. Dickfeld');
    });

    it('marks feed texts with their own language and dir="auto"', async () => {
      const el = await render(html`<div lang="ar"><partner-list src=${SEESEN} project="lena-seesen"></partner-list></div>`);
      const name = $(el, '[part="name"] span[lang]')!;
      expect(name.getAttribute('lang')).to.equal('de');
      expect(name.getAttribute('dir')).to.equal('auto');
      for (const p of $$(el, '[part="text"]')) expect(p.getAttribute('lang')).to.equal('de');
    });
  });

  describe('grouping and modes', () => {
    it('groups by role in the fixed order, with an organisation of two roles in both groups', async () => {
      const el = await withFeed(twoProjects, { project: 'alpha' });
      expect(headings(el)).to.deep.equal(['Träger', 'Partner', 'Förderer']);
      expect(groups(el)['Partner']).to.deep.equal(['Stadt Musterstadt']);
      expect(groups(el)['Förderer']).to.deep.equal(['Stadt Musterstadt']);
      const funder = $$(el, '[part="group"]')[2]!;
      expect(text(funder)).to.contain('Zahlt 3.000 Euro');
      expect(text(funder)).not.to.contain('Stellt Räume');
      for (const list of $$(el, '[part="group"]')) expect(list.localName).to.equal('ul');
    });

    it('lists every organisation with its projects and roles when no project is given', async () => {
      const el = await withFeed(twoProjects);
      expect(headings(el)).to.deep.equal([]);
      const items = $$(el, '[part="item"]');
      expect(items.map((i) => text(i.querySelector('[part="name"]')))).to.deep.equal([
        'Stadt Musterstadt',
        'Nachbarschaftsverein e. V. (NaVe)',
        'Wohnbau eG',
        'Ohne Projekt gGmbH',
      ]);
      const stadt = items[0]!;
      expect(text(stadt)).to.contain('Beteiligt an 3 Projekten');
      const rows = [...stadt.querySelectorAll('.projects > li')].map((li) => text(li));
      expect(rows).to.deep.equal(['Partner Projekt Alpha Stellt Räume', 'Förderer Projekt Alpha Zahlt 3.000 Euro', 'Träger Projekt Beta Leitet Beta']);
      expect(text(items[1]!)).to.contain('Beteiligt an einem Projekt');
      expect(items[3]!.querySelector('.projects')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the Arabic plural forms', async () => {
      const el = await withFeed(twoProjects, { lang: 'ar' });
      await waitUntil(() => text($(el, '[part="item"]')).includes('المشاركة'), 'Arabic table');
      const items = $$(el, '[part="item"]');
      expect(text(items[1]!)).to.contain('المشاركة في مشروع واحد');
      expect(text(items[0]!)).to.match(/المشاركة في (3|٣) مشاريع/);
    });

    it('shows type, logo, link and contacts with meaningful link names', async () => {
      const el = await withFeed(twoProjects, { project: 'alpha' });
      const stadt = $$(el, '[part="item"]').find((i) => text(i).includes('Stadt Musterstadt'))!;
      expect(text(stadt)).to.contain('Kommune');
      expect(text(stadt.querySelector('[part="contact"]'))).to.contain('Markt 1, 00000 Musterstadt');
      const mail = stadt.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      expect(mail.getAttribute('href')).to.equal('mailto:info@stadt.example');
      expect(text(mail)).to.equal('E-Mail an Stadt Musterstadt: info@stadt.example');
      const tel = stadt.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal('tel:+4900000000');
      expect(text(tel)).to.equal('Stadt Musterstadt anrufen: +49 000 0000-0');
      const verein = $$(el, '[part="item"]').find((i) => text(i).includes('NaVe'))!;
      const logo = verein.querySelector('img[part="logo"]')!;
      expect(logo.getAttribute('src')).to.equal('https://verein.example/logo.png');
      expect(logo.getAttribute('alt')).to.equal('Logo des Vereins');
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('filters by role (space-separated)', async () => {
      const el = await render(html`<partner-list src=${SALZGITTER} project="kooperation-obere-berliner-strasse" roles="funder network"></partner-list>`);
      expect(headings(el)).to.deep.equal(['Förderer', 'Netzwerk']);
      expect(text($(el, '[part="base"]'))).not.to.contain('Diakonie');
    });

    it('filters by organisation type, also without a project', async () => {
      const el = await withFeed(twoProjects, { type: 'housing municipality' });
      expect($$(el, '[part="name"]').map(text)).to.deep.equal(['Stadt Musterstadt', 'Wohnbau eG']);
    });

    it('filters roles without a project: only organisations with that role, only those participations', async () => {
      const el = await withFeed(twoProjects, { roles: 'lead' });
      const items = $$(el, '[part="item"]');
      expect(items.map((i) => text(i.querySelector('[part="name"]')))).to.deep.equal(['Stadt Musterstadt', 'Nachbarschaftsverein e. V. (NaVe)']);
      expect([...items[0]!.querySelectorAll('.projects > li')].map(text)).to.deep.equal(['Träger Projekt Beta Leitet Beta']);
    });

    it('follows filter changes, through the attribute and the property', async () => {
      const el = await withFeed(twoProjects, { project: 'alpha' });
      el.setAttribute('roles', 'lead');
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['Träger']);
      el.roles = 'funder';
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['Förderer']);
      el.type = 'association';
      await el.updateComplete;
      expect(el.state).to.equal('empty');
    });

    it('ignores unknown values and names them for editors in debug', async () => {
      const el = await withFeed(twoProjects, { project: 'alpha', roles: 'lead sponsor', type: 'verein', debug: '' });
      expect(headings(el)).to.deep.equal(['Träger']);
      // The editor texts are a chunk of their own, fetched when `debug` is first set.
      await waitUntil(() => $$(el, 'p[part="debug"]').length === 2, 'both notes', { timeout: 5000 });
      const notes = $$(el, 'p[part="debug"]').map(text);
      expect(notes).to.have.length(2);
      expect(notes[0]).to.contain('„roles“').and.to.contain('sponsor');
      expect(notes[1]).to.contain('„type“').and.to.contain('verein').and.to.contain('municipality');
      el.debug = false;
      await el.updateComplete;
      expect($$(el, '[part="debug"]')).to.have.length(0);
    });

    it('shows the empty state when a filter matches nothing', async () => {
      const el = await render(html`<partner-list src=${SEESEN} project="lena-seesen" roles="owner"></partner-list>`);
      expect(el.state).to.equal('empty');
      const empty = $(el, '[part="empty"]')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(text(empty)).to.equal('Hierzu gibt es im Feed noch keine Einträge.');
      expect($(el, '[part="group"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("does not read ARIA's role attribute as a filter", async () => {
      const el = await withFeed(twoProjects, { project: 'alpha' });
      el.setAttribute('role', 'lead');
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['Träger', 'Partner', 'Förderer']);
      expect(el.roles).to.equal('');
      el.removeAttribute('role');
    });
  });

  describe('layouts', () => {
    it('grid: cards, several columns when wide, one column at 320px', async () => {
      const wrapper = mount<HTMLDivElement>(
        html`<div style="inline-size: 1000px"><partner-list src=${SALZGITTER} layout="grid" project="kooperation-obere-berliner-strasse"></partner-list></div>`,
      );
      const el = wrapper.firstElementChild as PartnerList;
      await waitUntil(() => el.state === 'loaded', 'grid loads');
      const list = $(el, '[part="group"]')!;
      expect(getComputedStyle(list).display).to.equal('grid');
      expect(getComputedStyle(list).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
      wrapper.style.inlineSize = '320px';
      await el.updateComplete;
      expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('logos: a wall of linked logos, the name as text where there is no logo or no link', async () => {
      const el = await withFeed(twoProjects, { layout: 'logos' });
      expect($$(el, '[part="name"]')).to.have.length(0);
      const items = $$(el, '[part="item"]');
      expect(items).to.have.length(4);
      const stadt = items[0]!.querySelector('a')!;
      expect(stadt.getAttribute('href')).to.equal('https://stadt.example/');
      expect(text(stadt)).to.equal('Stadt Musterstadt');
      const verein = items[1]!.querySelector('a')!;
      expect(verein.querySelector('img')!.getAttribute('alt')).to.equal('Logo des Vereins');
      expect(unisolated(verein.getAttribute('aria-label'))).to.equal('Nachbarschaftsverein e. V. (externer Link)');
      const wohnen = items[2]!.querySelector('img')!;
      expect(wohnen.getAttribute('alt')).to.equal('Wohnbau eG');
      expect(items[2]!.querySelector('a')).to.equal(null);
      expect(text(items[3]!)).to.equal('Ohne Projekt gGmbH');
      expect(getComputedStyle($(el, '[part="group"]')!).flexWrap).to.equal('wrap');
      await expect(el).to.be.accessible();
    });

    it('logos with a project keeps the role groups', async () => {
      const el = await render(html`<partner-list src=${SEESEN} project="lena-seesen" layout="logos"></partner-list>`);
      expect(headings(el)).to.deep.equal(['Träger', 'Partner', 'Netzwerk']);
      expect($$(el, '[part="item"]')).to.have.length(4);
    });

    it('falls back to list for an unknown layout', async () => {
      const el = await withFeed(twoProjects, { layout: 'carousel' });
      expect($(el, '.list')).to.be.instanceOf(HTMLElement);
      expect($$(el, '[part="name"]')).to.have.length(4);
    });
  });

  describe('states, in German and Arabic', () => {
    for (const lang of ['de', 'ar']) {
      describe(lang, () => {
        it('loading: busy, a quiet status, accessible', async () => {
          const original = window.fetch;
          window.fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
          try {
            const wrapper = mount(html`<div lang=${lang}><partner-list src="/data/hangs.json"></partner-list></div>`);
            const el = wrapper.querySelector('partner-list')!;
            await el.updateComplete;
            await waitUntil(() => !(el as unknown as { locale: { pending: boolean } }).locale.pending);
            expect(el.state).to.equal('loading');
            expect(el.getAttribute('aria-busy')).to.equal('true');
            const loading = $(el, '[part="loading"]')!;
            expect(loading.getAttribute('role')).to.equal('status');
            expect(text(loading)).to.equal(lang === 'ar' ? 'جارٍ التحميل …' : 'Wird geladen …');
            await expect(el).to.be.accessible();
            wrapper.remove();
          } finally {
            window.fetch = original;
          }
        });

        it('error (HTTP 404): an alert naming the URL, accessible', async () => {
          const wrapper = mount(html`<div lang=${lang}><partner-list src="/data/no-such-feed.json"></partner-list></div>`);
          const el = wrapper.querySelector('partner-list')!;
          await waitUntil(() => el.state === 'error' && !(el as unknown as { locale: { pending: boolean } }).locale.pending);
          await el.updateComplete;
          const alert = $(el, '[part="error"]')!;
          expect(alert.getAttribute('role')).to.equal('alert');
          expect(text(alert)).to.contain(new URL('/data/no-such-feed.json', location.href).href);
          expect(text(alert)).to.contain('404');
          if (lang === 'ar') expect(text(alert)).to.contain('لم يُعثر');
          await expect(el).to.be.accessible();
        });

        it('error (unknown project): an alert naming the id and the feed, accessible', async () => {
          const el = await render(html`<div lang=${lang}><partner-list src=${SEESEN} project="gibt-es-nicht"></partner-list></div>`);
          expect(el.state).to.equal('error');
          const alert = $(el, '[part="error"]')!;
          expect(alert.getAttribute('role')).to.equal('alert');
          expect(text(alert)).to.contain('gibt-es-nicht').and.to.contain(SEESEN);
          expect(el.error!.message).to.contain('gibt-es-nicht');
          await expect(el).to.be.accessible();
        });

        it('empty: a status note, accessible', async () => {
          const el = await render(html`<div lang=${lang}><partner-list src=${SEESEN} project="lena-seesen" type="school"></partner-list></div>`);
          expect(el.state).to.equal('empty');
          expect($(el, '[part="empty"]')!.getAttribute('role')).to.equal('status');
          if (lang === 'ar') expect(text($(el, '[part="empty"]'))).to.contain('لا توجد في الملف');
          await expect(el).to.be.accessible();
        });

        it('loaded: labels in the language, direction, accessible', async () => {
          const el = await render(html`<div lang=${lang}><partner-list src=${SALZGITTER} project="kooperation-obere-berliner-strasse"></partner-list></div>`);
          await waitUntil(() => el.state === 'loaded');
          const base = $(el, '[part="base"]')!;
          expect(base.getAttribute('lang')).to.equal(lang);
          expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(headings(el)).to.deep.equal(lang === 'ar' ? ['شريك', 'جهة داعمة', 'شبكة'] : ['Partner', 'Förderer', 'Netzwerk']);
          expect(text($(el, '[part="item"]'))).to.contain(lang === 'ar' ? 'بلدية' : 'Kommune');
          await expect(el).to.be.accessible();
        });
      });
    }

    it('switches language when an ancestor changes lang', async () => {
      const wrapper = mount<HTMLDivElement>(html`<div lang="de"><partner-list src=${SEESEN} project="lena-seesen"></partner-list></div>`);
      const el = wrapper.querySelector('partner-list')!;
      await el.loaded;
      await waitUntil(() => headings(el)[0] === 'Träger');
      wrapper.lang = 'ar';
      await waitUntil(() => headings(el)[0] === 'الجهة المسؤولة', 'Arabic role label');
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    });

    it('lays out right to left in Arabic: the logo floats to the left', async () => {
      const el = await withFeed(twoProjects, { lang: 'ar', project: 'alpha' });
      await waitUntil(() => headings(el)[0] === 'الجهة المسؤولة');
      const item = $$(el, '[part="item"]').find((i) => i.querySelector('img'))!;
      const img = item.querySelector('img')!;
      const name = item.querySelector('[part="name"]')!;
      expect(name.getBoundingClientRect().right - item.getBoundingClientRect().right).to.be.greaterThan(-2);
      expect(img.getBoundingClientRect().left - item.getBoundingClientRect().left).to.be.lessThan(2);
    });
  });

  describe('headings', () => {
    it('puts role groups at heading-level and names one below', async () => {
      const el = await render(html`<partner-list src=${SEESEN} project="lena-seesen" heading-level="4"></partner-list>`);
      for (const h of $$(el, '[part="heading"]')) expect(h.getAttribute('aria-level')).to.equal('4');
      for (const h of $$(el, '[part="name"]')) {
        expect(h.getAttribute('role')).to.equal('heading');
        expect(h.getAttribute('aria-level')).to.equal('5');
      }
    });

    it('puts names at heading-level without groups, and clamps to 1–6', async () => {
      const el = await withFeed(twoProjects, { 'heading-level': '3' });
      expect($$(el, '[part="name"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3', '3']);
      el.project = 'alpha';
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('6');
      expect($(el, '[part="name"]')!.getAttribute('aria-level')).to.equal('6');
    });
  });

  describe('events', () => {
    it('fires quartier-load with the feed', async () => {
      const el = document.createElement('partner-list');
      el.src = SEESEN;
      const loaded = oneEvent(el, 'quartier-load');
      mount(html`<div>${el}</div>`);
      const { detail } = await loaded;
      expect((detail as QuartierLoadDetail).feed.organizations.map((o) => o.id)).to.include('akit');
    });

    it('fires quartier-error for a failing feed and for an unknown project', async () => {
      const el = document.createElement('partner-list');
      el.src = '/data/missing-feed.json';
      const failed = oneEvent(el, 'quartier-error');
      mount(html`<div>${el}</div>`);
      expect((await failed).detail.src).to.equal('/data/missing-feed.json');
      const unknown = oneEvent(el, 'quartier-error');
      el.project = 'nope';
      el.src = SEESEN;
      expect((await unknown).detail.error.message).to.contain('nope');
    });

    /** Records whether the page would navigate, and stops it so the test page stays. */
    function watchNavigation(): { prevented: boolean | undefined; stop: () => void } {
      const state = { prevented: undefined as boolean | undefined, stop: () => window.removeEventListener('click', listener) };
      const listener = (e: Event): void => {
        state.prevented = e.defaultPrevented;
        e.preventDefault();
      };
      window.addEventListener('click', listener);
      return state;
    }

    it('fires a cancelable quartier-select on click; preventDefault stops the navigation', async () => {
      const el = await withFeed(twoProjects, { project: 'alpha' });
      const nav = watchNavigation();
      try {
        let detail: unknown;
        el.addEventListener(
          'quartier-select',
          (e) => {
            detail = e.detail;
            expect(e.cancelable && e.bubbles && e.composed).to.equal(true);
            e.preventDefault();
          },
          { once: true },
        );
        $(el, 'a[data-id="verein"]')!.click();
        expect(detail).to.deep.equal({ type: 'organization', id: 'verein' });
        expect(nav.prevented).to.equal(true);

        $(el, 'a[data-id="stadt"]')!.click();
        expect(nav.prevented, 'not cancelled: the link navigates').to.equal(false);
      } finally {
        nav.stop();
      }
    });

    it('fires quartier-select from the keyboard (Enter on the focused link)', async () => {
      const el = await withFeed(twoProjects, { layout: 'logos' });
      const nav = watchNavigation();
      try {
        const selected = oneEvent(el, 'quartier-select');
        $(el, 'a[data-id="verein"]')!.focus();
        expect(el.shadowRoot!.activeElement).to.equal($(el, 'a[data-id="verein"]'));
        await sendKeys({ press: 'Enter' });
        expect((await selected).detail).to.deep.equal({ type: 'organization', id: 'verein' });
      } finally {
        nav.stop();
      }
    });

    it('does not fire quartier-select for e-mail and phone links', async () => {
      const el = await withFeed(twoProjects, { project: 'alpha' });
      const nav = watchNavigation();
      let fired = 0;
      el.addEventListener('quartier-select', () => fired++);
      try {
        $(el, 'a[href^="mailto:"]')!.click();
        $(el, 'a[href^="tel:"]')!.click();
        $(el, 'a[data-id]')!.click();
      } finally {
        nav.stop();
      }
      expect(fired).to.equal(1);
    });
  });

  describe('hostile input', () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const bad = ['javascript:window.__pwned=3', 'data:text/html,<script>window.__pwned=4</script>', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)'];
    const hostile = {
      version: '1',
      language: 'de',
      projects: [
        {
          id: 'p',
          name: { de: payload, ar: payload },
          partners: bad.map((_, i) => ({ organization: `o${i}`, role: 'partner', contribution: { de: payload, ar: payload } })),
        },
      ],
      organizations: bad.map((url, i) => ({
        id: `o${i}`,
        name: `${payload} ${i}`,
        shortName: payload,
        type: 'other',
        description: { de: payload, ar: payload },
        url,
        logo: { url, alt: payload },
        email: `${payload}@x.de`,
        phone: payload,
        address: { street: payload, postalCode: payload, locality: payload, district: payload },
      })),
    };

    for (const [mode, attrs] of [
      ['project, list', { project: 'p' }],
      ['all, grid', { layout: 'grid' }],
      ['all, logos', { layout: 'logos', lang: 'ar' }],
    ] as const) {
      it(`shows markup as text and makes no unsafe link or image (${mode})`, async () => {
        const el = await withFeed(hostile, { ...attrs });
        await waitUntil(() => el.state === 'loaded' && $$(el, '[part="item"]').length === bad.length);
        await imageFailed();
        expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
        expect($$(el, 'script')).to.have.length(0);
        expect($$(el, 'img'), 'no image from feed text or unsafe URL').to.have.length(0);
        for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
        expect($$(el, 'a[data-id]')).to.have.length(0);
        expect(text($(el, '[part="item"]'))).to.contain('<img src=x onerror="window.__pwned=1">');
        for (const node of $$(el, '*')) {
          for (const attr of node.getAttributeNames()) {
            expect(attr.startsWith('on'), `${node.localName}[${attr}]`).to.equal(false);
            expect(node.getAttribute(attr)!.toLowerCase()).not.to.match(/javascript:|data:text/);
          }
        }
      });
    }
  });

  describe('size', () => {
    it('renders a feed with 1,000 organisations', async () => {
      const organizations = Array.from({ length: 1000 }, (_, i) => ({
        id: `org-${i}`,
        name: `Organisation ${i}`,
        type: i % 2 ? 'association' : 'welfare',
        url: `https://org-${i}.example/`,
      }));
      const projects = Array.from({ length: 10 }, (_, p) => ({
        id: `projekt-${p}`,
        name: `Projekt ${p}`,
        partners: organizations.filter((_, i) => i % 10 === p).map((o, i) => ({ organization: o.id, role: i % 3 ? 'partner' : 'lead' })),
      }));
      const el = await withFeed({ version: '1', language: 'de', projects, organizations });
      // A long list shows its first 50 and a button for more (long-lists.test.ts has the rest).
      const items = $$(el, '[part="item"]');
      expect(items).to.have.length(50);
      expect(text(items[49]!.querySelector('[part="name"]'))).to.equal('Organisation 49');
      expect(text(items[49]!)).to.contain('Projekt 9');
      expect(text($$(el, 'button.more')[0]!)).to.equal('Weitere anzeigen (50 von 1.000)');
      // Entries are laid out like the rest (no content-visibility trick): printing shows every one shown.
      expect(getComputedStyle(items[49]!).contentVisibility).to.equal('visible');
      el.setAttribute('project', 'projekt-3');
      await el.updateComplete;
      // 34 leads, and 50 of the 66 partners.
      expect($$(el, '[part="item"]')).to.have.length(84);
    });
  });
});
