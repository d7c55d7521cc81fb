// The German guide for partners (docs/de/feed-anleitung.md): its field
// reference is the one scripts/feed-guide.js writes from the format's
// description (the editor's own labels and help texts), every field of the
// description is in it, and every image and relative link in the guide exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const guidePath = path.join(root, 'docs', 'de', 'feed-anleitung.md');
const guide = readFileSync(guidePath, 'utf8');
const { ROOT_FIELDS, RECORD_SPECS } = await import('../../lib/authoring/feed-fields.js');

test('the field reference is current (`node scripts/feed-guide.js --check`)', async () => {
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, [path.join(root, 'scripts', 'feed-guide.js'), '--check'], { cwd: root });
  assert.match(stdout, /is current/);
});

test('every field of the description is in the guide with its help text, as the editor shows it', () => {
  const walk = function* (fields) {
    for (const field of fields) {
      yield field;
      if (field.fields) yield* walk(field.fields);
    }
  };
  const all = [...walk(ROOT_FIELDS), ...RECORD_SPECS.flatMap((r) => [...walk(r.fields)])];
  for (const field of all) {
    assert.ok(guide.includes(`| \`${field.key}\` |`), `${field.key} is not in the guide`);
    assert.ok(guide.includes(field.help.de.replace(/\|/g, '\\|')), `the help of ${field.key} is not in the guide`);
  }
  for (const record of RECORD_SPECS) assert.ok(guide.includes(`### ${record.label.de}`), record.list);
});

test('every image and relative link of the guide exists', () => {
  const targets = [...guide.matchAll(/\]\((?!https?:|#)([^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(
    targets.some((t) => t.startsWith('../images/editor-')),
    'the guide shows the editor',
  );
  for (const target of targets) assert.ok(existsSync(path.resolve(path.dirname(guidePath), target)), `${target} does not exist`);
  const anchors = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
  const headings = [...guide.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
    m[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N} -]/gu, '')
      .replace(/ /g, '-'),
  );
  for (const anchor of anchors) assert.ok(headings.includes(anchor), `#${anchor} is no heading`);
});
