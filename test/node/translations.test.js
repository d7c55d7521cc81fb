// The residents' texts in every language: each table of src/i18n/languages.ts
// is complete and sound (scripts/lib/check-table.js), the loaders name exactly
// those tables, XLIFF 2.0 goes out and comes back unchanged (and is read from
// other tools' formatting too), and docs/translations.md is current.
//   node --test test/node/translations.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs, { readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTable, sourceHash, staleKeys, tablesByStaleKey } from '../../scripts/lib/check-table.js';
import { loadHashes, loadLanguages, loadSource, loadTable, sourcesDir, tablesDir, writeTable } from '../../scripts/lib/translation-tables.js';
import { readXliff, writeXliff } from '../../scripts/lib/xliff.js';
import { importTs } from '../../scripts/lib/import-ts.js';
import { runScript } from './lib/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const source = await loadSource();
const languages = await loadLanguages();
const translated = languages.filter((l) => l.tag !== 'de');
const byTag = (tag) => languages.find((l) => l.tag === tag);

/** Runs `npm run translations -- <args>` (the script itself) in a child process. */
function translations(args) {
  return runScript('scripts/translations.js', args);
}

/**
 * The text `writeTable` would write for a table, caught instead of written:
 * src/i18n/tables/ is never touched by this test.
 */
function tableText(tag, messages, previous) {
  return writtenFiles(tag, messages, previous).table;
}

/** What `writeTable` would write for a table and its record of German sources, caught instead of written. */
function writtenFiles(tag, messages, previous) {
  const original = fs.writeFileSync;
  const file = join(tablesDir, `${tag}.ts`);
  const record = join(sourcesDir, `${tag}.json`);
  const caught = {};
  fs.writeFileSync = (target, data, ...rest) => {
    if (target === file) caught.table = String(data);
    else if (target === record) caught.hashes = JSON.parse(String(data));
    else original(target, data, ...rest);
  };
  syncBuiltinESMExports();
  try {
    writeTable(tag, byTag(tag), messages, source, previous);
  } finally {
    fs.writeFileSync = original;
    syncBuiltinESMExports();
  }
  assert.ok(caught.table !== undefined, `writeTable did not write ${file}`);
  assert.ok(caught.hashes !== undefined, `writeTable did not write ${record}`);
  return caught;
}

test('languages.ts lists German as the source and each tag once', () => {
  assert.equal(byTag('de')?.status, 'source');
  const tags = languages.map((l) => l.tag);
  assert.deepEqual(tags, [...new Set(tags)]);
  for (const l of translated) assert.ok(['machine', 'reviewed'].includes(l.status), `${l.tag}: status ${l.status}`);
});

