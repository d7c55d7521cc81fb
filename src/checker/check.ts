/**
 * The feed checker's core, shared by the command line (`src/cli/`), the
 * checker page (`pages/check.html`) and the feed editor: one feed in — a JSON
 * text, or a value a spreadsheet reader made — and a language-free report
 * out: why the feed cannot be used (with its place), every warning with its
 * place, what was kept and dropped per list, the records dropped, missing
 * translations, and hints for fields the format does not know. A place is a
 * line and column in a JSON text, or a sheet, row and column in a
 * spreadsheet. The validator (`src/feed/validate.ts`) is the only judge; this module
 * only adds places and hints. Sentences are made by the callers from the
 * string tables in `src/i18n/`. No DOM, no Node, no I/O. The widgets never
 * load it.
 */
import { findFieldHints, type FieldHint } from '../authoring/field-hints.js';
import { isRecord, own } from '../feed/checks.js';
import { isFeedError, type FeedError } from '../feed/errors.js';
import { createLocator, type Locator } from './locate.js';
import { fieldList, findMissingTranslations, RECORD_LISTS, type MissingTranslation, type RecordList } from './missing-translations.js';
import { whyNoRecords } from './no-records.js';
import type { Feed, FeedWarning, ValidationResult } from '../feed/types.js';
import { parseFeedText, validateFeed } from '../feed/validate.js';

export { fieldList, RECORD_LISTS, type MissingTranslation, type RecordList };

/** A place in a spreadsheet: the sheet as named in the file, the row as numbered there, the column's header. */
export interface Cell {
  readonly sheet: string;
  /** The sheet's position in the workbook, from 0 (for ordering). */
  readonly sheetIndex: number;
  /** From 1, as the spreadsheet numbers rows. */
  readonly row: number;
  /** The column's header as written; absent when a whole row is meant. */
  readonly column?: string;
  /** From 0 (for ordering). */
  readonly columnIndex?: number;
}

/** A problem's place: line and column in a JSON text, or a cell of a spreadsheet; absent when unknown. */
export interface Located {
  readonly line?: number;
  readonly column?: number;
  readonly cell?: Cell;
}

export type LocatedWarning = FeedWarning & Located;
export type LocatedTranslation = MissingTranslation & Located;
export type LocatedHint = FieldHint & Located;

/** What a spreadsheet reader could not put into the feed; each is a problem, like a warning. */
export type ReadProblemCode =
  /** A sheet the format has no place for: its rows are not read. */
  | 'unknown-sheet'
  /** A row of a sheet of nested items that names no record it belongs to: not read. */
  | 'no-parent'
  /** A row that names a record (`value`) its sheet of records lacks: not read. */
  | 'unknown-parent'
  /** A second column with the same header (`value`): not read. */
  | 'duplicate-column';

export interface ReadProblem extends Located {
  readonly code: ReadProblemCode;
  readonly value?: string;
}

/** What a reader gives the checker besides the parsed value: where each path came from, and what it could not read. */
export interface ReadFeed {
  /** The text that lines and columns count in (empty for a spreadsheet). */
  readonly text: string;
  /** The place of a path of the value, or of its nearest part that has one. */
  at(path: ReadonlyArray<string | number>): Located;
  readonly problems?: readonly ReadProblem[];
}

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
  /** Per record and language, sorted by position in the file; at most `MISSING_TRANSLATIONS_LISTED`. */
  readonly missingTranslations: readonly LocatedTranslation[];
  /** Missing translations beyond those listed (counted, not listed). */
  readonly moreMissingTranslations: number;
  /** The records the widgets drop, in file order. */
  readonly dropped: readonly DroppedRecord[];
  /** Keys the format does not know, each with the field most likely meant; sorted by position. */
  readonly hints: readonly LocatedHint[];
  /** What a spreadsheet reader could not read; sorted by position. */
  readonly readProblems: readonly ReadProblem[];
}

export function noCounts(): Record<RecordList, ListCount> {
  const none = { kept: 0, dropped: 0 };
  return { projects: none, organizations: none, places: none, offers: none };
}

/** Orders problems as they appear in the file: by line and column, or by sheet, row and column. */
export function byPosition(a: Located, b: Located): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.cell?.sheetIndex ?? 0) - (b.cell?.sheetIndex ?? 0) ||
    (a.cell?.row ?? 0) - (b.cell?.row ?? 0) ||
    (a.cell?.columnIndex ?? -1) - (b.cell?.columnIndex ?? -1)
  );
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

function syntaxFailure(error: FeedError, locator: Locator): CheckFailure {
  const syntax = locator.syntaxError();
  return syntax ? { error, line: syntax.line, column: syntax.column, syntax: syntax.error } : { error };
}

/**
 * Checks one feed's JSON text. `source` names it (file name or URL). Never
 * throws for a bad feed: a feed that cannot be used has a `failure`.
 */
export function checkFeed(text: string, source: string): FeedCheck {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const locator = createLocator(body);
  let json: unknown;
  try {
    json = parseFeedText(body, { source });
  } catch (error) {
    if (!isFeedError(error)) throw error;
    return { ...nothingFound(source, body), failure: syntaxFailure(error, locator) };
  }
  return checkParsed(json, source, { text: body, at: (path) => located(locator, path) });
}

function nothingFound(source: string, text: string): FeedCheck {
  return { source, text, warnings: [], counts: noCounts(), missingTranslations: [], moreMissingTranslations: 0, dropped: [], hints: [], readProblems: [] };
}

/**
 * Checks a feed already parsed (from JSON, or read from a spreadsheet), with
 * the places `read` gives its paths. Never throws for a bad feed.
 */
export function checkParsed(json: unknown, source: string, read: ReadFeed): FeedCheck {
  const at = (path: ReadonlyArray<string | number>): Located => read.at(path);
  const locate = (warnings: readonly FeedWarning[]): LocatedWarning[] => warnings.map((w): LocatedWarning => ({ ...w, ...at(w.path) })).sort(byPosition);
  const hints = findFieldHints(json)
    .map((h): LocatedHint => ({ ...h, ...at(h.path) }))
    .sort(byPosition);
  const readProblems = [...(read.problems ?? [])].sort(byPosition);
  const base = { ...nothingFound(source, read.text), json, hints, readProblems };
  let result: ValidationResult;
  try {
    result = validateFeed(json, { source });
  } catch (error) {
    if (!isFeedError(error)) throw error;
    const failure: CheckFailure = { error, ...(error.code === 'unknown-version' ? at(['version']) : {}) };
    if (error.code !== 'no-records') return { ...base, failure };
    const why = locate(whyNoRecords(json, source));
    return { ...base, failure, warnings: why, counts: countRecords(json, undefined), dropped: droppedRecords(json, why, at) };
  }
  const { feed, warnings } = result;
  const missing = findMissingTranslations(json, feed.language, warnings);
  const missingTranslations = missing.found.map((m): LocatedTranslation => ({ ...m, ...at(m.path) })).sort(byPosition);
  const found = locate(warnings);
  return {
    ...base,
    feed,
    warnings: found,
    counts: countRecords(json, feed),
    missingTranslations,
    moreMissingTranslations: missing.more,
    dropped: droppedRecords(json, found, at),
  };
}

/** The records of the file that the widgets drop, in file order, each with its reasons. */
function droppedRecords(json: unknown, warnings: readonly LocatedWarning[], at: (path: ReadonlyArray<string | number>) => Located): DroppedRecord[] {
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
        ...at([list, index]),
        reasons,
      };
    })
    .sort(byPosition);
}
