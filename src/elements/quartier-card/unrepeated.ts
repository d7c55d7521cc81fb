/**
 * A description without the summary it starts with. Partners often paste the
 * summary as the description's first sentences; the card shows the summary in
 * its header, so the description then begins after it (or with its second
 * paragraph, when the first was the summary alone) — the same text is never
 * shown twice.
 */
import { paragraphs, pickText } from '../../feed/text.js';
import type { Text } from '../../feed/types.js';
import type { TextContext } from '../shared/render-text.js';

/** Spaces and line breaks do not count. */
const words = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** `text` as the reader gets it, less a leading repetition of `lead` (in the same language); `undefined` when nothing is left. */
export function withoutLead(text: Text | undefined, lead: Text | undefined, ctx: TextContext): Text | undefined {
  const picked = pickText(text, ctx.lang, ctx.feedLang);
  const first = pickText(lead, ctx.lang, ctx.feedLang);
  if (!picked || !first || picked.lang !== first.lang) return text;
  const [head = '', ...rest] = paragraphs(picked.text);
  const repeated = words(first.text);
  const opening = words(head);
  // Whole words only: a summary "Treff" does not cut "Treffpunkt".
  if (!repeated || !opening.startsWith(repeated) || /\S/.test(opening.charAt(repeated.length))) return text;
  const remainder = opening.slice(repeated.length).trim();
  const kept = [remainder, ...rest].filter(Boolean);
  return kept.length ? { [picked.lang]: kept.join('\n\n') } : undefined;
}
