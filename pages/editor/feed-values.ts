/**
 * Reading a parsed feed (untrusted JSON, not validated) for the forms: the
 * value at a path, the feed's language, a list's records, a record's name.
 * Only own properties are read, so a `__proto__` key in a feed is just a key.
 */
import { isRecord, own } from '../../src/feed/checks.js';
import type { RecordListName } from '../../src/authoring/feed-fields.js';
import type { FeedPath } from '../../src/authoring/field-path.js';

export { nameOf } from '../../src/authoring/text-value.js';

/** The value at `path`, or `undefined`. */
export function valueAt(json: unknown, path: FeedPath): unknown {
  let value = json;
  for (const step of path) {
    if (typeof step === 'number') value = Array.isArray(value) ? value[step] : undefined;
    else value = isRecord(value) ? own(value, step) : undefined;
    if (value === undefined) return undefined;
  }
  return value;
}

/** The language plain-string texts are in (`de` when the feed does not say). */
export function feedLanguage(json: unknown): string {
  const lang = valueAt(json, ['language']);
  return typeof lang === 'string' && lang.trim() ? lang : 'de';
}

/** The records of a list (whatever they are: a list may hold broken items). */
export function recordsOf(json: unknown, list: RecordListName): readonly unknown[] {
  const records = valueAt(json, [list]);
  return Array.isArray(records) ? records : [];
}

/** A record's id, when it is a string. */
export function idOf(record: unknown): string | undefined {
  const id = isRecord(record) ? own(record, 'id') : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The ids of a list's records. */
export function idsOf(json: unknown, list: RecordListName): Set<string> {
  return new Set(
    recordsOf(json, list)
      .map(idOf)
      .filter((id): id is string => id !== undefined),
  );
}
