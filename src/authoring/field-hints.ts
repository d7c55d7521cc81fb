/**
 * Hints for the keys of a feed that format 1 does not know. Unknown fields
 * stay allowed (the widgets ignore them, for forward compatibility), but a
 * partner who writes `adresse`, `telefon` or `descripton` loses those facts
 * without noticing. For each such key this names the field most likely
 * meant, from the format's description (`feed-fields.ts`) alone:
 *
 * - `spelling`: the same name written differently (`PostalCode`, `e_mail`);
 * - `alias`: a name partners use instead (`adresse` → `address`);
 * - `wrong-level`: a field of a neighbouring object (`street` on a place →
 *   `address.street`, `lat` in an address → `geo.lat`, `telefon` on an
 *   offer → `contact.phone`);
 * - `typo`: a misspelt name (Damerau-Levenshtein distance, scaled by length);
 * - `unknown`: nothing close.
 *
 * A list meant by a word that is also a code of the list's items carries it
 * as `value` (`träger` on a project → `partners` with role `lead`).
 * Language-free: sentences are made in `src/i18n/hint-messages.ts`. No DOM.
 */
import { isRecord, own, UNSAFE_KEYS } from '../feed/checks.js';
import { fieldName } from '../checker/missing-translations.js';
import { codeFromWord } from './code-labels.js';
import { RECORD_SPECS, ROOT_FIELDS, type FieldSpec, type RecordListName } from './feed-fields.js';
import type { FeedPath } from './field-path.js';

export type HintCode = 'spelling' | 'alias' | 'wrong-level' | 'typo' | 'unknown';

export interface FieldHint {
  readonly code: HintCode;
  /** The unknown key's path in the feed. */
  readonly path: FeedPath;
  /** The key as written. */
  readonly key: string;
  /** The record list it is in, or `feed` at the root (as in `FeedWarning`). */
  readonly list: RecordListName | 'feed';
  /** The record's id, when it has one. */
  readonly record?: string;
  /** The key's place in its record, e.g. `contacts[0].telefon` (as `FeedWarning.field`). */
  readonly field: string;
  /** The field most likely meant, from the record (or the root): `['address', 'street']`, `['contacts', 0, 'phone']`. */
  readonly suggestion?: FeedPath;
  /** A code that goes with the suggestion: `{ key: 'role', code: 'lead' }`. */
  readonly value?: { readonly key: string; readonly code: string };
}

/** One object's described fields, where it is in its record, and the objects around it. */
interface Level {
  readonly fields: readonly FieldSpec[];
  /** Its path inside the record, e.g. `['contacts', 0]`. */
  readonly at: FeedPath;
  /** The objects it is nested in (nearest first), across object fields only: a list item is a level of its own. */
  readonly up: readonly Level[];
}

interface Found {
  readonly code: HintCode;
  readonly suggestion: FeedPath;
  readonly field: FieldSpec;
}

/** The record lists as fields of the root, so `angebote` finds `offers`. */
const ROOT_LEVEL_FIELDS: readonly FieldSpec[] = [
  ...ROOT_FIELDS,
  ...RECORD_SPECS.map((r): FieldSpec => ({ key: r.list, kind: 'list', label: r.label, help: r.help, ...(r.aliases ? { aliases: r.aliases } : {}) })),
];

/** A name reduced to what partners do not vary on purpose: case, umlauts, ß, spaces, `_`, `-`, `.`. */
export function normalName(word: string): string {
  return word
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/[\s_.-]+/g, '');
}

