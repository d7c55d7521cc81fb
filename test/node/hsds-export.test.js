// HSDS 3.0 export: every object the two sample feeds (and a generated feed)
// export is accepted by the official Open Referral schemas in
// ../shared/interop/hsds-3.0/schema/ (ajv, non-strict, as the schemas carry
// HSDS's own keywords); ids are UUIDv5 and the same on every run; schedules
// carry the format's rules as RRULE fields. And the DCAT-AP.de export of
// the sample catalogue has the shape DCAT-AP.de asks for. Build first (lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { validateFeed } from '../../lib/feed/validate.js';
import { exportHsds, HSDS_TABLES } from '../../lib/interop/hsds-export.js';
import { catalogToDcat } from '../../lib/interop/dcat.js';
import { readCatalog } from '../../lib/harvest/catalog.js';
import { generateFeed } from '../../scripts/lib/generate-feed.js';
import { ROOT } from './lib/run-cli.js';
import { hsdsOfficial } from './lib/hsds-official.js';

const SHARED = hsdsOfficial('schema');
const schema = (name) => JSON.parse(readFileSync(join(SHARED, name), 'utf8'));

const ajv = new Ajv({
  strict: false,
  allErrors: true,
  formats: {
    uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    uri: (v) => URL.canParse(v),
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    'date-time': (v) => !Number.isNaN(Date.parse(v)),
  },
});
ajv.addSchema(schema('service_with_definitions.json'), 'defs');
/** The official schema for each exported table: the compiled top-level ones where HSDS has them, else its definitions. */
const validators = {
  organizations: ajv.compile(schema('organization.json')),
  services: ajv.compile(schema('service.json')),
  service_at_locations: ajv.compile(schema('service_at_location.json')),
  programs: ajv.getSchema('defs#/definitions/program'),
  locations: ajv.getSchema('defs#/definitions/location'),
  addresses: ajv.getSchema('defs#/definitions/address'),
  accessibility: ajv.getSchema('defs#/definitions/accessibility'),
  schedules: ajv.getSchema('defs#/definitions/schedule'),
  contacts: ajv.getSchema('defs#/definitions/contact'),
  phones: ajv.getSchema('defs#/definitions/phone'),
  languages: ajv.getSchema('defs#/definitions/language'),
  funding: ajv.getSchema('defs#/definitions/funding'),
  taxonomies: ajv.getSchema('defs#/definitions/taxonomy'),
  taxonomy_terms: ajv.getSchema('defs#/definitions/taxonomy_term'),
  attributes: ajv.getSchema('defs#/definitions/attribute'),
};

function assertValid(tables) {
  let count = 0;
  for (const table of HSDS_TABLES) {
    for (const record of tables[table]) {
      const validate = validators[table];
      assert.ok(validate(record), `${table} ${JSON.stringify(record)}: ${ajv.errorsText(validate.errors)}`);
      count++;
    }
  }
  return count;
}

const sample = (name) => validateFeed(JSON.parse(readFileSync(join(ROOT, 'data', name), 'utf8'))).feed;

test('a schema that cannot fail is no check: the validators refuse a service without status and a bad uuid', () => {
  assert.equal(validators.services({ id: 'e5f0f5b1-6f0f-4b8e-9d8a-2b0d1e0f0a01', name: 'x' }), false);
  assert.equal(validators.schedules({ id: 'nicht-uuid' }), false);
  assert.equal(validators.schedules({ id: 'e5f0f5b1-6f0f-4b8e-9d8a-2b0d1e0f0a01', freq: 'DAILY' }), false);
});

for (const name of ['seesen-lena.json', 'salzgitter-obere-berliner-strasse.json']) {
  test(`${name}: every exported HSDS object is accepted by the official schemas, and the export is stable`, () => {
    const feed = sample(name);
    const { tables, warnings } = exportHsds(feed);
    const count = assertValid(tables);
    assert.equal(tables.organizations.length, feed.organizations.length);
    assert.equal(tables.services.length, feed.offers.length);
    assert.equal(tables.programs.length, feed.projects.length);
    assert.ok(count > feed.organizations.length);
    assert.ok(
      warnings.some((w) => /program/.test(w)),
      'what HSDS lacks is said',
    );
    assert.deepEqual(exportHsds(feed).tables, tables, 'same ids on every run');
  });
}

