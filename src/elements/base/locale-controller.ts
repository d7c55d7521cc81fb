/**
 * Keeps an element's language, direction and translator current: the
 * reader's choice in a language switch on the page (held here), else the
 * element's own `lang` or the nearest ancestor's, following changes. The
 * translator is composed from the language's table and the German texts the
 * element has (the shell's, then each view's as it arrives); nothing is
 * shared between elements but the tables' chunks. The editor texts (feed
 * warnings) are fetched only for an element that asks for them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { de } from '../../i18n/de.js';
import { translator, type MessageTable, type Translate } from '../../i18n/translate.js';
import type { Message } from '../../i18n/format.js';
import type { EditorMessages, MessageKey } from '../../i18n/messages.js';
import { GERMAN, isGerman, loadMessages, type LoadedTable } from '../../i18n/load-messages.js';
import { directionOf, langOf } from '../../i18n/resolve-lang.js';
import { followLang, unfollowLang, type LangFollower } from './lang-observer.js';

export class LocaleController implements ReactiveController, LangFollower {
  /** The language tag in use, e.g. `de`, `ar`, `en-GB`. */
  lang = 'de';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The reader's choice in a language switch on this page, if any: it goes before `lang` attributes. */
  chosen: string | undefined;
  /** The editor texts (feed warnings), once they have arrived. */
  editor: EditorMessages | undefined;
  /** `true` while the first table for `lang` is still loading. */
  pending: boolean | undefined;
  /** Translator for `lang`; German until the language's table has arrived. */
  t: Translate;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private request = 0;
  /** The German texts this element has: the shell's, and those of each view module it loaded (its translators read them). */
  private readonly german: Partial<Record<MessageKey, Message>> = { ...de };
  /** The language of the table in use (`lang` once its table has arrived); none before the first. */
  private shown: string | undefined;
  /** Fetches the editor texts; given by the debug view, so the entry carries no editor loader. */
  private editorLoader: ((lang: string) => Promise<EditorMessages>) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    this.t = translator(this.german, 'de');
    host.addController(this);
  }

  hostConnected(): void {
    followLang(this);
  }

  hostDisconnected(): void {
    unfollowLang(this);
  }

  /** Adds the German texts a view module brings, its `messages` (other languages carry them in their table). */
  addGerman(module: { readonly messages?: MessageTable }): void {
    Object.assign(this.german, module.messages);
  }

  /** Asks for the editor texts (feed warnings) too, from now on, with the debug view's loader (the element asks once). */
  needEditor(load: (lang: string) => Promise<EditorMessages>): void {
    this.editorLoader = load;
    this.load(this.lang);
  }

  /** Re-reads the language (also called when the host's own `lang` changes): the reader's choice in a switch, else `lang`. */
  refresh(): void {
    const lang = this.chosen ?? langOf(this.host);
    if (lang === this.lang && this.shown === lang) return;
    this.lang = lang;
    this.dir = directionOf(lang);
    this.load(lang);
  }

  private load(lang: string): void {
    const request = ++this.request;
    const apply = ({ messages, lang: table }: LoadedTable, editor?: EditorMessages): void => {
      if (request !== this.request) return;
      this.t = translator(messages, lang, { german: this.german, editor, table });
      this.shown = lang;
      this.editor = editor;
      this.pending = false;
      this.host.requestUpdate();
    };
    if (isGerman(lang) && !this.editorLoader) {
      apply(GERMAN);
      return;
    }
    // Only the first table holds the element in its loading state (no German flash before Arabic);
    // a later change keeps the old language on screen until the new one is there (no spinner, focus kept).
    // Editor texts arrive quietly.
    if (!this.shown) {
      this.pending = true;
      this.host.requestUpdate();
    }
    void Promise.all([loadMessages(lang), this.editorLoader?.(lang).catch(() => undefined)]).then(([messages, editor]) => apply(messages, editor));
  }
}
