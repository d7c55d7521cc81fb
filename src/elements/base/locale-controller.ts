/**
 * Keeps an element's language, direction and string tables current: from its
 * own `lang` or the nearest ancestor's, following changes. The editor texts
 * (feed warnings) are fetched only for an element that asks for them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultMessages, translator, type Translate } from '../../i18n/translate.js';
import type { EditorMessages } from '../../i18n/messages.js';
import { isGerman, loadMessages, type LoadedTable } from '../../i18n/load-messages.js';
import { directionOf, langOf } from '../../i18n/resolve-lang.js';
import { chosenLanguage, onLangChange } from './lang-observer.js';

export class LocaleController implements ReactiveController {
  /** The language tag in use, e.g. `de`, `ar`, `en-GB`. */
  lang = 'de';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Translator for `lang`; German until the language's table has arrived. */
  t: Translate = translator(defaultMessages, 'de');
  /** `true` while a table for `lang` is still loading. */
  pending = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private unsubscribe: (() => void) | undefined;
  private request = 0;
  /** Whether a table has been applied (German included). */
  private applied = false;
  /** Fetches the editor texts; given by the debug view, so the entry carries no editor loader. */
  private editorLoader: ((lang: string) => Promise<EditorMessages>) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLangChange(() => this.refresh());
    this.refresh();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Asks for the editor texts (feed warnings) too, from now on, with the debug view's loader. */
  needEditor(load: (lang: string) => Promise<EditorMessages>): void {
    if (this.editorLoader) return;
    this.editorLoader = load;
    this.load(this.lang);
  }

  /** Re-reads the language (also called when the host's own `lang` changes): the reader's choice in a switch, else `lang`. */
  refresh(): void {
    const lang = chosenLanguage() ?? langOf(this.host);
    if (lang === this.lang && this.t.lang === lang) {
      // The built-in German table is the one in use: a later change keeps it on screen while loading.
      this.applied = true;
      return;
    }
    this.lang = lang;
    this.dir = directionOf(lang);
    this.load(lang);
  }

  private load(lang: string): void {
    const request = ++this.request;
    const apply = ({ messages, lang: table }: LoadedTable, editor?: EditorMessages): void => {
      if (request !== this.request) return;
      this.t = translator(messages, lang, { editor, table });
      this.applied = true;
      this.pending = false;
      this.host.requestUpdate();
    };
    if (isGerman(lang) && !this.editorLoader) {
      apply({ lang: 'de', messages: defaultMessages });
      return;
    }
    // Only the first table holds the element in its loading state (no German flash before Arabic);
    // a later change keeps the old language on screen until the new one is there (no spinner, focus kept).
    // Editor texts arrive quietly.
    if (!this.applied && this.t.lang !== lang) {
      this.pending = true;
      this.host.requestUpdate();
    }
    void Promise.all([loadMessages(lang), this.editorLoader?.(lang).catch(() => undefined)]).then(([messages, editor]) => apply(messages, editor));
  }
}
