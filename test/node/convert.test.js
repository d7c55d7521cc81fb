// `quartier-feed convert` and `quartier-feed template`, end to end: the real
// command in a child process, files in a temporary folder. Build first:
//   npx tsc -p tsconfig.build.json && node --test test/node/convert.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quartierFeed, ROOT } from './lib/run-cli.js';

const SAMPLE = join(ROOT, 'data', 'seesen-lena.json');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'spreadsheets', 'partner-feed.ods');
const GERMAN = join(ROOT, 'test', 'fixtures', 'german-fields-feed.json');
const { feedToText } = await import('../../lib/authoring/feed-text.js');

const cli = quartierFeed;

/** Runs `work` with a fresh temporary folder. */
async function inTemp(work) {
  const dir = mkdtempSync(join(tmpdir(), 'quartier-convert-'));
  try {
    await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

test('JSON → XLSX → JSON, → ODS → JSON and → CSV folder → JSON: the same feed, written in the feed order', () =>
  inTemp(async (dir) => {
    const original = read(SAMPLE);
    for (const [middle, form] of [
      [join(dir, 'lena.xlsx'), 'XLSX'],
      [join(dir, 'lena.ods'), 'ODS'],
      [join(dir, 'lena-tabellen'), 'CSV'],
    ]) {
      const there = await cli(['convert', SAMPLE, middle]);
      assert.equal(there.code, 0, there.stdout + there.stderr);
      assert.match(there.stdout, /: keine Probleme\. Übernommen: 1 Projekt, 4 Organisationen, 1 Ort und 7 Angebote\.\nGeschrieben: /);
      const out = join(dir, `zurück-${form}.json`);
      const back = await cli(['convert', middle, out]);
      assert.equal(back.code, 0, back.stdout + back.stderr);
      assert.deepEqual(read(out), original, form);
      assert.equal(readFileSync(out, 'utf8'), feedToText(original), `${form}: 2-space JSON in the description's key order`);
    }
    assert.ok(readdirSync(join(dir, 'lena-tabellen')).includes('Angebote.csv'));
  }));

test('a LibreOffice spreadsheet: converted, with each problem at its sheet, row and column; exit 1', () =>
  inTemp(async (dir) => {
    const out = join(dir, 'feed.json');
    const { code, stdout } = await cli(['convert', FIXTURE, out]);
    assert.equal(code, 1, stdout);
    const lines = stdout.trim().split('\n');
    assert.equal(
      lines[0],
      `${FIXTURE}: Tabelle Angebote, Zeile 3, Spalte Telefonnummer  Hinweis: Angebot „sprachcafe“: Das Feld „Telefonnummer“ steht an der falschen Stelle, deshalb übergehen es die Widgets. Es gehört nach „contact.phone“ (Kontakt › Telefon).`,
    );
    assert.ok(
      lines[1].startsWith(
        `${FIXTURE}: Tabelle Angebote, Zeile 7, Spalte Webseite  Angebot „sommerfest“, Feld „url“: "www.example.org/fest" ist keine erlaubte Adresse`,
      ),
      lines[1],
    );
    assert.ok(
      lines[2].startsWith(`${FIXTURE}: Tabelle Zeiten, Zeile 4, Spalte Wochentage  Angebot „beratung“, Feld „schedule.rules[1].byDay[0]“: "Freitagg"`),
      lines[2],
    );
    assert.equal(lines.at(-1), `Geschrieben: ${out}`);
    assert.equal(read(out).offers.length, 3);

    const english = await cli(['check', FIXTURE, '--lang', 'en']);
    assert.equal(english.code, 1);
    assert.ok(english.stdout.includes(`${FIXTURE}: sheet Zeiten, row 4, column Wochentage  Offer “beratung”`), english.stdout);
  }));

test('--strict and --json: hints count as problems; the JSON report names the file written', () =>
  inTemp(async (dir) => {
    const xlsx = join(dir, 'deutsch.xlsx');
    assert.equal((await cli(['convert', GERMAN, xlsx])).code, 0);
    const checked = await cli(['check', xlsx]);
    assert.equal(checked.code, 0, checked.stdout);
    assert.match(checked.stdout, /: keine Probleme, 7 Hinweise auf unbekannte Felder\./);
    assert.match(checked.stdout, /deutsch\.xlsx: Tabelle Angebote, Zeile 3, Spalte descripton {2}Hinweis: .*Meinten Sie „description“/);
    const strict = await cli(['convert', xlsx, join(dir, 'zurück.json'), '--strict', '--json']);
    assert.equal(strict.code, 1);
    const report = JSON.parse(strict.stdout);
    assert.equal(report.exitCode, 1);
    assert.equal(report.written, join(dir, 'zurück.json'));
    assert.equal(report.files[0].hints.length, 7);
    assert.deepEqual(report.files[0].hints[0].cell, { sheet: 'Projekte', sheetIndex: 1, row: 3, column: 'träger', columnIndex: 35 });
    assert.deepEqual(read(join(dir, 'zurück.json')), read(GERMAN));
  }));

test('template: an empty XLSX or ODS to fill in; it checks as a feed without records', () =>
  inTemp(async (dir) => {
    for (const name of ['vorlage.xlsx', 'vorlage.ods']) {
      const file = join(dir, name);
      const { code, stdout } = await cli(['template', file]);
      assert.equal(code, 0);
      assert.equal(stdout, `Geschrieben: ${file}\n`);
      const checked = await cli(['check', file]);
      assert.equal(checked.code, 2, 'no records yet');
      assert.match(checked.stdout, /enthält keinen gültigen Eintrag/);
    }
    const wrong = await cli(['template', join(dir, 'vorlage.csv')]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^Der Befehl „template“ erwartet einen Pfad, der auf \.xlsx oder \.ods endet\./);
  }));

test('what cannot be converted: exit 2, nothing written', () =>
  inTemp(async (dir) => {
    const format = await cli(['convert', SAMPLE, join(dir, 'feed.txt')]);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /Das Format von .*feed\.txt ist unbekannt/);

    const broken = join(dir, 'kaputt.json');
    writeFileSync(broken, '{ "version": "1", ');
    const out = join(dir, 'kaputt.xlsx');
    const notJson = await cli(['convert', broken, out]);
    assert.equal(notJson.code, 2);
    assert.match(notJson.stdout, /kein gültiges JSON\.\nAn dieser Stelle ist das JSON nicht mehr lesbar/);
    assert.ok(!existsSync(out));

    const fake = join(dir, 'falsch.xlsx');
    writeFileSync(fake, '{"version": "1"}');
    const notSheet = await cli(['convert', fake, join(dir, 'x.json')]);
    assert.equal(notSheet.code, 2);
    assert.match(notSheet.stdout, /lässt sich nicht als Tabelle lesen/);

    assert.equal((await cli(['convert', SAMPLE])).code, 2);
    const unwritable = await cli(['convert', SAMPLE, join(dir, 'fehlt', 'x.xlsx')]);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /x\.xlsx kann nicht geschrieben werden \(ENOENT\)/);
  }));
