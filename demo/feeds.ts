/**
 * Feeds the demo pages give to elements directly (the `.feed` property)
 * rather than by URL: an empty one, one with deliberate faults for `debug`,
 * a made-up one with logos, links and contacts (the sample feeds have
 * none), and a generated one of 10,000 offers for the map. Elements pick one
 * with `data-feed="empty|faulty|example|generated"`.
 */
import { generateFeed } from '../scripts/lib/generate-feed.js';

/** A valid feed with an organisation but no project: the card's empty state. */
export const emptyFeed = {
  version: '1',
  language: 'de',
  organizations: [{ id: 'verein', name: 'Nachbarschaftsverein', type: 'association' }],
};

/**
 * A feed with mistakes an editor makes. The element drops each bad field or
 * record and, with `debug`, says which and why; the rest is shown.
 */
export const faultyFeed = {
  version: '1',
  language: 'de',
  publisher: { name: 'Nachbarschaftsverein Nordstadt (erfundenes Beispiel mit absichtlichen Fehlern)' },
  projects: [
    {
      id: 'nordstadt-miteinander',
      name: 'Nordstadt miteinander',
      summary: 'Begegnung und Beratung im Quartier. Ein erfundenes Beispiel mit Fehlern, die der Feed-Prüfung auffallen.',
      // "sport" is not a field of action of format 1.
      fieldsOfAction: ['social', 'sport'],
      // A German date instead of an ISO date.
      period: { start: '2019', end: '31.12.2021' },
      partners: [
        { organization: 'diakonie-nordstadt', role: 'lead', contribution: 'Stellt die Sozialarbeiterin.' },
        // An organisation the feed does not have, and a role that does not exist.
        { organization: 'gibt-es-nicht', role: 'partner' },
        { organization: 'verein-nordstadt', role: 'sponsor' },
      ],
      links: [
        // Links only for http(s): this one is dropped, never rendered.
        { url: 'javascript:alert(1)', label: 'Gefährlicher Link' },
        { url: 'https://nordstadt.example/', label: 'Website des Projekts' },
      ],
    },
  ],
  organizations: [
    { id: 'diakonie-nordstadt', name: 'Diakonie Nordstadt', type: 'welfare' },
    // The same id twice.
    { id: 'diakonie-nordstadt', name: 'Diakonisches Werk Nordstadt (doppelt eingetragen)', type: 'welfare' },
    // No name.
    { id: 'verein-nordstadt', type: 'association' },
  ],
};

/**
 * Made-up organisations with logos, links and contacts, in two projects.
 * The logo is any image the dev server has; in a real feed it is the
 * organisation's own.
 */
const logo = new URL('/node_modules/lit/logo.svg', location.href).href;

export const exampleFeed = {
  version: '1',
  language: 'de',
  projects: [
    {
      id: 'alpha',
      name: { de: 'Nachbarschaftstreff Am Markt', ar: 'ملتقى الجيران في السوق' },
      partners: [
        {
          organization: 'stadt',
          role: 'lead',
          contribution: { de: 'Stellt das Quartiersbüro und die Projektleitung.', ar: 'توفر مكتب الحي وإدارة المشروع.' },
        },
        { organization: 'verein', role: 'partner', contribution: 'Organisiert das Sprachcafé und die Hausaufgabenhilfe.' },
        { organization: 'stadt', role: 'funder', contribution: 'Zahlt 3.000 Euro im Jahr für Personalkosten.' },
        { organization: 'wohnbau', role: 'owner', contribution: 'Überlässt die Räume im Erdgeschoss mietfrei.' },
      ],
    },
    {
      id: 'beta',
      name: 'Sommerfest Hochstraße',
      partners: [
        { organization: 'verein', role: 'lead' },
        { organization: 'wohnbau', role: 'partner', contribution: 'Stellt den Hof und Bänke.' },
      ],
    },
  ],
  organizations: [
    {
      id: 'stadt',
      name: 'Stadt Musterstadt',
      type: 'municipality',
      url: 'https://stadt.example/',
      logo: { url: logo, alt: 'Wappen der Stadt Musterstadt' },
      address: { street: 'Markt 1', postalCode: '38723', locality: 'Musterstadt' },
      email: 'quartier@stadt.example',
      phone: '+49 5381 75-0',
    },
    {
      id: 'verein',
      name: 'Nachbarschaftsverein Hochstraße e. V.',
      shortName: 'NaVe',
      type: 'association',
      url: 'https://nave.example/',
      email: 'hallo@nave.example',
      description: { de: 'Ehrenamtlich seit 2015, offen für alle.', ar: 'تطوعي منذ 2015، مفتوح للجميع.' },
    },
    { id: 'wohnbau', name: 'Wohnbau Musterstadt eG', type: 'housing', logo: { url: logo }, phone: '05381 123456' },
    { id: 'kirche', name: 'Ev.-luth. Kirchengemeinde St. Marien', type: 'church' },
  ],
};

export const feeds: Record<string, unknown> = {
  empty: emptyFeed,
  faulty: faultyFeed,
  example: exampleFeed,
  // Generated only when a page asks for it.
  get generated(): unknown {
    return generateFeed({ offers: 10_000 });
  },
};
