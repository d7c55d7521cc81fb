// The feed's text as the authoring tools write it (src/authoring/feed-text.ts,
// from lib/): minimal edits keep every other byte, new keys go where the
// format's description puts them, new files have a stable key order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { editFeedText, feedToText } = await import('../../lib/authoring/feed-text.js');
const { fieldsAt, fieldAt } = await import('../../lib/authoring/field-path.js');

const sample = readFileSync(new URL('../../data/seesen-lena.json', import.meta.url), 'utf8');

/** Lines of `after` that are not in `before`, and the reverse. */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

test('setting a value to what it is keeps every byte', () => {
  const name = JSON.parse(sample).projects[0].name;
  assert.equal(editFeedText(sample, ['projects', 0, 'name'], name), sample);
});

test('an edit changes only the line of the edited value', () => {
  const after = editFeedText(sample, ['projects', 0, 'shortName'], 'LeNa Seesen');
  assert.deepEqual(changedLines(sample, after), { added: ['      "shortName": "LeNa Seesen",'], removed: ['      "shortName": "LeNa",'] });
  assert.equal(JSON.parse(after).projects[0].shortName, 'LeNa Seesen');
});

test('a new key goes where the description puts it, with the file’s indent', () => {
  const feed = JSON.parse(sample);
  assert.equal(feed.license, undefined);
  const after = editFeedText(sample, ['license'], 'CC-BY-4.0');
  const keys = Object.keys(JSON.parse(after));
  assert.ok(keys.indexOf('license') === keys.indexOf('updated') + 1, keys.join(','));
  assert.match(after, /\n {2}"license": "CC-BY-4\.0",\n/);
});

test('removing a key removes only its lines', () => {
  const after = editFeedText(sample, ['projects', 0, 'shortName'], undefined);
  const { added, removed } = changedLines(sample, after);
  assert.deepEqual(added, []);
  assert.deepEqual(removed, ['      "shortName": "LeNa",']);
});

test('inserting an item into a list', () => {
  const after = editFeedText(sample, ['projects', 0, 'goals', 0], 'Ein neues Ziel', { insert: true });
  const before = JSON.parse(sample).projects[0].goals;
  assert.deepEqual(JSON.parse(after).projects[0].goals, ['Ein neues Ziel', ...before]);
});

test('a new feed has two-space indent, a final newline and the description’s key order at every level', () => {
  const text = feedToText({
    offers: [{ schedule: { rules: [{ closes: '12:00', opens: '10:00', byDay: ['TU'], freq: 'weekly' }] }, name: 'Treff', id: 'treff', extra: 1 }],
    projects: [{ name: 'P', id: 'p' }],
    language: 'de',
    version: '1',
  });
  assert.ok(text.endsWith('}\n'));
  const feed = JSON.parse(text);
  assert.deepEqual(Object.keys(feed), ['version', 'language', 'projects', 'offers']);
  assert.deepEqual(Object.keys(feed.offers[0]), ['id', 'name', 'schedule', 'extra']);
  assert.deepEqual(Object.keys(feed.offers[0].schedule.rules[0]), ['freq', 'byDay', 'opens', 'closes']);
  assert.match(text, /^\{\n {2}"version": "1",\n/);
});

test('a "__proto__" key in a feed stays an ordinary key', () => {
  const feed = JSON.parse('{"version":"1","__proto__":{"polluted":true},"projects":[]}');
  const text = feedToText(feed);
  assert.equal({}.polluted, undefined);
  assert.ok(Object.hasOwn(JSON.parse(text), '__proto__'));
});

test('paths into the description', () => {
  assert.deepEqual(
    fieldsAt(['offers', 2, 'schedule', 'rules', 0]).map((f) => f.key),
    ['freq', 'byDay', 'bySetPos', 'opens', 'closes'],
  );
  assert.deepEqual(
    fieldsAt(['publisher']).map((f) => f.key),
    ['name', 'url', 'email'],
  );
  assert.equal(fieldsAt(['offers']), undefined);
  assert.equal(fieldsAt(['offers', 0, 'nonsense']), undefined);
  assert.equal(fieldsAt(['offers', 0, 'schedule', 'rules']), undefined);
  assert.equal(fieldAt(['places', 0, 'address', 'street']).label.de, 'Straße und Hausnummer');
  assert.equal(fieldAt(['projects', 1, 'partners', 0, 'role']).codes, 'role');
});

test('objects and lists a path needs are made, where the description puts them', () => {
  const bare = '{\n  "version": "1",\n  "projects": [\n    {\n      "id": "p",\n      "name": "P"\n    }\n  ]\n}\n';
  const withTown = editFeedText(bare, ['projects', 0, 'municipality', 'name'], 'Musterstadt');
  assert.deepEqual(Object.keys(JSON.parse(withTown).projects[0]), ['id', 'name', 'municipality']);
  assert.deepEqual(JSON.parse(withTown).projects[0].municipality, { name: 'Musterstadt' });
  const withShort = editFeedText(withTown, ['projects', 0, 'shortName'], 'Q');
  assert.deepEqual(Object.keys(JSON.parse(withShort).projects[0]), ['id', 'name', 'shortName', 'municipality']);
  const withRule = editFeedText(bare, ['offers', 0, 'schedule', 'rules', 0, 'freq'], 'weekly');
  assert.deepEqual(JSON.parse(withRule).offers, [{ schedule: { rules: [{ freq: 'weekly' }] } }]);
  assert.equal(editFeedText(bare, ['projects', 0, 'municipality', 'name'], undefined), bare);
  const proto = editFeedText(bare, ['projects', 0, '__proto__', 'x'], 1);
  assert.equal({}.x, undefined);
  assert.ok(Object.hasOwn(JSON.parse(proto).projects[0], '__proto__'));
});