/** Edit distance with transpositions (optimal string alignment), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits still count as a typo of a name this long. */
function typoLimit(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

const NAMES = new WeakMap<FieldSpec, readonly string[]>();
/** A field's other names, normalised: its aliases and its labels. */
function otherNames(field: FieldSpec): readonly string[] {
  let names = NAMES.get(field);
  if (!names) NAMES.set(field, (names = [...(field.aliases ?? []), field.label.de, field.label.en].map(normalName)));
  return names;
}

/** The objects directly below a level: its object fields, and with `lists` the items of its lists. */
function below(level: Level, lists = true): Level[] {
  return level.fields.flatMap((f) => (f.fields && (lists || f.kind !== 'list') ? [{ fields: f.fields, at: [...level.at, f.key], up: [] }] : []));
}

function exact(name: string, level: Level, code: 'same' | 'wrong-level'): Found | undefined {
  const found = (field: FieldSpec, how: HintCode): Found => ({ code: code === 'same' ? how : 'wrong-level', suggestion: [...level.at, field.key], field });
  const byKey = level.fields.find((f) => normalName(f.key) === name);
  if (byKey) return found(byKey, 'spelling');
  const byName = level.fields.find((f) => otherNames(f).includes(name));
  return byName && found(byName, 'alias');
}

function typo(name: string, level: Level): Found | undefined {
  let best: { field: FieldSpec; distance: number } | undefined;
  for (const field of level.fields) {
    for (const candidate of [normalName(field.key), ...(field.aliases ?? []).map(normalName)]) {
      const limit = typoLimit(Math.min(name.length, candidate.length));
      const distance = editDistance(name, candidate, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { field, distance };
    }
  }
  return best && { code: 'typo', suggestion: [...level.at, best.field.key], field: best.field };
}

/** The field most likely meant by `key` on an object at `level`. */
function suggest(key: string, level: Level): Found | undefined {
  const name = normalName(key);
  if (name === '') return undefined;
  const steps: Array<() => Found | undefined> = [
    () => exact(name, level, 'same'),
    ...below(level).map((l) => () => exact(name, l, 'wrong-level')),
    ...level.up.flatMap((outer) => [
      () => exact(name, outer, 'wrong-level'),
      ...below(outer, false)
        .filter((l) => l.at.join('.') !== level.at.join('.'))
        .map((l) => () => exact(name, l, 'wrong-level')),
    ]),
    () => typo(name, level),
    ...below(level).map((l) => () => typo(name, l)),
  ];
  for (const step of steps) {
    const found = step();
    if (found) return found;
  }
  return undefined;
}

/** A code of the meant list's items that the word names (`träger` → role `lead`). */
function codeValue(key: string, found: Found): FieldHint['value'] {
  if (found.code === 'spelling' || !found.field.fields) return undefined;
  for (const inner of found.field.fields) {
    if (inner.kind !== 'code' || !inner.codes) continue;
    const code = codeFromWord(inner.codes, key);
    if (code !== undefined) return { key: inner.key, code };
  }
  return undefined;
}

interface Scope {
  readonly list: RecordListName | 'feed';
  readonly record?: string;
  /** The path of the record (or `[]` for the root). */
  readonly base: FeedPath;
}

function walk(value: Record<string, unknown>, level: Level, scope: Scope, out: FieldHint[]): void {
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const field = level.fields.find((f) => f.key === key);
    const inner = own(value, key);
    if (!field) {
      const at = [...level.at, key];
      const found = suggest(key, level);
      const extra = found && codeValue(key, found);
      out.push({
        code: found?.code ?? 'unknown',
        path: [...scope.base, ...at],
        key,
        list: scope.list,
        ...(scope.record !== undefined ? { record: scope.record } : {}),
        field: fieldName(at),
        ...(found ? { suggestion: found.suggestion } : {}),
        ...(extra ? { value: extra } : {}),
      });
    } else if (field.fields && field.kind === 'list' && Array.isArray(inner)) {
      inner.forEach((item: unknown, i) => {
        if (isRecord(item)) walk(item, { fields: field.fields!, at: [...level.at, key, i], up: [] }, scope, out);
      });
    } else if (field.fields && isRecord(inner)) {
      walk(inner, { fields: field.fields, at: [...level.at, key], up: [level, ...level.up] }, scope, out);
    }
  }
}

/** A hint for every key of the parsed feed `json` that the format does not know, the root's first, then each record's in list order. */
export function findFieldHints(json: unknown): FieldHint[] {
  if (!isRecord(json)) return [];
  const out: FieldHint[] = [];
  walk(json, { fields: ROOT_LEVEL_FIELDS, at: [], up: [] }, { list: 'feed', base: [] }, out);
  for (const spec of RECORD_SPECS) {
    const items = own(json, spec.list);
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (!isRecord(item)) return;
      const id = own(item, 'id');
      const scope: Scope = { list: spec.list, base: [spec.list, i], ...(typeof id === 'string' && id !== '' ? { record: id } : {}) };
      walk(item, { fields: spec.fields, at: [], up: [] }, scope, out);
    });
  }
  return out;
}
