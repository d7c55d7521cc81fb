/**
 * The editor page's texts: its own (`texts-de.ts`, `texts-en.ts`, in the
 * same shape as the checker page's), and the widgets' tables for what the
 * widgets themselves say — feed problems (the editor messages), schedules in
 * words, names of languages and codes — so that the editor and the widgets
 * use the same words; and the authoring tools' texts (hints, spreadsheet
 * places), so that the editor and the checker do.
 */
import { type AuthoringText } from '../../src/i18n/authoring-messages.js';
import { deAuthoring } from '../../src/i18n/de/authoring.js';
import { deEditor } from '../../src/i18n/de/editor.js';
import { enAuthoring } from '../../src/i18n/en/authoring.js';
import { enEditor } from '../../src/i18n/en/editor.js';
import { format, type Message, type Params } from '../../src/i18n/format.js';
import { germanSource } from '../../src/i18n/german-source.js';
import en from '../../src/i18n/tables/en.js';
import { translator, type Translate } from '../../src/i18n/translate.js';
import { dePage } from './texts-de.js';
import { enPage } from './texts-en.js';

export type PageLang = 'de' | 'en';
export const PAGE_LANGS: readonly PageLang[] = ['de', 'en'];

export type PageKey = keyof typeof dePage;
export type PageMessages = Readonly<Record<PageKey, Message>>;

export const pageMessages: Readonly<Record<PageLang, PageMessages>> = { de: dePage, en: enPage };

export function isPageLang(value: unknown): value is PageLang {
  return PAGE_LANGS.includes(value as PageLang);
}

/** The page's texts in one language. */
export interface Texts {
  readonly lang: PageLang;
  /** The page's own texts. */
  p(key: PageKey, params?: Params): string;
  /** The widgets' texts (and their editor messages) in the page's language. */
  readonly t: Translate;
  /** The authoring tools' texts (hints for unknown fields, places in a spreadsheet), as the checker's. */
  readonly a: AuthoringText;
}

const cache = new Map<PageLang, Texts>();

export function textsFor(lang: PageLang): Texts {
  let texts = cache.get(lang);
  if (!texts) {
    const t = lang === 'en' ? translator(en, 'en', { editor: enEditor, table: 'en' }) : translator(germanSource, 'de', { editor: deEditor });
    const table = pageMessages[lang];
    const authoring = lang === 'en' ? enAuthoring : deAuthoring;
    texts = { lang, t, p: (key, params) => format(table[key], params, lang), a: (key, params) => format(authoring[key], params, lang) };
    cache.set(lang, texts);
  }
  return texts;
}
