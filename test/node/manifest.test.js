// The Custom Elements Manifest (custom-elements.json, `npm run analyze`) against
// the widgets' specs and against the code: module paths that exist in the npm
// package, every attribute and property, every event with its detail type
// (exported by the package), every part and CSS custom property of each
// element — and the specs themselves against what the code renders, fires and
// styles, so that the manifest made from them is right.
//   npm run build && node --test test/node/manifest.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { importTs, root } from '../../scripts/lib/import-ts.js';
import { describe as describeAttribute, typeText } from '../../scripts/lib/manifest-from-spec.js';

const manifestFile = path.join(root, 'custom-elements.json');
assert.ok(existsSync(manifestFile), 'custom-elements.json is missing: run `npm run build` first');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const { DOCUMENTED, BASE, TOKENS } = await importTs('src/elements/widget-docs.ts');
const { WIDGETS } = await importTs('src/elements/widgets.ts');

const classes = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ module: m.path, ...d })));
const element = (tag) => classes.find((d) => d.tagName === tag);
const names = (list) => (list ?? []).map((x) => x.name);
const withAttribute = (spec) => Object.entries(spec.attributes).filter(([, a]) => a.attribute !== false);

/** The text of every file under `dir` (recursively) whose name passes `keep`. */
function sources(dir, keep = (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts')) {
  const full = path.join(root, dir);
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && keep(d.name))
    .map((d) => readFileSync(path.join(d.parentPath ?? d.path, d.name), 'utf8'))
    .join('\n');
}
const matches = (text, re) => new Set([...text.matchAll(re)].map((m) => m[1]));
/** Part names written literally: `part="x"`, `setAttribute('part', 'x')`, a heading's or text's part argument. */
const literalParts = (text) => new Set([...matches(text, /\bpart="([a-z-]+)"/g), ...matches(text, /setAttribute\('part', '([a-z-]+)'\)/g)]);
const sameSet = (actual, expected, message) => assert.deepEqual([...actual].sort(), [...expected].sort(), message);

test('every widget of src/elements/widgets.ts is documented, and is a custom element in the manifest', () => {
  assert.deepEqual(
    DOCUMENTED.map((w) => w.spec.tag),
    WIDGETS.map((w) => w.tag),
  );
  for (const { spec, docs } of DOCUMENTED) {
    const el = element(spec.tag);
    assert.ok(el, `<${spec.tag}> is not in the manifest`);
    assert.equal(el.customElement, true);
    assert.equal(el.summary, docs.summary);
  }
});

test('module paths are files of the npm package (lib/….js with its .d.ts), never src/', () => {
  const refs = new Set();
  (function walk(value) {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') refs.add(inner);
      else walk(inner);
    }
  })(manifest.modules);
  assert.ok(refs.size > 0);
  for (const ref of refs) {
    assert.match(ref, /^lib\/.*\.js$/, ref);
    assert.ok(
      pkg.files.some((f) => ref.startsWith(f)),
      `${ref} is not in package.json "files"`,
    );
    assert.ok(existsSync(path.join(root, ref)), `${ref} does not exist (npm run build:lib)`);
    assert.ok(existsSync(path.join(root, ref.replace(/\.js$/, '.d.ts'))), `${ref}: no .d.ts`);
  }
  // Each element's registering module, as the package exports it.
  for (const { spec } of DOCUMENTED) {
    const definition = manifest.modules.flatMap((m) => m.exports ?? []).find((e) => e.kind === 'custom-element-definition' && e.name === spec.tag);
    assert.ok(definition, `no custom-element-definition for ${spec.tag}`);
    assert.equal(pkg.exports[`./${spec.tag}.js`].default, `./${manifest.modules.find((m) => m.exports?.includes(definition)).path}`);
  }
});

test('every attribute and property of the specs, with type, values and default', () => {
  for (const { spec, docs } of DOCUMENTED) {
    const el = element(spec.tag);
    const own = withAttribute(spec);
    const base = withAttribute(BASE.spec);
    assert.deepEqual(
      names(el.attributes),
      [...own, ...base].map(([, a]) => a.attribute),
      `<${spec.tag}> attributes`,
    );
    for (const [property, a] of [...own, ...base]) {
      const attribute = el.attributes.find((x) => x.name === a.attribute);
      const description = docs.attributes[property] ?? BASE.docs.attributes[property];
      assert.equal(attribute.fieldName, property);
      assert.equal(attribute.type.text, typeText(a));
      assert.equal(attribute.description, describeAttribute(a, description));
      for (const value of a.values ?? [])
        assert.ok(`${attribute.type.text} ${attribute.description}`.includes(value), `${spec.tag} ${a.attribute}: ${value} not named`);
      if (a.default !== undefined) assert.equal(attribute.default, typeof a.default === 'string' ? `'${a.default}'` : String(a.default));
    }
    for (const [property, a] of [...Object.entries(spec.attributes), ...Object.entries(BASE.spec.attributes)]) {
      if (a.native) continue;
      const field = el.members.find((m) => m.kind === 'field' && m.name === property);
      assert.ok(field, `<${spec.tag}>.${property} is not a member`);
      assert.equal(field.privacy, 'public');
      assert.equal(field.attribute, a.attribute === false ? undefined : a.attribute);
      if (a.reflect) assert.equal(field.reflects, true);
    }
  }
});

