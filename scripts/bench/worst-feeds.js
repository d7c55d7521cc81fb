// The worst feed shapes a hostile or careless partner can send within the
// loader's 5 MiB: long lists inside one project, many small records, many
// invalid records. Each is the JSON text as served; synthetic data, named as
// such. Used by the worst-shape section of `npm run bench` (worst.js).

const PROJECT = { id: 'testprojekt', name: 'Testprojekt (erzeugte Testdaten)' };

/** One project with `count` one-letter goals ("a"): 1,000,000 of them are 4 MB. */
export function goalsFeed(count) {
  return `{"version":"1","projects":[{"id":"testprojekt","name":"Testprojekt (erzeugte Testdaten)","goals":[${'"a",'.repeat(count - 1)}"a"]}]}`;
}

/**
 * `count` organisations (each a partner of the one project), `count` places
 * of the project with coordinates, and `count` offers, one at each place.
 */
export function recordsFeed(count) {
  const organizations = [];
  const partners = [];
  const places = [];
  const offers = [];
  for (let i = 1; i <= count; i++) {
    organizations.push({ id: `o-${i}`, name: `Organisation ${i}` });
    partners.push({ organization: `o-${i}`, role: 'partner' });
    places.push({ id: `l-${i}`, name: `Ort ${i}`, project: PROJECT.id, geo: { lat: 51.8 + (i % 200) / 1000, lng: 10.1 + Math.floor(i / 200) / 1000 } });
    offers.push({ id: `a-${i}`, name: `Angebot ${i}`, place: `l-${i}` });
  }
  return JSON.stringify({ version: '1', projects: [{ ...PROJECT, partners }], organizations, places, offers });
}

/** One valid project and `count` organisations whose ids are invalid: `count` warnings. */
export function invalidOrganizationsFeed(count) {
  return `{"version":"1","projects":[{"id":"testprojekt","name":"Testprojekt (erzeugte Testdaten)"}],"organizations":[${'{"id":"X","name":"x"},'.repeat(count - 1)}{"id":"X","name":"x"}]}`;
}

/** `count` places of one project at one and the same point, each with one offer: the map's cluster opens on all of them at once. */
export function samePointFeed(count) {
  const places = [];
  const offers = [];
  for (let i = 1; i <= count; i++) {
    places.push({ id: `l-${i}`, name: `Ort ${i}`, project: PROJECT.id, geo: { lat: 52.1588, lng: 10.3338 } });
    offers.push({ id: `a-${i}`, name: `Angebot ${i}`, place: `l-${i}` });
  }
  return JSON.stringify({ version: '1', projects: [PROJECT], places, offers });
}
