/**
 * The feed checker's report for the command line: the shared, language-free
 * check (`src/checker/check.ts`, which the checker page uses too) put into
 * words — the fatal error if the feed cannot be used, every warning with its
 * line and column, what was kept per list, and missing translations. Every
 * sentence comes from the string tables in `src/i18n/`. No DOM, no I/O.
 */
import type { FieldHint } from '../authoring/field-hints.js';
import {
  byPosition,
  checkFeed,
  fieldList,
  noCounts,
  type FeedCheck,
  type ListCount,
  type Located,
  type MissingTranslation,
  type ReadProblem,
  type RecordList,
} from '../checker/check.js';
import type { FeedErrorCode } from '../feed/errors.js';
import type { FeedWarning } from '../feed/types.js';
import { de } from '../i18n/de.js';
import { deCli, type CliMessageKey } from '../i18n/de/cli.js';
import { deEditor } from '../i18n/de/editor.js';
import { deErrors } from '../i18n/de/errors.js';
import en from '../i18n/tables/en.js';
import { enCli } from '../i18n/en/cli.js';
import { enEditor } from '../i18n/en/editor.js';
import { describeCheckWarning, describeHint, describeReadProblem, type AuthoringText } from '../i18n/authoring-messages.js';
import { deAuthoring } from '../i18n/de/authoring.js';
import { enAuthoring } from '../i18n/en/authoring.js';
import { describeFeedError } from '../i18n/feed-messages.js';
import { translator, type Translate } from '../i18n/translate.js';
import { format, type Params } from '../i18n/format.js';

export { byPosition, type ListCount, type Located };

export type CheckLang = 'de' | 'en';

export interface CheckedWarning extends FeedWarning, Located {
  readonly message: string;
}

export interface CheckedTranslation extends MissingTranslation, Located {
  readonly message: string;
}

export interface CheckedHint extends FieldHint, Located {
  readonly message: string;
}

export interface CheckedReadProblem extends ReadProblem {
  readonly message: string;
}

export interface FatalError extends Located {
  /** A `FeedError` code, `cannot-read` when the file could not be read, `too-deep` when its JSON nests too deep to check. */
  readonly code: FeedErrorCode | 'cannot-read' | 'too-deep';
  readonly message: string;
  /** HTTP status for `http`. */
  readonly status?: number;
  /** jsonc-parser's name for a JSON syntax error, e.g. `ValueExpected`. */
  readonly syntax?: string;
  /** What to look for: for a syntax error, the usual causes (the checker page says the same). */
  readonly help?: string;
}

export interface CheckReport {
  /** The file name or URL as given. */
  readonly source: string;
  readonly error?: FatalError;
  /** Sorted by position in the file. */
  readonly warnings: readonly CheckedWarning[];
  readonly counts: Readonly<Record<RecordList, ListCount>>;
  /** Per record and language (at most 1,000; `moreMissingTranslations` counts the rest). */
  readonly missingTranslations: readonly CheckedTranslation[];
  readonly moreMissingTranslations: number;
  /** Fields the format does not know, with the field most likely meant; sorted by position. */
  readonly hints: readonly CheckedHint[];
  /** What could not be read from a spreadsheet; sorted by position. */
  readonly readProblems: readonly CheckedReadProblem[];
}

/** The widgets' messages (`t(key)`) plus the checker's own (`t.cli(key)`), in one language. */
export interface CheckTranslate extends Translate {
  cli(key: CliMessageKey, params?: Params): string;
  /** The authoring tools' texts (hints, spreadsheets). */
  readonly authoring: AuthoringText;
}

export function checkTranslator(lang: CheckLang): CheckTranslate {
  const table = lang === 'en' ? enCli : deCli;
  const authoring = lang === 'en' ? enAuthoring : deAuthoring;
  return Object.assign(translator(lang === 'en' ? en : { ...de, ...deErrors }, lang, { editor: lang === 'en' ? enEditor : deEditor, isolate: false }), {
    terminal: true,
    cli: (key: CliMessageKey, params?: Params) => format(table[key], params, lang),
    authoring: Object.assign((key: keyof typeof deAuthoring, params?: Params) => format(authoring[key], params, lang), { terminal: true }),
  });
}

/** A report for a feed that could not be read or used at all. */
export function fatalReport(source: string, error: FatalError): CheckReport {
  return { source, error, warnings: [], counts: noCounts(), missingTranslations: [], moreMissingTranslations: 0, hints: [], readProblems: [] };
}

/**
 * 2 when the feed cannot be used, 1 when something in it is dropped or
 * ignored (with `strict`, also for a field the format does not know), else 0.
 */
export function exitCodeOf(report: CheckReport, strict = false): 0 | 1 | 2 {
  if (report.error) return 2;
  return problemCount(report, strict) > 0 ? 1 : 0;
}

/** Warnings and what a spreadsheet reader could not read; with `strict`, hints too. */
export function problemCount(report: CheckReport, strict: boolean): number {
  return report.warnings.length + report.readProblems.length + (strict ? report.hints.length : 0);
}

/**
 * Checks one feed's text. `source` names it in messages (file name or URL).
 * Never throws for a bad feed: a feed that cannot be used is `report.error`.
 */
export function checkFeedText(text: string, source: string, lang: CheckLang): CheckReport {
  return describeCheck(checkFeed(text, source), checkTranslator(lang));
}

/** The shared check in words: messages added, in the report's long-standing shape. */
export function describeCheck(check: FeedCheck, t: CheckTranslate): CheckReport {
  const { source, failure } = check;
  const warnings = check.warnings.map((w): CheckedWarning => ({ ...w, message: describeCheckWarning(w, t, t.authoring) }));
  const hints = check.hints.map((h): CheckedHint => ({ ...h, message: describeHint(h, t, t.authoring) }));
  const readProblems = check.readProblems.map((p): CheckedReadProblem => ({ ...p, message: describeReadProblem(p, t.authoring) }));
  if (failure) {
    const { error, line, column, cell, syntax } = failure;
    const message = describeFeedError(error, t);
    const { status } = error.details;
    const fatal: FatalError =
      error.code === 'not-json'
        ? { code: error.code, message, ...(syntax !== undefined ? { line, column, syntax, help: t.cli('cli.syntax-help') } : {}) }
        : {
            code: error.code,
            message,
            ...(line !== undefined ? { line, column } : {}),
            ...(cell !== undefined ? { cell } : {}),
            ...(status !== undefined ? { status } : {}),
          };
    const report = { ...fatalReport(source, fatal), hints, readProblems };
    return error.code === 'no-records' ? { ...report, warnings, counts: check.counts } : report;
  }
  const missingTranslations = check.missingTranslations.map((m): CheckedTranslation => {
    const where = t('warning.where.record', { list: t(`list.${m.list}`), record: m.record });
    return { ...m, message: t.cli('cli.missing-translation', { where, field: fieldList(m), value: m.language }) };
  });
  return { source, warnings, counts: check.counts, missingTranslations, moreMissingTranslations: check.moreMissingTranslations, hints, readProblems };
}
