/**
 * The editor texts (feed warnings, for `debug` and the checker) in German,
 * English and Arabic (other languages read German):
 * each its own chunk, fetched by the debug view when an element first shows
 * its warnings, never by the script-tag entry.
 */
import type { EditorMessages } from './messages.js';
import { DEFAULT_LANG, primaryLanguage } from './resolve-lang.js';

const editorLoaders: Readonly<Record<string, () => Promise<EditorMessages>>> = {
  de: () => import('./de/editor.js').then((m) => m.deEditor),
  en: () => import('./en/editor.js').then((m) => m.enEditor),
  ar: () => import('./ar/editor.js').then((m) => m.arEditor),
};
const editorLoaded = new Map<string, Promise<EditorMessages>>();

/** The editor texts (feed warnings) for a language, German when it has none. */
export function loadEditorMessages(tag: string): Promise<EditorMessages> {
  const primary = primaryLanguage(tag);
  // Editors read German, English or Arabic; Leichte Sprache is for residents.
  const lang = primary in editorLoaders ? primary : DEFAULT_LANG;
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
