// Holds the partners' description of the format (src/authoring/feed-fields.ts,
// read from lib/) against the JSON Schema, in both directions: every schema
// property at every level is described, nothing is described that the schema
// lacks, kinds, required fields and code lists agree, and every label, help
// text and code name exists in German and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../../data/quartier-feed.schema.json', import.meta.url), 'utf8'));
const { ROOT_FIELDS, RECORD_SPECS, CODE_LISTS } = await import('../../lib/authoring/feed-fields.js');
const { codeLabel, codeFromWord } = await import('../../lib/authoring/code-labels.js');

/** Resolves a `$ref` (and the `$ref` an annotated property carries). */
function resolve(node) {
  let current = node;
  while (current && current.$ref) current = schema.$defs[current.$ref.replace('#/$defs/', '')];
  return current;
}

/** The name of the $def a property points to, if any. */
function refName(node) {
  return node.$ref ? node.$ref.replace('#/$defs/', '') : undefined;
}

/** Which schema shapes each kind may describe. */
function kindMatches(kind, property) {
  const ref = refName(property);
  const target = resolve(property);
  switch (kind) {
    case 'id':
    case 'reference':
      return ref === 'Slug';
    case 'text':
      return ref === 'Text';
    case 'string':
      return target.type === 'string' && ref === undefined && !target.enum;
    case 'url':
      return ref === 'Url';
    case 'email':
      return ref === 'Email';
    case 'phone':
      return ref === 'Phone';
    case 'date':
      return ref === 'Date' || ref === 'Day';
    case 'date-time':
      return ref === 'DateTime';
    case 'time':
      return ref === 'Time';
    case 'integer':
      return target.type === 'integer';
    case 'number':
      return target.type === 'number';
    case 'boolean':
      return target.type === 'boolean';
    case 'code':
      return target.type === 'string' && Array.isArray(target.enum);
    case 'codes':
      return target.type === 'array' && Array.isArray(resolve(target.items).enum);
    case 'language':
      return ref === 'LanguageTag';
    case 'languages':
      return target.type === 'array' && refName(target.items) === 'LanguageTag';
    case 'text-list':
      return target.type === 'array' && refName(target.items) === 'Text';
    case 'object':
    case 'geo':
      return target.type === 'object' && target.properties !== undefined;
    case 'list':
      return target.type === 'array' && resolve(target.items).type === 'object';
    case 'polygon':
      return ref === 'Polygon';
    case 'number-or-text':
    case 'cost':
      return Array.isArray(target.anyOf);
    case 'currency':
      return target.type === 'string' && target.pattern === '^[A-Z]{3}$';
    case 'set-pos':
      return target.type === 'integer';
    case 'version':
      return target.type === 'string' && target.pattern.startsWith('^1');
    default:
      return false;
  }
}

/** The object schema whose properties `fields` describe. */
function objectOf(property) {
  const target = resolve(property);
  return target.type === 'array' ? resolve(target.items) : target;
}

/** Compares one level: `fields` against `objectSchema.properties`, then each nested level. */
function compareLevel(where, fields, objectSchema, problems) {
  const described = new Map(fields.map((f) => [f.key, f]));
  const properties = objectSchema.properties ?? {};
  for (const key of Object.keys(properties)) {
    if (!described.has(key)) problems.push(`${where}.${key}: in the schema, not described`);
  }
  const required = new Set(objectSchema.required ?? []);
  for (const field of fields) {
    const at = `${where}.${field.key}`;
    const property = properties[field.key];
    if (!property) {
      problems.push(`${at}: described, not in the schema`);
      continue;
    }
    if (!kindMatches(field.kind, property)) problems.push(`${at}: kind ${field.kind} does not fit the schema`);
    if (Boolean(field.required) !== required.has(field.key))
      problems.push(`${at}: required is ${Boolean(field.required)}, schema says ${required.has(field.key)}`);
    if (field.kind === 'code' || field.kind === 'codes') {
      const target = resolve(property);
      const values = field.kind === 'code' ? target.enum : resolve(target.items).enum;
      assert.ok(field.codes, `${at}: no code list`);
      assert.deepEqual([...CODE_LISTS[field.codes].values], values, `${at}: code list ${field.codes} differs from the schema's enum`);
    }
    if (field.fields) compareLevel(at, field.fields, objectOf(property), problems);
    else if (field.kind === 'object' || field.kind === 'list' || field.kind === 'geo') problems.push(`${at}: no fields described`);
  }
}

