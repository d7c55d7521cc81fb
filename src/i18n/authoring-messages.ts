/**
 * The authoring tools' findings in words: hints for unknown fields, what a
 * spreadsheet reader could not read, and a place in a spreadsheet. The
 * record a finding is about is named as the widgets' warnings name it; values
 * from the feed or the spreadsheet are isolated as there (`fromFeed`).
 */
import { codeLabel } from '../authoring/code-labels.js';
import type { FieldHint } from '../authoring/field-hints.js';
import { fieldChain } from '../authoring/field-path.js';
import type { Cell, ReadProblem } from '../feed/check.js';
import { fieldName } from '../feed/missing-translations.js';
import type { AuthoringKey } from './de/authoring.js';
import { describeRecord, fromFeed } from './feed-messages.js';
import type { Params } from './format.js';
import type { Translate } from './translate.js';

/** The authoring texts of one language (`de/authoring.ts` and its translations); `terminal` as for `Translate`. */
export type AuthoringText = ((key: AuthoringKey, params?: Params) => string) & { readonly terminal?: boolean };

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
