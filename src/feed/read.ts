/**
 * Small readers that the validator is built from. A reader takes an unknown
 * value and a location, returns the clean value or `undefined`, and records a
 * warning when it had to drop something. Nothing here throws.
 */
import {
  checkClock,
  checkCount,
  checkDateTime,
  checkDay,
  checkEmail,
  checkLanguageTag,
  checkPartialDate,
  checkPhone,
  checkSlug,
  checkUrl,
  cleanString,
  describeValue,
  hasUserInfo,
  isRecord,
  own,
  UNSAFE_KEYS,
  checkLatitude,
  checkLongitude,
} from './checks.js';
import { LIMITS } from './limits.js';
import type { ExpectedCode, FeedWarning, GeoPoint, Text, WarningCode } from './types.js';

export type ListName = FeedWarning['list'];
export type Path = ReadonlyArray<string | number>;

/** Where the validator is: which feed, which list, which record. */
export interface Scope {
  readonly warnings: FeedWarning[];
  /** The feed's default language for plain-string texts. */
  readonly language: string;
  readonly source?: string;
  readonly list: ListName;
  /** The record's id, once known. */
  record?: string;
}

/**
 * A location in the document, as a chain of keys from the root. The path
 * array is built only when a warning needs it, so valid feeds allocate none.
 */
export interface At {
  readonly scope: Scope;
  readonly parent?: At;
  readonly key?: string | number;
  /** A ready-made path (for locations made from one). */
  readonly path?: Path;
}

export function pathOf(at: At): Array<string | number> {
  const keys: Array<string | number> = [];
  let node: At | undefined = at;
  for (; node && node.path === undefined; node = node.parent) if (node.key !== undefined) keys.push(node.key);
  keys.reverse();
  return node?.path ? [...node.path, ...keys] : keys;
}

export type Reader<T> = (value: unknown, at: At) => T | undefined;

/** `partners[2].organization` from a path inside a record. */
function fieldName(path: Path, scope: Scope): string | undefined {
  const inner = scope.list === 'feed' ? path : path.slice(2);
  let out = '';
  for (const part of inner) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || undefined;
}

export function warn(at: At, code: WarningCode, dropped: FeedWarning['dropped'], detail?: FeedWarning['detail']): void {
  const { scope } = at;
  const path = pathOf(at);
  const field = fieldName(path, scope);
  // Without a prototype, like the records: the editor's messages read optional fields (`record`, `detail.limit` …).
  // Built field by field: a feed may bring 100,000 warnings, and each copy is garbage to collect.
  const w: { -readonly [K in keyof FeedWarning]: FeedWarning[K] } = bare();
  w.code = code;
  w.path = path;
  w.list = scope.list;
  if (scope.record !== undefined) w.record = scope.record;
  if (field !== undefined) w.field = field;
  w.dropped = dropped;
  if (detail) w.detail = compact(detail);
  if (scope.source !== undefined) w.source = scope.source;
  scope.warnings.push(w);
}

export function child(at: At, key: string | number): At {
  return { scope: at.scope, parent: at, key };
}

/** Reads `record[key]`; absent and `null` are silently absent. */
export function field<T>(record: Record<string, unknown>, key: string, reader: Reader<T>, at: At): T | undefined {
  const value = own(record, key);
  if (value === undefined || value === null) return undefined;
  return reader(value, child(at, key));
}

/** A reader from a value check: a failed check drops the field with a warning. */
export function simple<T>(check: (value: unknown) => T | undefined, code: WarningCode, expected: ExpectedCode): Reader<T> {
  return (value, at) => {
    const result = check(value);
    if (result === undefined) warn(at, code, 'field', { value: describeValue(value), expected });
    return result;
  };
}

