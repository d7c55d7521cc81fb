/**
 * The names of a code list's values for partners (`category` `counselling` →
 * "Beratung"), in German or English. Codes the widgets show are named with
 * the widgets' own texts, so the editor, the spreadsheet template and the
 * widgets use the same words; the rest are named in `CODE_LISTS`.
 */
import { germanSource } from '../i18n/german-source.js';
import type { Messages } from '../i18n/messages.js';
import english from '../i18n/tables/en.js';
import { CODE_LISTS, type CodeListName } from './feed-fields.js';

export type PartnerLang = 'de' | 'en';

const TABLES: Readonly<Record<PartnerLang, Messages>> = { de: germanSource, en: english };

/** The name of `value` in `list`, or the value itself when the list has no such value. */
export function codeLabel(list: CodeListName, value: string, lang: PartnerLang): string {
  const codes = CODE_LISTS[list];
  if (!codes.values.includes(value)) return value;
  if (codes.labels) return codes.labels[lang][value] ?? value;
  const message = (TABLES[lang] as Readonly<Record<string, unknown>>)[`${codes.messagePrefix ?? ''}${value}`];
  return typeof message === 'string' ? message : value;
}

/** The value a partner meant by `word`: a value itself, its name in German or English, or an alias (case ignored). */
export function codeFromWord(list: CodeListName, word: string): string | undefined {
  const wanted = word.trim().toLocaleLowerCase('de');
  if (wanted === '') return undefined;
  const codes = CODE_LISTS[list];
  for (const value of codes.values) {
    if (value.toLocaleLowerCase('de') === wanted) return value;
    for (const lang of ['de', 'en'] as const) {
      if (codeLabel(list, value, lang).toLocaleLowerCase('de') === wanted) return value;
    }
  }
  return codes.aliases?.[wanted];
}
