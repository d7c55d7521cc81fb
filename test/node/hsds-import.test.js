// HSDS 3.0 import: the specification's own examples (../shared/interop/
// hsds-3.0/examples/) each import to a feed the kit's validator accepts
// without a warning, and the import names what it left out; the round trip
// feed → HSDS → feed gives back what went in, for both sample feeds and a
// generated feed, except for the documented list (src/interop/
// hsds-not-carried.ts), each entry of which is applied here by name; the CLI
// words it all in German, control characters escaped. Build first (lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFeed } from '../../lib/feed/validate.js';
import { exportHsds, HSDS_TABLES } from '../../lib/interop/hsds-export.js';
import { importHsds } from '../../lib/interop/hsds-import.js';
import { HSDS_NOT_CARRIED } from '../../lib/interop/hsds-not-carried.js';
import { TableReader } from '../../lib/interop/hsds-tables.js';
import { generateFeed } from '../../scripts/lib/generate-feed.js';
import { quartierFeed, ROOT } from './lib/run-cli.js';
import { hsdsOfficial } from './lib/hsds-official.js';

const EXAMPLES = hsdsOfficial('examples');

function importFiles(files) {
  const reader = new TableReader();
  for (const [name, json] of files) reader.read(json, name);
  return { ...importHsds(reader.tables), skipped: reader.skipped };
}
const importExample = (name) => importFiles([[name, JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'))]]);
const said = (warnings, code, table, field) => warnings.some((w) => w.code === code && w.table === table && (field === undefined || w.field === field));

// ---------------------------------------------------------------- the specification's examples

const WITH_RECORDS = {
  'service_full.json': { offers: 1, organizations: 1, projects: 1, places: 1 },
  'service_list.json': { offers: 1, organizations: 1, projects: 1, places: 0 },
  'service_at_location_full.json': { offers: 1, organizations: 1, projects: 1, places: 1 },
  'service_at_location_list.json': { offers: 1, organizations: 1, projects: 1, places: 1 },
  'organization_full.json': { offers: 1, organizations: 1, projects: 1, places: 1 },
  'organization_list.json': { offers: 0, organizations: 1, projects: 0, places: 0 },
  'location.json': { offers: 0, organizations: 0, projects: 0, places: 1 },
  'tabular.json': { offers: 1, organizations: 1, projects: 1, places: 1 },
};

test('every example of the specification is read: those with records import, the others hold nothing to import', () => {
  const all = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
  assert.ok(all.length >= 13, `examples found: ${all.length}`);
  for (const name of all) {
    const { feed } = importExample(name);
    if (WITH_RECORDS[name]) assert.ok(feed, `${name} gives a feed`);
    else assert.equal(feed, undefined, `${name} (a taxonomy or the API's base) holds no organisation, service or location`);
  }
});

for (const [name, counts] of Object.entries(WITH_RECORDS)) {
  test(`${name}: imports to a feed the validator accepts without a warning, with its records`, () => {
    const { feed } = importExample(name);
    const { feed: valid, warnings } = validateFeed(feed);
    assert.deepEqual(warnings, [], 'no validator warning');
    for (const [list, n] of Object.entries(counts)) assert.equal(valid[list].length, n, `${list}`);
  });
}

test('service_full.json: the warnings name what was left out, field by field and table by table', () => {
  const { feed, warnings } = importExample('service_full.json');
  for (const field of ['wait_time', 'accreditations', 'minimum_age', 'maximum_age', 'licenses', 'alert', 'interpretation_services'])
    assert.ok(said(warnings, 'field', 'services', field), `services.${field}`);
  for (const field of ['tax_status', 'year_incorporated', 'legal_status']) assert.ok(said(warnings, 'field', 'organizations', field), `organizations.${field}`);
  for (const field of ['title', 'department']) assert.ok(said(warnings, 'field', 'contacts', field), `contacts.${field}`);
  for (const table of ['service_areas', 'cost_options', 'required_documents', 'organization_identifiers', 'metadata'])
    assert.ok(said(warnings, 'records', table), table);
  // The rule (with BYMONTHDAY, BYWEEKNO, COUNT) is kept as words.
  assert.ok(warnings.some((w) => w.code === 'schedule-text' && /BYMONTHDAY=2,3,4/.test(w.value)));
  assert.match(feed.offers[0].schedule.text, /10 am to 6pm/);
  // A free-text application process has no place; the postal address is not the place's; latitude 100 is impossible.
  assert.ok(said(warnings, 'value', 'services', 'application_process'));
  assert.ok(warnings.some((w) => w.code === 'value' && w.field === 'address_type' && w.value === 'postal'));
  assert.ok(warnings.some((w) => w.code === 'value' && w.field === 'latitude' && w.value === '100'));
  assert.ok(
    warnings.some((w) => w.code === 'value' && w.field === 'longitude' && w.value === '101'),
    'the longitude left without its latitude is named too',
  );
  // What is carried: names, the program as project with its organisation as lead, the language, the place.
  const offer = feed.offers[0];
  assert.equal(offer.name, 'Community Counselling');
  assert.deepEqual(offer.languages, ['ur']);
  assert.equal(offer.place, feed.places[0].id);
  assert.deepEqual(feed.projects[0].partners, [{ organization: feed.organizations[0].id, role: 'lead' }]);
});

test('location.json: what belongs to a location and has no place in the feed is named with its owner', () => {
  const { warnings } = importExample('location.json');
  for (const table of ['contacts', 'phones', 'schedules', 'languages'])
    assert.ok(
      warnings.some((w) => w.code === 'records' && w.table === table && w.owner === 'location'),
      table,
    );
  assert.ok(said(warnings, 'field', 'locations', 'transportation'));
});

test('tabular.json: the tables of the tabular form, with attributes and taxonomies not the kit’s named', () => {
  const { warnings } = importExample('tabular.json');
  for (const table of ['attributes', 'taxonomy_terms', 'taxonomies', 'meta_table_descriptions']) assert.ok(said(warnings, 'records', table), table);
  assert.ok(warnings.some((w) => w.code === 'value' && w.field === 'number'));
});

// ---------------------------------------------------------------- round trip

/** Export, each table through JSON as its own file, import, validate. */
function roundTrip(feed) {
  const { tables } = exportHsds(feed);
  const back = importFiles(HSDS_TABLES.map((t) => [`${t}.json`, JSON.parse(JSON.stringify(tables[t]))]));
  const result = validateFeed(back.feed);
  assert.deepEqual(result.warnings, [], 'the imported feed is valid');
  return { feed: result.feed, warnings: back.warnings };
}

/** What `feed` should come back as: the documented list applied, entry by entry (`applied` names them). */
function expectedBack(feed, applied) {
  const apply = (path, fn) => {
    assert.ok(
      HSDS_NOT_CARRIED.some((e) => e.path === path),
      `"${path}" is in the documented list`,
    );
    applied.add(path);
    return fn();
  };
  const one = (t) => (t ? apply('*: texts in other languages', () => ({ de: t[feed.language] ?? Object.values(t)[0] })) : undefined);
  const orgName = (id) => one(feed.organizations.find((o) => o.id === id)?.name)?.de;
  const out = { ...feed };
  apply('publisher, updated, license', () => {
    delete out.publisher;
    delete out.updated;
    delete out.license;
  });
  out.organizations = feed.organizations.map((o) => ({
    id: o.id,
    name: one(o.name),
    shortName: one(o.shortName),
    description: one(o.description),
    url: o.url,
    email: o.email,
    phone: o.phone,
    logo: o.logo && apply('organizations[].logo.alt', () => ({ url: o.logo.url })),
    ...(o.type ? apply('organizations[].type', () => ({})) : {}),
    ...(o.address ? apply('organizations[].address', () => ({})) : {}),
  }));
  const leadOf = (p) => p.partners.find((x) => x.role === 'lead') ?? p.partners[0];
  out.projects = feed.projects.map((p) => {
    const lead = leadOf(p);
    apply('projects[]: all but id, name, shortName, summary', () => undefined);
    return {
      id: p.id,
      name: one(p.name),
      shortName: one(p.shortName),
      summary: p.summary ? one(p.summary) : p.description && apply('projects[].description', () => one(p.description)),
      partners: apply('projects[].partners', () => (lead ? [{ organization: lead.organization, role: 'lead' }] : [])),
      funding: p.funding.map((f) =>
        apply('projects[].funding', () => ({
          description: { de: [orgName(f.funder), one(f.program)?.de, one(f.description)?.de, one(p.name).de].filter(Boolean).join(' – ') },
        })),
      ),
      facts: [],
      goals: [],
      fieldsOfAction: [],
      contacts: [],
      quotes: [],
      links: [],
      images: [],
      sources: [],
    };
  });
  out.places = feed.places.map((p) => {
    const a = p.address;
    const complete = a && a.street && a.postalCode && a.locality;
    if (p.project) apply('places[].project', () => undefined);
    if (p.geoNote) apply('places[].geoNote', () => undefined);
    return {
      id: p.id,
      name: one(p.name),
      description: one(p.description),
      address: a && (complete ? a : apply('places[].address (incomplete)', () => undefined)),
      geo: p.geo && (p.geo.approximate ? apply('places[].geo (approximate)', () => undefined) : p.geo),
      accessibility: p.accessibility && { wheelchair: p.accessibility.wheelchair, note: one(p.accessibility.note) },
    };
  });
  out.offers = feed.offers.map((o) => {
    const project = feed.projects.find((p) => p.id === o.project);
    const s = o.schedule;
    return {
      ...o,
      name: one(o.name),
      description: one(o.description),
      audience: one(o.audience),
      status: o.status === 'planned' ? apply('offers[].status planned', () => 'ended') : o.status,
      provider: o.provider ?? (project && leadOf(project) ? apply('offers[].provider', () => leadOf(project).organization) : undefined),
      cost: o.cost === 'free' || !o.cost ? o.cost : one(o.cost).de === 'kostenlos' ? apply('offers[].cost "kostenlos"', () => 'free') : one(o.cost),
      schedule: s && {
        ...s,
        text: s.rules.length ? (s.text ? apply('offers[].schedule.text (with rules)', () => undefined) : undefined) : one(s.text),
        validFrom: s.validFrom?.length < 10 ? apply('offers[].schedule.validFrom, validThrough (year or month)', () => undefined) : s.validFrom,
      },
      machineTranslated: o.machineTranslated && apply('*.machineTranslated', () => undefined),
    };
  });
  return out;
}

const plain = (value) => JSON.parse(JSON.stringify(value));

const FEEDS = {
  'seesen-lena.json': () => JSON.parse(readFileSync(join(ROOT, 'data/seesen-lena.json'), 'utf8')),
  'salzgitter-obere-berliner-strasse.json': () => JSON.parse(readFileSync(join(ROOT, 'data/salzgitter-obere-berliner-strasse.json'), 'utf8')),
  'a generated feed (300 offers, 3 languages)': () => generateFeed({ offers: 300, places: 40, seed: 7 }),
};

for (const [name, load] of Object.entries(FEEDS)) {
  test(`round trip feed → HSDS → feed, ${name}: equal but for the documented list; ids and categories come back`, () => {
    const feed = validateFeed(load()).feed;
    const back = roundTrip(feed);
    assert.deepEqual(back.warnings, [], 'HSDS written by the kit holds nothing the feed cannot');
    const applied = new Set();
    assert.deepEqual(plain(back.feed), plain(expectedBack(feed, applied)));
    assert.ok(applied.size > 3, `documented entries in play: ${[...applied].join('; ')}`);
    assert.deepEqual(
      back.feed.offers.map((o) => [o.id, o.category]),
      feed.offers.map((o) => [o.id, o.category]),
    );
  });
}

test('round trip: a test that cannot fail is no test (a dropped offer field is caught)', () => {
  const feed = validateFeed(FEEDS['seesen-lena.json']()).feed;
  const back = roundTrip(feed);
  const expected = plain(expectedBack(feed, new Set()));
  expected.offers[0].url = 'https://example.org/anders';
  assert.throws(() => assert.deepEqual(plain(back.feed), expected));
});

test('round trip of what the format has and HSDS words differently: planned, "kostenlos", a month as validity, holidays', () => {
  const feed = validateFeed({
    version: '1.1',
    language: 'de',
    projects: [{ id: 'p', name: 'Projekt', partners: [{ organization: 'o', role: 'lead' }] }],
    organizations: [{ id: 'o', name: 'Träger' }],
    offers: [
      {
        id: 'a',
        name: 'Treff',
        project: 'p',
        status: 'planned',
        cost: 'kostenlos',
        schedule: { rules: [{ freq: 'monthly', byDay: ['MO'], bySetPos: -1, opens: '10:00' }], validFrom: '2026-03', exceptHolidays: 'NI' },
        dates: [{ start: '2026-06-20T15:00', end: '2026-06-20T17:00' }],
      },
    ],
  }).feed;
  const { feed: back } = roundTrip(feed);
  const offer = back.offers[0];
  assert.equal(offer.status, 'ended');
  assert.equal(offer.cost, 'free');
  assert.equal(offer.provider, 'o');
  assert.deepEqual(offer.schedule.rules, feed.offers[0].schedule.rules, 'the monthly rule with its position');
  assert.equal(offer.schedule.validFrom, '2026-03-01');
  assert.equal(offer.schedule.exceptHolidays, undefined);
  assert.match(offer.schedule.text.de, /Feiertag/, 'the holidays are in the words');
  assert.deepEqual(offer.dates, feed.offers[0].dates);
});

test('the documented list is in docs/interop.md, entry by entry', () => {
  const docs = readFileSync(join(ROOT, 'docs/interop.md'), 'utf8');
  for (const e of HSDS_NOT_CARRIED) assert.ok(docs.includes(`\`${e.path}\``), e.path);
});

// ---------------------------------------------------------------- CLI

test('quartier-feed import --format hsds: a folder the export wrote back to a feed, checked; the examples’ notes in German', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hsds-'));
  const exported = await quartierFeed(['export', '--format', 'hsds', join(ROOT, 'data/seesen-lena.json'), '--out', join(dir, 'hsds')]);
  assert.equal(exported.code, 1, exported.stderr);
  const imported = await quartierFeed(['import', '--format', 'hsds', join(dir, 'hsds'), '--out', join(dir, 'feed.json')]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /keine Probleme\. Übernommen: 1 Projekt, 4 Organisationen, 1 Ort und \d+ Angebote?\./);
  const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.equal(feed.projects[0].id, 'lena-seesen');

  const example = await quartierFeed(['import', '--format', 'hsds', join(EXAMPLES, 'service_full.json'), '--out', join(dir, 'beispiel.json')]);
  assert.equal(example.code, 1);
  assert.match(
    example.stderr,
    /Hinweis: Nicht übernommen: Das HSDS-Feld „services\.wait_time“ hat im Feed kein Gegenstück \(1×, z\. B\. bei „Community Counselling“\)\./,
  );
  assert.match(example.stderr, /Nicht übernommen: 1 Eintrag der HSDS-Tabelle „service_areas“, für den der Feed keinen Platz hat\./);
  assert.match(example.stdout, /Geschrieben: /);

  const none = await quartierFeed(['import', '--format', 'hsds', join(EXAMPLES, 'taxonomy.json'), '--out', join(dir, 'leer.json')]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /keine HSDS-Organisation, kein Programm, kein Angebot und keinen Ort: Es wurde kein Feed geschrieben\./);
  assert.equal(existsSync(join(dir, 'leer.json')), false);

  const wrong = await quartierFeed(['import', '--format', 'dcat', join(EXAMPLES, 'taxonomy.json'), '--out', join(dir, 'x.json')]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /„--format“ erwartet hier hsds/);
});

test('quartier-feed import: control characters from HSDS data are escaped in the notes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hsds-'));
  const file = join(dir, 'service.json');
  writeFileSync(file, JSON.stringify({ id: 's1', name: 'Treff\u001b[2J\u202e', status: 'active', wait_time: 'lang\u0007' }));
  const r = await quartierFeed(['import', '--format', 'hsds', file, '--out', join(dir, 'feed.json')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /„Treff\\u001B\[2J\\u202E“/);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(r.stderr + r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
});
