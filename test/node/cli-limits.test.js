// The feed checker on feeds built to cost the most: a list beyond its limit
// is a problem (one line that says how many entries are left out), a file
// larger than the widgets' 5 MiB is refused unless `--max-size` raises the
// cap, and a JSON file nested 5,000 levels deep is named (exit 2), not a
// crash. The large shapes come from the benchmark (scripts/bench/worst-feeds.js).
// Build first (lib/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goalsFeed } from '../../scripts/bench/worst-feeds.js';
import { quartierFeed } from './lib/run-cli.js';

let dir;
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'quartier-limits-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('1,000,000 one-letter goals: a problem that says how many goals are left out (was "keine Probleme")', async () => {
  const path = file('goals.json', goalsFeed(1_000_000));
  const { code, stdout, stderr } = await quartierFeed(['check', path]);
  assert.equal(stderr, '');
  assert.equal(code, 1, stdout);
  assert.match(stdout, /Projekt „testprojekt“, Feld „goals“: Nur die ersten 100 Einträge werden gelesen; 999\.900 weitere werden nicht angezeigt\./);
  const json = JSON.parse((await quartierFeed(['check', path, '--json'])).stdout);
  const [cut] = json.files[0].warnings.filter((w) => w.code === 'too-many');
  assert.deepEqual({ path: cut.path, count: cut.detail.count, limit: cut.detail.limit }, { path: ['projects', 0, 'goals'], count: 999_900, limit: '100' });
});

test('2,000 texts of one record, each in another language: one line per language, not per pair, at most 1,000 (was millions of lines)', async () => {
  const { code, stdout } = await quartierFeed(['check', 'test/fixtures/hostile/translations-per-pair.json']);
  assert.equal(code, 1, stdout.slice(-500));
  const notes = stdout.split('\n').filter((line) => line.includes('Die Übersetzung ('));
  // 1,000 listed, the rest counted in the summary (language tags Intl reads as one, `aar` and `aa`, count once).
  assert.equal(notes.length, 1_000);
  assert.match(stdout, /1\.9\d\d fehlende Übersetzungen/);
  // Five fields named, the rest counted.
  assert.match(notes[0], /fehlt in (goals\[\d+\], ){4}goals\[\d+\] \(\+1\d{3}\)\.$/);
  assert.ok(stdout.length < 400_000, `${stdout.length} characters of output`);
});

test('a file over 5 MiB is refused as the widgets refuse it (exit 2), and read with --max-size', async () => {
  const padding = ' '.repeat(5 * 1024 * 1024);
  const path = file('big.json', `{"version":"1","projects":[{"id":"p","name":"P"}]}${padding}`);
  const refused = await quartierFeed(['check', path]);
  assert.equal(refused.code, 2);
  assert.match(refused.stdout, /ist zu groß \(mehr als 5242880 Bytes\)/);
  const read = await quartierFeed(['check', path, '--max-size', '6MiB']);
  assert.equal(read.code, 0, read.stdout);
  assert.match(read.stdout, /keine Probleme/);
  const bad = await quartierFeed(['check', path, '--max-size=viel']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /„--max-size“ erwartet eine Größe wie 5MiB/);
});

test('a 5,000-deep array in a known field is named (exit 2), not a stack overflow', async () => {
  const depth = 5_000;
  const path = file('deep.json', `{"version":"1","projects":[{"id":"p","name":"P","goals":${'['.repeat(depth)}${']'.repeat(depth)}}]}`);
  const { code, stdout, stderr } = await quartierFeed(['check', path]);
  assert.equal(stderr, '', 'nothing on stderr (no stack trace)');
  assert.equal(code, 2);
  assert.match(stdout, /ist tiefer als 100 Ebenen verschachtelt/);
  const converted = await quartierFeed(['convert', path, join(dir, 'deep.xlsx')]);
  assert.equal(converted.stderr, '');
  assert.equal(converted.code, 2);
});
