// Checks data/quartier-feed.schema.json: it compiles in Ajv's strict mode, it
// accepts a minimal feed and unknown fields, it rejects each kind of fault the
// specification names, it documents every property, and every feed in data/
// passes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const schemaFile = 'quartier-feed.schema.json';
const schema = JSON.parse(readFileSync(join(dataDir, schemaFile), 'utf8'));

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(schema);
}

const validate = compile();

/** A small valid feed; each fault test changes one thing in a fresh copy. */
function minimalFeed() {
  return {
    $schema: './quartier-feed.schema.json',
    version: '1',
    language: 'de',
    projects: [
      {
        id: 'lena-seesen',
        name: 'Kooperationsgemeinschaft – Lebendige Nachbarschaft',
        shortName: 'LeNa',
        municipality: { name: 'Seesen', population: 11250, populationApproximate: true },
        quarter: {
          name: 'Quartier rund um die Hochstraße',
          residents: 2000,
          residentsApproximate: true,
          housingUnits: 480,
          center: { lat: 51.891, lng: 10.178 },
          radiusMeters: 1000,
          area: {
            type: 'Polygon',
            coordinates: [
              [
                [10.17, 51.88],
                [10.19, 51.88],
                [10.19, 51.9],
                [10.17, 51.88],
              ],
            ],
          },
        },
        facts: [{ label: 'Arbeitslosenquote', value: 7, unit: '%', approximate: true, year: 2021 }],
        goals: [{ de: 'Verbesserung der Lebensbedingungen im Quartier', en: 'Better living conditions' }],
        fieldsOfAction: ['image', 'social', 'housing'],
        partners: [{ organization: 'wiederaufbau', role: 'lead', contribution: 'Mietfreie Räume' }],
        contacts: [{ name: 'G. Kaluza', role: 'Projektleitung', organization: 'wiederaufbau', phone: '05381 12345' }],
        funding: [{ funder: 'wiederaufbau', amount: { value: 3000, currency: 'EUR', per: 'year' } }],
        period: { start: '2012', end: '2021-12-31' },
        links: [{ url: 'https://www.example.org/akit', label: 'AKIT' }],
        sources: [{ title: 'Projektdatenbank', date: '2021-01' }],
        reviewed: '2026-03-01',
        machineTranslated: ['en'],
      },
    ],
    organizations: [{ id: 'wiederaufbau', name: 'Baugenossenschaft ›Wiederaufbau‹ eG', type: 'housing', email: 'info@example.org' }],
    places: [{ id: 'treff-hochstrasse', name: 'Nachbarschaftstreff', geo: { lat: 51.89, lng: 10.18 }, accessibility: { wheelchair: 'limited' } }],
    offers: [
      {
        id: 'frauentreff',
        name: { de: 'Frauentreff', en: "Women's meeting" },
        category: 'meeting',
        languages: ['de', 'ar'],
        schedule: { rules: [{ freq: 'monthly', byDay: ['TU'], bySetPos: 1, opens: '10:00', closes: '12:00' }] },
        dates: [{ start: '2026-06-20T15:00', end: '2026-06-20T18:00' }],
        registration: 'none',
        status: 'active',
        cost: 'free',
      },
    ],
  };
}

function errorsOf(feed) {
  return validate(feed) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
}

test('the schema compiles in strict mode', () => {
  assert.equal(typeof compile(), 'function');
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'urn:quartier-widgets:feed:1');
});

test('a minimal valid feed passes', () => {
  assert.deepEqual(errorsOf(minimalFeed()), []);
  assert.deepEqual(errorsOf({ version: '1', projects: [{ id: 'a', name: 'A' }] }), []);
  assert.deepEqual(errorsOf({ version: '1.2', offers: [{ id: 'a', name: { ar: 'ب' } }] }), []);
});

test('unknown fields are accepted everywhere (forward compatibility)', () => {
  const feed = minimalFeed();
  feed.futureRootField = { anything: true };
  feed.projects[0].newField = 42;
  feed.projects[0].quarter.newField = 'x';
  feed.projects[0].partners[0].since = 2013;
  feed.organizations[0].address = { street: 'Hochstraße 1', country: 'DE' };
  feed.offers[0].schedule.rules[0].interval = 2;
  feed.offers[0].newField = [1, 2, 3];
  assert.deepEqual(errorsOf(feed), []);
});

