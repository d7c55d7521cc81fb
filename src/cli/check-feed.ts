/**
 * The feed checker's core: one feed's text in, a report out — the fatal
 * error if the feed cannot be used, every warning with its line and column,
 * what was kept per list, and missing translations. Every sentence comes from
 * the string tables in `src/i18n/`. No DOM, no I/O.
 */
import { isRecord, own } from '../feed/checks.js';
import { isFeedError, type FeedError, type FeedErrorCode } from '../feed/errors.js';
import type { Feed, FeedWarning, ValidationResult } from '../feed/types.js';
import { parseFeedText, validateFeed } from '../feed/validate.js';
import { de } from '../i18n/de.js';
import { deCli, type CliMessageKey } from '../i18n/de/cli.js';
import { deEditor } from '../i18n/de/editor.js';
import { deErrors } from '../i18n/de/errors.js';
import { en } from '../i18n/en.js';
import { enCli } from '../i18n/en/cli.js';
import { enEditor } from '../i18n/en/editor.js';
import { describeFeedError, describeWarning } from '../i18n/feed-messages.js';
import { translator, type Translate } from '../i18n/translate.js';
import { format, type Params } from '../i18n/format.js';
import { createLocator, type Locator } from './locate.js';
import { whyNoRecords } from './no-records.js';
import { findMissingTranslations, RECORD_LISTS, type MissingTranslation, type RecordList } from './translations.js';

export type CheckLang = 'de' | 'en';

/** A problem's place in the file; absent only when the text cannot be parsed at all. */
export interface Located {
  readonly line?: number;
  readonly column?: number;
}

export interface CheckedWarning extends FeedWarning, Located {
  readonly message: string;
}

export interface CheckedTranslation extends MissingTranslation, Located {
  readonly message: string;
}

export interface FatalError extends Located {
  /** A `FeedError` code, or `cannot-read` when the file could not be read. */
  readonly code: FeedErrorCode | 'cannot-read';
  readonly message: string;
  /** HTTP status for `http`. */
  readonly status?: number;
  /** jsonc-parser's name for a JSON syntax error, e.g. `ValueExpected`. */
  readonly syntax?: string;
}

export interface ListCount {
  /** Records shown by the widgets. */
  readonly kept: number;
  /** Records in the file that are dropped (invalid, no id or name, repeated id). */
  readonly dropped: number;
}

export interface CheckReport {
  /** The file name or URL as given. */
  readonly source: string;
  readonly error?: FatalError;
  /** Sorted by position in the file. */
  readonly warnings: readonly CheckedWarning[];
  readonly counts: Readonly<Record<RecordList, ListCount>>;
  readonly missingTranslations: readonly CheckedTranslation[];
}

/** The widgets' messages (`t(key)`) plus the checker's own (`t.cli(key)`), in one language. */
export interface CheckTranslate extends Translate {
  cli(key: CliMessageKey, params?: Params): string;
}

export function checkTranslator(lang: CheckLang): CheckTranslate {
  const table = lang === 'en' ? enCli : deCli;
  return Object.assign(translator(lang === 'en' ? en : { ...de, ...deErrors }, lang, { editor: lang === 'en' ? enEditor : deEditor, isolate: false }), {
    cli: (key: CliMessageKey, params?: Params) => format(table[key], params, lang),
  });
}

function noCounts(): Record<RecordList, ListCount> {
  const none = { kept: 0, dropped: 0 };
  return { projects: none, organizations: none, places: none, offers: none };
}

/** A report for a feed that could not be read or used at all. */
export function fatalReport(source: string, error: FatalError): CheckReport {
  return { source, error, warnings: [], counts: noCounts(), missingTranslations: [] };
}

/** 2 when the feed cannot be used, 1 when something in it is dropped or ignored, else 0. */
export function exitCodeOf(report: CheckReport): 0 | 1 | 2 {
  return report.error ? 2 : report.warnings.length > 0 ? 1 : 0;
}

function located(locator: Locator, path: ReadonlyArray<string | number>): Located {
  const at = locator.at(path);
  return at ? { line: at.line, column: at.column } : {};
}

/** Orders problems as they appear in the file. */
export function byPosition(a: Located, b: Located): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
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

function fatalFromFeedError(error: FeedError, locator: Locator, t: Translate): FatalError {
  const message = describeFeedError(error, t);
  const { status } = error.details;
  if (error.code === 'not-json') {
    const syntax = locator.syntaxError();
    const where = syntax ? { line: syntax.line, column: syntax.column, syntax: syntax.error } : {};
    return { code: error.code, message, ...where };
  }
  const where = error.code === 'unknown-version' ? located(locator, ['version']) : {};
  return { code: error.code, message, ...where, ...(status !== undefined ? { status } : {}) };
}

/**
 * Checks one feed's text. `source` names it in messages (file name or URL).
 * Never throws for a bad feed: a feed that cannot be used is `report.error`.
 */
export function checkFeedText(text: string, source: string, lang: CheckLang): CheckReport {
  const t = checkTranslator(lang);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const locator = createLocator(body);
  const locate = (warnings: readonly FeedWarning[]): CheckedWarning[] =>
    warnings
      .map((w): CheckedWarning => ({ ...w, ...located(locator, w.path), message: describeWarning(w, t) }))
      .sort(byPosition);
  let json: unknown;
  let result: ValidationResult;
  try {
    json = parseFeedText(body, { source });
    result = validateFeed(json, { source });
  } catch (error) {
    if (!isFeedError(error)) throw error;
    const report = fatalReport(source, fatalFromFeedError(error, locator, t));
    if (error.code !== 'no-records') return report;
    return { ...report, warnings: locate(whyNoRecords(json, source)), counts: countRecords(json, undefined) };
  }
  const { feed, warnings } = result;

  const missingTranslations = findMissingTranslations(json, feed.language, warnings)
    .map((m): CheckedTranslation => {
      const where = t('warning.where.record', { list: t(`list.${m.list}`), record: m.record });
      const message = t.cli('cli.missing-translation', { where, field: m.field, value: m.missing.join(', ') });
      return { ...m, ...located(locator, m.path), message };
    })
    .sort(byPosition);

  return { source, warnings: locate(warnings), counts: countRecords(json, feed), missingTranslations };
}
