/**
 * What the review page exports: the language's whole table with the
 * reviewer's corrections in it, as XLIFF 2.0 (segments the reviewer marked
 * "ok" or corrected in state "reviewed", remarks as notes) and as flat JSON,
 * the two files `npm run translations -- import` reads. The whole table, not
 * only the corrections: an import writes the table it is given.
 */
import type { Message } from '../src/i18n/format.js';
import type { Language } from '../src/i18n/languages.js';
import { tableJson } from '../scripts/lib/message-shapes.js';
import { writeXliff } from '../scripts/lib/xliff.js';

/** One string's review: "ok", or corrected forms (a plain message's form is `other`), and a remark. */
export interface Verdict {
  readonly ok?: boolean;
  readonly forms?: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
  readonly remark?: string;
}

export type Verdicts = Readonly<Record<string, Verdict>>;

/** A message with a verdict's corrected forms put in (empty corrections ignored). */
function corrected(message: Message, verdict: Verdict | undefined): Message {
  const changes = Object.entries(verdict?.forms ?? {}).filter(([, text]) => typeof text === 'string' && text.trim() !== '');
  if (!changes.length) return message;
  if (typeof message === 'string') return changes.find(([form]) => form === 'other')?.[1] ?? message;
  return { ...message, ...Object.fromEntries(changes) } as Message;
}

/** The table with every correction applied. */
export function reviewedTable(table: Readonly<Record<string, Message>>, verdicts: Verdicts): Record<string, Message> {
  return Object.fromEntries(Object.entries(table).map(([key, message]) => [key, corrected(message, verdicts[key])]));
}

/** Whether a key has been looked at: marked ok, or corrected. */
export function isReviewed(verdict: Verdict | undefined): boolean {
  return Boolean(verdict?.ok || Object.values(verdict?.forms ?? {}).some((text) => text?.trim()));
}

export interface ReviewFiles {
  readonly xliff: string;
  readonly json: string;
}

/** The files of a review of `language`'s table. */
export function reviewFiles(
  language: Language,
  source: Readonly<Record<string, Message>>,
  table: Readonly<Record<string, Message>>,
  verdicts: Verdicts,
): ReviewFiles {
  const next = reviewedTable(table, verdicts);
  const reviewed = new Set(Object.keys(verdicts).filter((key) => isReviewed(verdicts[key])));
  const comments = Object.fromEntries(Object.entries(verdicts).flatMap(([key, v]) => (v.remark?.trim() ? [[key, v.remark.trim()]] : [])));
  return {
    xliff: writeXliff({ tag: language.tag, language, source, table: next, reviewed, comments }),
    json: tableJson(next, source),
  };
}
