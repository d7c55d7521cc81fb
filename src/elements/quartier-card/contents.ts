/**
 * The card's table of contents, for narrow cards (its styles hide it when the
 * card is wide enough for two columns): one button per section, in the
 * card's order, that moves the focus to the section's heading and scrolls it
 * to the top, so places, offers and contacts are one step away from the
 * title. Buttons, not `#` links: the sections are inside the shadow root,
 * where a page's URL fragment cannot reach, and a host page's router must not
 * take them for navigation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/translate.js';
import { childList } from '../shared/child-list.js';

/** The id of the section `key` ("card.offers" → "card-offers"), unique in the card's shadow root. */
export const sectionId = (key: MessageKey): string => key.replace(/\./g, '-');

/** Moves the focus to the heading of the section `id` in `root`. */
export function focusSection(root: ShadowRoot | null, id: string): void {
  const target = root?.getElementById(id)?.querySelector<HTMLElement>('[part="heading"]');
  if (!target) return;
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

/**
 * A `<nav>` named `label` with a button for each section in `keys`, or
 * nothing for fewer than two sections.
 */
export function renderContents(root: () => ShadowRoot | null, keys: readonly MessageKey[], label: string, t: Translate): TemplateResult | typeof nothing {
  if (keys.length < 2) return nothing;
  return html`<nav class="toc" part="contents" aria-label=${label}>
    <ul
      ${childList(
        keys.map((key) => ({
          content: html`<button type="button" class="toc-link" @click=${() => focusSection(root(), sectionId(key))} .textContent=${t(key)}></button>`,
        })),
      )}
    ></ul>
  </nav>`;
}
