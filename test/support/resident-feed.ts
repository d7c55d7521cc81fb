// A made-up feed for the residents' views (card details, deep links, the
// agenda's filters, calendar files of a place or a project, the printed
// notice): one project, two places, weekly offers of several categories
// with contacts, one ended offer. Every name says it is invented.

type Json = Record<string, unknown>;

export const RESIDENT_PROJECT = 'lindenhof';

export function residentFeed(): Json {
  return {
    version: '1.1',
    language: 'de',
    projects: [
      {
        id: RESIDENT_PROJECT,
        name: 'Nachbarschaft Lindenhof (erfunden)',
        summary: 'Ein erfundenes Beispielprojekt für Tests.',
        contacts: [{ name: 'Erika Beispiel', email: 'treff@quartier.example', phone: '+49 5381 000000' }],
      },
    ],
    places: [
      {
        id: 'treff',
        name: 'Quartierstreff Lindenhof (erfunden)',
        project: RESIDENT_PROJECT,
        address: { street: 'Lindenweg 1', postalCode: '00000', locality: 'Musterstadt' },
        geo: { lat: 51.89, lng: 10.18 },
        accessibility: { wheelchair: 'yes', note: 'Eingang über den Hof' },
      },
      {
        id: 'schule',
        name: 'Grundschule am Park (erfunden)',
        project: RESIDENT_PROJECT,
        address: { street: 'Parkstraße 3', postalCode: '00000', locality: 'Musterstadt' },
        geo: { lat: 51.891, lng: 10.182 },
      },
    ],
    offers: [
      {
        id: 'sprachcafe',
        name: 'Sprachcafé (erfunden)',
        project: RESIDENT_PROJECT,
        place: 'treff',
        category: 'language',
        audience: 'Neu Zugezogene',
        cost: 'free',
        schedule: { rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }], exceptHolidays: 'NI' },
        contact: { name: 'Erika Beispiel', email: 'sprachcafe@quartier.example', phone: '+49 5381 000001' },
      },
      {
        id: 'beratung',
        name: 'Sozialberatung (erfunden)',
        project: RESIDENT_PROJECT,
        place: 'treff',
        category: 'counselling',
        schedule: { rules: [{ freq: 'weekly', byDay: ['TH'], opens: '14:00', closes: '16:00' }] },
      },
      {
        id: 'hausaufgaben',
        name: 'Hausaufgabenhilfe (erfunden)',
        project: RESIDENT_PROJECT,
        place: 'schule',
        category: 'education',
        schedule: { rules: [{ freq: 'weekly', byDay: ['MO', 'WE'], opens: '15:00', closes: '16:30' }] },
      },
      {
        id: 'naehkurs',
        name: 'Nähkurs (erfunden)',
        project: RESIDENT_PROJECT,
        place: 'treff',
        category: 'culture',
        status: 'ended',
        schedule: { rules: [{ freq: 'weekly', byDay: ['FR'], opens: '18:00', closes: '20:00' }] },
      },
    ],
  };
}
