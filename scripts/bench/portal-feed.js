// The feeds of the portal benchmarks (portal.js), deterministic and valid;
// synthetic data, named as such in every record.
//  - portalFeed(): what a city portal lists on one page: `projects` projects,
//    each with a summary, a description, goals, fields of action, partners
//    (from a shared pool of organisations), places and offers.
//  - partnersBigFeed(): a 4.8 MiB feed (generate-feed.js's 9,400 offers)
//    whose one project has `count` organisations as partners.
import { generateFeed } from '../lib/generate-feed.js';
import { generatePartnersFeed } from './partners-feed.js';

const FIELDS = ['image', 'social', 'housing', 'health', 'environment', 'education', 'leisure', 'economy', 'integration', 'participation'];
const TOWNS = ['Seesen', 'Salzgitter', 'Goslar', 'Wolfenbüttel', 'Peine', 'Hildesheim', 'Northeim', 'Einbeck'];
const CATEGORIES = ['counselling', 'language', 'meeting', 'education', 'health', 'culture', 'sport', 'children', 'youth', 'seniors'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ROLES = ['lead', 'partner', 'partner', 'funder'];

/**
 * @param {{projects?: number, organizations?: number, places?: number, offers?: number}} [options]
 *   `places` and `offers` per project
 */
export function portalFeed({ projects = 100, organizations = 200, places = 3, offers = 10 } = {}) {
  const orgs = Array.from({ length: organizations }, (_, i) => ({
    id: `traeger-${i + 1}`,
    name: `Träger ${i + 1} (erzeugte Testdaten)`,
    type: 'association',
    url: `https://example.org/traeger/${i + 1}`,
    address: { street: `Lange Straße ${i + 1}`, postalCode: '38723', locality: TOWNS[i % TOWNS.length] },
  }));
  const out = { projects: [], places: [], offers: [] };
  for (let p = 0; p < projects; p++) {
    const id = `projekt-${p + 1}`;
    const town = TOWNS[p % TOWNS.length];
    out.projects.push({
      id,
      name: `Quartiersprojekt ${p + 1} in ${town} (erzeugte Testdaten)`,
      summary: `Erzeugte Testdaten für Messungen: ein Quartiersprojekt in ${town}, das Nachbarschaft, Beratung und Begegnung im Stadtteil stärkt.`,
      description:
        `Das Projekt ${p + 1} bringt seit ${2010 + (p % 15)} Bewohnerinnen und Bewohner, Träger und Verwaltung zusammen.\n\n` +
        'Im Treffpunkt gibt es Beratung, Sprachkurse und offene Nachmittage für alle Generationen.\n\n' +
        'Erzeugte Testdaten; kein echtes Projekt.',
      municipality: { name: town },
      quarter: { name: `Quartier ${p + 1}` },
      goals: ['Nachbarschaft stärken', 'Beratung im Quartier anbieten', 'Begegnung zwischen den Generationen fördern'],
      fieldsOfAction: [FIELDS[p % FIELDS.length], FIELDS[(p + 3) % FIELDS.length], FIELDS[(p + 6) % FIELDS.length]],
      partners: [0, 1, 2, 3].map((k) => ({
        organization: `traeger-${((p * 4 + k) % organizations) + 1}`,
        role: ROLES[k],
        ...(k < 2 ? { contribution: 'Stellt Räume und Personal für die Angebote im Quartier.' } : {}),
      })),
      contacts: [{ name: `Ansprechperson ${p + 1}`, email: `projekt${p + 1}@example.org` }],
      period: { start: String(2010 + (p % 15)) },
    });
    for (let k = 0; k < places; k++) {
      out.places.push({
        id: `${id}-ort-${k + 1}`,
        name: `Treffpunkt ${k + 1} von Projekt ${p + 1}`,
        project: id,
        address: { street: `Hauptstraße ${k + 1}`, postalCode: '38723', locality: town },
        geo: { lat: 51.9 + ((p * 7 + k) % 100) / 400, lng: 10.2 + ((p * 3 + k) % 100) / 400 },
      });
    }
    for (let k = 0; k < offers; k++) {
      const hour = 9 + (k % 8);
      out.offers.push({
        id: `${id}-angebot-${k + 1}`,
        name: `Angebot ${k + 1} von Projekt ${p + 1}`,
        description: 'Erzeugte Testdaten für Messungen; kein echtes Angebot.',
        project: id,
        place: `${id}-ort-${(k % places) + 1}`,
        provider: `traeger-${((p * 4) % organizations) + 1}`,
        category: CATEGORIES[(p + k) % CATEGORIES.length],
        languages: ['de'],
        schedule: { rules: [{ freq: 'weekly', byDay: [DAYS[k % DAYS.length]], opens: `${String(hour).padStart(2, '0')}:00`, closes: `${hour + 2}:00` }] },
        cost: 'free',
      });
    }
  }
  return {
    version: '1',
    language: 'de',
    publisher: { name: 'Quartier Widgets – erzeugte Testdaten' },
    projects: out.projects,
    organizations: orgs,
    places: out.places,
    offers: out.offers,
  };
}

/** generate-feed.js's feed of `offers` offers, its one project with `count` organisations (partners-feed.js) as partners. */
export function partnersBigFeed({ count = 400, offers = 9_400 } = {}) {
  const feed = generateFeed({ offers });
  const partners = generatePartnersFeed({ count });
  const [project] = feed.projects;
  return {
    ...feed,
    projects: [{ ...project, partners: partners.projects[0].partners }],
    organizations: [...feed.organizations, ...partners.organizations],
  };
}
