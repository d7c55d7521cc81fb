// Hints for fields the format does not know (src/authoring/field-hints.ts,
// read from lib/): German names and synonyms, the same name spelt
// differently, fields at the wrong level, typos, code words such as Träger.
// Build first: npx tsc -p tsconfig.build.json
import { test } from 'node:test';
import assert from 'node:assert/strict';

const { findFieldHints, normalName, editDistance } = await import('../../lib/authoring/field-hints.js');

/** The hints for one record of `list`, as [field, code, suggestion, value]. */
function hintsFor(list, record) {
  return findFieldHints({ version: '1', [list]: [{ id: 'x', name: 'X', ...record }] }).map((h) => [
    h.field,
    h.code,
    h.suggestion?.map(String).join('.'),
    h.value ? `${h.value.key}=${h.value.code}` : undefined,
  ]);
}

test('names are compared without case, umlauts, ß, spaces, _ - .', () => {
  assert.equal(normalName('Straße'), 'strasse');
  assert.equal(normalName('Öffnungs-Zeiten'), 'oeffnungszeiten');
  assert.equal(normalName('postal_code'), 'postalcode');
  assert.equal(normalName(' E-Mail '), 'email');
});

test('edit distance counts a swap of neighbours as one edit and stops above the limit', () => {
  assert.equal(editDistance('descripton', 'description'), 1);
  assert.equal(editDistance('adrses', 'adress'), 1);
  assert.equal(editDistance('kategroie', 'kategorie'), 1);
  assert.equal(editDistance('abc', 'xyz'), 3);
  assert.equal(editDistance('a', 'abcdefgh', 2), 3);
});

test('German names and synonyms: alias, whatever the case, umlauts or separators', () => {
  assert.deepEqual(hintsFor('places', { Adresse: {}, Öffnungszeiten: 'x', Koordinaten: {} }), [
    ['Adresse', 'alias', 'address', undefined],
    ['Öffnungszeiten', 'unknown', undefined, undefined], // a place has no times; its offers do
    ['Koordinaten', 'alias', 'geo', undefined],
  ]);
  assert.deepEqual(hintsFor('offers', { zeiten: {}, oeffnungs_zeiten: {}, telefon: '1', Kontakt: {} }), [
    ['zeiten', 'alias', 'schedule', undefined],
    ['oeffnungs_zeiten', 'alias', 'schedule', undefined],
    ['telefon', 'wrong-level', 'contact.phone', undefined],
    ['Kontakt', 'alias', 'contact', undefined],
  ]);
  assert.deepEqual(hintsFor('organizations', { telefon: '1', E_Mail: 'a@b.de', Webseite: 'https://x.de' }), [
    ['telefon', 'alias', 'phone', undefined],
    ['E_Mail', 'spelling', 'email', undefined],
    ['Webseite', 'alias', 'url', undefined],
  ]);
});

test('the same name spelt differently is "spelling"; a misspelt one is "typo"', () => {
  assert.deepEqual(hintsFor('offers', { Description: 'x', descripton: 'y', katgorie: 'z', regstration: 'none' }), [
    ['Description', 'spelling', 'description', undefined],
    ['descripton', 'typo', 'description', undefined],
    ['katgorie', 'typo', 'category', undefined],
    ['regstration', 'typo', 'registration', undefined],
  ]);
  // Short names are not guessed at: "urx" is one edit from "url", but also from much else.
  assert.deepEqual(hintsFor('offers', { urx: 2 }), [['urx', 'unknown', undefined, undefined]]);
});

test('a field at the wrong level points to where it belongs, down or up', () => {
  assert.deepEqual(hintsFor('places', { street: 'Seeweg 1', plz: '00000', lat: 52, lng: 10 }), [
    ['street', 'wrong-level', 'address.street', undefined],
    ['plz', 'wrong-level', 'address.postalCode', undefined],
    ['lat', 'wrong-level', 'geo.lat', undefined],
    ['lng', 'wrong-level', 'geo.lng', undefined],
  ]);
  assert.deepEqual(hintsFor('places', { address: { street: 'Seeweg 1', lat: 52, Strasse: 'x' } }), [
    ['address.lat', 'wrong-level', 'geo.lat', undefined],
    ['address.Strasse', 'alias', 'address.street', undefined],
  ]);
  assert.deepEqual(hintsFor('projects', { quarter: { lat: 1 } }), [['quarter.lat', 'wrong-level', 'quarter.center.lat', undefined]]);
});

test('Träger on a project: partners with role lead; items of lists are checked too', () => {
  assert.deepEqual(hintsFor('projects', { träger: 'a', Traeger: 'b', netzwerk: [], kontakt: [] }), [
    ['träger', 'alias', 'partners', 'role=lead'],
    ['Traeger', 'alias', 'partners', 'role=lead'],
    ['netzwerk', 'alias', 'partners', 'role=network'],
    ['kontakt', 'alias', 'contacts', undefined],
  ]);
  assert.deepEqual(
    hintsFor('projects', { contacts: [{ name: 'A' }, { telefon: '1', mail: 'a@b.de' }], partners: [{ organization: 'a', role: 'lead', rolle: 'x' }] }),
    [
      ['contacts[1].telefon', 'alias', 'contacts.1.phone', undefined],
      ['contacts[1].mail', 'alias', 'contacts.1.email', undefined],
      ['partners[0].rolle', 'alias', 'partners.0.role', undefined],
    ],
  );
  assert.deepEqual(hintsFor('offers', { träger: 'a' }), [['träger', 'alias', 'provider', undefined]]);
});

test('the root: record lists and the publisher by their German names', () => {
  const hints = findFieldHints({ version: '1', Angebote: [], orte: [], herausgeber: {}, email: 'a@b.de', publisher: { Name: 'x' } });
  assert.deepEqual(
    hints.map((h) => [h.list, h.field, h.code, h.suggestion.join('.')]),
    [
      ['feed', 'Angebote', 'alias', 'offers'],
      ['feed', 'orte', 'alias', 'places'],
      ['feed', 'herausgeber', 'alias', 'publisher'],
      ['feed', 'email', 'wrong-level', 'publisher.email'],
      ['feed', 'publisher.Name', 'spelling', 'publisher.name'],
    ],
  );
  assert.deepEqual(hints[0].path, ['Angebote']);
});

test('known fields, texts in other languages, GeoJSON and unsafe keys give no hints; paths and records are right', () => {
  const json = JSON.parse(
    '{"version":"1","projects":[{"id":"p","name":{"de":"P","tr":"P","xx-yy":"?"},"quarter":{"area":{"type":"Polygon","coordinates":[],"extra":1}},"__proto__":{},"descripton":"d"}]}',
  );
  const hints = findFieldHints(json);
  assert.equal(hints.length, 1);
  assert.deepEqual(hints[0], {
    code: 'typo',
    path: ['projects', 0, 'descripton'],
    key: 'descripton',
    list: 'projects',
    record: 'p',
    field: 'descripton',
    suggestion: ['description'],
  });
  assert.deepEqual(findFieldHints(null), []);
  assert.deepEqual(findFieldHints([{ adresse: 1 }]), []);
  assert.deepEqual(
    findFieldHints({ version: '1', places: ['x', null, { adresse: {} }] }).map((h) => h.path),
    [['places', 2, 'adresse']],
  );
});
