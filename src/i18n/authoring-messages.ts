/**
 * The authoring tools' findings in words: warnings (as the widgets say them,
 * but a code list's values named as partners know them), hints for unknown
 * fields, what a spreadsheet reader could not read, and a place in a
 * spreadsheet. The record a finding is about is named as the widgets'
 * warnings name it; values from the feed or the spreadsheet are isolated as
 * there (`fromFeed`).
 */
import { codeFromWord, codeLabel } from '../authoring/code-labels.js';
import type { FieldHint } from '../authoring/field-hints.js';
import type { CodeListName } from '../authoring/feed-fields.js';
import { fieldAt, fieldChain } from '../authoring/field-path.js';
import type { FeedWarning } from '../feed/types.js';
import { byPosition, type Cell, type FeedCheck, type Located, type ReadProblem } from '../checker/check.js';
import { fieldName } from '../checker/missing-translations.js';
import type { AuthoringKey } from './de/authoring.js';
import { describeRecord, describeWarning, fromFeed } from './feed-messages.js';
import type { Params } from './format.js';
import type { Translate } from './translate.js';

/** The authoring texts of one language (`de/authoring.ts` and its translations); `terminal` as for `Translate`. */
export type AuthoringText = ((key: AuthoringKey, params?: Params) => string) & { readonly terminal?: boolean };

/**
 * A warning for the authoring tools (command line, checker page, editor): the
 * widgets' sentence, but a value a code list does not have is answered with
 * the list's values by name and code ("Montag (MO), Dienstag (TU) …"), and
 * with the code meant when the value is one of those names ("Dienstag").
 */
export function describeCheckWarning(warning: FeedWarning, t: Translate, a: AuthoringText): string {
  const list = warning.code === 'unknown-code' ? codeListAt(warning.path) : undefined;
  if (!list || !warning.detail?.allowed) return describeWarning(warning, t);
  const lang = t.lang === 'de' ? 'de' : 'en';
  const named = (code: string): string => {
    const label = codeLabel(list, code, lang);
    return label.toLowerCase() === code.toLowerCase() ? code : `${label} (${code})`;
  };
  const allowed = warning.detail.allowed.split(', ').map(named).join(', ');
  const sentence = describeWarning({ ...warning, detail: { ...warning.detail, allowed } }, t);
  const meant = typeof warning.detail.value === 'string' ? codeFromWord(list, unquoted(warning.detail.value)) : undefined;
  return meant ? `${sentence} ${a('code.meant', { code: meant, label: codeLabel(list, meant, lang) })}` : sentence;
}

/** The code list of the field at `path` (an item of a list of codes counts as its list). */
function codeListAt(path: FeedWarning['path']): CodeListName | undefined {
  const end = typeof path[path.length - 1] === 'number' ? path.length - 1 : path.length;
  return fieldAt(path.slice(0, end))?.codes;
}

/** A value as `describeValue` wrote it, without its JSON quotes. */
function unquoted(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

/** One or two sentences: the unknown field, and the field most likely meant. */
export function describeHint(hint: FieldHint, t: Translate, a: AuthoringText): string {
  const where = describeRecord(hint, t);
  const lang = t.lang === 'de' ? 'de' : 'en';
  const keys = (hint.suggestion ?? []).filter((k): k is string => typeof k === 'string');
  const chain = fieldChain(hint.list, keys);
  const label = chain?.map((f) => f.label[lang]).join(' › ') ?? '';
  const sentence = a(`hint.${hint.code}`, { where, field: fromFeed(hint.field, t), suggestion: fieldName(hint.suggestion ?? []), label });
  const inner = hint.value && chain?.at(-1)?.fields?.find((f) => f.key === hint.value!.key);
  if (!hint.value || !inner?.codes) return sentence;
  const value = a('hint.value', { label: inner.label[lang], value: codeLabel(inner.codes, hint.value.code, lang), code: hint.value.code });
  return `${sentence} ${value}`;
}

/** What a spreadsheet reader could not read (its place is said apart, by `describeCell`). */
export function describeReadProblem(problem: ReadProblem, a: AuthoringText): string {
  return a(`read.${problem.code}`, { value: fromFeed(problem.value ?? '', a) });
}

/** "Tabelle Angebote, Zeile 7, Spalte Zeiten". */
export function describeCell(cell: Cell, a: AuthoringText): string {
  const sheet = fromFeed(cell.sheet, a);
  return cell.column === undefined
    ? a('where.row', { sheet, row: String(cell.row) })
    : a('where.cell', { sheet, row: String(cell.row), column: fromFeed(cell.column, a) });
}

/** A finding of a check in words, with its place. */
export interface DescribedFinding {
  readonly at: Located;
  readonly code: string;
  readonly message: string;
}

/** A finding whose sentence is made when first read: a list shows a part of 20,000 problems, a download all. */
function lazyFinding(at: Located, code: string, describe: () => string): DescribedFinding {
  let message: string | undefined;
  return {
    at,
    code,
    get message() {
      return (message ??= describe());
    },
  };
}

/** A check's problems in file order, in words: what a spreadsheet reader could not read, and every warning. */
export function describeProblems(check: FeedCheck, t: Translate, a: AuthoringText): DescribedFinding[] {
  return [
    ...check.readProblems.map((r) => lazyFinding(r, r.code, () => describeReadProblem(r, a))),
    ...check.warnings.map((w) => lazyFinding(w, w.code, () => describeCheckWarning(w, t, a))),
  ].sort((m, n) => byPosition(m.at, n.at));
}