/** [title, change to a fresh minimal feed, instance path the error must name]. */
const faults = [
  [
    'javascript: URL',
    (f) => {
      f.projects[0].links[0].url = 'javascript:alert(1)';
    },
    '/projects/0/links/0/url',
  ],
  [
    'relative URL',
    (f) => {
      f.projects[0].links[0].url = '/akit.html';
    },
    '/projects/0/links/0/url',
  ],
  [
    'data: URL as image',
    (f) => {
      f.projects[0].images = [{ url: 'data:image/png;base64,AAAA' }];
    },
    '/projects/0/images/0/url',
  ],
  [
    'URL without host',
    (f) => {
      f.offers[0].url = 'https://';
    },
    '/offers/0/url',
  ],
  [
    'id with capitals',
    (f) => {
      f.projects[0].id = 'LeNa-Seesen';
    },
    '/projects/0/id',
  ],
  [
    'id with a space',
    (f) => {
      f.organizations[0].id = 'tag wohnen';
    },
    '/organizations/0/id',
  ],
  [
    'reference that is not a slug',
    (f) => {
      f.projects[0].partners[0].organization = 'Wiederaufbau eG';
    },
    '/projects/0/partners/0/organization',
  ],
  [
    'latitude 200',
    (f) => {
      f.places[0].geo.lat = 200;
    },
    '/places/0/geo/lat',
  ],
  [
    'longitude -181',
    (f) => {
      f.projects[0].quarter.center.lng = -181;
    },
    '/projects/0/quarter/center/lng',
  ],
  [
    'latitude as a string',
    (f) => {
      f.places[0].geo.lat = '51.89';
    },
    '/places/0/geo/lat',
  ],
  [
    'German date "31.12.2021"',
    (f) => {
      f.projects[0].period.end = '31.12.2021';
    },
    '/projects/0/period/end',
  ],
  [
    'impossible date 2021-02-30',
    (f) => {
      f.projects[0].reviewed = '2021-02-30';
    },
    '/projects/0/reviewed',
  ],
  [
    'month 13',
    (f) => {
      f.projects[0].sources[0].date = '2021-13';
    },
    '/projects/0/sources/0/date',
  ],
  [
    'updated as a German date-time',
    (f) => {
      f.updated = '01.03.2026 09:30';
    },
    '/updated',
  ],
  [
    'one-off date at 25:00',
    (f) => {
      f.offers[0].dates[0].start = '2026-06-20T25:00';
    },
    '/offers/0/dates/0/start',
  ],
  [
    'unknown fieldOfAction code',
    (f) => {
      f.projects[0].fieldsOfAction.push('sports');
    },
    '/projects/0/fieldsOfAction/3',
  ],
  [
    'unknown partner role',
    (f) => {
      f.projects[0].partners[0].role = 'sponsor';
    },
    '/projects/0/partners/0/role',
  ],
  [
    'unknown offer category',
    (f) => {
      f.offers[0].category = 'cooking';
    },
    '/offers/0/category',
  ],
  [
    'unknown organization type',
    (f) => {
      f.organizations[0].type = 'ngo';
    },
    '/organizations/0/type',
  ],
  [
    'unknown wheelchair value',
    (f) => {
      f.places[0].accessibility.wheelchair = 'partly';
    },
    '/places/0/accessibility/wheelchair',
  ],
  [
    'unknown registration',
    (f) => {
      f.offers[0].registration = 'maybe';
    },
    '/offers/0/registration',
  ],
  [
    'unknown status',
    (f) => {
      f.offers[0].status = 'closed';
    },
    '/offers/0/status',
  ],
  [
    'unknown weekday',
    (f) => {
      f.offers[0].schedule.rules[0].byDay = ['Di'];
    },
    '/offers/0/schedule/rules/0/byDay/0',
  ],
  [
    'unknown freq',
    (f) => {
      f.offers[0].schedule.rules[0].freq = 'daily';
    },
    '/offers/0/schedule/rules/0/freq',
  ],
  [
    'unknown amount period',
    (f) => {
      f.projects[0].funding[0].amount.per = 'week';
    },
    '/projects/0/funding/0/amount/per',
  ],
  [
    'version "2"',
    (f) => {
      f.version = '2';
    },
    '/version',
  ],
  [
    'version as the number 1',
    (f) => {
      f.version = 1;
    },
    '/version',
  ],
  [
    'no version',
    (f) => {
      delete f.version;
    },
    '',
  ],
  [
    'no list at all',
    (f) => {
      delete f.projects;
      delete f.organizations;
      delete f.places;
      delete f.offers;
    },
    '',
  ],
  [
    'only empty lists',
    (f) => {
      f.projects = [];
      f.organizations = [];
      f.places = [];
      f.offers = [];
    },
    '',
  ],
  [
    'bySetPos 0',
    (f) => {
      f.offers[0].schedule.rules[0].bySetPos = 0;
    },
    '/offers/0/schedule/rules/0/bySetPos',
  ],
  [
    'bySetPos 6',
    (f) => {
      f.offers[0].schedule.rules[0].bySetPos = 6;
    },
    '/offers/0/schedule/rules/0/bySetPos',
  ],
  [
    'bySetPos 1.5',
    (f) => {
      f.offers[0].schedule.rules[0].bySetPos = 1.5;
    },
    '/offers/0/schedule/rules/0/bySetPos',
  ],
  [
    'bySetPos on a weekly rule',
    (f) => {
      f.offers[0].schedule.rules[0].freq = 'weekly';
    },
    '/offers/0/schedule/rules/0/freq',
  ],
  [
    'opens "25:00"',
    (f) => {
      f.offers[0].schedule.rules[0].opens = '25:00';
    },
    '/offers/0/schedule/rules/0/opens',
  ],
  [
    'closes "12 Uhr"',
    (f) => {
      f.offers[0].schedule.rules[0].closes = '12 Uhr';
    },
    '/offers/0/schedule/rules/0/closes',
  ],
  [
    'empty Text object',
    (f) => {
      f.projects[0].summary = {};
    },
    '/projects/0/summary',
  ],
  [
    'empty string Text',
    (f) => {
      f.projects[0].summary = '';
    },
    '/projects/0/summary',
  ],
  [
    'Text translation that is empty',
    (f) => {
      f.offers[0].name.en = '';
    },
    '/offers/0/name',
  ],
  [
    'Text keyed by a non-language',
    (f) => {
      f.offers[0].name = { German: 'Frauentreff' };
    },
    '/offers/0/name',
  ],
  [
    'Text as a number',
    (f) => {
      f.projects[0].goals.push(3);
    },
    '/projects/0/goals/1',
  ],
  [
    'missing project name',
    (f) => {
      delete f.projects[0].name;
    },
    '/projects/0',
  ],
  [
    'missing offer id',
    (f) => {
      delete f.offers[0].id;
    },
    '/offers/0',
  ],
  [
    'missing link url',
    (f) => {
      delete f.projects[0].links[0].url;
    },
    '/projects/0/links/0',
  ],
  [
    'currency "euro"',
    (f) => {
      f.projects[0].funding[0].amount.currency = 'euro';
    },
    '/projects/0/funding/0/amount/currency',
  ],
  [
    'negative amount',
    (f) => {
      f.projects[0].funding[0].amount.value = -3000;
    },
    '/projects/0/funding/0/amount/value',
  ],
  [
    'amount "3.000 Euro" as a string',
    (f) => {
      f.projects[0].funding[0].amount.value = '3.000 Euro';
    },
    '/projects/0/funding/0/amount/value',
  ],
  [
    'mailto: e-mail',
    (f) => {
      f.organizations[0].email = 'mailto:info@example.org';
    },
    '/organizations/0/email',
  ],
  [
    'e-mail without @',
    (f) => {
      f.organizations[0].email = 'info(at)example.org';
    },
    '/organizations/0/email',
  ],
  [
    'phone with letters',
    (f) => {
      f.projects[0].contacts[0].phone = 'tel:05381-12345';
    },
    '/projects/0/contacts/0/phone',
  ],
  [
    'residents -1',
    (f) => {
      f.projects[0].quarter.residents = -1;
    },
    '/projects/0/quarter/residents',
  ],
  [
    'radius 0',
    (f) => {
      f.projects[0].quarter.radiusMeters = 0;
    },
    '/projects/0/quarter/radiusMeters',
  ],
  [
    'area that is not a Polygon',
    (f) => {
      f.projects[0].quarter.area.type = 'MultiPolygon';
    },
    '/projects/0/quarter/area/type',
  ],
  [
    'area ring with 3 positions',
    (f) => {
      f.projects[0].quarter.area.coordinates[0].pop();
    },
    '/projects/0/quarter/area/coordinates/0',
  ],
  [
    'area position [lat, lng] out of range',
    (f) => {
      f.projects[0].quarter.area.coordinates[0][0] = [10.17, 95];
    },
    '/projects/0/quarter/area/coordinates/0/0/1',
  ],
  [
    'language tag "deutsch_DE"',
    (f) => {
      f.offers[0].languages.push('deutsch_DE');
    },
    '/offers/0/languages/2',
  ],
  [
    'machineTranslated as a string',
    (f) => {
      f.projects[0].machineTranslated = 'en';
    },
    '/projects/0/machineTranslated',
  ],
  [
    'fieldsOfAction repeated',
    (f) => {
      f.projects[0].fieldsOfAction.push('image');
    },
    '/projects/0/fieldsOfAction',
  ],
  [
    'a list given as an object',
    (f) => {
      f.projects[0].goals = { de: 'Ziel' };
    },
    '/projects/0/goals',
  ],
];

