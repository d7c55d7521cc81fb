/**
 * Feed texts into templates: always as text nodes (never markup), in the
 * reader's language when the feed has it, each marked with the language it
 * is actually in and `dir="auto"` so mixed scripts lay out correctly. A text
 * is its element's `textContent` (a property binding: one text node, and no
 * comment node that a child binding would add in every card).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { paragraphs, pickText } from '../../feed/text.js';
import type { Text } from '../../feed/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate, UntypedTranslate } from '../../i18n/translate.js';
import { seq } from './seq.js';

/** What a text needs to know about the reader and the feed. */
export interface TextContext {
  /** The reader's language. */
  readonly lang: string;
  /** The feed's default language, the first fallback. */
  readonly feedLang: string;
}

/** A text inline, in a `<span>` with its own `lang`. */
export function inlineText(text: Text | undefined, ctx: TextContext): TemplateResult | typeof nothing {
  const picked = pickText(text, ctx.lang, ctx.feedLang);
  if (!picked) return nothing;
  return html`<span lang=${picked.lang} dir="auto" .textContent=${picked.text}></span>`;
}

/**
 * A text as paragraphs (split at blank lines), each a `<p>` with its own
 * `lang`. Paragraphs from the `restFrom`th on (counted from 0) get the class
 * `rest`: those a folded section hides.
 */
export function blockText(text: Text | undefined, ctx: TextContext, part = 'text', restFrom = Infinity): TemplateResult | typeof nothing {
  const picked = pickText(text, ctx.lang, ctx.feedLang);
  if (!picked) return nothing;
  const paragraph = (p: string, i: number): TemplateResult =>
    html`<p part=${part} class=${i >= restFrom ? 'rest' : nothing} lang=${picked.lang} dir="auto" .textContent=${p}></p>`;
  // One template for all paragraphs (a binding each): Lit marks each entry of a list with two comment nodes.
  return seq(paragraphs(picked.text).map(paragraph)) as TemplateResult;
}

/** The paragraphs `blockText` makes of a text. */
export function blockParagraphs(text: Text | undefined, ctx: TextContext): string[] {
  const picked = pickText(text, ctx.lang, ctx.feedLang);
  return picked ? paragraphs(picked.text) : [];
}

/** The plain string of a text, for attributes such as `alt` and `aria-label`. */
export function plainText(text: Text | undefined, ctx: TextContext): string {
  return pickText(text, ctx.lang, ctx.feedLang)?.text ?? '';
}

/**
 * A translated sentence with a template in place of its `{name}` placeholder
 * (a link, a feed text with its own `lang`), so translators keep the word order.
 */
export function fillMessage(t: Translate, key: MessageKey, name: string, content: unknown, params: Readonly<Record<string, string>> = {}): TemplateResult {
  const [before, after] = (t as UntypedTranslate)(key, { ...params, [name]: '\u0001' }).split('\u0001');
  return html`${before}${content}${after}`;
}
