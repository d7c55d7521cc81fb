/**
 * What the editor does to whole records, each as one undo step: add,
 * duplicate, delete, move up or down, rename (every reference follows, as
 * the format's description lists them), and name — a record the feed has not
 * been saved with yet takes its id from its name while its id is still the
 * one made from its old name. Once saved, an id may be on host pages
 * (`project="…"`), so only an explicit rename changes it. No DOM.
 */
import type { RecordListName } from '../../src/authoring/feed-fields.js';
import { editFeedText, swapListItems } from '../../src/authoring/feed-text.js';
import { referencesTo } from '../../src/authoring/references.js';
import { idFromName, uniqueSlug } from '../../src/authoring/slug.js';
import { withText } from '../../src/authoring/text-value.js';
import { checkSlug } from '../../src/feed/checks.js';
import type { FeedDocument } from './feed-document.js';
import { feedLanguage, idOf, idsOf, nameOf, recordsOf, valueAt } from './feed-values.js';

/** The ids of a list without the record at `index`. */
function othersOf(json: unknown, list: RecordListName, index: number): Set<string> {
  const ids = new Set<string>();
  recordsOf(json, list).forEach((record, i) => {
    const id = idOf(record);
    if (i !== index && id !== undefined) ids.add(id);
  });
  return ids;
}

/**
 * Adds an empty record (only its id) at the end of `list`; returns its index,
 * or -1 when the text holds something other than a list there (which is
 * repaired in the text view, never replaced).
 */
export function addRecord(doc: FeedDocument, list: RecordListName): number {
  const json = doc.json;
  const current = valueAt(json, [list]);
  if (current !== undefined && !Array.isArray(current)) return -1;
  const index = recordsOf(json, list).length;
  const record = { id: idFromName(list, '', idsOf(json, list)), ...defaultsFor(json, list) };
  doc.seal();
  if (current !== undefined) doc.set([list, index], record, { insert: true });
  else doc.set([list], [record]);
  doc.seal();
  return index;
}

/** What a new record starts with besides its id: an offer's provider, when the feed has one organisation only. */
function defaultsFor(json: unknown, list: RecordListName): Record<string, string> {
  const organizations = [...idsOf(json, 'organizations')];
  return list === 'offers' && organizations.length === 1 && recordsOf(json, 'organizations').length === 1 ? { provider: organizations[0]! } : {};
}

/** Adds a copy of the record at `index` right after it, with an id of its own; returns the copy's index. */
export function duplicateRecord(doc: FeedDocument, list: RecordListName, index: number): number {
  const json = doc.json;
  const record = valueAt(json, [list, index]);
  const copy = JSON.parse(JSON.stringify(record ?? {})) as Record<string, unknown>;
  const id = idOf(record);
  Object.defineProperty(copy, 'id', {
    value: uniqueSlug(checkSlug(id) ?? idFromName(list, nameOf(record, feedLanguage(json)), new Set()), idsOf(json, list)),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  doc.seal();
  doc.set([list, index + 1], copy, { insert: true });
  doc.seal();
  return index + 1;
}

export function deleteRecord(doc: FeedDocument, list: RecordListName, index: number): void {
  doc.seal();
  doc.set([list, index], undefined);
  doc.seal();
}

/** Moves the record at `index` one place up (`-1`) or down (`1`); returns its new index. */
export function moveRecord(doc: FeedDocument, list: RecordListName, index: number, by: -1 | 1): number {
  const to = index + by;
  if (to < 0 || to >= recordsOf(doc.json, list).length) return index;
  doc.seal();
  doc.change(swapListItems(doc.text, [list], index, to));
  doc.seal();
  return to;
}

/** `text` with the record's id set to `id` and every reference to its old id changed to it. */
function renamedText(text: string, json: unknown, list: RecordListName, index: number, id: string): string {
  const old = idOf(valueAt(json, [list, index]));
  let next = editFeedText(text, [list, index, 'id'], id);
  if (old !== undefined && old !== id) {
    for (const ref of referencesTo(json, list, old)) next = editFeedText(next, ref.path, id);
  }
  return next;
}

/** Gives the record a new id, and every reference to it follows. `false` when the id is not valid or taken. */
export function renameRecord(doc: FeedDocument, list: RecordListName, index: number, id: string): boolean {
  const json = doc.json;
  if (checkSlug(id) !== id || othersOf(json, list, index).has(id)) return false;
  doc.seal();
  doc.change(renamedText(doc.text, json, list, index, id));
  doc.seal();
  return true;
}

/** Whether the record's id still follows its name: not in the feed as last opened or saved, and made from its name. */
export function idFollowsName(doc: FeedDocument, list: RecordListName, index: number): boolean {
  const json = doc.json;
  const record = valueAt(json, [list, index]);
  const id = idOf(record);
  if (id === undefined || savedIds(doc, list).has(id)) return false;
  return id === idFromName(list, nameOf(record, feedLanguage(json)), othersOf(json, list, index));
}

const savedCache = new WeakMap<FeedDocument, { baseline: string; ids: Map<RecordListName, Set<string>> }>();

/** The ids of `list` in the feed as last opened or saved. */
function savedIds(doc: FeedDocument, list: RecordListName): Set<string> {
  let cached = savedCache.get(doc);
  if (cached?.baseline !== doc.baseline) savedCache.set(doc, (cached = { baseline: doc.baseline, ids: new Map() }));
  let ids = cached.ids.get(list);
  if (!ids) {
    let json: unknown;
    try {
      json = doc.baseline ? JSON.parse(doc.baseline) : undefined;
    } catch {
      json = undefined;
    }
    cached.ids.set(list, (ids = idsOf(json, list)));
  }
  return ids;
}

/** Sets a record's name in one language; its id follows when it still may (see `idFollowsName`). */
export function setRecordName(doc: FeedDocument, list: RecordListName, index: number, lang: string, text: string): void {
  const json = doc.json;
  const feedLang = feedLanguage(json);
  const follows = idFollowsName(doc, list, index);
  const name = withText(valueAt(json, [list, index, 'name']), lang, text, feedLang);
  let next = editFeedText(doc.text, [list, index, 'name'], name);
  if (follows && lang === feedLang) {
    const id = idFromName(list, text, othersOf(json, list, index));
    next = renamedText(next, json, list, index, id);
  }
  doc.change(next, `${list}.${index}.name.${lang}`);
}