for (const [title, change, path] of faults) {
  test(`rejects: ${title}`, () => {
    const feed = minimalFeed();
    change(feed);
    const errors = errorsOf(feed);
    assert.ok(errors.length > 0, 'the schema accepted the fault');
    assert.ok(
      validate.errors.some((e) => e.instancePath === path),
      `no error at ${JSON.stringify(path)}; got:\n${errors.join('\n')}`,
    );
  });
}

test('accepts the allowed variants of values', () => {
  const feed = minimalFeed();
  feed.updated = '2026-03-01T09:30:00+01:00';
  feed.projects[0].links.push({ url: 'HTTP://example.org' }, { url: 'https://example.org/a?b=c#d' });
  feed.projects[0].facts.push({ label: 'Mieterstruktur', value: { de: '1/4 Transferleistungen' } });
  feed.projects[0].reviewed = '2024-02-29';
  feed.projects[0].contacts[0].phone = '+49 (0) 5341/839-0';
  feed.offers[0].cost = { de: '2 Euro pro Treffen' };
  feed.offers[0].schedule.rules.push({ freq: 'weekly', byDay: ['MO', 'WE'], opens: '00:00', closes: '23:59' });
  feed.offers[0].schedule.rules[0].bySetPos = -1;
  feed.offers[0].dates.push({ start: '2026-07-01' }, { start: '2026-07-01T15:00:00Z' });
  feed.offers[0].name['de-x-plain'] = 'Treffen für Frauen';
  delete feed.projects[0].funding[0].amount.currency;
  assert.deepEqual(errorsOf(feed), []);
});

