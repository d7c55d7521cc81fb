/**
 * The languages the residents' texts exist in: each one's tag, its name in
 * itself (what the language switch lists) and in English, and how its table
 * came about. docs/translations.md is written from this list
 * (`npm run translations -- status`); src/i18n/table-loaders.ts must load
 * exactly these tables (a test checks it).
 */

/**
 * - `source`: the German original;
 * - `reviewed`: checked by a native speaker (who is named in docs/translations.md);
 * - `machine`: written by a language model, not yet checked by a native speaker.
 */
export type TranslationStatus = 'source' | 'reviewed' | 'machine';

export interface Language {
  /** BCP 47 tag, as in `lang` and `languages` attributes. */
  readonly tag: string;
  /** The language's name in itself. */
  readonly name: string;
  /** Its name in English (for docs and tools). */
  readonly english: string;
  readonly status: TranslationStatus;
}

export const LANGUAGES: readonly Language[] = [
  { tag: 'de', name: 'Deutsch', english: 'German', status: 'source' },
  { tag: 'de-plain', name: 'Leichte Sprache', english: 'German, plain language (Leichte Sprache)', status: 'machine' },
  { tag: 'en', name: 'English', english: 'English', status: 'machine' },
  { tag: 'ar', name: 'العربية', english: 'Arabic', status: 'machine' },
  { tag: 'fa', name: 'فارسی', english: 'Persian (Farsi)', status: 'machine' },
  { tag: 'prs', name: 'دری', english: 'Dari', status: 'machine' },
  { tag: 'ps', name: 'پښتو', english: 'Pashto', status: 'machine' },
  { tag: 'ur', name: 'اردو', english: 'Urdu', status: 'machine' },
  { tag: 'ckb', name: 'کوردیی ناوەندی', english: 'Kurdish (Sorani)', status: 'machine' },
  { tag: 'kmr', name: 'Kurmancî', english: 'Kurdish (Kurmanji)', status: 'machine' },
  { tag: 'ti', name: 'ትግርኛ', english: 'Tigrinya', status: 'machine' },
  { tag: 'am', name: 'አማርኛ', english: 'Amharic', status: 'machine' },
  { tag: 'so', name: 'Soomaali', english: 'Somali', status: 'machine' },
  { tag: 'uk', name: 'Українська', english: 'Ukrainian', status: 'machine' },
  { tag: 'ru', name: 'Русский', english: 'Russian', status: 'machine' },
  { tag: 'tr', name: 'Türkçe', english: 'Turkish', status: 'machine' },
  { tag: 'pl', name: 'Polski', english: 'Polish', status: 'machine' },
  { tag: 'ro', name: 'Română', english: 'Romanian', status: 'machine' },
  { tag: 'bg', name: 'Български', english: 'Bulgarian', status: 'machine' },
  { tag: 'sq', name: 'Shqip', english: 'Albanian', status: 'machine' },
  { tag: 'sr', name: 'Српски', english: 'Serbian (Cyrillic)', status: 'machine' },
  { tag: 'hr', name: 'Hrvatski', english: 'Croatian', status: 'machine' },
  { tag: 'bs', name: 'Bosanski', english: 'Bosnian', status: 'machine' },
  { tag: 'mk', name: 'Македонски', english: 'Macedonian', status: 'machine' },
  { tag: 'ka', name: 'ქართული', english: 'Georgian', status: 'machine' },
  { tag: 'fr', name: 'Français', english: 'French', status: 'machine' },
  { tag: 'es', name: 'Español', english: 'Spanish', status: 'machine' },
  { tag: 'it', name: 'Italiano', english: 'Italian', status: 'machine' },
  { tag: 'pt', name: 'Português', english: 'Portuguese', status: 'machine' },
  { tag: 'nl', name: 'Nederlands', english: 'Dutch', status: 'machine' },
  { tag: 'el', name: 'Ελληνικά', english: 'Greek', status: 'machine' },
  { tag: 'cs', name: 'Čeština', english: 'Czech', status: 'machine' },
  { tag: 'sk', name: 'Slovenčina', english: 'Slovak', status: 'machine' },
  { tag: 'sl', name: 'Slovenščina', english: 'Slovenian', status: 'machine' },
  { tag: 'hu', name: 'Magyar', english: 'Hungarian', status: 'machine' },
  { tag: 'da', name: 'Dansk', english: 'Danish', status: 'machine' },
  { tag: 'sv', name: 'Svenska', english: 'Swedish', status: 'machine' },
  { tag: 'nb', name: 'Norsk bokmål', english: 'Norwegian Bokmål', status: 'machine' },
  { tag: 'fi', name: 'Suomi', english: 'Finnish', status: 'machine' },
  { tag: 'et', name: 'Eesti', english: 'Estonian', status: 'machine' },
  { tag: 'lv', name: 'Latviešu', english: 'Latvian', status: 'machine' },
  { tag: 'lt', name: 'Lietuvių', english: 'Lithuanian', status: 'machine' },
  { tag: 'vi', name: 'Tiếng Việt', english: 'Vietnamese', status: 'machine' },
  { tag: 'zh', name: '中文（简体）', english: 'Chinese (Simplified)', status: 'machine' },
  { tag: 'hi', name: 'हिन्दी', english: 'Hindi', status: 'machine' },
];
