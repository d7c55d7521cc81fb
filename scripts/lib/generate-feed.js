// A large, valid, deterministic feed for benchmarks and the demo: `offers`
// offers at `places` places around Salzgitter and Seesen. Synthetic data,
// named as such in every record.
const CATEGORIES = ['counselling', 'language', 'meeting', 'education', 'health', 'culture', 'sport', 'children', 'youth', 'seniors', 'housing', 'other'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

/** A tiny deterministic random generator (mulberry32). */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFeed({ offers = 10_000, places = Math.max(1, Math.round(offers / 4)), seed = 1 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const placeList = Array.from({ length: places }, (_, i) => ({
    id: `ort-${i + 1}`,
    name: `Testort ${i + 1} (erzeugte Testdaten)`,
    project: 'testprojekt',
    address: { street: `Teststraße ${i + 1}`, locality: i % 2 ? 'Salzgitter' : 'Seesen' },
    geo: {
      lat: Number(((i % 2 ? 52.16 : 51.89) + (rnd() - 0.5) * 0.3).toFixed(5)),
      lng: Number(((i % 2 ? 10.335 : 10.18) + (rnd() - 0.5) * 0.4).toFixed(5)),
    },
    geoNote: 'Erzeugte Testdaten, keine echte Lage',
  }));
  const offerList = Array.from({ length: offers }, (_, i) => {
    const hour = 8 + Math.floor(rnd() * 10);
    return {
      id: `angebot-${i + 1}`,
      name: { de: `Testangebot ${i + 1}`, en: `Test offer ${i + 1}`, ar: `عرض تجريبي ${i + 1}` },
      description: 'Erzeugte Testdaten für Messungen; kein echtes Angebot.',
      project: 'testprojekt',
      place: `ort-${(i % places) + 1}`,
      provider: 'testtraeger',
      category: pick(CATEGORIES),
      languages: ['de', pick(['ar', 'uk', 'tr', 'fa'])],
      schedule: {
        rules: [{ freq: 'weekly', byDay: [pick(DAYS)], opens: `${String(hour).padStart(2, '0')}:00`, closes: `${String(hour + 2).padStart(2, '0')}:00` }],
      },
      registration: pick(['none', 'required', 'appointment']),
      cost: 'free',
      url: `https://example.org/angebote/${i + 1}`,
    };
  });
  return {
    version: '1',
    language: 'de',
    publisher: { name: 'Quartier Widgets – erzeugte Testdaten' },
    projects: [{ id: 'testprojekt', name: 'Testprojekt (erzeugte Testdaten)', partners: [{ organization: 'testtraeger', role: 'lead' }] }],
    organizations: [{ id: 'testtraeger', name: 'Testträger (erzeugte Testdaten)', type: 'other' }],
    places: placeList,
    offers: offerList,
  };
}
