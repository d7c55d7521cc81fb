// The feed checker prints nothing from a feed (or a file name) raw on the
// terminal: escape sequences (cursor movement, clear screen, conceal, OSC 0
// window title, OSC 52 clipboard write), C1 controls, DEL, line breaks and
// bidi controls in keys, paths and values come out as \uXXXX, in the human
// report and in --json (which stays the same JSON value). The feed:
// test/fixtures/hostile/terminal-escapes.json. Build first (lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quartierFeed, ROOT } from './lib/run-cli.js';

const FIXTURE = 'test/fixtures/hostile/terminal-escapes.json';
const feed = JSON.parse(readFileSync(join(ROOT, FIXTURE), 'utf8'));

/** Every character a terminal may act on (line feed apart, which ends our own lines). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const SEQUENCES = {
  'cursor-up': '\\u001B[1A\\u001B[2K',
  'clear-screen': '\\u001B[2J\\u001B[H',
  conceal: '\\u001B[8m',
  'osc0-title': '\\u001B]0;pwned\\u0007',
  'osc52-clipboard': '\\u001B]52;c;cHduZWQ=\\u0007',
  'c1-csi': '\\u009B2J',
  del: '\\u007F',
  rlo: '\\u202E',
  fsi: '\\u2068',
  newline: '\\u000Afake.json:1:1  keine Probleme\\u000A',
};

test('the human report escapes every control character from the feed, in field paths, keys and values', async () => {
  const { code, stdout, stderr } = await quartierFeed(['check', FIXTURE]);
  assert.equal(stderr, '');
  assert.equal(code, 1);
  const lines = stdout.split('\n').filter(Boolean);
  for (const line of lines) assert.doesNotMatch(line, CONTROL, `a raw control character in: ${JSON.stringify(line)}`);
  // Every line is one of ours: a place, then the message (no line planted by a value).
  for (const line of lines) assert.ok(line.startsWith(`${FIXTURE}:`), `a line that is not the report's: ${JSON.stringify(line)}`);
  for (const [name, escaped] of Object.entries(SEQUENCES)) {
    assert.ok(stdout.includes(`x-${name}-${escaped}-end`), `the unknown key with ${name}, escaped, in a hint`);
    assert.ok(stdout.includes(`name.de-${name}${escaped}`), `the field path with ${name}, escaped, in a warning`);
  }
  assert.ok(stdout.includes('https://\\u202Eexample.org/'), 'the value with U+202E, escaped');
});

test('--json escapes what JSON.stringify leaves raw (C1, DEL, bidi controls) and keeps the same value', async () => {
  const { code, stdout } = await quartierFeed(['check', FIXTURE, '--json']);
  assert.equal(code, 1);
  assert.doesNotMatch(stdout.replace(/\n/g, ''), CONTROL);
  const report = JSON.parse(stdout);
  const keys = report.files[0].hints.map((h) => h.path.at(-1));
  for (const key of Object.keys(feed.projects[0]).filter((k) => k.startsWith('x-'))) {
    assert.ok(keys.includes(key), `the unknown key ${JSON.stringify(key)} as written in the feed`);
  }
});

test('a file name with escape sequences is escaped in every line that names it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'quartier-escapes-'));
  try {
    const name = join(dir, 'feed\u001b]0;pwned\u0007\u001b[2J.json');
    copyFileSync(join(ROOT, FIXTURE), name);
    const { stdout } = await quartierFeed(['check', name]);
    assert.doesNotMatch(stdout.replace(/\n/g, ''), CONTROL);
    assert.ok(stdout.includes('feed\\u001B]0;pwned\\u0007\\u001B[2J.json'));
    const missing = await quartierFeed(['check', join(dir, 'gone\u001b[8m.json')]);
    assert.equal(missing.code, 2);
    assert.doesNotMatch(missing.stdout.replace(/\n/g, ''), CONTROL);
    const unknown = await quartierFeed(['check', '--x\u001b[2J']);
    assert.doesNotMatch(unknown.stderr.replace(/\n/g, ''), CONTROL);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