test('every language but German has a complete, sound table', async (t) => {
  for (const { tag } of translated) {
    await t.test(tag, async () => {
      const table = await loadTable(tag);
      assert.ok(table, `no table src/i18n/tables/${tag}.ts`);
      const problems = checkTable(tag, table, source);
      assert.deepEqual(problems, [], `${tag}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    });
  }
});

test('every table records the German source of each of its keys, and it is the German as it is now', async () => {
  for (const { tag } of translated) {
    const table = await loadTable(tag);
    const hashes = loadHashes(tag);
    assert.deepEqual(Object.keys(hashes), Object.keys(source), `src/i18n/table-sources/${tag}.json: not one record per key, in the source's order`);
    assert.deepEqual(staleKeys(table, hashes, source), [], `${tag}: translated from another German text`);
  }
});

test('a German text that changes makes the checker name every table that translated it', async () => {
  const changed = {
    ...source,
    'error.http': 'Der Feed {url} ist gerade nicht erreichbar (HTTP {status}).',
    'card.units': { one: '{value} Wohnung', other: '{value} Wohnungen' },
  };
  const problems = {};
  for (const { tag } of translated) problems[tag] = checkTable(tag, await loadTable(tag), changed, loadHashes(tag));
  const stale = tablesByStaleKey(problems);
  const tags = translated.map((l) => l.tag);
  assert.deepEqual([...stale.keys()], ['error.http', 'card.units']);
  assert.deepEqual(stale.get('error.http'), tags);
  assert.deepEqual(stale.get('card.units'), tags);
  assert.match(
    problems['fa'].join('\n'),
    /^error\.http: the German source changed since this translation was written; check it, then `npm run translations -- confirm fa error\.http`$/m,
  );
  // Unchanged keys stay quiet; the same table against the German as it is: no problem.
  assert.equal(problems['fa'].length, 2);
  assert.deepEqual(checkTable('fa', await loadTable('fa'), source, loadHashes('fa')), []);
});

test('a key without a record of its German source is a problem; writing a table records new and changed messages only', async () => {
  const table = await loadTable('uk');
  const hashes = { ...loadHashes('uk') };
  delete hashes['state.loading'];
  assert.deepEqual(checkTable('uk', table, source, hashes), [
    'state.loading: no record of the German it was translated from; check it, then `npm run translations -- confirm uk state.loading`',
  ]);
  // An import that changes one message records that one as translated from today's German; the others keep their record.
  const stale = { ...loadHashes('uk'), 'state.empty': '000000000000', 'state.loading': '000000000000' };
  const original = fs.readFileSync;
  const record = join(sourcesDir, 'uk.json');
  fs.readFileSync = (target, ...rest) => (target === record ? JSON.stringify(stale) : original(target, ...rest));
  syncBuiltinESMExports();
  let written;
  try {
    written = writtenFiles('uk', { ...table, 'state.loading': 'Завантаження …' }, table).hashes;
  } finally {
    fs.readFileSync = original;
    syncBuiltinESMExports();
  }
  assert.equal(written['state.loading'], sourceHash(source['state.loading']));
  assert.equal(written['state.empty'], '000000000000');
});

test('table-loaders.ts loads exactly the tables of languages.ts', () => {
  const text = readFileSync(join(ROOT, 'src/i18n/table-loaders.ts'), 'utf8');
  const loaders = [...text.matchAll(/^\s*'?([\w-]+)'?: \(\) => import\('\.\/tables\/([\w-]+)\.js'\)/gm)];
  for (const [line, tag, file] of loaders) assert.equal(tag, file, `${line.trim()}: the tag and the table differ`);
  assert.equal(loaders.length, (text.match(/\(\) => import\(/g) ?? []).length, "a loader that is not written as '<tag>': () => import('./tables/<tag>.js')");
  assert.deepEqual(loaders.map((m) => m[1]).sort(), translated.map((l) => l.tag).sort());
});

for (const tag of ['en', 'ar']) {
  test(`XLIFF round trip: ${tag}`, async () => {
    const table = await loadTable(tag);
    assert.ok(table, `no table for ${tag}`);
    const language = byTag(tag);
    const xliff = writeXliff({ tag, language, source, table });
    assert.match(
      xliff,
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="de" trgLang="/,
    );
    assert.equal((xliff.match(/<unit id=/g) ?? []).length, Object.keys(source).length, 'one unit per source key');
    assert.deepEqual(readXliff(xliff, source), table);
    // Export, then import: the same table file, byte for byte.
    const imported = tableText(tag, readXliff(xliff, source), table);
    assert.equal(imported, readFileSync(join(tablesDir, `${tag}.ts`), 'utf8'), `src/i18n/tables/${tag}.ts is not what export → import writes`);

    // Characters XML must escape, in a plain and a plural message.
    const plural = Object.keys(source).find((key) => typeof source[key] !== 'string');
    const tricky = {
      ...table,
      'switch.label': `A & B <b>bold</b> "quoted" 'single' ]]> &amp; {language}`,
      [plural]: Object.fromEntries(Object.keys(table[plural]).map((form) => [form, `<${form}> & "${form}" {count}`])),
    };
    const text = writeXliff({ tag, language, source, table: tricky });
    assert.match(text, /<target>A &amp; B &lt;b&gt;bold&lt;\/b&gt; "quoted" 'single' \]\]&gt; &amp;amp; \{language\}<\/target>/);
    assert.deepEqual(readXliff(text, source), tricky);
  });
}

test('XLIFF: plural units have a segment per plural category and explain them', () => {
  const key = Object.keys(source).find((k) => typeof source[k] !== 'string');
  const xliff = writeXliff({ tag: 'ar', language: byTag('ar'), source, table: {} });
  const unit = new RegExp(`<unit id="${key.replace(/\./g, '\\.')}">[\\s\\S]*?</unit>`).exec(xliff)[0];
  assert.deepEqual(
    [...unit.matchAll(/<segment id="(\w+)"/g)].map((m) => m[1]),
    ['zero', 'one', 'two', 'few', 'many', 'other'],
  );
  assert.match(unit, /<note category="plural">/);
  assert.match(unit, /<segment id="one" state="initial">\s*<source>[^<]*<\/source>\s*<\/segment>/, 'no target, state initial');
  const german = source[key];
  assert.ok(unit.includes(`<source>${german.one}</source>`) && unit.includes(`<source>${german.other}</source>`));
  // Without the German source, the plural note and the segment ids decide.
  assert.deepEqual(readXliff(xliff), {});
  const de = writeXliff({ tag: 'de-plain', language: byTag('de-plain'), source, table: { [key]: { one: 'x', other: 'y' }, 'switch.label': 'z' } });
  assert.deepEqual(readXliff(de), { [key]: { one: 'x', other: 'y' }, 'switch.label': 'z' });
  assert.match(de, /<segment id="one" state="translated">/);
});

test('XLIFF: a document as other tools write it is read', () => {
  const fixture = `<?xml version='1.0' encoding='utf-8'?>
<!-- exported by some translation platform -->
<x:xliff trgLang='fa' xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
    srcLang="de"   version="2.0">
 <x:file original="quartier-widgets.xlf" id='quartier-widgets'>
  <x:group id="g1">
   <x:unit translate="yes" id="switch.label" name="switch.label">
    <x:segment state="final" id="other" subState="tool:done"><x:source>Sprache</x:source><x:target xml:space="preserve">زبان</x:target></x:segment>
   </x:unit>
  </x:group>
  <x:unit id="link.external">
   <x:notes><x:note category="placeholders" priority="1">{label}</x:note></x:notes>
   <x:segment canResegment="no">
    <x:source>{label} (externer Link)</x:source>
    <x:target><![CDATA[{label} <& "extern">]]></x:target>
   </x:segment>
  </x:unit>
  <x:unit id="text.separator"><x:segment id="other"><x:source>, </x:source><x:target>&#x060C;&#32;</x:target></x:segment></x:unit>
  <x:unit id="state.loading"><x:segment id="other"><x:source>Wird geladen …</x:source></x:segment></x:unit>
  <x:unit id="state.empty"><x:segment id="other"><x:source>…</x:source><x:target/></x:segment></x:unit>
  <x:unit id="card.units">
   <x:segment id="one" state="translated"><x:source>{value} Wohneinheit</x:source><x:target>{value} &quot;واحد&quot; &amp; &apos;x&apos;</x:target></x:segment>
   <!-- a comment between segments -->
   <x:segment id="other" state="translated"><x:source>{value} Wohneinheiten</x:source><x:target>{value} واحد</x:target></x:segment>
  </x:unit>
 </x:file>
</x:xliff>
`;
  assert.deepEqual(readXliff(fixture, source), {
    'switch.label': 'زبان',
    'link.external': '{label} <& "extern">',
    'text.separator': '، ',
    'card.units': { one: `{value} "واحد" & 'x'`, other: '{value} واحد' },
  });
});

test('XLIFF: markup in a target, an unknown entity or XLIFF 1.2 is refused, not dropped', () => {
  const doc = (target, version = '2.0') =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="${version}" srcLang="de" trgLang="en"><file id="f"><unit id="link.external"><segment id="other"><source>{label}</source><target>${target}</target></segment></unit></file></xliff>`;
  assert.deepEqual(readXliff(doc('{label} (link)'), source), { 'link.external': '{label} (link)' });
  assert.throws(() => readXliff(doc('<ph id="1" equiv="{label}"/> (link)'), source), /<ph> in a target/);
  assert.throws(() => readXliff(doc('&nbsp;{label}'), source), /unknown entity &nbsp;/);
  assert.throws(() => readXliff(doc('{label}', '1.2'), source), /version 1\.2/);
  assert.throws(() => readXliff(doc('{label}').replace('</unit>', ''), source), /does not close/);
});

test('docs/translations.md has the current status table (`npm run translations -- status --check`)', async () => {
  const { code, stdout, stderr } = await translations(['status', '--check']);
  assert.equal(code, 0, `${stdout}${stderr}`);
});

test('a review downloaded from the review page imports as the corrected table (XLIFF and JSON)', async () => {
  const { reviewFiles } = await importTs('pages/review-export.ts');
  const table = await loadTable('uk');
  const verdicts = { 'role.funder': { forms: { other: 'Фінансова підтримка' } }, 'map.close': { ok: true }, 'map.zoom-in': { remark: 'ok?' } };
  const { xliff, json } = reviewFiles(byTag('uk'), source, table, verdicts);
  for (const messages of [readXliff(xliff, source), JSON.parse(json)]) {
    assert.deepEqual(messages, { ...table, 'role.funder': 'Фінансова підтримка' });
    assert.deepEqual(checkTable('uk', messages, source), []);
    const { table: text, hashes } = writtenFiles('uk', messages, table);
    assert.match(text, /'role\.funder': 'Фінансова підтримка',/);
    assert.equal(hashes['role.funder'], sourceHash(source['role.funder']));
    assert.deepEqual(hashes, loadHashes('uk'), 'a correction of a current translation keeps the record as it is');
  }
});

test('every known doubt (src/i18n/table-doubts.ts) concerns strings its table has', async () => {
  const { TABLE_DOUBTS } = await importTs('src/i18n/table-doubts.ts');
  const keys = Object.keys(source);
  const unmatched = [];
  for (const [tag, doubts] of Object.entries(TABLE_DOUBTS)) {
    const tables = tag === '*' ? await Promise.all(translated.map((l) => loadTable(l.tag))) : [await loadTable(tag)];
    assert.ok(tables.every(Boolean), `${tag}: no such table`);
    for (const doubt of doubts) {
      for (const key of doubt.keys ?? [])
        if (!keys.some((k) => (key.endsWith('.*') ? k.startsWith(key.slice(0, -1)) : k === key))) unmatched.push(`${tag}: ${key}`);
      if (doubt.word && !tables.some((t) => Object.values(t).some((m) => JSON.stringify(m).includes(doubt.word)))) unmatched.push(`${tag}: “${doubt.word}”`);
    }
  }
  assert.deepEqual(unmatched, []);
});
