/**
 * The card's places and offers open their details in place. A name is a
 * disclosure button (`aria-expanded`): activating it fires
 * `quartier-select`; unless the page cancels that, the entry is marked as
 * current, its details open under it (an offer's times in words, next
 * date, audience, cost, contact and "In den Kalender"; a place's
 * accessibility, description and "Alle Termine in den Kalender") and every
 * <offer-map> on the page that lists it shows it too. Activating it again
 * closes the details. The same opens for a link `#quartier-offer=<id>` or
 * `#quartier-place=<id>`. (The maps follow the event: shared/follow-selections.ts.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalNow } from '../../feed/schedule.js';
import type { Offer, Place } from '../../feed/types.js';
import type { LocalizedText } from '../../feed/text.js';
import { contentOnce } from '../shared/child-list.js';
import { fire } from '../base/events.js';
import { calendarButton } from '../shared/calendar-button.js';
import { watchDeepLinks } from '../shared/deep-link.js';
import { headingLevel } from '../shared/host-info.js';
import { plainText } from '../shared/render-text.js';
import { renderOfferDetails, renderPlaceDetails, type DetailsContext } from '../shared/place-details.js';
import type { QuartierCard } from './quartier-card.js';
import type { CardRender } from './quartier-card.view.js';

type Type = 'place' | 'offer';

const keyOf = (type: Type, id: string): string => `${type}:${id}`;
const panelId = (type: Type, id: string): string => `details-${type}-${id}`;

/** The places and offers whose details are open (`type:id`), per card, in memory. */
const openedBy = new WeakMap<QuartierCard, Set<string>>();

function opened(host: QuartierCard): Set<string> {
  let keys = openedBy.get(host);
  if (!keys) openedBy.set(host, (keys = new Set()));
  return keys;
}

/** Whether the details of this place or offer are open. */
export const detailsOpen = (host: QuartierCard, type: Type, id: string): boolean => opened(host).has(keyOf(type, id));

function toggle(host: QuartierCard, type: Type, id: string): void {
  if (!fire(host, 'quartier-select', { type, id })) return;
  const key = keyOf(type, id);
  host.picked = key;
  if (opened(host).delete(key)) {
    host.requestUpdate();
    return;
  }
  opened(host).add(key);
  host.requestUpdate();
}

/**
 * Opens the place or offer of a link `#quartier-place=<id>` /
 * `#quartier-offer=<id>` (marked current, no event: the reader did not pick
 * it here) and, once drawn, scrolls to it and focuses its button.
 */
export function followDeepLinks(host: QuartierCard): void {
  watchDeepLinks(
    host,
    (link) => {
      const key = keyOf(link.type, link.id);
      opened(host).add(key);
      host.picked = key;
      host.requestUpdate();
    },
    (link) => {
      if (host.state === 'loading') return false;
      const button = host.shadowRoot?.querySelector<HTMLElement>(`[data-detail="${CSS.escape(keyOf(link.type, link.id))}"]`);
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
      return true;
    },
  );
}

/**
 * A place or an offer: its name (a feed text, `label`) as the button that
 * opens and closes its details, `brief` (what it shows after the name), the
 * details panel the button controls, with `body` while open (empty and
 * hidden when closed), and `after` it (a place's offers). One template for
 * them all, so that each entry costs few comment nodes: the name is its
 * span's text, and a panel never opened holds no marker.
 */
export function detailEntry(
  host: QuartierCard,
  type: Type,
  id: string,
  label: LocalizedText,
  brief: unknown,
  body: () => unknown,
  after: unknown = nothing,
): TemplateResult {
  const key = keyOf(type, id);
  const open = opened(host).has(key);
  const current = host.picked === key ? 'true' : nothing;
  const expanded = open ? 'true' : 'false';
  const panel = panelId(type, id);
  const click = (): void => toggle(host, type, id);
  const details = contentOnce(open ? body() : nothing);
  // Two templates, the same but for `after`: a template that ends in a binding costs one more comment node.
  if (after === nothing)
    return html`<button type="button" class="pick" data-detail=${key} aria-expanded=${expanded} aria-controls=${panel} aria-current=${current} @click=${click}><span
        lang=${label.lang}
        dir="auto"
        .textContent=${label.text}
      ></span></button>${brief}<div class="details" part="details" id=${panel} ?hidden=${!open} ${details}></div>`;
  return html`<button type="button" class="pick" data-detail=${key} aria-expanded=${expanded} aria-controls=${panel} aria-current=${current} @click=${click}><span
      lang=${label.lang}
      dir="auto"
      .textContent=${label.text}
    ></span></button>${brief}<div class="details" part="details" id=${panel} ?hidden=${!open} ${details}></div>${after}`;
}

type Card = Pick<CardRender, 'host' | 'feed' | 't' | 'tc'>;

/** The shared details views' context for one drawing of the card. */
export function cardDetailsContext(card: Card, now: LocalNow): DetailsContext {
  return { ...card.tc, t: card.t, feed: card.feed, level: headingLevel(card.host, 2), currentOffer: undefined, host: card.host, now };
}

/** An offer's details (the body of its panel, drawn while open): the map's view of an offer, and its calendar file. */
export function offerDetails(card: Card, offer: Offer, ctx: DetailsContext): TemplateResult {
  const name = plainText(offer.name, card.tc);
  return html`${renderOfferDetails(offer, ctx)}
    <p class="actions">${calendarButton({ host: card.host, feed: card.feed, t: card.t, ctx: card.tc, now: ctx.now }, [offer], name, offer.id, false)}</p>`;
}

/** A place's details (its address is under its name already), and one calendar file of its offers. */
export function placeDetails(card: Card, place: Place, offers: readonly Offer[], ctx: DetailsContext, extra: () => unknown = () => nothing): TemplateResult {
  const name = plainText(place.name, card.tc);
  const calendar = calendarButton({ host: card.host, feed: card.feed, t: card.t, ctx: card.tc, now: ctx.now }, offers, name, place.id, true);
  return html`${renderPlaceDetails(place, [], ctx, true)}
    <p class="actions">${calendar}${extra()}</p>`;
}
