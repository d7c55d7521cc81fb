// schema.org JSON-LD (src/feed/schema-org.ts, what the elements write with
// `structured-data`) checked against the rules as data (src/feed/
// schema-org-rules.ts: schema.org's type definitions, Google's required and
// recommended properties): for both sample feeds, whole and per project, in
// three languages, and for generated feeds, no error, and every recommended
// property left out has its reason in the feed (the feed has no such value).
// Build first (lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateFeed } from '../../lib/feed/validate.js';
import { schemaOrgGraph } from '../../lib/feed/schema-org.js';
import { checkSchemaOrg } from '../../lib/feed/schema-org-check.js';
import { SCHEMA_ORG_RULES } from '../../lib/feed/schema-org-rules.js';
import { generateFeed } from '../../scripts/lib/generate-feed.js';
import { ROOT } from './lib/run-cli.js';

const graphOf = (nodes) => ({ '@context': 'https://schema.org', '@graph': nodes });
const messages = (jsonld) => checkSchemaOrg(jsonld).errors.map((e) => e.message);

test('a check that cannot fail is no check: each kind of error is found', () => {
  const org = { '@type': 'NGO', '@id': '#o', name: 'Träger' };
  assert.deepEqual(messages(graphOf([org])), []);
  assert.deepEqual(messages(graphOf([{ '@type': 'Service', '@id': '#s', name: 'Treff', isAccessibleForFree: true }])), [
    'Service has no property isAccessibleForFree in schema.org',
  ]);
  assert.deepEqual(messages(graphOf([{ '@type': 'Service', '@id': '#s', name: 'Treff', availableLanguage: ['de'] }])), [
    'Service has no property availableLanguage in schema.org',
  ]);
  assert.deepEqual(messages(graphOf([{ '@type': 'Place', '@id': '#p' }])), ['Place requires name']);
  assert.deepEqual(messages(graphOf([{ '@type': 'Widget', name: 'x' }])), ['unknown or missing @type "Widget"']);
  assert.deepEqual(messages(graphOf([{ '@type': 'Service', '@id': '#s', name: 'x', provider: { '@id': '#fehlt' } }])), [
    'refers to #fehlt, which is not in the graph',
  ]);
  assert.deepEqual(
    messages(
      graphOf([
        { '@type': 'Place', '@id': '#p', name: 'Ort' },
        { '@type': 'Service', '@id': '#s', name: 'x', provider: { '@id': '#p' } },
      ]),
    ),
    ['refers to a Place, expected Organization'],
  );
  const hours = { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Dienstag'], opens: '10 Uhr' };
  assert.deepEqual(messages(graphOf([{ '@type': 'Service', '@id': '#s', name: 'x', hoursAvailable: [hours] }])), [
    'OpeningHoursSpecification requires closes',
    'not a time (hh:mm[:ss]): "10 Uhr"',
    'not a schema.org DayOfWeek: ["Dienstag"]',
  ]);
  assert.deepEqual(messages(graphOf([{ ...org, url: 'javascript:alert(1)', foundingDate: 'seit 2012' }])), [
    'not an http(s) URL: "javascript:alert(1)"',
    'not an ISO 8601 date: "seit 2012"',
  ]);
  assert.deepEqual(
    checkSchemaOrg(graphOf([org])).missing.map((m) => m.property),
    ['url', 'logo', 'description', 'address', 'email', 'telephone'],
  );
});

test('every rule with required or recommended properties names its source; every supertype is in the table', () => {
  for (const [type, rule] of Object.entries(SCHEMA_ORG_RULES)) {
    if (rule.required?.length || rule.recommended?.length) assert.match(rule.source ?? '', /schema\.org|developers\.google\.com|^kit/, type);
    if (rule.parent) assert.ok(SCHEMA_ORG_RULES[rule.parent], `${type}'s parent ${rule.parent}`);
  }
});

/** Why a node may lack a recommended property: the feed has nothing to fill it with. */
function reasonFor(feed, { type, id, property }) {
  const [, kind, key, nested] = /^#quartier-(\w+)-(.+?)(?: (\w+))?$/.exec(id) ?? [];
  const record = {
    org: () => feed.organizations.find((o) => o.id === key),
    place: () => feed.places.find((p) => p.id === key),
    offer: () => feed.offers.find((o) => o.id === key),
    project: () => feed.projects.find((p) => p.id === key),
  }[kind]?.();
  assert.ok(record, `${id} is a record of the feed`);
  if (type === 'PostalAddress') {
    const field = { streetAddress: 'street', postalCode: 'postalCode', addressLocality: 'locality', addressCountry: 'country' }[property];
    return nested === 'address' && record.address?.[field] === undefined;
  }
  // The project's quarter (areaServed): an area has no address in the format; its centre only when measured.
  if (kind === 'project' && nested === 'areaServed') return property === 'address' || !record.quarter.center || record.quarter.center.approximate === true;
  if (kind === 'org') return record[{ telephone: 'phone' }[property] ?? property] === undefined;
  if (kind === 'place') return property === 'geo' ? !record.geo || record.geo.approximate === true : record[property] === undefined;
  if (kind === 'offer') {
    if (property === 'areaServed') return record.place === undefined;
    if (property === 'serviceType') return record.category === undefined;
    if (property === 'provider') return record.provider === undefined;
    if (property === 'hoursAvailable') return !(record.schedule?.rules ?? []).some((r) => r.freq === 'weekly' && r.opens);
    return record[property] === undefined;
  }
  if (property === 'description') return !record.summary && !record.description;
  if (property === 'url') return record.links.length === 0;
  if (property === 'areaServed') return !record.quarter?.name;
  if (property === 'member') return record.partners.length === 0;
  return false;
}

function assertChecked(feed, project, lang, label) {
  const { errors, missing } = checkSchemaOrg(schemaOrgGraph(feed, project, lang));
  assert.deepEqual(errors, [], `${label}: no errors`);
  for (const m of missing) assert.ok(reasonFor(feed, m), `${label}: ${m.type} ${m.id} lacks recommended ${m.property} although the feed has it`);
  return missing.length;
}

const sample = (name) => validateFeed(JSON.parse(readFileSync(join(ROOT, 'data', name), 'utf8'))).feed;

for (const name of ['seesen-lena.json', 'salzgitter-obere-berliner-strasse.json']) {
  test(`${name}: the whole feed's and each project's JSON-LD pass, in de, en and ar; what is left out has no value in the feed`, () => {
    const feed = sample(name);
    for (const lang of ['de', 'en', 'ar']) {
      assertChecked(feed, undefined, lang, `${name} ${lang}`);
      for (const project of feed.projects) assertChecked(feed, project, lang, `${name} ${project.id} ${lang}`);
    }
  });
}

test('generated feeds (three seeds, up to 500 offers): pass, with languages on the service channel and free as an offer at 0 €', () => {
  for (const [seed, offers] of [
    [1, 60],
    [2, 200],
    [3, 500],
  ]) {
    const feed = validateFeed(generateFeed({ offers, seed })).feed;
    assertChecked(feed, undefined, 'de', `seed ${seed}`);
    const service = schemaOrgGraph(feed, undefined, 'de')['@graph'].find((n) => n['@type'] === 'Service');
    assert.deepEqual(service.availableChannel, { '@type': 'ServiceChannel', availableLanguage: feed.offers[0].languages });
    assert.deepEqual(service.offers, { '@type': 'Offer', price: 0, priceCurrency: 'EUR' });
    assert.equal(service.hoursAvailable[0]['@type'], 'OpeningHoursSpecification');
  }
});