export const slug = simple(checkSlug, 'invalid-value', 'id');
/** An http(s) URL; one with a user name or password (`https://www.stadt.de@evil.example/`) has its own warning. */
export const url: Reader<string> = (value, at) => {
  const result = checkUrl(value);
  if (result === undefined)
    warn(at, hasUserInfo(value) ? 'url-with-credentials' : 'invalid-url', 'field', { value: describeValue(value), expected: 'http-url' });
  return result;
};
export const email = simple(checkEmail, 'invalid-value', 'email');
export const phone = simple(checkPhone, 'invalid-value', 'phone');
export const partialDate = simple(checkPartialDate, 'invalid-date', 'date');
export const day = simple(checkDay, 'invalid-date', 'day');
export const dateTime = simple(checkDateTime, 'invalid-date', 'date-time');
export const clock = simple(checkClock, 'invalid-value', 'clock');
export const count = simple(checkCount, 'invalid-value', 'count');
export const bool = simple((v) => (typeof v === 'boolean' ? v : undefined), 'invalid-type', 'boolean');
export const string = simple((v) => cleanString(v, 2000), 'invalid-type', 'text');
export const integer = simple((v) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined), 'invalid-value', 'whole-number');

export function code<T extends string>(codes: readonly T[]): Reader<T> {
  const allowed = codes.join(', ');
  const known: ReadonlySet<unknown> = new Set(codes);
  return (value, at) => {
    const result = known.has(value) ? (value as T) : undefined;
    if (result === undefined) warn(at, 'unknown-code', 'field', { value: describeValue(value), expected: 'one-of', allowed });
    return result;
  };
}

/** The canonical form of a tag that passed `checkLanguageTag`; lowercased when Intl rejects it (`de-x`). */
export const canonicalTags = new Map<string, string>();

/** `DE` → `de`, `en-gb` → `en-GB`; cached, since a feed repeats the same few tags. */
export function canonicalTag(tag: string): string {
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      canonical = tag.toLowerCase();
    }
    if (canonicalTags.size < 1000) canonicalTags.set(tag, canonical);
  }
  return canonical;
}

export const languageTag: Reader<string> = (value, at) => {
  const tag = checkLanguageTag(value);
  if (tag === undefined) {
    warn(at, 'invalid-value', 'field', { value: describeValue(value), expected: 'language-tag' });
    return undefined;
  }
  return canonicalTag(tag);
};

/** A Text: a string in the feed's language, or `{lang: string}`. Always returned as the object form. */
export const text: Reader<Text> = (value, at) => {
  if (typeof value === 'string') {
    const clean = cleanString(value);
    if (clean === undefined) {
      warn(at, 'invalid-value', 'field', { value: describeValue(value), expected: 'non-empty-text' });
      return undefined;
    }
    return textIn(at.scope.language, clean);
  }
  if (!isRecord(value)) {
    warn(at, 'invalid-type', 'field', { value: describeValue(value), expected: 'text-or-translations' });
    return undefined;
  }
  const out: Record<string, string> = bare();
  let any = false;
  for (const key of Object.keys(value)) {
    // A tag met before is a valid one (never an unsafe key): its canonical form is known.
    let tag = canonicalTags.get(key);
    if (tag === undefined) {
      if (UNSAFE_KEYS.has(key)) {
        warn(child(at, key), 'unsafe-key', 'field', { value: key });
        continue;
      }
      const checked = checkLanguageTag(key);
      if (checked === undefined) {
        warn(child(at, key), 'invalid-value', 'field', { value: describeValue(key), expected: 'language-tag' });
        continue;
      }
      tag = canonicalTag(checked);
    }
    const clean = cleanString(value[key]);
    if (clean === undefined) {
      warn(child(at, key), 'invalid-value', 'field', { value: describeValue(value[key]), expected: 'non-empty-text' });
      continue;
    }
    out[tag] = clean;
    any = true;
  }
  if (!any) {
    warn(at, 'invalid-value', 'field', { value: describeValue(value), expected: 'translation' });
    return undefined;
  }
  return out;
};

/**
 * A Text of one string in `language`, without a prototype. For German, the feeds' usual language, a one-field
 * literal: 32 bytes, where an empty object given the field takes 56 (V8 gives `{}` room for four).
 */
