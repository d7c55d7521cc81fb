/**
 * Where a JSON path of a feed lands in the description of the format: the
 * fields an object at that path may have (`['offers', 3, 'schedule']` → the
 * schedule's fields), or the field a path names. Used to order keys, to
 * explain a field, and to find the field a partner meant.
 */
import { RECORD_SPECS, ROOT_FIELDS, type FieldSpec, type RecordListName } from './feed-fields.js';

export type FeedPath = ReadonlyArray<string | number>;

/** The fields an object at `path` may have, or `undefined` when the path leads to no described object. */
export function fieldsAt(path: FeedPath): readonly FieldSpec[] | undefined {
  let fields: readonly FieldSpec[] = ROOT_FIELDS;
  let i = 0;
  const record = RECORD_SPECS.find((r) => r.list === path[0]);
  if (record !== undefined) {
    if (path.length > 1 && typeof path[1] !== 'number') return undefined;
    if (path.length === 1) return undefined;
    fields = record.fields;
    i = 2;
  }
  while (i < path.length) {
    const field = fields.find((f) => f.key === path[i]);
    if (field?.fields === undefined) return undefined;
    i += 1;
    if (field.kind === 'list') {
      if (typeof path[i] !== 'number') return undefined;
      i += 1;
    }
    fields = field.fields;
  }
  return fields;
}

/** The described field a path names (`['offers', 0, 'schedule', 'rules']` → the rules field). */
export function fieldAt(path: FeedPath): FieldSpec | undefined {
  if (path.length === 0) return undefined;
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  return fieldsAt(path.slice(0, -1))?.find((f) => f.key === key);
}

/**
 * The described fields along `keys` from a record of `list` (or from the
 * feed's root): `('places', ['address', 'street'])` → the address field, then
 * its street field. `undefined` when a key is not described there.
 */
export function fieldChain(list: RecordListName | 'feed', keys: readonly string[]): FieldSpec[] | undefined {
  let fields = list === 'feed' ? ROOT_FIELDS : RECORD_SPECS.find((r) => r.list === list)?.fields;
  const chain: FieldSpec[] = [];
  for (const key of keys) {
    const field = fields?.find((f) => f.key === key);
    if (!field) return undefined;
    chain.push(field);
    fields = field.fields;
  }
  return chain;
}
