/**
 * String tables by language. German has none here: each view brings its own
 * German texts, which every translator says where its table is silent
 * (translate.ts). Which other table a tag reads, and that table, are chunks
 * fetched only when a page shows a language other than German
 * (table-loaders.ts).
 */
import type { MessageTable } from './translate.js';
import { DEFAULT_LANG } from './resolve-lang.js';

export interface LoadedTable {
  /** The table's language (`de`, `ar`, `de-plain`), which may differ from the tag asked for (`ar-SY`). */
  readonly lang: string;
  readonly messages: MessageTable;
}

/** German: no table of its own, the view's German texts are said. */
export const GERMAN: LoadedTable = { lang: DEFAULT_LANG, messages: {} };
const loaded = new Map<string, Promise<LoadedTable>>();

/** Whether a tag reads the built-in German table without asking the loaders (`de`, `de-AT`; not `de-plain`). */
export function isGerman(tag: string): boolean {
  return /^de(-(?!plain|x-)|$)/i.test(tag);
}

/** Per language: resolves once its table has been asked for (the loaders have come), however that ended. */
const asked = new Map<string, Promise<unknown>>();

/** The string table for a language; German (an empty table) when it has none or its chunk cannot be loaded. */
export function loadMessages(tag: string): Promise<LoadedTable> {
  const key = tag.toLowerCase();
  if (isGerman(key)) return Promise.resolve(GERMAN);
  let table = loaded.get(key);
  if (!table) {
    const loaders = import('./table-loaders.js');
    table = loaders
      .then((m) => m.loadTable(key))
      .then((found) => found ?? GERMAN)
      .catch(() => {
        loaded.delete(key);
        return GERMAN;
      });
    loaded.set(key, table);
    // Registered after loadTable: the table's request has left when this resolves.
    asked.set(
      key,
      loaders.then(
        () => undefined,
        () => undefined,
      ),
    );
  }
  return table;
}

/**
 * Resolves once the table of `tag` has been asked for (at once for German): work
 * that would hold up the page's only thread (a first `Intl` format, 50–300 ms
 * on a slow phone) waits for it, so the table's request leaves first.
 */
export function tableAsked(tag: string): Promise<unknown> {
  void loadMessages(tag);
  return asked.get(tag.toLowerCase()) ?? Promise.resolve();
}
