/**
 * Where a feed points to its records: every field the description marks as a
 * reference (`kind: 'reference'`, with its `target` list), found in a parsed
 * feed at any depth (a project's partners, an offer's place and provider, a
 * contact's organisation). Used to rename an id everywhere, and to tell a
 * partner what still points to a record before it is deleted.
 */
import { isRecord, own } from '../feed/checks.js';
import { RECORD_SPECS, type FieldSpec, type RecordListName } from './feed-fields.js';
import type { FeedPath } from './field-path.js';

export interface ReferenceAt {
  /** Where the id is written (`['offers', 2, 'place']`). */
  readonly path: FeedPath;
  /** The id written there. */
  readonly id: string;
  /** The list the reference points into. */
  readonly target: RecordListName;
}

function* inObject(value: unknown, fields: readonly FieldSpec[], path: FeedPath): Generator<ReferenceAt> {
  if (!isRecord(value)) return;
  for (const field of fields) {
    const item = own(value, field.key);
    const at = [...path, field.key];
    if (field.kind === 'reference' && field.target && typeof item === 'string') yield { path: at, id: item, target: field.target };
    else if (field.kind === 'list' && field.fields && Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) yield* inObject(item[i], field.fields, [...at, i]);
    } else if (field.fields) yield* inObject(item, field.fields, at);
  }
}

/** Every reference in `feed` (a parsed feed, not validated), in file order per list. */
export function allReferences(feed: unknown): ReferenceAt[] {
  const out: ReferenceAt[] = [];
  if (!isRecord(feed)) return out;
  for (const spec of RECORD_SPECS) {
    const records = own(feed, spec.list);
    if (!Array.isArray(records)) continue;
    for (let i = 0; i < records.length; i++) out.push(...inObject(records[i], spec.fields, [spec.list, i]));
  }
  return out;
}

/** The references to the record `id` of list `target`. */
export function referencesTo(feed: unknown, target: RecordListName, id: string): ReferenceAt[] {
  return allReferences(feed).filter((r) => r.target === target && r.id === id);
}
