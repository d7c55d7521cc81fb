/**
 * String tables by language. German is built in; every other table is its own
 * chunk, fetched only when a page shows that language.
 */
import type { Messages } from './messages.js';
import { defaultMessages, type MessageTable } from './translate.js';
import { DEFAULT_LANG, primaryLanguage } from './resolve-lang.js';

const loaders: Readonly<Record<string, () => Promise<Messages>>> = {
  en: () => import('./en.js').then((m) => m.en),
  ar: () => import('./ar.js').then((m) => m.ar),
};

const loaded = new Map<string, Promise<MessageTable>>([[DEFAULT_LANG, Promise.resolve(defaultMessages)]]);

/** The table language used for a requested tag: itself, its primary language, or German. */
export function tableLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === DEFAULT_LANG || lower in loaders) return lower;
  const primary = primaryLanguage(lower);
  return primary in loaders ? primary : DEFAULT_LANG;
}

/** The string table for a language; German when it has none or its chunk cannot be loaded. */
export function loadMessages(tag: string): Promise<MessageTable> {
  const lang = tableLanguage(tag);
  let table = loaded.get(lang);
  if (!table) {
    table = loaders[lang]!().catch(() => {
      loaded.delete(lang);
      return defaultMessages;
    });
    loaded.set(lang, table);
  }
  return table;
}
