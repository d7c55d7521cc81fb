/**
 * Honest notes about a record's texts, in the reader's language: "Dieser
 * Text liegt nur auf Deutsch vor" when the reader's language is missing and
 * another is shown; "Diesen Text gibt es noch nicht in Leichter Sprache"
 * when a reader of Leichte Sprache gets standard German; and "Maschinell
 * übersetzt" when the feed marks the texts in the reader's language as
 * machine-translated. Shared by the card, the offer map's details and the
 * partner list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isPlainLanguage, pickText } from '../../feed/text.js';
import type { LanguageTag, Text } from '../../feed/types.js';
import { languageName } from '../../i18n/intl-format.js';
import { primaryLanguage } from '../../i18n/resolve-lang.js';
import type { Translate } from '../../i18n/translate.js';
import type { TextContext } from './render-text.js';

/**
 * The notes for a record whose main texts are `texts` (name, summary,
 * description). `fallback: false` leaves the "only in German" note to an
 * enclosing record (a place says it once for the offers it lists).
 */
export function textNotes(
  texts: readonly (Text | undefined)[],
  machineTranslated: readonly LanguageTag[] | undefined,
  ctx: TextContext,
  t: Translate,
  { fallback: sayFallback = true } = {},
): TemplateResult | typeof nothing {
  const picked = texts.map((text) => pickText(text, ctx.lang, ctx.feedLang)).filter((p) => p !== undefined);
  const fallback = sayFallback ? picked.find((p) => p.fallback) : undefined;
  const reader = primaryLanguage(ctx.lang);
  const plainReader = t.table === 'de-plain';
  // Leichte Sprache and standard German share the primary tag `de`: their machine translations are told apart by the whole tag.
  const sameTag = (tag: string): boolean => (plainReader ? isPlainLanguage(tag) : primaryLanguage(tag) === reader && !isPlainLanguage(tag));
  const machine = picked.some((p) => !p.fallback && sameTag(p.lang)) && machineTranslated?.some(sameTag);
  // Standard German for a reader of Leichte Sprache is no fallback to another language, but it is not what they asked for.
  const notPlain = sayFallback && !fallback && plainReader && picked.some((p) => !isPlainLanguage(p.lang));
  if (!fallback && !machine && !notPlain) return nothing;
  return html`<p class="text-notes" part="text-note">${machine ? html`<span class="tag">${t('text.machine-translated')}</span>` : nothing}${
    fallback ? html`<span>${t('text.fallback', { language: languageName(fallback.lang, t) })}</span>` : nothing
  }${notPlain ? html`<span>${t('text.no-plain-language')}</span>` : nothing}</p>`;
}

/** Every language a record's texts exist in (the tags as the feed has them). */
export function textLanguages(texts: readonly (Text | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => Object.keys(text ?? {})))];
}
