// Feeds as spreadsheets (src/authoring/spreadsheet/, read from lib/): the
// sample feeds and a generated feed through XLSX, ODS and CSV and back; the
// spreadsheets LibreOffice saved (umlauts, empty rows, merged cells, numbers
// formatted as text, real dates and times; the template filled in with names
// where ids belong); problems at their sheet, row and
// column; the template; what partners do to a template (explanation row
// deleted, English headers, a semicolon CSV). Build first:
//   npx tsc -p tsconfig.build.json && node --test test/node/spreadsheet.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { generateFeed } from '../../scripts/lib/generate-feed.js';

const ROOT = new URL('../../', import.meta.url);
const { readWorkbook, writeWorkbook, readCsvFolder, writeCsvFolder, writeTemplate, checkSpreadsheet, NotAWorkbookError } =
  await import('../../lib/authoring/spreadsheet/feed-spreadsheet.js');
const { sheetLayouts } = await import('../../lib/authoring/spreadsheet/sheet-layout.js');
const { describeCell } = await import('../../lib/i18n/authoring-messages.js');
const { checkTranslator } = await import('../../lib/cli/check-feed.js');
const { CODE_LISTS } = await import('../../lib/authoring/feed-fields.js');
const { codeLabel, codeFromWord } = await import('../../lib/authoring/code-labels.js');

const SAMPLES = ['data/seesen-lena.json', 'data/salzgitter-obere-berliner-strasse.json'];
const json = (file) => JSON.parse(readFileSync(new URL(file, ROOT), 'utf8'));
const de = checkTranslator('de').authoring;

/** A workbook made with SheetJS from `{ sheet: rows }`, as another program would write it. */
function workbook(sheets, bookType = 'xlsx') {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }));
}

/** "Tabelle …, Zeile …, Spalte …" of a finding. */
const where = (finding) => describeCell(finding.cell, de);

test('the layout: every sheet and header unique, a sheet per nested list, headers from the labels', () => {
  const layouts = sheetLayouts();
  assert.deepEqual(
    layouts.map((l) => l.name),
    [
      'Feed',
      'Projekte',
      'Organisationen',
      'Orte',
      'Angebote',
      'Kennzahlen',
      'Ziele',
      'Beteiligungen',
      'Kontakte',
      'Förderung',
      'Zitate',
      'Links',
      'Bilder',
      'Quellen',
      'Zeiten',
      'Ausnahmen',
      'Schließzeiten',
      'Einzeltermine',
    ],
  );
  for (const layout of layouts) {
    const headers = layout.columns.flatMap((c) => [c.header, ...c.otherHeaders]).map((h) => h.toLowerCase());
    const parent = layout.parent ? [layout.parent.one.de.toLowerCase()] : [];
    for (const header of new Set(headers)) {
      const owners = new Set(layout.columns.filter((c) => [c.header, ...c.otherHeaders].some((h) => h.toLowerCase() === header)));
      assert.equal(owners.size, 1, `${layout.name}: "${header}" names one column`);
      assert.ok(!parent.includes(header), `${layout.name}: "${header}" is not the parent column`);
      assert.doesNotMatch(header, /\([^()\s]+\)$/, `${layout.name}: "${header}" could be read as a translation column`);
    }
    assert.ok(layout.name.length <= 31 && !/[[\]:*?/\\]/.test(layout.name), `${layout.name} is a valid sheet name`);
  }
  const orte = layouts.find((l) => l.name === 'Orte');
  assert.deepEqual(orte.columns.find((c) => c.path.join('.') === 'address.street').header, 'Adresse: Straße und Hausnummer');
  assert.deepEqual(layouts.find((l) => l.name === 'Zeiten').itemPath, ['schedule', 'rules']);
  assert.deepEqual(layouts.find((l) => l.name === 'Ausnahmen').itemPath, ['schedule', 'exceptions']);
  assert.deepEqual(layouts.find((l) => l.name === 'Schließzeiten').itemPath, ['schedule', 'closed']);
});

