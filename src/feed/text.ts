/**
 * Picking a Text's translation for the reader's language.
 */
import type { Text } from './types.js';

/** A text in one language, with the language it is actually in. */
export interface LocalizedText {
  readonly text: string;
  /** The language of `text`: set it as `lang` on the element that shows it. */
  readonly lang: string;
  /** `true` when `text` is not in the requested language. */
  readonly fallback: boolean;
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/** Leichte Sprache is `de-x-plain` in a feed; a page may call it `de-x-ls` or `de-plain`. */
const PLAIN = /^de-(?:x-(?:plain|ls)|plain)$/i;

/** Whether a tag means Leichte Sprache. */
export function isPlainLanguage(tag: string): boolean {
  return PLAIN.test(tag);
}

/**
 * The translation for `lang`: the exact tag (Leichte Sprache under any of
 * its tags), then the same language with another region (`de-AT` → `de`,
 * standard German before Leichte Sprache; `de-x-plain` → `de`), then the
 * feed's `fallbackLang`, then any translation at all.
 */
export function pickText(text: Text | undefined, lang: string, fallbackLang = 'de'): LocalizedText | undefined {
  if (!text) return undefined;
  const tags = Object.keys(text);
  if (tags.length === 0) return undefined;
  const wanted = lang.toLowerCase();
  const exact = tags.find((t) => t.toLowerCase() === wanted || (isPlainLanguage(t) && isPlainLanguage(wanted)));
  const sameLanguage = exact ?? tags.find((t) => primary(t) === primary(wanted) && !isPlainLanguage(t)) ?? tags.find((t) => primary(t) === primary(wanted));
  const chosen =
    sameLanguage ?? tags.find((t) => t.toLowerCase() === fallbackLang.toLowerCase()) ?? tags.find((t) => primary(t) === primary(fallbackLang)) ?? tags[0]!;
  return { text: text[chosen]!, lang: chosen, fallback: sameLanguage === undefined };
}

/** Plain text split into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
