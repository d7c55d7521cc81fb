// What the feed editor does to a feed, without a browser (src/authoring/, from
// lib/): ids made from names, every reference to a record found from the
// format's description, Texts changed one language at a time, and records
// swapped as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { slugFromName, uniqueSlug } = await import('../../lib/authoring/slug.js');
const { allReferences, referencesTo } = await import('../../lib/authoring/references.js');
const { textIn, textLanguages, withText } = await import('../../lib/authoring/text-value.js');
const { editFeedText, swapListItems } = await import('../../lib/authoring/feed-text.js');
const { checkSlug } = await import('../../lib/feed/checks.js');

const salzgitter = readFileSync(new URL('../../data/salzgitter-obere-berliner-strasse.json', import.meta.url), 'utf8');
const seesen = readFileSync(new URL('../../data/seesen-lena.json', import.meta.url), 'utf8');

test('ids from names: umlauts written out, accents dropped, always a valid id', () => {
  assert.equal(slugFromName('Koordinationsstelle Berliner Straße 92', 'ort'), 'koordinationsstelle-berliner-strasse-92');
  assert.equal(slugFromName('Begegnungsstätte START.Punkt', 'ort'), 'begegnungsstaette-start-punkt');
  assert.equal(slugFromName('  Çay & Sohbet – Kadınlar buluşması ', 'angebot'), 'cay-sohbet-kadinlar-bulusmasi');
  assert.equal(slugFromName('Café Übersee', 'ort'), 'cafe-uebersee');
  assert.equal(slugFromName('مقهى الحي', 'ort'), 'ort');
  assert.equal(slugFromName('', 'projekt'), 'projekt');
  const long = slugFromName('Ein sehr langer Name für einen Ort, der viel zu lang ist für eine Kennung in einer Adresse', 'ort');
  assert.ok(long.length <= 60 && checkSlug(long) === long, long);
  for (const name of ['--a--', 'Ä', '1. Mai', 'x'.repeat(200), '\u0301e']) assert.equal(checkSlug(slugFromName(name, 'f')), slugFromName(name, 'f'), name);
});

test('unique ids', () => {
  assert.equal(uniqueSlug('treff', new Set()), 'treff');
  assert.equal(uniqueSlug('treff', new Set(['treff', 'treff-2'])), 'treff-3');
});

test('every reference in a sample feed, from the description', () => {
  const feed = JSON.parse(salzgitter);
  const refs = allReferences(feed);
  const partners = refs.filter((r) => r.path[2] === 'partners');
  assert.equal(partners.length, feed.projects[0].partners.length);
  assert.ok(partners.every((r) => r.target === 'organizations' && r.path[4] === 'organization'));
  const places = refs.filter((r) => r.target === 'places');
  assert.deepEqual(
    places.map((r) => r.path.join('.')),
    feed.offers.map((o, i) => (o.place ? `offers.${i}.place` : null)).filter(Boolean),
  );
  // References to projects from places and offers, and to organisations from contacts, quotes, funding and providers.
  const seesenRefs = allReferences(JSON.parse(seesen));
  assert.ok(seesenRefs.some((r) => r.path[0] === 'offers' && r.path[2] === 'provider'));
  assert.ok(seesenRefs.some((r) => r.target === 'projects'));
  const first = feed.places[0].id;
  assert.ok(referencesTo(feed, 'places', first).every((r) => r.id === first && r.target === 'places'));
  assert.deepEqual(allReferences([]), []);
  assert.deepEqual(allReferences({ offers: [null, 3, { place: 7 }] }), []);
});

test('a Text one language at a time, keeping its form', () => {
  assert.deepEqual(textLanguages('Treff', 'de'), ['de']);
  assert.deepEqual(textLanguages({ tr: 'Buluşma', de: 'Treff' }, 'de'), ['de', 'tr']);
  assert.equal(textIn('Treff', 'tr', 'de'), '');
  assert.equal(withText('Treff', 'de', 'Frauentreff', 'de'), 'Frauentreff');
  const both = withText('Frauentreff', 'tr', 'Kadınlar buluşması', 'de');
  assert.deepEqual(both, { de: 'Frauentreff', tr: 'Kadınlar buluşması' });
  assert.equal(withText(both, 'tr', '', 'de'), 'Frauentreff');
  assert.deepEqual(withText({ de: 'Treff' }, 'de', 'Neu', 'de'), { de: 'Neu' });
  assert.equal(withText('Treff', 'de', '', 'de'), undefined);
  assert.equal(withText(undefined, 'de', 'Neu', 'de'), 'Neu');
  assert.deepEqual(withText(undefined, 'tr', 'Yeni', 'de'), { tr: 'Yeni' });
  const polluted = withText({}, '__proto__', 'x', 'de');
  assert.equal({}.x, undefined);
  assert.ok(Object.hasOwn(polluted, '__proto__'));
});

test('swapping two records keeps each one’s bytes', () => {
  const swapped = swapListItems(salzgitter, ['places'], 0, 1);
  const before = JSON.parse(salzgitter).places;
  const after = JSON.parse(swapped).places;
  assert.deepEqual(after, [before[1], before[0], ...before.slice(2)]);
  assert.equal(swapped.length, salzgitter.length);
  assert.equal(swapListItems(swapped, ['places'], 1, 0), salzgitter);
  assert.equal(swapListItems(salzgitter, ['places'], 0, 99), salzgitter);
});

test('a record added at the end of a list, and a list added where the description puts it', () => {
  const count = JSON.parse(seesen).places.length;
  const added = editFeedText(seesen, ['places', count], { name: 'Neu', id: 'neu' }, { insert: true });
  assert.deepEqual(JSON.parse(added).places.at(-1), { id: 'neu', name: 'Neu' });
  const bare = '{\n  "version": "1",\n  "projects": []\n}\n';
  const withPlaces = editFeedText(bare, ['places'], [{ id: 'a', name: 'A' }]);
  assert.deepEqual(Object.keys(JSON.parse(withPlaces)), ['version', 'projects', 'places']);
});
