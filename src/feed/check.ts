/**
 * The feed checker's core, shared by the command line (`src/cli/`) and the
 * checker page (`pages/check.html`): one feed's text in, a language-free
 * report out — why the feed cannot be used (with its place), every warning
 * with its line and column, what was kept and dropped per list, the records
 * dropped, and missing translations. The validator (`validate.ts`) is the
 * only judge; this module only adds places in the file. Sentences are made
 * by the callers from the string tables in `src/i18n/`. No DOM, no Node, no
 * I/O.
 */
import { isRecord, own } from './checks.js';
import { isFeedError, type FeedError } from './errors.js';
import { createLocator, type Locator } from './locate.js';
import { findMissingTranslations, RECORD_LISTS, type MissingTranslation, type RecordList } from './missing-translations.js';
import { whyNoRecords } from './no-records.js';
import type { Feed, FeedWarning, ValidationResult } from './types.js';
import { parseFeedText, validateFeed } from './validate.js';

export { RECORD_LISTS, type MissingTranslation, type RecordList };

/** A problem's place in the file; absent only when the text cannot be parsed at all. */
export interface Located {
  readonly line?: number;
  readonly column?: number;
}

export type LocatedWarning = FeedWarning & Located;
export type LocatedTranslation = MissingTranslation & Located;

/** Why the feed cannot be used, and where in the file when that is known. */
export interface CheckFailure extends Located {
  readonly error: FeedError;
  /** jsonc-parser's name for a JSON syntax error, e.g. `ValueExpected`. */
  readonly syntax?: string;
}

export interface ListCount {
  /** Records shown by the widgets. */
  readonly kept: number;
  /** Records in the file that are dropped (invalid, no id or name, repeated id). */
  readonly dropped: number;
}

/** A record of the file that the widgets do not show, with every reason. */
export interface DroppedRecord extends Located {
  readonly list: RecordList;
  /** Position in its list, from 0. */
  readonly index: number;
  /** Its `id` as written (perhaps the reason it is dropped), when that is a string. */
  readonly id?: string;
  /** The warnings that name the record as dropped (at least one). */
  readonly reasons: readonly LocatedWarning[];
}

export interface FeedCheck {
  /** The file name or URL as given. */
  readonly source: string;
  /** The text without a byte order mark: what lines and columns count in. */
  readonly text: string;
  /** The parsed JSON, when the text is JSON. */
  readonly json?: unknown;
  /** The validated feed, when it can be used. */
  readonly feed?: Feed;
  readonly failure?: CheckFailure;
  /** Sorted by position in the file. */
  readonly warnings: readonly LocatedWarning[];
  readonly counts: Readonly<Record<RecordList, ListCount>>;
  /** Sorted by position in the file. */
  readonly missingTranslations: readonly LocatedTranslation[];
  /** The records the widgets drop, in file order. */
  readonly dropped: readonly DroppedRecord[];
}

export function noCounts(): Record<RecordList, ListCount> {
  const none = { kept: 0, dropped: 0 };
  return { projects: none, organizations: none, places: none, offers: none };
}

/** Orders problems as they appear in the file. */
export function byPosition(a: Located, b: Located): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function located(locator: Locator, path: ReadonlyArray<string | number>): Located {
  const at = locator.at(path);
  return at ? { line: at.line, column: at.column } : {};
}

/** Records kept (in `feed`) and dropped (in the file but not in `feed`) per list. */
function countRecords(json: unknown, feed: Feed | undefined): Record<RecordList, ListCount> {
  const counts = noCounts();
  for (const list of RECORD_LISTS) {
    const raw = isRecord(json) ? own(json, list) : undefined;
    const kept = feed ? feed[list].length : 0;
    counts[list] = { kept, dropped: Math.max(0, (Array.isArray(raw) ? raw.length : 0) - kept) };
  }
  return counts;
}

function failureOf(error: FeedError, locator: Locator): CheckFailure {
  if (error.code === 'not-json') {
    const syntax = locator.syntaxError();
    return syntax ? { error, line: syntax.line, column: syntax.column, syntax: syntax.error } : { error };
  }
  return { error, ...(error.code === 'unknown-version' ? located(locator, ['version']) : {}) };
}

/**
 * Checks one feed's text. `source` names it (file name or URL). Never throws
 * for a bad feed: a feed that cannot be used has a `failure`.
 */
export function checkFeed(text: string, source: string): FeedCheck {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const locator = createLocator(body);
  const locate = (warnings: readonly FeedWarning[]): LocatedWarning[] =>
    warnings.map((w): LocatedWarning => ({ ...w, ...located(locator, w.path) })).sort(byPosition);
  let json: unknown;
  let result: ValidationResult;
  try {
    json = parseFeedText(body, { source });
    result = validateFeed(json, { source });
  } catch (error) {
    if (!isFeedError(error)) throw error;
    const failure = failureOf(error, locator);
    const failed: FeedCheck = { source, text: body, failure, warnings: [], counts: noCounts(), missingTranslations: [], dropped: [] };
    if (error.code === 'not-json') return failed;
    if (error.code !== 'no-records') return { ...failed, json };
    const why = locate(whyNoRecords(json, source));
    return { ...failed, json, warnings: why, counts: countRecords(json, undefined), dropped: droppedRecords(json, why, locator) };
  }
  const { feed, warnings } = result;
  const missingTranslations = findMissingTranslations(json, feed.language, warnings)
    .map((m): LocatedTranslation => ({ ...m, ...located(locator, m.path) }))
    .sort(byPosition);
  const found = locate(warnings);
  return {
    source,
    text: body,
    json,
    feed,
    warnings: found,
    counts: countRecords(json, feed),
    missingTranslations,
    dropped: droppedRecords(json, found, locator),
  };
}

/** The records of the file that the widgets drop, in file order, each with its reasons. */
function droppedRecords(json: unknown, warnings: readonly LocatedWarning[], locator: Locator): DroppedRecord[] {
  const byRecord = new Map<string, { list: RecordList; index: number; reasons: LocatedWarning[] }>();
  for (const w of warnings) {
    const [list, index] = w.path;
    if (w.dropped !== 'record' || typeof index !== 'number' || !RECORD_LISTS.includes(list as RecordList)) continue;
    const key = `${String(list)}/${index}`;
    let entry = byRecord.get(key);
    if (!entry) byRecord.set(key, (entry = { list: list as RecordList, index, reasons: [] }));
    entry.reasons.push(w);
  }
  return [...byRecord.values()]
    .map(({ list, index, reasons }): DroppedRecord => {
      const raw = isRecord(json) ? own(json, list) : undefined;
      const item: unknown = Array.isArray(raw) ? raw[index] : undefined;
      const id = isRecord(item) ? own(item, 'id') : undefined;
      return {
        list,
        index,
        ...(typeof id === 'string' ? { id: id.length > 200 ? `${id.slice(0, 200)}…` : id } : {}),
        ...located(locator, [list, index]),
        reasons,
      };
    })
    .sort(byPosition);
}