test('code names read back as their codes, in German and English; none contains a comma', () => {
  for (const [list, codes] of Object.entries(CODE_LISTS)) {
    for (const value of codes.values) {
      for (const lang of ['de', 'en']) {
        const name = codeLabel(list, value, lang);
        assert.ok(!name.includes(','), `${list}.${value}: "${name}"`);
        assert.equal(codeFromWord(list, name), value, `${list}: "${name}" → ${value}`);
      }
    }
  }
});

for (const file of SAMPLES) {
  test(`${file}: JSON → XLSX, ODS and CSV → JSON gives exactly the same JSON`, () => {
    const feed = json(file);
    for (const format of ['xlsx', 'ods']) {
      const read = readWorkbook(writeWorkbook(feed, format), `feed.${format}`);
      assert.deepEqual(read.problems, [], format);
      assert.deepEqual(read.json, feed, format);
    }
    const csv = readCsvFolder(writeCsvFolder(feed));
    assert.deepEqual(csv.problems, []);
    assert.deepEqual(csv.json, feed);
  });
}

test('a generated feed with 400 offers in three languages survives XLSX, ODS and CSV', () => {
  const feed = generateFeed({ offers: 400, places: 60, seed: 12 });
  for (const format of ['xlsx', 'ods']) assert.deepEqual(readWorkbook(writeWorkbook(feed, format), `big.${format}`).json, feed, format);
  assert.deepEqual(readCsvFolder(writeCsvFolder(feed)).json, feed);
});

test('what the spreadsheet shows: German names for codes, "ja"/"nein", lists with commas, translations in columns of their own', () => {
  const feed = json(SAMPLES[0]);
  const book = XLSX.read(writeWorkbook(feed, 'xlsx'), { type: 'array' });
  const rows = (name) => XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1, defval: '' });
  const [headers, help, first] = rows('Projekte');
  const column = (name) => headers.indexOf(name);
  assert.equal(first[column('Kennung')], 'lena-seesen');
  assert.equal(first[column('Stadt / Gemeinde: Einwohnerzahl')], 11250);
  assert.equal(first[column('Stadt / Gemeinde: Zusatz zur Einwohnerzahl')], 'ca. (ungefähr)');
  assert.match(help[column('Handlungsfelder')], /Mehrere durch Komma getrennt\. Zur Auswahl: Imageverbesserung/);
  const [partnerHeaders, , lead] = rows('Beteiligungen');
  assert.deepEqual(partnerHeaders.slice(0, 3), ['Projekt', 'Organisation', 'Rolle']);
  assert.deepEqual(lead.slice(0, 3), ['lena-seesen', feed.projects[0].partners[0].organization, codeLabel('role', feed.projects[0].partners[0].role, 'de')]);
  const [offerHeaders] = rows('Angebote');
  const translated = feed.offers.flatMap((o) => (typeof o.name === 'object' ? Object.keys(o.name).filter((l) => l !== 'de') : []));
  for (const lang of new Set(translated)) assert.ok(offerHeaders.includes(`Name (${lang})`), `Name (${lang})`);
  assert.ok(!offerHeaders.some((h) => /\((?:fr|zh)\)$/.test(h)), 'no columns for languages the feed does not have');
  const times = rows('Zeiten');
  assert.deepEqual(times[0], ['Angebot', 'Rhythmus', 'Wochentage', 'Woche im Monat', 'Von', 'Bis']);
  assert.ok(
    times.slice(2).every((row) => /^(jede Woche|jeden Monat)$/.test(row[1]) && /^[A-Z][a-z]+(, [A-Z][a-z]+)*$/.test(row[2])),
    JSON.stringify(times),
  );
});