test('a generated feed with schedules: rules as RRULE fields (freq, byday, wkst, opens_at/closes_at) and in German words', () => {
  const feed = validateFeed(generateFeed({ offers: 300, places: 60 })).feed;
  const { tables } = exportHsds(feed);
  assertValid(tables);
  const withRule = tables.schedules.find((s) => s.freq);
  assert.ok(withRule, 'a schedule with a rule');
  assert.match(withRule.byday, /^(?:-?\d)?(?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:-?\d)?(?:MO|TU|WE|TH|FR|SA|SU))*$/);
  assert.equal(withRule.wkst, 'MO');
  assert.match(withRule.description, /Uhr|tag/);
  const ids = HSDS_TABLES.flatMap((t) => tables[t].map((r) => r.id));
  assert.equal(new Set(ids).size, ids.length, 'ids unique across tables');
  // Each offer's category and each record's feed id, through the kit's taxonomy.
  const terms = new Map(tables.taxonomy_terms.map((t) => [t.id, t.code]));
  const categoryOf = (service) =>
    tables.attributes
      .filter((a) => a.link_id === service.id)
      .map((a) => terms.get(a.taxonomy_term_id))
      .find((c) => c !== 'id');
  assert.equal(categoryOf(tables.services[0]), `category:${feed.offers[0].category}`);
  assert.equal(tables.attributes.find((a) => a.link_id === tables.services[0].id && terms.get(a.taxonomy_term_id) === 'id').value, feed.offers[0].id);
  assert.ok(tables.taxonomy_terms.every((t) => t.taxonomy_id === tables.taxonomies[0].id));
});

test('DCAT-AP.de: the sample catalogue as a dcat:Catalog whose datasets are the feeds, with publisher, licence, contact point and distribution', () => {
  const { catalog } = readCatalog(JSON.parse(readFileSync(join(ROOT, 'data/beispiel-katalog.json'), 'utf8')));
  const { jsonld, warnings } = catalogToDcat(catalog, catalog.url, {
    'seesen-lena': { id: 'seesen-lena', url: 'x', checked: '2026-01-02T00:00:00Z', changed: '2026-01-01T00:00:00Z', outcome: 'unchanged' },
  });
  assert.equal(jsonld['@type'], 'dcat:Catalog');
  for (const key of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset']) assert.ok(jsonld[key], key);
  assert.equal(jsonld['dcat:dataset'].length, 2);
  for (const d of jsonld['dcat:dataset']) {
    assert.equal(d['@type'], 'dcat:Dataset');
    for (const key of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:contactPoint', 'dcat:distribution']) assert.ok(d[key], `${d['@id']} ${key}`);
    const [dist] = d['dcat:distribution'];
    assert.equal(dist['dct:license']['@id'], 'http://dcat-ap.de/def/licenses/cc-by/4.0');
    assert.match(dist['dcat:accessURL']['@id'], /^https:\/\//);
    assert.match(d['dcat:contactPoint']['vcard:hasEmail']['@id'], /^mailto:/);
    // Every prefixed term's prefix is declared in the context.
    for (const key of Object.keys(d).filter((k) => k.includes(':'))) assert.ok(jsonld['@context'][key.split(':')[0]], key);
  }
  assert.equal(jsonld['dcat:dataset'][0]['dct:modified'], '2026-01-01T00:00:00Z');
  assert.ok(
    warnings.some((w) => /contributorId/.test(w)),
    'the missing GovData id is said',
  );
  const unknown = catalogToDcat({ ...catalog, license: 'Eigene Lizenz' }, catalog.url);
  assert.ok(unknown.warnings.some((w) => /no dcat-ap.de term/.test(w)));
});