/** Every subschema of the schema, with a readable path. */
function* walk(node, path = '#') {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* walk(item, `${path}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [node, path];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'enum' || key === 'const' || key === 'default') continue;
    yield* walk(value, `${path}/${key}`);
  }
}

test('every property and every definition has a description; enums explain their codes', () => {
  const missing = [];
  for (const [node, path] of walk(schema)) {
    if (node.properties && !path.includes('/anyOf/')) {
      for (const [name, sub] of Object.entries(node.properties)) {
        if (typeof sub.description !== 'string' || sub.description.length < 5) missing.push(`${path}/properties/${name}`);
      }
    }
    if (node.enum) {
      for (const code of node.enum) {
        if (!node.description?.includes(`\`${code}\` =`)) missing.push(`${path}: code ${code} unexplained`);
      }
    }
  }
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (typeof def.description !== 'string') missing.push(`#/$defs/${name}`);
  }
  assert.deepEqual(missing, []);
});

test('the schema is open: no additionalProperties: false, unevaluatedProperties: false anywhere', () => {
  for (const [node, path] of walk(schema)) {
    assert.notEqual(node.additionalProperties, false, path);
    assert.notEqual(node.unevaluatedProperties, false, path);
  }
});

// Feeds only: the schemas themselves, and the sample catalogue (its own schema: test/node/harvest.test.js), are not feeds.
const feeds = readdirSync(dataDir)
  .filter(
    (f) => f.endsWith('.json') && !f.endsWith('.schema.json') && JSON.parse(readFileSync(dataDir + f, 'utf8')).$schema !== './quartier-catalog.schema.json',
  )
  .sort();

test('data/ holds at least one sample feed', () => {
  assert.ok(feeds.length > 0, 'no feed in data/');
});

for (const file of feeds) {
  test(`data/${file} validates against the schema`, () => {
    const feed = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    assert.deepEqual(errorsOf(feed), []);
  });
}
