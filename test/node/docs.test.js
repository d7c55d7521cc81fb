// The README's tables of attributes, events, CSS custom properties and parts
// are the manifest's (`npm run docs -- --check` in effect), and a value or an
// attribute added to a widget's spec reaches the manifest and the README
// without touching either.
//   npm run build && node --test test/node/docs.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import config from '../../custom-elements-manifest.config.js';
import { importTs, root } from '../../scripts/lib/import-ts.js';
import { manifestFromSpec } from '../../scripts/lib/manifest-from-spec.js';
import { readmeTables, writeReadmeTables } from '../../scripts/lib/readme-tables.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const manifestFile = path.join(root, 'custom-elements.json');

/** The manifest the analyzer makes from the sources with `api` as the specs (in memory, written nowhere). */
function analyze(api) {
  const modules = config.globs.map((file) => ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.ES2015, true));
  return create({ modules, plugins: [manifestFromSpec(api)] });
}

test('README.md has the tables of custom-elements.json (else: npm run docs)', () => {
  assert.ok(existsSync(manifestFile), 'custom-elements.json is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  assert.equal(writeReadmeTables(readme, manifest), readme, 'README.md differs from custom-elements.json: run `npm run docs`');
});

test('a README marker without a table, or a table without a marker, is an error', () => {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  assert.throws(() => writeReadmeTables(`${readme}\n<!-- api:nothing -->\n<!-- /api:nothing -->\n`, manifest), /no table "nothing"/);
  assert.throws(() => writeReadmeTables(readme.replace(/<!-- api:tokens -->[\s\S]*?<!-- \/api:tokens -->/, ''), manifest), /no place for <!-- api:tokens -->/);
});

test('a value added to a spec, and an attribute, reach the manifest and the README untouched', async () => {
  const api = await importTs('src/elements/widget-docs.ts'); // a copy of its own: changed here only
  const list = api.DOCUMENTED.find((w) => w.spec.tag === 'partner-list');
  const map = api.DOCUMENTED.find((w) => w.spec.tag === 'offer-map');
  list.spec.attributes.layout.values.push('carousel');
  map.spec.attributes.category.values.push('repair-cafe');
  map.spec.attributes.radius = { attribute: 'radius', kind: 'choice', values: ['near', 'far'], default: 'near' };
  map.docs.attributes.radius = 'How far around the quarter places are shown.';

  const manifest = analyze(api);
  const el = (tag) => manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === tag);
  assert.match(el('partner-list').attributes.find((a) => a.name === 'layout').type.text, /'carousel'/);
  assert.match(el('offer-map').attributes.find((a) => a.name === 'category').description, /`repair-cafe`/);
  assert.deepEqual(
    el('offer-map').attributes.find((a) => a.name === 'radius'),
    {
      name: 'radius',
      type: { text: "'near' | 'far'" },
      default: "'near'",
      description: 'How far around the quarter places are shown.',
      fieldName: 'radius',
    },
  );

  const tables = readmeTables(manifest);
  assert.match(tables['attributes:partner-list'], /'carousel'/);
  assert.match(tables['attributes:offer-map'], /`repair-cafe`/);
  assert.match(tables['attributes:offer-map'], /\| `radius` \| `'near' \\\| 'far'` \| `'near'` \| How far around/);
  // The README itself is rewritten, not only the tables.
  assert.match(writeReadmeTables(readme, manifest), /'carousel'/);
});
