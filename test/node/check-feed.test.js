// The feed checker, end to end: the real `quartier-feed` command in a child
// process, and `checkFeedText` from the built library. Build first:
//   npx tsc -p tsconfig.build.json && node --test test/node/check-feed.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quartierFeed } from './lib/run-cli.js';
import { run } from './lib/run.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'quartier-feed.js');
const LIB = join(ROOT, 'lib', 'cli', 'check-feed.js');
if (!existsSync(LIB)) throw new Error('lib/ is not built: run `npx tsc -p tsconfig.build.json` first.');
const { checkFeedText } = await import(LIB);

const SAMPLES = ['data/seesen-lena.json', 'data/salzgitter-obere-berliner-strasse.json'];
const BROKEN = 'test/fixtures/broken-feed.json';
const brokenText = readFileSync(join(ROOT, BROKEN), 'utf8');

const cli = quartierFeed;

/** 1-based line of an offset. */
function lineAt(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

/**
 * The line of the `nth` occurrence of `marker` in `text`; with `object`, the
 * line of the `{` that opens the object around it. Without `nth` the marker
 * must be unique, so a test cannot silently look at the wrong place.
 */
function lineOf(text, marker, { nth, object = false } = {}) {
  let index = -1;
  for (let i = 0; i < (nth ?? 1); i++) {
    index = text.indexOf(marker, index + 1);
    assert.notEqual(index, -1, `marker ${marker} (occurrence ${i + 1}) not in the fixture`);
  }
  if (nth === undefined) assert.equal(text.indexOf(marker, index + 1), -1, `marker ${marker} is not unique`);
  return lineAt(text, object ? text.lastIndexOf('{', index) : index);
}

/** The faults planted in test/fixtures/broken-feed.json, each found by a marker. */
const FAULTS = [
  { name: 'javascript: URL', code: 'invalid-url', field: 'url', marker: '"url": "javascript:alert(1)"' },
  { name: 'relative URL', code: 'invalid-url', field: 'links[0].url', marker: '"url": "../mehr-infos.html"' },
  { name: 'id with capitals', code: 'invalid-id', marker: '"id": "Treffpunkt-Nord"' },
  { name: 'duplicate id', code: 'duplicate-id', marker: '"id": "diakonie-nordstadt"', nth: 2 },
  { name: 'offer → missing place', code: 'unknown-reference', field: 'place', marker: '"place": "gemeinschaftshaus"' },
  { name: 'latitude 200', code: 'invalid-coordinates', field: 'geo', marker: '"lat": 200' },
  { name: 'date 31.12.2021', code: 'invalid-date', field: 'period.end', marker: '"end": "31.12.2021"' },
  { name: 'unknown field of action', code: 'unknown-code', field: 'fieldsOfAction[1]', marker: '"sports"' },
  { name: 'unknown category', code: 'unknown-code', field: 'category', marker: '"category": "party"' },
  { name: 'missing name', code: 'missing-required', field: 'name', marker: '"id": "ohne-namen"', object: true },
  { name: '__proto__ key in a Text', code: 'unsafe-key', field: 'description.__proto__', marker: '"__proto__"' },
  { name: 'record that is a string', code: 'invalid-type', marker: '"Bürgerhaus am Markt"' },
  { name: 'bySetPos 0', code: 'invalid-value', field: 'schedule.rules[1].bySetPos', marker: '"bySetPos": 0' },
  { name: 'closes < opens', code: 'invalid-value', field: 'schedule.rules[0].closes', marker: '"closes": "16:00"' },
  { name: 'unknown language tag', code: 'invalid-value', field: 'summary.english', marker: '"english":' },
].map((f) => ({ ...f, line: lineOf(brokenText, f.marker, f) }));

test('the sample feeds pass: exit 0 and a "keine Probleme" summary', async () => {
  const { code, stdout } = await cli(['check', ...SAMPLES]);
  assert.equal(code, 0, stdout);
  for (const file of SAMPLES) assert.match(stdout, new RegExp(`^${file}: keine Probleme\\. Übernommen: `, 'm'));
  assert.doesNotMatch(stdout, /:\d+:\d+ /, 'no problem lines');
  assert.match(stdout, /^2 Dateien geprüft: 2 ohne Probleme, 0 mit Problemen, 0 nicht verwendbar\.$/m);
});

test('checkFeedText: the sample feeds have no error, no warning and keep their records', () => {
  for (const file of SAMPLES) {
    const json = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    const report = checkFeedText(readFileSync(join(ROOT, file), 'utf8'), file, 'de');
    assert.equal(report.error, undefined);
    assert.deepEqual(report.warnings, []);
    for (const list of ['projects', 'organizations', 'places', 'offers']) {
      assert.deepEqual(report.counts[list], { kept: json[list].length, dropped: 0 }, `${file} ${list}`);
    }
  }
});

test('checkFeedText: every planted fault is reported at its line', () => {
  const report = checkFeedText(brokenText, BROKEN, 'de');
  assert.equal(report.error, undefined);
  for (const fault of FAULTS) {
    const found = report.warnings.find((w) => w.code === fault.code && w.line === fault.line);
    assert.ok(found, `${fault.name}: no ${fault.code} warning at line ${fault.line}`);
    if (fault.field) assert.equal(found.field, fault.field, fault.name);
    assert.equal(typeof found.column, 'number');
    assert.ok(found.message.length > 0);
  }
  assert.equal(report.warnings.length, FAULTS.length, report.warnings.map((w) => `${w.line}: ${w.message}`).join('\n'));
  const lines = report.warnings.map((w) => w.line);
  assert.deepEqual(
    lines,
    [...lines].sort((a, b) => a - b),
    'sorted by position',
  );
  assert.deepEqual(report.counts, {
    projects: { kept: 1, dropped: 0 },
    organizations: { kept: 1, dropped: 2 },
    places: { kept: 1, dropped: 2 },
    offers: { kept: 2, dropped: 0 },
  });
});

test('checkFeedText: the column points at the field name', () => {
  const report = checkFeedText(brokenText, BROKEN, 'de');
  const js = report.warnings.find((w) => w.field === 'url' && w.record === 'frauentreff');
  const lineStart = brokenText.lastIndexOf('\n', brokenText.indexOf('"url": "javascript:')) + 1;
  assert.equal(js.column, brokenText.indexOf('"url": "javascript:') - lineStart + 1);
  assert.equal(
    js.message,
    'Angebot „frauentreff“, Feld „url“: "javascript:alert(1)" ist keine erlaubte Adresse (nur http und https). ' + 'Diese Angabe wird nicht angezeigt.',
  );
});

test('checkFeedText: missing translations name the record, the language and the fields that lack it', () => {
  const report = checkFeedText(brokenText, BROKEN, 'de');
  const found = report.missingTranslations.map(({ record, language, fields, count, line }) => ({ record, language, fields, count, line }));
  assert.deepEqual(found, [
    // `summary.english` is not a language tag, so the summary has no English text.
    { record: 'nordstadt-miteinander', language: 'en', fields: ['summary', 'description'], count: 2, line: lineOf(brokenText, '"summary": {') },
  ]);
  assert.equal(report.missingTranslations[0].message, 'Projekt „nordstadt-miteinander“: Die Übersetzung (en) fehlt in summary, description.');
  // Plain strings are in the feed language and are never "missing" anything.
  assert.ok(!report.missingTranslations.some((m) => m.list === 'offers'));
});

test('the broken feed: exit 1, one line per fault with file:line:column, and a summary', async () => {
  const { code, stdout } = await cli(['check', BROKEN]);
  assert.equal(code, 1, stdout);
  const lines = stdout.split('\n');
  for (const fault of FAULTS) {
    const prefix = `${BROKEN}:${fault.line}:`;
    assert.ok(
      lines.some((l) => l.startsWith(prefix) && !l.includes('Hinweis:')),
      `${fault.name}: no line ${prefix}`,
    );
  }
  const js = `${BROKEN}:${FAULTS[0].line}:7  Angebot „frauentreff“, Feld „url“: "javascript:alert(1)" ist keine erlaubte`;
  assert.ok(
    lines.some((l) => l.startsWith(js)),
    js,
  );
  assert.match(stdout, /Hinweis: Projekt „nordstadt-miteinander“: Die Übersetzung \(en\) fehlt in summary, description\./);
  assert.ok(
    lines.includes(`${BROKEN}: 15 Probleme, 4 Einträge verworfen, 1 fehlende Übersetzung. ` + 'Übernommen: 1 Projekt, 1 Organisation, 1 Ort und 2 Angebote.'),
    stdout,
  );
  assert.ok(!stdout.includes('\u001b['), 'no colours when stdout is not a terminal');
});

test('not JSON: exit 2 with line:column', async () => {
  const { code, stdout } = await cli(['check', 'test/fixtures/not-json.txt']);
  assert.equal(code, 2);
  assert.match(stdout, /^test\/fixtures\/not-json\.txt:1:1 {2}Fehler: .*HTML-Seite/m);

  const dir = mkdtempSync(join(tmpdir(), 'quartier-feed-'));
  try {
    const text = '{\n  "version": "1",\n  "projects": [\n    { "id": "a", "name": "A" },\n  ]\n}\n';
    const file = join(dir, 'trailing-comma.json');
    writeFileSync(file, text);
    const expected = `${lineAt(text, text.indexOf(']'))}:3`;
    const result = await cli(['check', file]);
    assert.equal(result.code, 2);
    assert.ok(result.stdout.startsWith(`${file}:${expected}  Fehler: `), result.stdout);
    assert.match(result.stdout, /kein gültiges JSON/);
    assert.match(result.stdout, /^An dieser Stelle ist das JSON nicht mehr lesbar\. Häufig fehlt hier/m, "the checker page's hint, on its own line");
    const report = checkFeedText(text, file, 'en');
    assert.match(report.error.help, /^At this place the JSON can no longer be read\./);
    assert.equal(report.error.code, 'not-json');
    assert.equal(`${report.error.line}:${report.error.column}`, expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const GERMAN = 'test/fixtures/german-fields-feed.json';
const germanText = readFileSync(join(ROOT, GERMAN), 'utf8');
/** The unknown fields planted in test/fixtures/german-fields-feed.json, and what each should be named as. */
const UNKNOWN_FIELDS = [
  { key: 'träger', code: 'alias', suggestion: 'partners', also: 'Dort mit Rolle „Träger“ (lead).' },
  { key: 'telefon', code: 'alias', suggestion: 'phone' },
  { key: 'adresse', code: 'alias', suggestion: 'address' },
  { key: 'lat', code: 'wrong-level', suggestion: 'geo.lat' },
  { key: 'descripton', code: 'typo', suggestion: 'description' },
  { key: 'zeiten', code: 'alias', suggestion: 'schedule' },
  { key: 'kontakt', code: 'alias', suggestion: 'contact' },
].map((f) => ({ ...f, line: lineOf(germanText, `"${f.key}":`) }));

test('German and misspelt field names: a hint each, with the field meant, at its line; exit stays 0', async () => {
  const { code, stdout } = await cli(['check', GERMAN]);
  assert.equal(code, 0, stdout);
  const lines = stdout.trim().split('\n');
  for (const f of UNKNOWN_FIELDS) {
    const line = lines.find((l) => l.startsWith(`${GERMAN}:${f.line}:`));
    assert.ok(line, `a hint at line ${f.line} for ${f.key}:\n${stdout}`);
    assert.ok(line.includes(`Hinweis: `) && line.includes(`„${f.key}“`) && line.includes(`„${f.suggestion}“`), line);
    if (f.also) assert.ok(line.endsWith(f.also), line);
  }
  assert.ok(stdout.includes('„descripton“ kennt das Format nicht, deshalb übergehen es die Widgets. Meinten Sie „description“ (Beschreibung)?'), stdout);
  assert.match(stdout, new RegExp(`^${GERMAN}: keine Probleme, 7 Hinweise auf unbekannte Felder\\. `, 'm'));

  const report = checkFeedText(germanText, GERMAN, 'en');
  assert.deepEqual(
    report.hints.map((h) => [h.key, h.code, h.line]),
    UNKNOWN_FIELDS.map((f) => [f.key, f.code, f.line]),
  );
  assert.deepEqual(report.hints[0].value, { key: 'role', code: 'lead' });
  assert.match(
    report.hints[3].message,
    /^Place “treffpunkt”: the field “lat” is in the wrong place, so the widgets skip it\. It belongs in “geo\.lat” \(Position on the map › Latitude\)\.$/,
  );
});

test('a value a code list does not have: the allowed values by name and code, and the code meant by a German name', () => {
  const feed = {
    version: '1',
    projects: [{ id: 'p', name: 'P' }],
    offers: [{ id: 'o', name: 'O', category: 'Beratung', schedule: { rules: [{ freq: 'weekly', byDay: ['Dienstag'] }] } }],
  };
  const [category, day] = checkFeedText(JSON.stringify(feed), 'codes.json', 'de').warnings;
  assert.match(category.message, /\(erlaubt: Beratung \(counselling\), Sprache \(language\), .* Sonstiges \(other\)\)\./);
  assert.match(category.message, /Gemeint ist wohl „counselling“ \(Beratung\)\.$/);
  assert.match(day.message, /\(erlaubt: Montag \(MO\), Dienstag \(TU\), .* Sonntag \(SU\)\)\..* Gemeint ist wohl „TU“ \(Dienstag\)\.$/);
  // English: a name equal to its code is not repeated; a word that is no name gets no guess.
  feed.offers[0].category = 'Kaffeeklatsch';
  const [english] = checkFeedText(JSON.stringify(feed), 'codes.json', 'en').warnings;
  assert.match(
    english.message,
    /\(allowed: counselling, language, Meeting point \(meeting\), .* Older people \(seniors\), housing, other\)\. This entry is not shown\.$/,
  );
});

test('--strict counts hints as problems: exit 1; --json carries the hints either way', async () => {
  const strict = await cli(['check', '--strict', GERMAN, SAMPLES[0]]);
  assert.equal(strict.code, 1, strict.stdout);
  assert.match(strict.stdout, new RegExp(`^${GERMAN}: 7 Probleme\\. `, 'm'));
  assert.ok(!strict.stdout.includes('Hinweis: '), 'hints are problems now, not notes');
  assert.match(strict.stdout, /2 Dateien geprüft: 1 ohne Probleme, 1 mit Problemen, 0 nicht verwendbar\./);

  const json = await cli(['check', GERMAN, '--json']);
  assert.equal(json.code, 0);
  const report = JSON.parse(json.stdout);
  assert.equal(report.strict, false);
  assert.equal(report.files[0].hints.length, UNKNOWN_FIELDS.length);
  for (const h of report.files[0].hints) {
    assert.equal(typeof h.line, 'number');
    assert.equal(typeof h.message, 'string');
    assert.ok(Array.isArray(h.path));
  }
  const strictJson = JSON.parse((await cli(['check', GERMAN, '--json', '--strict'])).stdout);
  assert.equal(strictJson.exitCode, 1);
  assert.equal(strictJson.strict, true);
});

test('the sample feeds and the broken fixture have no unknown fields', () => {
  for (const file of [...SAMPLES, BROKEN]) {
    assert.deepEqual(checkFeedText(readFileSync(join(ROOT, file), 'utf8'), file, 'de').hints, [], file);
  }
});

test('unknown version: exit 2, pointing at "version"', async () => {
  const file = 'test/fixtures/unknown-version.json';
  const text = readFileSync(join(ROOT, file), 'utf8');
  const { code, stdout } = await cli(['check', file]);
  assert.equal(code, 2);
  assert.ok(stdout.startsWith(`${file}:${lineOf(text, '"version"')}:3  Fehler: `), stdout);
  assert.match(stdout, /"2\.0"/);
  assert.equal(checkFeedText(text, file, 'de').error.code, 'unknown-version');
});

test('no valid record: exit 2, and still each reason at its line', async () => {
  const text = ['{', '  "version": "1",', '  "offers": [', '    { "id": "Sprachkurs", "name": "Sprachkurs" },', '    { "name": "Ohne ID" }', '  ]', '}'].join(
    '\n',
  );
  const report = checkFeedText(text, 'leer.json', 'de');
  assert.equal(report.error.code, 'no-records');
  assert.deepEqual(
    report.warnings.map((w) => [w.code, w.line]),
    [
      ['invalid-id', lineOf(text, '"id": "Sprachkurs"')],
      ['missing-required', lineOf(text, '"Ohne ID"')],
    ],
  );
  assert.deepEqual(report.counts.offers, { kept: 0, dropped: 2 });
});

test('a file that cannot be read: exit 2', async () => {
  const { code, stdout } = await cli(['check', 'test/fixtures/does-not-exist.json']);
  assert.equal(code, 2);
  assert.match(stdout, /Die Datei test\/fixtures\/does-not-exist\.json gibt es nicht\./);
});

test('--lang en and an English locale give English; LANG=C gives German', async () => {
  const en = await cli(['check', BROKEN, '--lang', 'en']);
  assert.equal(en.code, 1);
  assert.ok(en.stdout.includes('Offer “frauentreff”, field “url”: "javascript:alert(1)" is not an allowed address'));
  assert.ok(en.stdout.includes(': 15 problems, 4 records dropped, 1 missing translation. Read: 1 project, 1 organisation, 1 place, and 2 offers.'), en.stdout);

  const locale = await cli(['check', SAMPLES[0]], { LANG: 'en_GB.UTF-8' });
  assert.match(locale.stdout, /: no problems\./);
  const c = await cli(['check', SAMPLES[0]], { LANG: 'C' });
  assert.match(c.stdout, /: keine Probleme\./);
  const lcAll = await cli(['check', SAMPLES[0]], { LANG: 'de_DE.UTF-8', LC_ALL: 'en_US.UTF-8' });
  assert.match(lcAll.stdout, /: no problems\./);
});

test('--help prints the usage in the chosen language; a wrong command line exits 2', async () => {
  const de = await cli(['--help']);
  assert.equal(de.code, 0);
  assert.match(de.stdout, /^Aufruf:\n {2}quartier-feed check <Datei oder URL>/);
  assert.match(de.stdout, /^ {2}quartier-feed convert <von> <nach>/m);
  assert.match(de.stdout, /^ {2}--strict {6}unbekannte Felder/m);
  const en = await cli(['check', '--help', '--lang=en']);
  assert.equal(en.code, 0);
  assert.match(en.stdout, /^Usage:\n {2}quartier-feed check <file or URL>/);
  assert.match(en.stdout, /^ {2}quartier-feed template <template\.xlsx or template\.ods>/m);
  const wrong = await cli(['check', '--colour', BROKEN]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /Unbekannte Option „--colour“/);
  assert.equal((await cli(['check'])).code, 2);
  assert.equal((await cli(['lint', BROKEN])).code, 2);
});

test('--json prints a machine-readable report', async () => {
  const { code, stdout } = await cli(['check', BROKEN, 'test/fixtures/not-json.txt', '--json']);
  assert.equal(code, 2);
  const report = JSON.parse(stdout);
  assert.equal(report.exitCode, 2);
  const [broken, notJson] = report.files;
  assert.equal(broken.source, BROKEN);
  assert.equal(broken.warnings.length, FAULTS.length);
  for (const w of broken.warnings) {
    assert.equal(typeof w.line, 'number');
    assert.equal(typeof w.message, 'string');
    assert.ok(Array.isArray(w.path));
  }
  assert.equal(broken.counts.offers.kept, 2);
  assert.equal(notJson.error.code, 'not-json');
  assert.equal(notJson.error.line, 1);
});

test('a feed URL is fetched; a 404 gives exit 2 and "HTTP 404"', async () => {
  const feed = readFileSync(join(ROOT, SAMPLES[0]));
  const server = createServer((req, res) => {
    if (req.url === '/feed.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(feed);
    } else if (req.url === '/broken.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(brokenText);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const ok = await cli(['check', `${base}/feed.json`]);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, new RegExp(`^${base}/feed\\.json: keine Probleme\\.`, 'm'));

    const broken = await cli(['check', `${base}/broken.json`]);
    assert.equal(broken.code, 1);
    const js = FAULTS[0];
    assert.ok(broken.stdout.includes(`${base}/broken.json:${js.line}:7  Angebot „frauentreff“`), broken.stdout);

    const missing = await cli(['check', `${base}/missing.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stdout, /HTTP 404/);
  } finally {
    server.close();
  }
});

test('bin/quartier-feed.js without lib/ asks to build it (English and German), exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'quartier-feed-bin-'));
  try {
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'quartier-feed.js'));
    const result = await run(process.execPath, [join(dir, 'bin', 'quartier-feed.js'), 'check', 'x.json'], { cwd: dir, env: process.env });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Please run `npm run build:lib`/);
    assert.match(result.stderr, /Bitte zuerst `npm run build:lib` ausführen/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