test('the description and the JSON Schema list the same fields, kinds and required fields at every level', () => {
  const problems = [];
  const rootSchema = { properties: {}, required: schema.required };
  for (const [key, property] of Object.entries(schema.properties)) {
    if (property.type !== 'array') rootSchema.properties[key] = property;
  }
  compareLevel('feed', ROOT_FIELDS, rootSchema, problems);
  const lists = Object.entries(schema.properties)
    .filter(([, p]) => p.type === 'array')
    .map(([key]) => key);
  assert.deepEqual(
    RECORD_SPECS.map((r) => r.list),
    lists,
    'record lists in the schema order',
  );
  for (const record of RECORD_SPECS) compareLevel(record.list, record.fields, resolve(schema.properties[record.list].items), problems);
  assert.deepEqual(problems, []);
});

/** Every field of the description, with where it is. */
function* allFields(fields, where) {
  for (const field of fields) {
    yield [`${where}.${field.key}`, field];
    if (field.fields) yield* allFields(field.fields, `${where}.${field.key}`);
  }
}

function everyField() {
  return [...allFields(ROOT_FIELDS, 'feed'), ...RECORD_SPECS.flatMap((r) => [...allFields(r.fields, r.list)])];
}

test('every label and help text is there in German and English', () => {
  for (const [at, field] of everyField()) {
    for (const lang of ['de', 'en']) {
      assert.ok(field.label[lang]?.trim(), `${at}: label ${lang}`);
      assert.ok(field.help[lang]?.trim(), `${at}: help ${lang}`);
    }
  }
  for (const record of RECORD_SPECS) {
    for (const lang of ['de', 'en']) {
      for (const words of [record.label, record.one, record.help]) assert.ok(words[lang]?.trim(), `${record.list}: ${lang}`);
    }
  }
});

test('labels are unique within a level (they are spreadsheet column headers), and so are sheet names', () => {
  const levels = [
    ROOT_FIELDS,
    ...RECORD_SPECS.map((r) => r.fields),
    ...everyField()
      .filter(([, f]) => f.fields)
      .map(([, f]) => f.fields),
  ];
  for (const fields of levels) {
    const labels = fields.map((f) => f.label.de);
    assert.equal(new Set(labels).size, labels.length, `duplicate labels: ${labels.join(', ')}`);
  }
  const sheets = [
    ...RECORD_SPECS.map((r) => r.label.de),
    ...everyField()
      .filter(([, f]) => f.kind === 'list' || f.kind === 'text-list')
      .map(([at, f]) => f.sheet ?? at),
  ];
  assert.equal(new Set(sheets).size, sheets.length, `duplicate sheets: ${sheets.join(', ')}`);
  for (const [at, field] of everyField()) {
    if (field.kind === 'list' || field.kind === 'text-list') assert.ok(field.sheet, `${at}: a list needs a sheet name`);
  }
});

test('aliases are lower case and never a real key of the same level', () => {
  const levels = [
    ROOT_FIELDS,
    ...RECORD_SPECS.map((r) => r.fields),
    ...everyField()
      .filter(([, f]) => f.fields)
      .map(([, f]) => f.fields),
  ];
  for (const fields of levels) {
    const keys = new Set(fields.map((f) => f.key.toLowerCase()));
    for (const field of fields) {
      for (const alias of field.aliases ?? []) {
        assert.equal(alias, alias.toLocaleLowerCase('de'), `${field.key}: alias ${alias}`);
        assert.ok(!keys.has(alias) || alias === field.key.toLowerCase(), `${field.key}: alias ${alias} is a key of the same level`);
      }
    }
  }
});

test('every code has a name in German and English, and words map back to codes', () => {
  for (const [name, list] of Object.entries(CODE_LISTS)) {
    for (const value of list.values) {
      for (const lang of ['de', 'en']) {
        const label = codeLabel(name, value, lang);
        assert.ok(label && label !== value, `${name}.${value}: no ${lang} name`);
        assert.equal(codeFromWord(name, label), value, `${name}: "${label}" → ${value}`);
      }
      assert.equal(codeFromWord(name, value), value);
    }
    for (const [alias, value] of Object.entries(list.aliases ?? {})) {
      assert.ok(list.values.includes(value), `${name}: alias ${alias} → unknown ${value}`);
    }
  }
  assert.equal(codeLabel('category', 'counselling', 'de'), 'Beratung');
  assert.equal(codeFromWord('role', 'Träger'), 'lead');
  assert.equal(codeFromWord('role', 'traeger'), 'lead');
  assert.equal(codeFromWord('weekday', 'Di'), 'TU');
  assert.equal(codeFromWord('category', 'nonsense'), undefined);
});

test('only texts are multi-line, and the schedule asks for its preview', () => {
  for (const [at, field] of everyField()) {
    if (field.multiline) assert.equal(field.kind, 'text', `${at}: multiline on a ${field.kind}`);
    if (field.preview) assert.equal(field.kind, 'object', `${at}: a preview on a ${field.kind}`);
  }
  const offers = RECORD_SPECS.find((r) => r.list === 'offers');
  assert.equal(offers.fields.find((f) => f.key === 'schedule').preview, 'schedule');
  assert.ok(offers.fields.find((f) => f.key === 'description').multiline);
});