test('every event with its detail type, which the package exports (quartier-language included)', () => {
  const index = readFileSync(path.join(root, 'lib/index.d.ts'), 'utf8');
  const eventTypes = readFileSync(path.join(root, 'src/elements/base/events.ts'), 'utf8');
  for (const { spec, docs } of DOCUMENTED) {
    const el = element(spec.tag);
    const expected = { ...BASE.docs.events, ...docs.events };
    assert.deepEqual(names(el.events).sort(), Object.keys(expected).sort(), `<${spec.tag}> events`);
    assert.ok(names(el.events).includes('quartier-language'));
    for (const event of el.events) {
      const detail = expected[event.name].detail;
      assert.equal(event.type.text, `CustomEvent<${detail}>`);
      assert.match(index, new RegExp(`\\b${detail}\\b`), `${detail} is not exported by lib/index.d.ts`);
      assert.match(eventTypes, new RegExp(`'${event.name}': ${detail};`), `${event.name} does not carry ${detail} in events.ts`);
    }
  }
});

test('every part and CSS custom property of each element, with the token defaults of styles/tokens.ts', () => {
  for (const { spec, docs } of DOCUMENTED) {
    const el = element(spec.tag);
    assert.deepEqual(names(el.cssParts), [...Object.keys(BASE.docs.parts), ...Object.keys(docs.parts)], `<${spec.tag}> parts`);
    assert.deepEqual(names(el.cssProperties), [...BASE.docs.tokens, ...docs.tokens], `<${spec.tag}> CSS properties`);
    for (const p of el.cssProperties) assert.equal(p.default, TOKENS[p.name].default);
    assert.equal(el.slots, undefined, 'no element has slots; a spec that adds some must say so');
  }
  // Every token is read by some element.
  const used = new Set([...BASE.docs.tokens, ...DOCUMENTED.flatMap((w) => w.docs.tokens)]);
  sameSet(used, Object.keys(TOKENS), 'tokens.ts lists exactly the tokens the specs name');
});

/**
 * Views in src/elements/shared/ that render parts not every element has (the
 * filter bar, the calendar button): their parts count as those of each
 * element that imports them, which must name them.
 */
function sharedViews() {
  const dir = path.join(root, 'src/elements/shared');
  const views = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    if ([...literalParts(text)].some((part) => !(part in BASE.docs.parts))) views.set(file.replace(/\.ts$/, '.js'), text);
  }
  return views;
}

/** The shared views that the sources of an element import. */
const viewsOf = (own, views) =>
  [...views]
    .filter(([file]) => own.includes(`../shared/${file}'`))
    .map(([, text]) => text)
    .join('\n');

test('the specs say what the code does: the parts it renders, the events it fires, the tokens its styles read', () => {
  // What every element has: the base class and the views they all share.
  const views = sharedViews();
  const base = sources('src/elements/base') + sources('src/elements/shared', (f) => f.endsWith('.ts') && !views.has(f.replace(/\.ts$/, '.js')));
  const fired = (text) => matches(text, /fire\([^,]+, '([a-z-]+)'/g);
  const tokens = (text) => matches(text, /(--quartier-[a-z-]+)/g);
  sameSet(
    literalParts(base),
    Object.keys(BASE.docs.parts).filter((p) => p !== 'text'),
    "parts of base/ and shared/ (`text` is blockText's default part)",
  );
  assert.match(base, /part = 'text'/);
  sameSet(fired(base), Object.keys(BASE.docs.events), 'events fired in base/ and shared/');
  sameSet(tokens(sources('src/styles', (f) => f.endsWith('.ts') && f !== 'tokens.ts')), BASE.docs.tokens, 'tokens read by src/styles/');
  for (const { spec, docs } of DOCUMENTED) {
    // Both maps draw their markers and clusters with src/map/.
    const mine = sources(`src/elements/${spec.tag}`);
    const own = mine + viewsOf(mine, views) + (spec.tag === 'offer-map' || spec.tag === 'quartier-directory' ? sources('src/map') : '');
    const parts = new Set([...Object.keys(BASE.docs.parts), ...Object.keys(docs.parts)]);
    for (const part of literalParts(own)) assert.ok(parts.has(part), `<${spec.tag}> renders part "${part}", which its spec does not name`);
    for (const part of Object.keys(docs.parts)) assert.match(own, new RegExp(`['"]${part}['"]`), `<${spec.tag}>: part "${part}" is not in its code`);
    sameSet(fired(own), Object.keys(docs.events), `events fired in src/elements/${spec.tag}/`);
    sameSet(tokens(sources(`src/elements/${spec.tag}`, (f) => f.endsWith('.styles.ts'))), docs.tokens, `tokens read by ${spec.tag}'s styles`);
  }
});
