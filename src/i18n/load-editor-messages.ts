/**
 * The editor texts (feed warnings, for `debug` and the checker) by language:
 * each its own chunk, fetched by the debug view when an element first shows
 * its warnings, never by the script-tag entry.
 */
import type { EditorMessages } from './messages.js';
import { tableLanguage } from './load-messages.js';
import { DEFAULT_LANG } from './resolve-lang.js';

const editorLoaders: Readonly<Record<string, () => Promise<EditorMessages>>> = {
  de: () => import('./de/editor.js').then((m) => m.deEditor),
  en: () => import('./en/editor.js').then((m) => m.enEditor),
  ar: () => import('./ar/editor.js').then((m) => m.arEditor),
};
const editorLoaded = new Map<string, Promise<EditorMessages>>();

/** The editor texts (feed warnings) for a language, German when it has none. */
export function loadEditorMessages(tag: string): Promise<EditorMessages> {
  const lang = tableLanguage(tag) in editorLoaders ? tableLanguage(tag) : DEFAULT_LANG;
  let table = editorLoaded.get(lang);
  if (!table) {
    table = editorLoaders[lang]!().catch((error: unknown) => {
      editorLoaded.delete(lang);
      throw error;
    });
    editorLoaded.set(lang, table);
  }
  return table;
}
