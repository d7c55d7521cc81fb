/**
 * Feeds the demo pages give to elements directly (the `.feed` property)
 * rather than by URL: an empty one, one with deliberate faults for `debug`,
 * a made-up one with logos, contacts, places and times (the sample feeds have
 * none: their sources do not say them), and a generated one of 10,000 offers
 * for the map. Elements pick one with `data-feed="empty|faulty|example|generated"`.
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
        { url: 'https://www.example.org/nordstadt/', label: 'Website des Projekts' },
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
 * A made-up neighbourhood ("Musterstadt") with what the sample feeds do not
 * have, because their sources do not say it: logos, links, contacts, places
 * with addresses and accessibility, offers with times, languages,
 * registration and cost. Every name, address, e-mail address and phone
 * number is invented (example.org, numbers of zeros); the demo says so next
 * to it. The logo is any image the dev server has; in a real feed it is the
 * organisation's own.
 */
const logo = new URL('/node_modules/lit/logo.svg', location.href).href;
/** Next year, so that the one-off date is always ahead. */
const nextYear = new Date().getFullYear() + 1;

export const exampleFeed = {
  version: '1',
  language: 'de',
  publisher: { name: 'Erfundene Beispieldaten (Musterstadt)' },
  projects: [
    {
      id: 'alpha',
      name: { de: 'Nachbarschaftstreff Am Markt', ar: 'ملتقى الجيران في السوق' },
      summary: 'Ein erfundenes Beispiel: ein Treff für alle im Quartier, mit Sprachcafé, Hausaufgabenhilfe und Beratung.',
      municipality: { name: 'Musterstadt' },
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
      contacts: [{ name: 'Erika Beispiel', role: 'Quartiersmanagement', organization: 'stadt', email: 'quartier@example.org', phone: '0000 000000' }],
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
      url: 'https://www.example.org/stadt/',
      logo: { url: logo, alt: 'Wappen der Stadt Musterstadt' },
      address: { street: 'Markt 1', postalCode: '00000', locality: 'Musterstadt' },
      email: 'stadt@example.org',
      phone: '0000 000000',
    },
    {
      id: 'verein',
      name: 'Nachbarschaftsverein Hochstraße e. V.',
      shortName: 'NaVe',
      type: 'association',
      url: 'https://www.example.org/nave/',
      email: 'nave@example.org',
      description: { de: 'Ehrenamtlich seit 2015, offen für alle.', ar: 'تطوعي منذ 2015، مفتوح للجميع.' },
    },
    { id: 'wohnbau', name: 'Wohnbau Musterstadt eG', type: 'housing', logo: { url: logo }, phone: '0000 000000' },
    { id: 'kirche', name: 'Kirchengemeinde Musterstadt', type: 'church' },
  ],
  places: [
    {
      id: 'treff-am-markt',
      name: 'Nachbarschaftstreff Am Markt',
      project: 'alpha',
      address: { street: 'Markt 3', postalCode: '00000', locality: 'Musterstadt' },
      accessibility: { wheelchair: 'yes', note: 'Eingang ebenerdig vom Markt' },
    },
    {
      id: 'hof-hochstrasse',
      name: 'Hof Hochstraße 5',
      project: 'beta',
      address: { street: 'Hochstraße 5', postalCode: '00000', locality: 'Musterstadt' },
      accessibility: { wheelchair: 'limited', note: 'Eine Stufe am Tor' },
    },
  ],
  offers: [
    {
      id: 'sprachcafe',
      name: { de: 'Sprachcafé', ar: 'مقهى اللغة' },
      project: 'alpha',
      place: 'treff-am-markt',
      provider: 'verein',
      category: 'language',
      audience: 'Alle, die Deutsch üben möchten',
      languages: ['de', 'ar', 'uk'],
      schedule: { text: 'außer in den Schulferien', rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }] },
      registration: 'none',
      cost: 'free',
      contact: { name: 'Erika Beispiel', email: 'sprachcafe@example.org', phone: '0000 000000' },
    },
    {
      id: 'hausaufgabenhilfe',
      name: 'Hausaufgabenhilfe',
      project: 'alpha',
      place: 'treff-am-markt',
      provider: 'verein',
      category: 'children',
      audience: 'Schulkinder der Klassen 1 bis 6',
      schedule: { rules: [{ freq: 'weekly', byDay: ['MO', 'WE'], opens: '14:00', closes: '16:00' }] },
      registration: 'required',
      cost: '2 Euro im Monat',
      contact: { email: 'hausaufgaben@example.org' },
    },
    {
      id: 'mieterberatung',
      name: 'Mieterberatung',
      project: 'alpha',
      place: 'treff-am-markt',
      provider: 'wohnbau',
      category: 'housing',
      schedule: { rules: [{ freq: 'monthly', byDay: ['TH'], bySetPos: 1, opens: '16:00', closes: '18:00' }] },
      registration: 'appointment',
      cost: 'free',
      contact: { phone: '0000 000000' },
    },
    {
      id: 'sommerfest',
      name: 'Sommerfest im Hof',
      project: 'beta',
      place: 'hof-hochstrasse',
      provider: 'verein',
      category: 'culture',
      dates: [{ start: `${nextYear}-06-20T15:00`, end: `${nextYear}-06-20T19:00` }],
      cost: 'free',
    },
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
