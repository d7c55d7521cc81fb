/**
 * A generated feed for the demo's large map and for the benchmarks: `offers`
 * offers at one place per four offers, scattered around towns in Lower
 * Saxony. Every name says it is generated; nothing here describes a real
 * place. Deterministic (a seeded generator), so runs are comparable.
 */
const TOWNS: ReadonlyArray<readonly [string, number, number]> = [
  ['Hannover', 52.3745, 9.7386],
  ['Braunschweig', 52.2689, 10.5268],
  ['Salzgitter', 52.1522, 10.3303],
  ['Seesen', 51.8906, 10.1789],
  ['Göttingen', 51.5413, 9.9158],
  ['Hildesheim', 52.1508, 9.9511],
  ['Wolfsburg', 52.4227, 10.7865],
  ['Osnabrück', 52.2799, 8.0472],
  ['Oldenburg', 53.1435, 8.2146],
  ['Lüneburg', 53.2464, 10.4115],
];
const CATEGORIES = ['counselling', 'language', 'meeting', 'education', 'health', 'culture', 'sport', 'children', 'youth', 'seniors', 'housing', 'other'] as const;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A format-1 feed with `offers` offers (and a quarter of that many places). */
export function generatedFeed(offers: number, seed = 1): Record<string, unknown> {
  const next = random(seed);
  const placeCount = Math.max(1, Math.ceil(offers / 4));
  const places = [];
  for (let i = 0; i < placeCount; i++) {
    const [town, lat, lng] = TOWNS[i % TOWNS.length]!;
    // Normal-ish scatter of about 5 km around the town centre.
    const dlat = (next() + next() + next() - 1.5) * 0.06;
    const dlng = (next() + next() + next() - 1.5) * 0.09;
    places.push({
      id: `ort-${i}`,
      name: `Generierter Ort ${i + 1}`,
      project: 'generiert',
      address: { street: `Beispielweg ${(i % 90) + 1}`, locality: town },
      geo: { lat: Math.round((lat + dlat) * 1e5) / 1e5, lng: Math.round((lng + dlng) * 1e5) / 1e5 },
      accessibility: { wheelchair: (['yes', 'limited', 'no'] as const)[i % 3] },
    });
  }
  const list = [];
  for (let i = 0; i < offers; i++) {
    const opens = 8 + Math.floor(next() * 10);
    list.push({
      id: `angebot-${i}`,
      name: `Generiertes Angebot ${i + 1}`,
      project: 'generiert',
      place: `ort-${Math.floor(next() * placeCount)}`,
      category: CATEGORIES[i % CATEGORIES.length],
      languages: i % 5 === 0 ? ['de', 'ar'] : ['de'],
      schedule: { rules: [{ freq: 'weekly', byDay: [DAYS[i % DAYS.length]], opens: `${String(opens).padStart(2, '0')}:00`, closes: `${String(opens + 2).padStart(2, '0')}:00` }] },
      registration: (['none', 'required', 'appointment'] as const)[i % 3],
      cost: 'free',
    });
  }
  return {
    version: '1',
    language: 'de',
    publisher: { name: 'Quartier Widgets (generierte Testdaten)' },
    projects: [
      {
        id: 'generiert',
        name: `Generierte Testdaten: ${offers.toLocaleString('de-DE')} Angebote`,
        summary: 'Erzeugte Daten, um die Karte mit vielen Orten zu zeigen und zu messen. Keine echten Orte oder Angebote.',
      },
    ],
    places,
    offers: list,
  };
}