test('fields the format does not know and values that do not fit their column are kept, as JSON where need be', () => {
  const feed = {
    version: '1',
    language: 'de',
    'x-quelle': { system: 'Tabelle', stand: 3 },
    projects: [{ id: 'p', name: 'P', adresse: 'Seeweg 1', partners: 'Diakonie', municipality: { name: 'Musterstadt', population: 'etwa 5000' } }],
    offers: [
      { id: 'a', name: 'A', Name: 'doppelt', telefon: 123, schedule: { rules: [{ freq: 'weekly', byDay: ['MO'], extra: true }] }, empty: '', nothing: null },
      { id: 'a', name: 'dieselbe Kennung', dates: [{ start: '2026-06-20' }] },
    ],
  };
  for (const format of ['xlsx', 'ods']) {
    const read = readWorkbook(writeWorkbook(feed, format), `x.${format}`);
    assert.deepEqual(read.json, feed, format);
  }
  assert.deepEqual(readCsvFolder(writeCsvFolder(feed)).json, feed);
  const [offers] = writeCsvFolder(feed).filter((f) => f.name === 'Angebote.csv');
  const header = offers.text.slice(1).split('\n')[0];
  assert.ok(header.includes('"[""Name""]"') && header.includes(',telefon,'), `a JSON header where the plain one would be a known column: ${header}`);
  const dates = writeCsvFolder(feed).find((f) => f.name === 'Einzeltermine.csv').text;
  assert.match(dates, /\n#2,2026-06-20,\n/, 'rows of a record whose id is not unique name it by its position');
});

test('the LibreOffice spreadsheets: umlauts, empty rows, merged cells, numbers as text, real dates and times', () => {
  const expected = {
    version: '1',
    language: 'de',
    publisher: { name: 'Nachbarschaftsverein Musterstadt (erfunden)' },
    updated: '2026-03-14T09:30',
    organizations: [
      {
        id: 'verein-musterstadt',
        name: 'Nachbarschaftsverein Müllerstraße e. V.',
        type: 'association',
        address: { street: 'Müllerstraße 1', postalCode: '01234', locality: 'Musterstadt' },
        phone: '0000 000000',
      },
    ],
    projects: [
      {
        id: 'quartier-am-see',
        name: 'Quartier am See (erfunden)',
        municipality: { name: 'Musterstadt', population: 11250 },
        fieldsOfAction: ['housing', 'education'],
        quarter: { center: { lat: 51.89, lng: 10.18 } },
        partners: [
          { organization: 'verein-musterstadt', role: 'lead', contribution: 'leitet das Projekt' },
          { organization: 'verein-musterstadt', role: 'funder', contribution: 'stellt Räume' },
        ],
      },
    ],
    places: [
      {
        id: 'treffpunkt',
        name: 'Treffpunkt am Seeufer',
        project: 'quartier-am-see',
        address: { street: 'Seeweg 1' },
        geo: { lat: 51.8912, lng: 10.1834 },
        accessibility: { wheelchair: 'limited' },
      },
      {
        id: 'buero',
        name: 'Büro für Nachbarschaft',
        project: 'quartier-am-see',
        address: { street: 'Große Straße 2' },
        geo: { lat: 51.9, lng: 10.2 },
        accessibility: { wheelchair: 'yes' },
      },
    ],
    offers: [
      {
        id: 'sprachcafe',
        name: { de: 'Sprachcafé', tr: 'Dil kafesi' },
        place: 'treffpunkt',
        category: 'language',
        languages: ['de', 'tr'],
        schedule: { validFrom: '2026-01-15', validThrough: '2026-12-31', rules: [{ freq: 'weekly', byDay: ['TU', 'TH'], opens: '10:00', closes: '12:00' }] },
        registration: 'none',
        cost: 'free',
        url: 'https://example.org/sprachcafe',
        Telefonnummer: '0000 111111',
      },
      {
        id: 'beratung',
        name: 'Beratung für Familien',
        place: 'buero',
        category: 'counselling',
        languages: ['de'],
        registration: 'appointment',
        cost: 'free',
        schedule: {
          rules: [
            { freq: 'monthly', byDay: ['WE'], bySetPos: 2, opens: '14:30', closes: '16:00' },
            { freq: 'weekly', byDay: ['Freitagg'], opens: '09:30', closes: '11:00' },
          ],
        },
      },
      {
        id: 'sommerfest',
        name: 'Sommerfest am See',
        place: 'treffpunkt',
        category: 'culture',
        languages: ['de'],
        registration: 'none',
        cost: '2 Euro für Kuchen',
        url: 'www.example.org/fest',
        dates: [{ start: '2026-06-20T15:00', end: '2026-06-20T18:00' }],
      },
    ],
  };
  for (const file of ['partner-feed.xlsx', 'partner-feed.ods']) {
    const bytes = new Uint8Array(readFileSync(new URL(`test/fixtures/spreadsheets/${file}`, ROOT)));
    const read = readWorkbook(bytes, file);
    assert.deepEqual(read.json, expected, file);
    assert.deepEqual(read.problems, [], file);
    const check = checkSpreadsheet(read, file);
    assert.deepEqual(
      check.warnings.map((w) => [w.code, where(w)]),
      [
        ['invalid-url', 'Tabelle Angebote, Zeile 7, Spalte Webseite'],
        ['unknown-code', 'Tabelle Zeiten, Zeile 4, Spalte Wochentage'],
      ],
      file,
    );
    assert.deepEqual(
      check.hints.map((h) => [h.key, h.code, where(h)]),
      [['Telefonnummer', 'wrong-level', 'Tabelle Angebote, Zeile 3, Spalte Telefonnummer']],
      file,
    );
    assert.equal(check.feed.offers.length, 3);
  }
});

test('what cannot be read is a problem at its place: an unknown sheet, a row without or with an unknown record, a column twice', () => {
  const bytes = workbook({
    Angebote: [
      ['Kennung', 'Name', 'Name'],
      ['treff', 'Treff', 'nochmal'],
    ],
    Zeiten: [
      ['Angebot', 'Rhythmus', 'Wochentage'],
      ['treff', 'jede Woche', 'Montag'],
      ['', 'jede Woche', 'Dienstag'],
      ['tref', 'jede Woche', 'Mittwoch'],
      ['#1', 'jeden Monat', 'Freitag'],
    ],
    Notizen: [['nur für uns']],
  });
  const read = readWorkbook(bytes, 'x.xlsx');
  assert.deepEqual(read.json.offers, [
    {
      id: 'treff',
      name: 'Treff',
      schedule: {
        rules: [
          { freq: 'weekly', byDay: ['MO'] },
          { freq: 'monthly', byDay: ['FR'] },
        ],
      },
    },
  ]);
  const english = checkTranslator('en').authoring;
  assert.deepEqual(
    read.problems.map((p) => [p.code, where(p), p.value ?? '']),
    [
      ['duplicate-column', 'Tabelle Angebote, Zeile 1, Spalte Name', 'Name'],
      ['no-parent', 'Tabelle Zeiten, Zeile 3, Spalte Angebot', ''],
      ['unknown-parent', 'Tabelle Zeiten, Zeile 4, Spalte Angebot', 'tref'],
      ['unknown-sheet', 'Tabelle Notizen, Zeile 1', read.problems[3].value],
    ],
  );
  assert.match(describeCell(read.problems[2].cell, english), /^sheet Zeiten, row 4, column Angebot$/);
  assert.match(read.problems[3].value, /^Feed, Projekte, Organisationen, Orte, Angebote, /);
});

test('names where ids belong: an empty Kennung is made from the name, a record named by its name in a reference or an item row', () => {
  const bytes = workbook({
    Organisationen: [
      ['Kennung', 'Name'],
      ['', 'Stadtteilverein Birkenfeld e. V.'],
    ],
    Projekte: [
      ['Kennung', 'Name'],
      ['', 'Quartiersprojekt Birkenfeld'],
    ],
    Beteiligungen: [
      ['Projekt', 'Organisation', 'Rolle'],
      ['Quartiersprojekt Birkenfeld', 'stadtteilverein  BIRKENFELD e. v.', 'Träger'],
    ],
    Orte: [
      ['Kennung', 'Name'],
      ['', 'Treff'],
      ['treff', 'Zweiter Treff'],
      ['', 'Doppelt'],
      ['', 'Doppelt'],
    ],
    Angebote: [
      ['Kennung', 'Name', 'Ort', 'Anbieter'],
      ['', 'Spieletreff für Familien', 'Zweiter Treff', 'Stadtteilverein Birkenfeld e. V.'],
      ['cafe', 'Café', 'Doppelt', ''],
    ],
    Zeiten: [
      ['Angebot', 'Rhythmus', 'Wochentage'],
      ['Spieletreff für Familien', 'jeden Monat', 'Samstag'],
      ['doppelt', 'jede Woche', 'Montag'],
    ],
  });
  const read = readWorkbook(bytes, 'x.xlsx');
  const feed = read.json;
  assert.deepEqual(feed.organizations, [{ id: 'stadtteilverein-birkenfeld-e-v', name: 'Stadtteilverein Birkenfeld e. V.' }]);
  assert.deepEqual(feed.projects, [
    { id: 'quartiersprojekt-birkenfeld', name: 'Quartiersprojekt Birkenfeld', partners: [{ organization: 'stadtteilverein-birkenfeld-e-v', role: 'lead' }] },
  ]);
  // An id made from a name never takes one a partner wrote ("treff" is taken by the second place).
  assert.deepEqual(
    feed.places.map((p) => p.id),
    ['treff-2', 'treff', 'doppelt', 'doppelt-2'],
  );
  assert.deepEqual(feed.offers[0], {
    id: 'spieletreff-fuer-familien',
    name: 'Spieletreff für Familien',
    place: 'treff',
    provider: 'stadtteilverein-birkenfeld-e-v',
    schedule: { rules: [{ freq: 'monthly', byDay: ['SA'] }] },
  });
  // A name two records share stays as written, and the checker names it; so does a row naming no record.
  assert.equal(feed.offers[1].place, 'Doppelt');
  assert.deepEqual(
    read.problems.map((p) => [p.code, where(p)]),
    [['unknown-parent', 'Tabelle Zeiten, Zeile 3, Spalte Angebot']],
  );
  const check = checkSpreadsheet(read, 'x.xlsx');
  assert.deepEqual(
    check.warnings.map((w) => [w.code, w.path.join('.')]),
    [['invalid-value', 'offers.1.place']],
  );
});

test('the template filled in with names only and saved by LibreOffice (XLSX and ODS) is a feed without a problem', () => {
  for (const file of ['template-filled.xlsx', 'template-filled.ods']) {
    const read = readWorkbook(readFileSync(new URL(`test/fixtures/spreadsheets/${file}`, ROOT)), file);
    const check = checkSpreadsheet(read, file);
    assert.deepEqual([check.failure, read.problems, check.warnings, check.hints], [undefined, [], [], []], file);
    const feed = read.json;
    assert.deepEqual(feed.projects[0].partners, [{ organization: 'stadtteilverein-birkenfeld-e-v-erfunden', role: 'lead' }], file);
    assert.deepEqual(feed.projects[0].fieldsOfAction, ['social', 'participation'], file);
    assert.deepEqual(
      feed.offers.map((o) => [o.id, o.place, o.provider, o.category, o.schedule.rules]),
      [
        [
          'nachbarschaftscafe',
          'stadtteiltreff-birkenfeld',
          'stadtteilverein-birkenfeld-e-v-erfunden',
          'meeting',
          [{ freq: 'weekly', byDay: ['WE'], opens: '15:00', closes: '17:00' }],
        ],
        [
          'sozialberatung',
          'beratungsbuero-am-markt',
          'stadtteilverein-birkenfeld-e-v-erfunden',
          'counselling',
          [{ freq: 'weekly', byDay: ['MO', 'TH'], opens: '09:00', closes: '12:00' }],
        ],
        [
          'spieletreff-fuer-familien',
          'stadtteiltreff-birkenfeld',
          'stadtteilverein-birkenfeld-e-v-erfunden',
          'children',
          [{ freq: 'monthly', byDay: ['SA'], bySetPos: 1, opens: '14:00', closes: '17:00' }],
        ],
      ],
      file,
    );
    assert.deepEqual(feed.places[1].geo, { lat: 51.4367, lng: 11.327 }, file);
  }
});

test('a template partners changed: explanation row deleted, a title row, English headers and sheet names, keys as headers', () => {
  const bytes = workbook({
    Offers: [
      ['Unsere Angebote 2026'],
      ['Id', 'name', 'Category', 'Regular times: Valid from', 'contact.phone'],
      ['treff', 'Treff', 'Counselling', '01.02.2026', '0000 1'],
    ],
    Orte: [['Kennung', 'Name'], [], ['ort', 'Ort am See']],
  });
  const read = readWorkbook(bytes, 'x.xlsx');
  assert.deepEqual(read.json, {
    version: '1',
    offers: [{ id: 'treff', name: 'Treff', category: 'counselling', schedule: { validFrom: '2026-02-01' }, contact: { phone: '0000 1' } }],
    places: [{ id: 'ort', name: 'Ort am See' }],
  });
  assert.equal(where({ cell: read.at(['places', 0, 'name']).cell }), 'Tabelle Orte, Zeile 3, Spalte Name');
  assert.equal(where({ cell: read.at(['offers', 0, 'schedule', 'validFrom']).cell }), 'Tabelle Offers, Zeile 3, Spalte Regular times: Valid from');
});

test('numbers, booleans, dates and times as partners type them', () => {
  const bytes = workbook({
    Projekte: [
      [
        'Kennung',
        'Name',
        'Stadt / Gemeinde: Einwohnerzahl',
        'Stadt / Gemeinde: Einwohnerzahl ist ungefähr',
        'Quartier: Radius in Metern',
        'Laufzeit: Beginn',
        'Laufzeit: Ende',
      ],
      ['a', 'A', '11.250', 'Ja', '1.000,5', '03.2021', '2021'],
      ['b', 'B', '1 250', 'x', '−3,5', 2012, '31.12.2021'],
      ['c', 'C', 'viele', 'vielleicht', '12,3,4', 'bald', ''],
    ],
    Zeiten: [
      ['Angebot', 'Von', 'Bis'],
      ['o', '9', '10.30 Uhr'],
      ['o', 0.375, '25:00'],
    ],
    Angebote: [
      ['Kennung', 'Name'],
      ['o', 'O'],
    ],
  });
  const { projects, offers } = readWorkbook(bytes, 'x.xlsx').json;
  assert.deepEqual(
    projects.map((p) => [p.municipality?.population, p.municipality?.populationApproximate, p.quarter?.radiusMeters, p.period?.start, p.period?.end]),
    [
      [11250, true, 1000.5, '2021-03', '2021'],
      [1250, true, -3.5, '2012', '2021-12-31'],
      ['viele', 'vielleicht', '12,3,4', 'bald', undefined],
    ],
  );
  assert.deepEqual(offers[0].schedule.rules, [
    { opens: '09:00', closes: '10:30' },
    { opens: '09:00', closes: '25:00' },
  ]);
});

test('the template: every sheet with headers and explanations, drop-down lists, the list sheet hidden; it reads as an empty feed', () => {
  for (const format of ['xlsx', 'ods']) {
    const bytes = writeTemplate(format);
    const book = XLSX.read(bytes, { type: 'array' });
    assert.deepEqual(book.SheetNames, [...sheetLayouts().map((l) => l.name), 'Auswahl']);
    const offers = XLSX.utils.sheet_to_json(book.Sheets.Angebote, { header: 1 });
    assert.equal(offers.length, 2, `${format}: headers and explanations, no example rows`);
    assert.equal(offers[0][offers[0].indexOf('Art des Angebots')], 'Art des Angebots');
    assert.match(offers[1][offers[0].indexOf('Art des Angebots')], /Zur Auswahl: Beratung, Sprache, Treffpunkt/);
    const feed = XLSX.utils.sheet_to_json(book.Sheets.Feed, { header: 1 });
    assert.deepEqual([feed[2][1], feed[2][2]], ['1', 'de'], `${format}: version and language filled in`);
    const read = readWorkbook(bytes, `t.${format}`);
    assert.deepEqual(read.json, { version: '1', language: 'de' });
    assert.deepEqual(read.problems, []);

    const files = unzipSync(bytes);
    if (format === 'xlsx') {
      assert.match(strFromU8(files['xl/workbook.xml']), /<sheet name="Auswahl" sheetId="\d+" r:id="rId\d+" state="hidden"\/>/);
      const sheet = strFromU8(files[`xl/worksheets/sheet${sheetLayouts().findIndex((l) => l.name === 'Angebote') + 1}.xml`]);
      const column = String.fromCharCode(65 + offers[0].indexOf('Art des Angebots'));
      assert.match(
        sheet,
        new RegExp(
          `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${column}3:${column}1000"><formula1>'Auswahl'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$12</formula1></dataValidation>`,
        ),
      );
      assert.match(sheet, /<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"\/>/);
    } else {
      assert.equal(Object.keys(files)[0], 'mimetype', 'mimetype first');
      const content = strFromU8(files['content.xml']);
      assert.match(
        content,
        /<table:content-validation table:name="val\d+" table:condition="of:cell-content-is-in-list\(\[\$'Auswahl'\.\$[A-Z]+\$1:\.\$[A-Z]+\$12\]\)"/,
      );
      assert.match(content, /<table:table table:name="Auswahl" table:style-name="taHidden">/);
      assert.match(content, /table:number-rows-repeated="998"><table:table-cell\/>.*table:content-validation-name="val\d+"/);
    }
  }
});

test('drop-down lists cover the rows of a converted feed too, without losing a cell', () => {
  const feed = json(SAMPLES[1]);
  const ods = writeWorkbook(feed, 'ods');
  const content = strFromU8(unzipSync(ods)['content.xml']);
  const start = content.indexOf('<table:table table:name="Angebote"');
  const offers = content.slice(start, content.indexOf('</table:table>', start));
  const rows = offers.match(/<table:table-row\b[^>]*>[\s\S]*?<\/table:table-row>/g);
  assert.equal(rows.length, 2 + feed.offers.length + 1, 'headers, explanations, one row per offer, and the spare rows');
  for (const row of rows.slice(2, -1)) assert.match(row, /table:content-validation-name=/);
  assert.deepEqual(readWorkbook(ods, 'x.ods').json, feed);
});

test('CSV: UTF-8 with a byte order mark, one file per sheet; semicolons and files without the mark are read too', () => {
  const files = writeCsvFolder(json(SAMPLES[0]));
  assert.deepEqual(
    files.map((f) => f.name),
    sheetLayouts().map((l) => `${l.name}.csv`),
  );
  assert.ok(files.every((f) => f.text.startsWith('\ufeff')));
  const semicolons = [
    { name: 'Angebote.csv', text: 'Kennung;Name;Art des Angebots;Lage\nfrauentreff;Frauentreff;Treffpunkt;"a;b"\n' },
    { name: 'Zeiten.csv', text: '\ufeffAngebot,Wochentage\nfrauentreff,"Dienstag, Freitag"\n' },
  ];
  assert.deepEqual(readCsvFolder(semicolons).json.offers, [
    { id: 'frauentreff', name: 'Frauentreff', category: 'meeting', Lage: 'a;b', schedule: { rules: [{ byDay: ['TU', 'FR'] }] } },
  ]);
});

test('a file that is no spreadsheet is refused; a single CSV file is a sheet named after it', () => {
  assert.throws(() => readWorkbook(strToU8('{"version": "1"}'), 'feed.xlsx'), NotAWorkbookError);
  assert.throws(() => readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'kaputt.ods'), NotAWorkbookError);
  const read = readWorkbook(strToU8('Kennung,Name\nort,Ort\n'), 'Orte.csv');
  assert.deepEqual(read.json, { version: '1', places: [{ id: 'ort', name: 'Ort' }] });
});

test('a schedule of format 1.1 (holidays, exceptions, closed periods, by appointment) goes through every format and back', () => {
  const feed = {
    version: '1.1',
    language: 'de',
    projects: [{ id: 'p', name: 'P' }],
    offers: [
      {
        id: 'a',
        name: 'A',
        status: 'planned',
        schedule: {
          rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }],
          byAppointment: true,
          exceptHolidays: 'NI',
          exceptions: [
            { date: '2026-12-22', reason: 'fällt aus' },
            { date: '2026-12-23', opens: '10:00', closes: '11:00' },
          ],
          closed: [{ from: '2026-07-02', to: '2026-08-12', reason: 'Sommerferien' }],
        },
      },
    ],
  };
  for (const format of ['xlsx', 'ods']) assert.deepEqual(readWorkbook(writeWorkbook(feed, format), `x.${format}`).json, feed, format);
  assert.deepEqual(readCsvFolder(writeCsvFolder(feed)).json, feed);
  const book = XLSX.read(writeWorkbook(feed, 'xlsx'), { type: 'array' });
  const [headers, , row] = XLSX.utils.sheet_to_json(book.Sheets['Angebote'], { header: 1, defval: '' });
  assert.equal(row[headers.indexOf('Regelmäßige Zeiten: Außer an Feiertagen in')], 'Niedersachsen');
});
