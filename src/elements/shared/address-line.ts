/**
 * An address of a place or an organisation, the same in the card, the map's
 * list and details, the partner list and calendar files: street, postal code and town, district, in this order.
 * An address is a German postal address written in the feed's language, so
 * it keeps German punctuation ("Markt 1, 00000 Musterstadt") in every UI
 * language (never the Arabic "،", the Chinese "，" or the Ethiopic "፣"), and
 * is shown as an isolate in that language, so a right-to-left page neither
 * reorders it nor reads it in the reader's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Address } from '../../feed/types.js';

/** The address's own separator: German, whatever the UI language. */
const SEPARATOR = ', ';

/** "Markt 1, 00000 Musterstadt, Altstadt" (street, postal code and town, district), or '' without an address. */
export function addressLine(a: Address | undefined): string {
  if (!a) return '';
  return [a.street, [a.postalCode, a.locality].filter(Boolean).join(' '), a.district].filter(Boolean).join(SEPARATOR);
}

/**
 * The address as an isolate in the feed's language (`feedLang`), or nothing
 * without an address; with `wrap`, inside a `<span>` of that class (one
 * template: no comment node for a binding between them).
 */
export function renderAddress(address: Address | undefined, feedLang: string, wrap?: string): TemplateResult | typeof nothing {
  const line = addressLine(address);
  if (!line) return nothing;
  return wrap
    ? html`<span class=${wrap}><bdi class="address-line" lang=${feedLang} .textContent=${line}></bdi></span>`
    : html`<bdi class="address-line" lang=${feedLang} .textContent=${line}></bdi>`;
}
