/**
 * Keeps an element's language, direction and string table current: from its
 * own `lang` or the nearest ancestor's, following changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translator, type Translate } from '../../i18n/feed-messages.js';
import { defaultMessages, loadMessages, tableLanguage } from '../../i18n/load-messages.js';
import { directionOf, langOf } from '../../i18n/resolve-lang.js';
import { onLangChange } from './lang-observer.js';

export class LocaleController implements ReactiveController {
  /** The language tag in use, e.g. `de`, `ar`, `en-GB`. */
  lang = 'de';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Translator for `lang`; German until the language's table has arrived. */
  t: Translate = translator(defaultMessages, 'de');
  /** `true` while the table for `lang` is still loading. */
  pending = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private unsubscribe: (() => void) | undefined;
  private request = 0;

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

  /** Re-reads the language (also called when the host's own `lang` changes). */
  refresh(): void {
    const lang = langOf(this.host);
    if (lang === this.lang && !this.pending && this.t.lang === lang) return;
    this.lang = lang;
    this.dir = directionOf(lang);
    const request = ++this.request;
    if (tableLanguage(lang) === 'de') {
      this.t = translator(defaultMessages, lang);
      this.pending = false;
      this.host.requestUpdate();
      return;
    }
    this.pending = true;
    this.host.requestUpdate();
    void loadMessages(lang).then((messages) => {
      if (request !== this.request) return;
      this.t = translator(messages, lang);
      this.pending = false;
      this.host.requestUpdate();
    });
  }
}
