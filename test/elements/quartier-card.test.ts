// <quartier-card>: the facts of both source documents, the compact variant,
// every state in German and Arabic, headings, language, events, keyboard and
// a hostile feed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quartier-card/define.js';
import type { QuartierCard } from '../../src/elements/quartier-card/quartier-card.js';
import { clearFeedCache } from '../../src/feed/load-feeds.js';
import { imageFailed } from '../support/absence.js';
import { settled } from '../support/elements.js';
import { feedWith, project } from '../support/feeds.js';
import { plain } from '../support/text.js';

/** A feed of these projects. */
const feedOf = (...projects: unknown[]) => feedWith({ projects });

const SEESEN = '/data/seesen-lena.json';
const SALZGITTER = '/data/salzgitter-obere-berliner-strasse.json';

const root = (el: QuartierCard): ShadowRoot => el.shadowRoot!;
/** The card's visible text: whitespace collapsed, bidi isolates around inserted values removed. */
const text = (el: QuartierCard): string => plain(root(el).textContent);
const all = (el: QuartierCard, selector: string): Element[] => [...root(el).querySelectorAll(selector)];
const texts = (el: QuartierCard, selector: string): string[] => all(el, selector).map((e) => plain(e.textContent));
/** The section whose heading is `title`. */
const section = (el: QuartierCard, title: string): HTMLElement | undefined =>
  all(el, 'section').find((s) => s.querySelector('[part="heading"]')?.textContent?.trim() === title) as HTMLElement | undefined;

/** Renders a card and waits until it shows its final state (also after an Arabic table has loaded). */
async function card(template: ReturnType<typeof html>): Promise<QuartierCard> {
  const host = await fixture<HTMLElement>(template);
  return settled((host.localName === 'quartier-card' ? host : host.querySelector('quartier-card')!) as QuartierCard);
}