export function textIn(language: string, value: string): Text {
  const text = language === 'de' ? { de: value } : { [language]: value };
  return Object.setPrototypeOf(text, null) as Text;
}

/**
 * An object reader: anything but a JSON object is dropped with a warning. Keys
 * such as `__proto__` are never read; they are warned about (after `build`, so
 * that a record's warning names its id).
 */
export function object<T>(build: (record: Record<string, unknown>, at: At) => T | undefined): Reader<T> {
  return (value, at) => {
    if (!isRecord(value)) {
      warn(at, 'invalid-type', 'field', { value: describeValue(value), expected: 'object' });
      return undefined;
    }
    const result = build(value, at);
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) warn(child(at, key), 'unsafe-key', 'field', { value: key });
    }
    return result;
  };
}

/**
 * A list reader: invalid items are dropped (each reader warns), the rest
 * stays. Only the first `max` entries are read; the rest are left out with
 * one warning (`tooMany`), so a list of a million entries costs no more than
 * one of `max`.
 */
export function list<T>(item: Reader<T>, max: number = LIMITS.list): Reader<T[]> {
  return (value, at) => {
    if (!Array.isArray(value)) {
      warn(at, 'invalid-type', 'field', { value: describeValue(value), expected: 'list' });
      return undefined;
    }
    const out: T[] = [];
    const n = Math.min(value.length, max);
    for (let i = 0; i < n; i++) {
      const entry: unknown = value[i];
      const result = entry === null ? undefined : item(entry, child(at, i));
      if (result !== undefined) out.push(result);
      else if (entry === null) warn(child(at, i), 'invalid-type', 'field', { value: 'null', expected: 'value' });
    }
    if (value.length > max) tooMany(at, value.length - max, max);
    return out;
  };
}

/** The one warning for a list cut at `limit`: `count` entries left out. */
export function tooMany(at: At, count: number, limit: number, code: 'too-many' | 'too-many-places' | 'too-many-offers' = 'too-many'): void {
  warn(at, code, 'none', { count, limit: String(limit) });
}

/** A value that is either of two kinds, e.g. a number or a Text. */
export function either<A, B>(isA: (value: unknown) => boolean, a: Reader<A>, b: Reader<B>): Reader<A | B> {
  return (value, at) => (isA(value) ? a(value, at) : b(value, at));
}

export const geoPoint: Reader<GeoPoint> = object((record, at) => {
  const lat = checkLatitude(own(record, 'lat'));
  const lng = checkLongitude(own(record, 'lng'));
  if (lat === undefined || lng === undefined || (lat === 0 && lng === 0)) {
    warn(at, 'invalid-coordinates', 'field', {
      value: describeValue({ lat: own(record, 'lat'), lng: own(record, 'lng') }),
      expected: 'lat-lng',
    });
    return undefined;
  }
  // `false` is left out: a point is exact unless the feed says otherwise.
  return compact<GeoPoint>(field(record, 'approximate', bool, at) ? { lat, lng, approximate: true } : { lat, lng });
});

/**
 * A new empty object without a prototype. Made from `{}` rather than
 * `Object.create(null)`: V8 keeps such an object in fast mode (shapes shared
 * by every record of a kind), where `Object.create(null)` makes a slow
 * dictionary object, about three times as costly to build and to collect.
 */
export function bare<T extends object = Record<string, unknown>>(): T {
  return Object.setPrototypeOf({}, null) as T;
}

/**
 * Copies only the fields that are set, so optional fields stay absent rather
 * than `undefined`, into an object without a prototype: a field the feed does
 * not have reads as `undefined` even when the host page has set it on
 * `Object.prototype` (a polluted `summary`, `url`, `email` …).
 */
export function compact<T extends object>(value: T): T {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = bare();
  // Own keys only (never a polluted prototype's); Object.keys is cached per shape, unlike for…in.
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const v = source[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/** `true` when an optional object has no field set. */
export function isEmpty(value: object): boolean {
  return Object.keys(value).length === 0;
}
