/**
 * Honest notes about a record's texts, in the reader's language: "Dieser
 * Text liegt nur auf Deutsch vor" when the reader's language is missing and
 * another is shown, and "Maschinell übersetzt" when the feed marks the texts
 * in the reader's language as machine-translated. Shared by the card and the
 * offer map's details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../../feed/text.js';
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
  const machine = picked.some((p) => !p.fallback) && machineTranslated?.some((tag) => primaryLanguage(tag) === reader);
  if (!fallback && !machine) return nothing;
  return html`<p class="text-notes" part="text-note">${machine ? html`<span class="tag">${t('text.machine-translated')}</span>` : nothing}${fallback
      ? html`<span>${t('text.fallback', { language: languageName(fallback.lang, t) })}</span>`
      : nothing}</p>`;
}

/** Every language a record's texts exist in (the tags as the feed has them). */
export function textLanguages(texts: readonly (Text | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => Object.keys(text ?? {})))];
}