/** A card kept on the page for a whole `describe` (fixtures are removed after each test). */
async function mount(src: string): Promise<QuartierCard> {
  const el = document.createElement('quartier-card');
  el.src = src;
  document.body.append(el);
  await waitUntil(() => el.state === 'loaded', 'card does not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A card for a feed given as a property. */
async function cardFor(feed: unknown, attrs: Record<string, string> = {}, lang = 'de'): Promise<QuartierCard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('quartier-card');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = feed;
  wrapper.append(el);
  return settled(el);
}

describe('<quartier-card>', () => {
  beforeEach(() => clearFeedCache());

  describe('Seesen (project database entry)', () => {
    let el: QuartierCard;
    before(async () => {
      el = await mount(SEESEN);
    });
    after(() => el.remove());

    it('shows name, short name, municipality and quarter with their figures, each with the source\'s "ca."', () => {
      const t = text(el);
      expect(root(el).querySelector('[part="title"]')!.textContent).to.contain('Kooperationsgemeinschaft – Lebendige Nachbarschaft');
      expect(root(el).querySelector('.short')!.textContent).to.contain('LeNa');
      for (const fact of [
        'Seesen',
        'ca. 11.250 Einwohnerinnen und Einwohner',
        'Quartier rund um die Hochstraße',
        'ca. 2.000 Bewohnerinnen und Bewohner',
        'ca. 480 Wohneinheiten',
        'Sozialraum: Radius ca. 1 km',
        '646 Wohneinheiten',
        'ca. 1.050 Personen',
        'ca. 7 %',
        'die Hälfte',
      ]) {
        expect(t).to.contain(fact);
      }
      // Exact where the source is exact, and nothing the entry does not say.
      expect(t).to.contain('646 Wohneinheiten').and.not.contain('ca. 646').and.not.contain('Goslar').and.not.contain('Niedersachsen');
    });

    it("says where the radius comes from and that the centre is estimated (the quarter's note, under the figures)", () => {
      const figures = section(el, 'Quartier und Zahlen')!;
      expect(plain(figures.querySelector('.note')!.textContent))
        .to.contain('Die Mitte ist für die Karte geschätzt')
        .and.contain('ca. 1 Kilometer');
    });

    it('shows summary and description as paragraphs, the summary once (the description repeats it), residents, buildings and characteristics', () => {
      const about = section(el, 'Über das Projekt')!;
      expect(about.querySelectorAll('p')).to.have.length(4);
      // The description's first paragraph starts with the summary: only what follows it is shown there.
      expect(plain(about.querySelector('p')!.textContent)).to.equal('Die Kooperation als Kernelement bringt Akteure und Ressourcen im Quartier zusammen.');
      expect(text(el).split('um die Lebens- und Wohnqualität').length - 1).to.equal(1);
      expect(section(el, 'Bewohnerstruktur')!.textContent).to.contain('Arbeitslosenquote liegt bei ca. 7 %');
      expect(section(el, 'Bebauung')!.textContent).to.contain('1963 – 1974');
      expect(section(el, 'Besondere Merkmale')!.textContent).to.contain('„Schlafstadt“');
      expect(text(el)).to.contain('Sprachkurse angeboten');
    });

    it('lists the goals and the fields of action as labelled tags', () => {
      const goals = section(el, 'Ziele')!.querySelectorAll('li');
      expect(goals).to.have.length(6);
      expect(goals[1]!.textContent).to.contain('Bereitstellung eines Beratungs- und Nachbarschaftstreffs');
      const tags = section(el, 'Handlungsfelder')!.querySelectorAll('ul > li[part="tag"]');
      expect(tags).to.have.length(8);
      expect(tags[0]!.textContent).to.equal('Imageverbesserung und Öffentlichkeitsarbeit');
      expect(tags[7]!.textContent).to.equal('Lokale Ökonomie');
    });

    it('shows partners with translated role and contribution, the name linked to the website', () => {
      const partners = section(el, 'Beteiligte')!;
      const items = [...partners.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
      expect(items).to.have.length(4);
      expect(items[0]).to.contain('Baugenossenschaft ›Wiederaufbau‹ eG').and.contain('Träger').and.contain('G. Kaluza');
      expect(items[1]).to.contain('Paritätischer').and.contain('Träger').and.contain('S. Dickfeld');
      expect(items[2]).to.contain('Stadt Seesen').and.contain('Partner');
      expect(items[3]).to.contain('Netzwerk').and.contain('Frauentreffs und Männerkochkurse');
      const link = partners.querySelector('a')!;
      expect(link.textContent).to.contain('AKIT – Arbeitskreis Integrations-Treff');
      expect(link.getAttribute('href')).to.match(/^https:\/\/www\.stadtverwaltung-seesen\.de\//);
    });

    it('shows contacts, funding with the amount per year, the period and the source', () => {
      expect(section(el, 'Ansprechpersonen')!.textContent).to.contain('G. Kaluza').and.contain('S. Dickfeld');
      const funding = section(el, 'Förderung')!.textContent!.replace(/\s+/g, ' ');
      expect(funding).to.contain('Mietfreie Überlassung der Räumlichkeiten');
      expect(funding).to.match(/3\.000\s€ pro Jahr/);
      expect(section(el, 'Laufzeit')!.textContent).to.contain('seit 2012').and.not.contain('beendet');
      expect(root(el).querySelector('[part="footer"]')!.textContent).to.contain('Natascha Wasnick');
    });

    it('lists the place with "Lage ungefähr", then the offers the entry places nowhere under "Ort auf Anfrage"', () => {
      const offers = section(el, 'Orte und Angebote')!;
      const [place, unplaced] = [...offers.querySelectorAll('.places > li')];
      expect(place!.querySelector('button')!.textContent).to.contain('Beratungs- und Nachbarschaftstreff');
      expect([...place!.querySelectorAll(':scope > .meta')].map((m) => plain(m.textContent))).to.deep.equal(['Seesen', 'Lage ungefähr']);
      expect(place!.querySelector('.offers')).to.equal(null);
      expect(plain(unplaced!.querySelector('.unplaced')!.textContent)).to.equal('Ort auf Anfrage');
      const names = [...unplaced!.querySelectorAll('.offers button')].map((b) => b.textContent!.trim());
      expect(names).to.include.members(['Sprachkurse', 'Umfangreiche Beratung', 'Übersetzungen', 'Frauentreffs', 'Männerkochkurse']);
      // The audience as the feed writes it, after a label.
      expect(plain(offers.textContent)).to.contain('Sprache').and.contain('Zielgruppe: Frauen').and.contain('Zielgruppe: Migranten und Asylbewerber');
    });

    it('leaves out the sections the feed has no data for', () => {
      expect(section(el, 'Stimmen aus dem Projekt')).to.equal(undefined);
      expect(root(el).querySelector('blockquote, img')).to.equal(null);
      expect(text(el)).not.to.contain('Stand:');
    });

    it('uses no inline styles', () => {
      expect(all(el, '[style]')).to.have.length(0);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('Salzgitter (news article)', () => {
    let el: QuartierCard;
    before(async () => {
      el = await mount(SALZGITTER);
    });
    after(() => el.remove());

    it('marks the period as ended with its end date', () => {
      const period = section(el, 'Laufzeit')!.textContent!.replace(/\s+/g, ' ');
      expect(period).to.contain('31. Dezember 2021').and.contain('beendet').and.not.contain('läuft bis');
      expect(section(el, 'Laufzeit')!.querySelector('.ended')!.textContent).to.equal('beendet');
    });

    it('shows the partners, the funder and the programme', () => {
      const partners = texts(el, 'section li').join(' | ');
      for (const name of ['Stadt Salzgitter', 'Diakonie', 'TAG Wohnen', 'Land Niedersachsen', 'Runder Tisch Wohnungswirtschaft']) {
        expect(partners).to.contain(name);
      }
      expect(partners).to.contain('Förderer').and.contain('Berliner Straße 92 als Koordinationsstelle');
      const funding = section(el, 'Förderung')!.textContent!;
      expect(funding).to.contain('Integrationsfonds des Landes Niedersachsen').and.contain('Land Niedersachsen');
    });

    it('shows the quotes as blockquotes with name and role', () => {
      const quotes = all(el, 'figure.quote');
      expect(quotes).to.have.length(4);
      expect(quotes[0]!.querySelector('blockquote')!.textContent).to.contain('Gold wert');
      expect(quotes[0]!.querySelector('figcaption')!.textContent).to.contain('Claudius Oleszak').and.contain('Chef der TAG Wohnen in Salzgitter');
      expect(quotes[2]!.querySelector('figcaption')!.textContent).to.contain('Dr. Dirk Härdrich').and.contain('Stadtrat');
    });

    it('shows "über 2.300" as the article says it, once, and no radius (the article states none)', () => {
      const figures = plain(section(el, 'Quartier und Zahlen')!.textContent);
      expect(figures).to.contain('über 2.300 Bewohnerinnen und Bewohner');
      expect(text(el)).not.to.contain('ca. 2.300').and.not.contain('Radius');
      expect(figures.split('2.300').length - 1, figures).to.equal(1);
      // The note on the estimated centre is for the map, which the card does not draw.
      expect(section(el, 'Quartier und Zahlen')!.querySelector('.note')).to.equal(null);
    });

    it('shows goals, the contact, the coordination office (estimated position), the offers under "Ort auf Anfrage" and "Stand"', () => {
      expect(section(el, 'Ziele')!.querySelectorAll('li')).to.have.length(9);
      expect(section(el, 'Ansprechpersonen')!.textContent).to.contain('Markus Meyer');
      const offers = section(el, 'Orte und Angebote')!;
      // The address is a line of its own, "Lage ungefähr" another.
      expect(plain(offers.querySelector('.address')!.textContent)).to.equal('Berliner Straße 92, Salzgitter');
      expect(plain(offers.querySelector('.address + .meta')!.textContent)).to.equal('Lage ungefähr');
      const unplaced = [...offers.querySelectorAll('.places > li')].at(-1)!;
      expect(plain(unplaced.querySelector('.unplaced')!.textContent)).to.equal('Ort auf Anfrage');
      expect([...unplaced.querySelectorAll('.offers button')].map((b) => plain(b.textContent).trim())).to.deep.equal([
        'Sozialarbeit',
        'Beratung im Sozial- und Bildungsbereich',
      ]);
      const footer = root(el).querySelector('[part="footer"]')!.textContent!.replace(/\s+/g, ' ');
      expect(footer).to.contain('Roland Weiterer, Januar 2021').and.contain('Stand: Januar 2021');
    });

    it('has no Bebauung section (the article says nothing about buildings)', () => {
      expect(section(el, 'Bebauung')).to.equal(undefined);
      expect(section(el, 'Bewohnerstruktur')).not.to.equal(undefined);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('fields the sample feeds do not have', () => {
    const full = feedWith({
      projects: [
        project({
          period: { start: '2020-03', end: '2099-12-31' },
          contacts: [{ name: 'Rana Haddad', role: 'Quartiersmanagement', email: 'rana@example.org', phone: '+49 000 0000-0' }],
          funding: [{ program: 'Soziale Stadt', amount: { value: 1250.5, currency: 'EUR', per: 'month' } }],
          links: [{ url: 'https://example.org/projekt', label: 'Projektseite' }],
          images: [{ url: 'https://example.org/foto.jpg', alt: 'Nachbarinnen beim Sommerfest', credit: 'Stadt Seesen' }],
          sources: [{ title: 'Pressemitteilung', url: 'https://example.org/presse', publisher: 'Stadt', date: '2024-05-02' }],
        }),
      ],
    });
    Object.assign(full, {
      places: [{ id: 'treff', name: 'Treff', project: 'p' }],
      offers: [
        {
          id: 'fest',
          name: 'Sommerfest',
          project: 'p',
          place: 'treff',
          category: 'culture',
          dates: [{ start: '2099-06-20T15:00', end: '2099-06-20T17:00' }],
          registration: 'required',
          cost: 'free',
        },
        { id: 'cafe', name: 'Sprachcafé', project: 'p', schedule: { text: 'jeden Dienstag', rules: [] }, status: 'paused' },
      ],
    });

    it('links contacts by mailto and tel with meaningful names', async () => {
      const el = await cardFor(full);
      const mail = root(el).querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      expect(mail.getAttribute('href')).to.equal('mailto:rana@example.org');
      expect(mail.getAttribute('aria-label')).to.equal('E-Mail an Rana Haddad: rana@example.org');
      const tel = root(el).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal('tel:+4900000000');
      expect(tel.getAttribute('aria-label')).to.contain('Rana Haddad anrufen').and.contain('+49 000 0000-0');
    });

    it('says a running period "läuft bis", money per month, the image with alt and credit', async () => {
      const el = await cardFor(full);
      const t = text(el);
      expect(t).to.contain('seit März 2020, läuft bis 31. Dezember 2099').and.not.contain('beendet');
      expect(t).to.match(/1\.250,50\s€ pro Monat/);
      const img = root(el).querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('https://example.org/foto.jpg');
      expect(img.alt).to.equal('Nachbarinnen beim Sommerfest');
      expect(root(el).querySelector('[part="image"] figcaption')!.textContent).to.contain('Foto: Stadt Seesen');
      expect(root(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/presse"]')!.textContent).to.contain('Pressemitteilung');
    });

    it('gives each offer its next date or schedule, registration, cost and status', async () => {
      const el = await cardFor(full);
      const offers = section(el, 'Orte und Angebote')!.textContent!.replace(/\s+/g, ' ');
      expect(offers).to.contain('Nächster Termin:').and.contain('20. Juni 2099, 15:00–17:00 Uhr');
      expect(offers).to.contain('Anmeldung erforderlich').and.contain('kostenlos').and.contain('Kultur');
      expect(offers).to.contain('jeden Dienstag').and.contain('vorübergehend ausgesetzt');
    });

    describe('regular times in words', () => {
      const TUESDAY = { freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' };
      const withOffer = (offer: Record<string, unknown>) =>
        Object.assign(feedWith(), { offers: [{ id: 'treff', name: 'Frauentreff', project: 'p', ...offer }] });
      const meta = async (offer: Record<string, unknown>, lang = 'de'): Promise<string> =>
        plain(root(await cardFor(withOffer(offer), {}, lang)).querySelector('.meta')!.textContent);

      it("says the rules first, then the partner's own words, then the next date", async () => {
        const t = await meta({ schedule: { text: 'außer in den Schulferien', rules: [TUESDAY] }, registration: 'appointment' });
        expect(t).to.match(/^jeden Dienstag, 10–12 Uhr · außer in den Schulferien · Nächster Termin: Dienstag, .+, 10:00–12:00 Uhr · nur nach Vereinbarung$/);
      });

      it("leaves out the partner's words when they only repeat the rules", async () => {
        const t = await meta({ schedule: { text: 'jeden Dienstag, 10 bis 12 Uhr', rules: [TUESDAY] } });
        expect(t)
          .to.match(/^jeden Dienstag, 10–12 Uhr · Nächster Termin: /)
          .and.not.to.contain('bis 12');
      });

      it("says ranges, monthly rules and the period in the reader's language", async () => {
        const schedule = {
          rules: [
            { freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '16:00' },
            { freq: 'monthly', byDay: ['FR'], bySetPos: -1 },
          ],
          validThrough: '2099-06-30',
        };
        expect(await meta({ schedule })).to.contain('montags bis freitags, 8–16 Uhr; jeden letzten Freitag im Monat (bis 30. Juni 2099)');
        expect((await meta({ schedule }, 'en')).replace(/\u202f/g, ' ')).to.contain(
          'Monday to Friday, 8:00–16:00; on the last Friday of the month (until 30 June 2099)',
        );
      });

      it("says the rules in Arabic and keeps the partner's German words marked as German", async () => {
        const el = await cardFor(withOffer({ schedule: { text: 'außer in den Schulferien', rules: [TUESDAY] } }), {}, 'ar');
        const span = root(el).querySelector('.meta')!;
        expect(plain(span.textContent)).to.contain('كل يوم الثلاثاء، من 10 ص إلى 12 م');
        expect(span.querySelector('[lang="de"]')!.textContent).to.equal('außer in den Schulferien');
      });
    });

    describe('figures as the source gives them', () => {
      const figures = (quarter: Record<string, unknown>, facts: unknown[] = []) => feedOf(project({ quarter, facts }));
      const shown = async (feed: unknown, lang = 'de'): Promise<string> =>
        plain(
          section(await cardFor(feed, {}, lang), lang === 'de' ? 'Quartier und Zahlen' : lang === 'en' ? 'Neighbourhood and figures' : 'الحي بالأرقام')
            ?.textContent,
        );

      it('words every qualifier: "ca.", "über", "unter", "mindestens"; the older flag means "ca."', async () => {
        const feed = figures({ residents: 2300, residentsQualifier: 'more-than', housingUnits: 480, housingUnitsApproximate: true }, [
          { label: 'Plätze im Kurs', value: 20, qualifier: 'at-least' },
          { label: 'Wartezeit', value: 3, unit: 'Wochen', qualifier: 'less-than' },
          { label: 'Quote', value: 7, unit: '%', qualifier: 'approximately' },
          { label: 'Genau', value: 646 },
        ]);
        const t = await shown(feed);
        for (const figure of ['über 2.300 Bewohnerinnen und Bewohner', 'ca. 480 Wohneinheiten', 'mindestens 20', 'unter 3 Wochen', 'ca. 7 %'])
          expect(t).to.contain(figure);
        expect(t).to.contain('Genau646').and.not.contain('ca. 646');
      });

      it('in English and Arabic as well', async () => {
        const feed = figures({ residents: 2300, residentsQualifier: 'more-than' }, [{ label: 'Plätze', value: 20, qualifier: 'at-least' }]);
        const en = await shown(feed, 'en');
        expect(en).to.contain('more than 2,300').and.contain('at least 20');
        const ar = await shown(feed, 'ar');
        // Latin digits: the Arabic table's choice (docs/translations.md).
        expect(ar).to.contain('أكثر من 2,300').and.contain('على الأقل 20');
      });

      it("shows a radius with the quarter's note on how exact it is, and no note without a radius", async () => {
        const geoNote = 'Den Radius nennt die Quelle.';
        expect(await shown(figures({ radiusMeters: 1000, radiusApproximate: true, geoNote })))
          .to.contain('Sozialraum: Radius ca. 1 km')
          .and.contain(geoNote);
        expect(await shown(figures({ name: 'Nordviertel', center: { lat: 52, lng: 10, approximate: true }, geoNote }))).not.to.contain(geoNote);
      });
    });

    describe('the same paragraph never twice', () => {
      /** Every paragraph of feed text the card shows. */
      const paragraphs = (el: QuartierCard): string[] =>
        all(el, 'p[part="text"]')
          .map((p) => plain(p.textContent).trim())
          .filter(Boolean);
      const summary = 'Ein Treff für alle im Quartier.';

      for (const [src, name] of [
        [SEESEN, 'Seesen'],
        [SALZGITTER, 'Salzgitter'],
      ] as const) {
        it(`${name}: every paragraph of the card once`, async () => {
          const el = await card(html`<quartier-card src=${src}></quartier-card>`);
          const seen = all(el, 'p').map((p) => plain(p.textContent).trim());
          expect(seen.length).to.be.greaterThan(5);
          expect(seen.filter((p, i) => seen.indexOf(p) !== i)).to.deep.equal([]);
        });
      }

      it('a description whose first paragraph is the summary starts with its second', async () => {
        const el = await cardFor(feedOf(project({ summary, description: `${summary}\n\nMontags kochen wir zusammen.` })));
        expect(paragraphs(el)).to.deep.equal([summary, 'Montags kochen wir zusammen.']);
      });

      it('a description that starts with the summary shows the rest of its first paragraph', async () => {
        const el = await cardFor(feedOf(project({ summary, description: `${summary}  Seit 2019.\n\nMontags kochen wir zusammen.` })));
        expect(paragraphs(el)).to.deep.equal([summary, 'Seit 2019.', 'Montags kochen wir zusammen.']);
      });

      it('a description that is the summary alone adds no section; one that only begins with its words is kept whole', async () => {
        expect(section(await cardFor(feedOf(project({ summary, description: summary }))), 'Über das Projekt')).to.equal(undefined);
        const el = await cardFor(feedOf(project({ summary: 'Ein Treff', description: 'Ein Treffpunkt für alle.' })));
        expect(paragraphs(el)).to.deep.equal(['Ein Treff', 'Ein Treffpunkt für alle.']);
      });

      it('compares in the language shown: a German summary does not shorten an English description', async () => {
        const el = await cardFor(
          feedOf(project({ summary: { de: summary, en: 'A meeting place.' }, description: { de: `${summary} Mehr.`, en: 'A meeting place. More.' } })),
          {},
          'en',
        );
        expect(paragraphs(el)).to.deep.equal(['A meeting place.', 'More.']);
      });
    });

    it("says when the texts in the reader's language were machine-translated", async () => {
      const texts = { name: { de: 'Projekt', en: 'Project' }, machineTranslated: ['en'] };
      expect(text(await cardFor(feedWith({ projects: [project(texts)] }), {}, 'en'))).to.contain('Machine-translated');
      expect(text(await cardFor(feedWith({ projects: [project(texts)] }), {}, 'de'))).not.to.contain('Maschinell');
    });

    it('shows only the name when the project has nothing else', async () => {
      for (const variant of ['full', 'compact']) {
        const el = await cardFor(feedWith(), { variant });
        expect(all(el, 'section, footer, dl, ul, p')).to.have.length(0);
      }
      const el = await cardFor(feedWith());
      expect(root(el).querySelector('[part="title"]')!.textContent).to.contain('Testprojekt');
    });

    it('uses Arabic plural forms for counted nouns', async () => {
      const counts = async (residents: number): Promise<string> => {
        const el = await cardFor(feedWith({ projects: [project({ quarter: { residents } })] }), {}, 'ar');
        return root(el).querySelector('dd')!.textContent!;
      };
      expect(await counts(2)).to.contain('ساكنان');
      expect(await counts(5)).to.contain('سكان');
      expect(await counts(11)).to.contain('ساكنًا');
      expect(await counts(300)).to.match(/ساكن$/);
    });
  });

  describe('compact variant', () => {
    it('shows name, place, summary, fields of action and partners, nothing more', async () => {
      const el = await card(html`<quartier-card src=${SEESEN} variant="compact"></quartier-card>`);
      const t = text(el);
      expect(t).to.contain('Kooperationsgemeinschaft – Lebendige Nachbarschaft').and.contain('Seesen · Quartier rund um die Hochstraße');
      expect(t).to.contain('seit 2012 ein Quartiersprojekt');
      expect(all(el, '.tags li')).to.have.length(8);
      expect(texts(el, '.names li')).to.deep.equal([
        'Baugenossenschaft ›Wiederaufbau‹ eG',
        'Kreisverband Paritätischer Wohlfahrtsverband Seesen',
        'Stadt Seesen',
        'AKIT – Arbeitskreis Integrations-Treff',
      ]);
      expect(all(el, 'section')).to.have.length(0);
      expect(t).not.to.contain('Ziele').and.not.contain('Sprachkurse');
      expect(root(el).querySelector('h2 > button')!.textContent).to.contain('Kooperationsgemeinschaft');
      await expect(el).to.be.accessible();
    });

    it('treats an unknown variant as full', async () => {
      const el = await card(html`<quartier-card src=${SEESEN} variant="gross"></quartier-card>`);
      expect(section(el, 'Ziele')).not.to.equal(undefined);
    });
  });

  describe('states', () => {
    for (const lang of ['de', 'ar']) {
      describe(`in ${lang}`, () => {
        it('loading: busy, a quiet status, accessible', async () => {
          const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
          const el = document.createElement('quartier-card');
          el.src = SEESEN;
          wrapper.append(el);
          await el.updateComplete; // the first render, before the feed can have arrived
          expect(el.getAttribute('aria-busy')).to.equal('true');
          expect(root(el).querySelector('[part="loading"][role="status"]')).not.to.equal(null);
          await expect(el).to.be.accessible();
          await el.loaded;
        });

        it('error: HTTP 404 as an alert naming the URL, and quartier-error', async () => {
          const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
          const el = document.createElement('quartier-card');
          el.src = '/data/gibt-es-nicht.json';
          const failed = oneEvent(el, 'quartier-error');
          wrapper.append(el);
          const event = await failed;
          expect(event.detail.src).to.equal('/data/gibt-es-nicht.json');
          await waitUntil(() => el.state === 'error' && !!root(el).querySelector('[part="error"]'));
          await waitUntil(() =>
            root(el)
              .querySelector('[part="error"]')!
              .textContent!.includes(lang === 'ar' ? 'لم يُعثر' : 'nicht gefunden'),
          );
          const alert = root(el).querySelector('[part="error"]')!;
          expect(alert.getAttribute('role')).to.equal('alert');
          expect(alert.textContent).to.contain(new URL('/data/gibt-es-nicht.json', location.href).href).and.contain('404');
          await expect(el).to.be.accessible();
        });

        it('error: an unknown project id names the id and the URL', async () => {
          const el = await card(html`<div lang=${lang}><quartier-card src=${SEESEN} project="gibt-es-nicht"></quartier-card></div>`);
          expect(el.state).to.equal('error');
          const alert = root(el).querySelector('[part="error"][role="alert"]')!;
          expect(alert.textContent).to.contain('gibt-es-nicht').and.contain(new URL(SEESEN, location.href).href);
          expect(alert.textContent).to.contain(lang === 'ar' ? 'غير موجود' : 'steht nicht im Feed');
          await expect(el).to.be.accessible();
        });

        it('empty: a feed without projects is a quiet note, not an error', async () => {
          const el = await cardFor({ version: '1', organizations: [{ id: 'o', name: 'Verein' }] }, {}, lang);
          expect(el.state).to.equal('empty');
          expect(root(el).querySelector('[part="empty"][role="status"]')).not.to.equal(null);
          expect(root(el).querySelector('[part="error"]')).to.equal(null);
          await expect(el).to.be.accessible();
        });

        it('loaded: accessible (both sample feeds: qualified figures, estimated places, "Ort auf Anfrage")', async () => {
          for (const src of [SALZGITTER, SEESEN]) {
            const el = await card(html`<div lang=${lang}><quartier-card src=${src}></quartier-card></div>`);
            expect(el.state).to.equal('loaded');
            expect(el.getAttribute('aria-busy')).to.equal('false');
            expect(root(el).querySelector('.unplaced'), src).not.to.equal(null);
            await expect(el).to.be.accessible();
          }
        });
      });
    }

    it('asks for a project when the feed has several and none is chosen', async () => {
      const el = await cardFor(feedWith({ projects: [project(), project({ id: 'q', name: 'Zweites' })] }));
      // A feed given by script has no address: a sentence of its own, no stand-in word where the address was.
      expect(plain(root(el).querySelector('[part="error"]')!.textContent)).to.equal(
        'Hinweis für die Redaktion: Der Feed enthält mehrere Projekte: Bitte das Attribut „project“ setzen.',
      );
      el.setAttribute('project', 'q');
      await waitUntil(() => el.state === 'loaded');
      expect(root(el).querySelector('[part="title"]')!.textContent).to.contain('Zweites');
    });

    it('lists the feed warnings with debug', async () => {
      const el = await card(html`<quartier-card src="/test/fixtures/broken-feed.json" debug></quartier-card>`);
      expect(el.state).to.equal('loaded');
      // The editor texts arrive in their own chunk, after the card.
      await waitUntil(() => root(el).querySelector('[part="debug"]'), 'no debug list');
      const debug = root(el).querySelector('[part="debug"]')!;
      const problems = debug.querySelectorAll('li').length;
      expect(problems).to.be.greaterThan(1);
      // One count in the summary, the same as the list below it.
      expect(plain(debug.querySelector('summary')!.textContent)).to.equal(`Für die Redaktion (nur mit „debug“ sichtbar): 0 Hinweise, ${problems} Fehler`);
      await expect(el).to.be.accessible();
    });

    it('counts notes on its attributes apart from the feed\'s problems: "1 Hinweis, 0 Fehler", in German and Arabic', async () => {
      for (const [lang, summary, none] of [
        ['de', /: 1 Hinweis, 0 Fehler$/, 'Der Feed hat keine Fehler.'],
        ['ar', /ملاحظة واحدة، لا أخطاء$/, 'لا توجد أخطاء في ملف البيانات.'],
      ] as const) {
        const el = await card(html`<div lang=${lang}><quartier-card src=${SEESEN} variant="gross" debug></quartier-card></div>`);
        await waitUntil(() => root(el).querySelector('[part="debug"] summary'), 'no debug list');
        const debug = root(el).querySelector('[part="debug"]')!;
        expect(plain(debug.querySelector('summary')!.textContent)).to.match(summary);
        expect(debug.querySelectorAll('p[part="debug"]')).to.have.length(1);
        expect(plain(debug.querySelector('p[part="debug"]')!.textContent)).to.contain('gross');
        expect(plain(debug.textContent)).to.contain(none);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('Arabic', () => {
    it('is right to left with Arabic labels, and keeps the feed text German', async () => {
      const el = await card(html`<div lang="ar"><quartier-card src=${SEESEN}></quartier-card></div>`);
      const base = root(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(texts(el, '[part="heading"]')).to.include.members(['الأهداف', 'مجالات العمل', 'الجهات المشاركة', 'التمويل']);
      expect(section(el, 'الجهات المشاركة')!.textContent).to.contain('الجهة المسؤولة').and.contain('شبكة');
      expect(section(el, 'التمويل')!.textContent).to.contain('سنويًا');
      const goal = section(el, 'الأهداف')!.querySelector('li span')!;
      expect(goal.getAttribute('lang')).to.equal('de');
      expect(goal.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(goal).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('marks an ended period in Arabic', async () => {
      const el = await card(html`<div lang="ar"><quartier-card src=${SALZGITTER}></quartier-card></div>`);
      expect(section(el, 'مدة المشروع')!.querySelector('.ended')!.textContent).to.equal('انتهى');
    });
  });

  describe('attributes', () => {
    it('keeps an outer margin (--quartier-outer-space, 1em 0 by default), so that two cards in a row do not touch', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de"><quartier-card src=${SEESEN} variant="compact"></quartier-card><quartier-card src=${SALZGITTER} variant="compact"></quartier-card></div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('quartier-card')];
      await waitUntil(() => first!.state === 'loaded' && second!.state === 'loaded');
      await first!.updateComplete;
      expect(getComputedStyle(first!).marginBlockStart).to.equal('16px');
      expect(getComputedStyle(first!).marginInlineStart).to.equal('0px');
      expect(second!.getBoundingClientRect().top - first!.getBoundingClientRect().bottom).to.equal(16);
      wrapper.style.setProperty('--quartier-outer-space', '0');
      expect(getComputedStyle(first!).marginBlockStart).to.equal('0px');
    });

    it('puts headings at heading-level and one below', async () => {
      const el = await card(html`<quartier-card src=${SEESEN}></quartier-card>`);
      expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h2');
      expect(new Set(all(el, '[part="heading"]').map((h) => h.localName))).to.deep.equal(new Set(['h3']));
      el.headingLevel = 4;
      await el.updateComplete;
      expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h4');
      expect(new Set(all(el, '[part="heading"]').map((h) => h.localName))).to.deep.equal(new Set(['h5']));
    });

    it('clamps heading-level to h6', async () => {
      const el = await card(html`<quartier-card src=${SEESEN} heading-level="6"></quartier-card>`);
      expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h6');
      expect(root(el).querySelector('[part="heading"]')!.localName).to.equal('h6');
    });

    it('follows the language of an ancestor, also when it changes', async () => {
      const el = await card(html`<div lang="en"><quartier-card src=${SEESEN}></quartier-card></div>`);
      expect(texts(el, '[part="heading"]')).to.include('Goals');
      expect(text(el)).to.contain('approx. 2,000 residents');
      el.parentElement!.setAttribute('lang', 'de');
      await waitUntil(() => texts(el, '[part="heading"]').includes('Ziele'));
      expect(text(el)).to.contain('ca. 2.000');
    });

    it('its own lang wins over the ancestor', async () => {
      const el = await card(html`<div lang="de"><quartier-card lang="en" src=${SEESEN}></quartier-card></div>`);
      expect(texts(el, '[part="heading"]')).to.include('Goals');
    });
  });

  describe('events', () => {
    it('fires quartier-load with the feed', async () => {
      const el = document.createElement('quartier-card');
      el.src = SEESEN;
      const loaded = oneEvent(el, 'quartier-load');
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.feed.projects[0]!.id).to.equal('lena-seesen');
      el.remove();
    });

    it('fires quartier-select for the project when the compact title is clicked', async () => {
      const el = await card(html`<quartier-card src=${SEESEN} variant="compact"></quartier-card>`);
      const button = root(el).querySelector<HTMLButtonElement>('[part="title"] button')!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'quartier-select');
      expect(event.detail).to.deep.equal({ type: 'project', id: 'lena-seesen' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    });

    it('selects a place with Enter and an offer with Space, and marks it current', async () => {
      const el = await card(html`<quartier-card src=${SEESEN}></quartier-card>`);
      const place = root(el).querySelector<HTMLButtonElement>('.places > li > button')!;
      place.focus();
      let selected = oneEvent(el, 'quartier-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ type: 'place', id: 'begegnungstreffpunkt-hochstrasse' });
      await el.updateComplete;
      expect(place.getAttribute('aria-current')).to.equal('true');

      const offer = root(el).querySelector<HTMLButtonElement>('.offers button')!;
      offer.focus();
      selected = oneEvent(el, 'quartier-select');
      await sendKeys({ press: 'Space' });
      expect((await selected).detail).to.deep.equal({ type: 'offer', id: 'sprachkurse' });
      await el.updateComplete;
      expect(offer.getAttribute('aria-current')).to.equal('true');
      expect(place.hasAttribute('aria-current')).to.equal(false);
    });

    it('does not mark the entry when the page cancels the event', async () => {
      const el = await card(html`<quartier-card src=${SEESEN}></quartier-card>`);
      el.addEventListener('quartier-select', (e) => e.preventDefault());
      const place = root(el).querySelector<HTMLButtonElement>('.places > li > button')!;
      place.click();
      await el.updateComplete;
      expect(place.hasAttribute('aria-current')).to.equal(false);
    });
  });

  describe('a hostile feed', () => {
    const P = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const urls = [
      'javascript:window.__pwned=3',
      ' JaVaScRiPt:window.__pwned=4',
      'java\tscript:window.__pwned=5',
      'data:text/html,<script>window.__pwned=6</script>',
      'vbscript:x',
    ];
    const J = urls[0]!;
    const hostile = {
      version: '1',
      language: 'de',
      publisher: { name: P, url: J, email: P },
      projects: [
        {
          id: 'p',
          name: P,
          shortName: P,
          summary: P,
          description: `${P}\n\n${P}`,
          municipality: { name: P, district: P, state: P, population: 12 },
          quarter: { name: P, description: P, residents: 3, geoNote: P },
          facts: [{ label: P, value: P, unit: P }],
          residents: P,
          buildings: P,
          characteristics: P,
          goals: [P],
          fieldsOfAction: ['social', P],
          partners: [{ organization: 'o', role: 'lead', contribution: P }],
          contacts: [
            { name: P, role: P, organization: 'o', email: J, phone: P },
            { name: P, email: 'a@b.de?subject=<img src=x>', phone: J },
          ],
          funding: [{ funder: 'o', program: P, description: P, amount: { value: 1, currency: P, per: 'year' } }],
          period: { start: '2012', end: P, note: P },
          quotes: [{ text: P, name: P, role: P, organization: 'o' }],
          links: [...urls.map((url) => ({ url, label: P })), { url: 'https://example.org/ok', label: P }],
          images: urls.map((url) => ({ url, alt: P, credit: P })),
          sources: urls.map((url) => ({ title: P, url, publisher: P, author: P, date: P, note: P })),
          reviewed: P,
        },
      ],
      organizations: [{ id: 'o', name: P, url: J, logo: { url: J, alt: P }, email: P, phone: P, description: P }],
      places: [{ id: 'pl', name: P, project: 'p', address: { street: P, postalCode: P, locality: P, district: P }, description: P }],
      offers: [
        {
          id: 'of',
          name: P,
          project: 'p',
          place: 'pl',
          category: P,
          audience: P,
          cost: P,
          url: J,
          schedule: { text: P, rules: [{ freq: 'weekly', byDay: ['MO'], opens: P }] },
          contact: { name: P, email: J, phone: J },
        },
      ],
    };

    for (const variant of ['full', 'compact']) {
      it(`shows markup as text and runs nothing (${variant})`, async () => {
        delete (window as { __pwned?: unknown }).__pwned;
        const el = await cardFor(hostile, { variant, debug: '' });
        await imageFailed();
        expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
        expect(el.state).to.equal('loaded');
        expect(text(el)).to.contain('<img src=x onerror="window.__pwned=1">');
        expect(all(el, 'img, script, iframe, object, embed')).to.have.length(0);
        for (const a of all(el, '[href]')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
        for (const node of all(el, '*')) {
          expect(node.getAttributeNames().filter((name) => name.startsWith('on'))).to.deep.equal([]);
        }
        if (variant === 'full') expect(all(el, 'a[href="https://example.org/ok"]')).to.have.length(1);
      });
    }

    it('sets feed text as a single text node of its element, markup as characters', async () => {
      // Feed text is its element's textContent (render-text.ts, card-details.ts, address-line.ts): one Text node, never parsed.
      const el = await cardFor(hostile);
      const holders = [
        ...all(el, '[part="title"] > span[lang]'),
        ...all(el, 'p[part="text"][lang]'),
        ...all(el, '.pick > span[lang]'),
        ...all(el, 'bdi.address-line'),
        ...all(el, '.tags > li, .lines a'),
      ];
      expect(holders.length).to.be.greaterThan(8);
      const payload = holders.filter((node) => node.textContent === P);
      expect(payload.length).to.be.greaterThan(4);
      for (const node of payload) {
        expect(node.childNodes).to.have.length(1);
        expect(node.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
      }
      expect(all(el, 'bdi.address-line')[0]!.textContent).to.contain(P);
    });
  });
});
