/**
 * The card's "places and offers in brief": each place of the project with the
 * offers held there ("Lage ungefähr" where the feed says its position is
 * estimated), then the offers without a listed place under "Ort auf Anfrage".
 * Names are buttons that fire `quartier-select`, so a page can show the place
 * or offer on its map.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { projectOffers, projectPlaces } from '../../feed/query.js';
import type { Feed, Offer, Project } from '../../feed/types.js';
import type { Translate } from '../../i18n/translate.js';
import { offerTimes } from '../base/offer-times.js';
import { join } from './join.js';
import type { CardRender } from './quartier-card.view.js';

type Card = Pick<CardRender, 'txt' | 'str' | 'pick' | 'list' | 'fill' | 'tc'>;

function offer(card: Card, o: Offer, t: Translate): TemplateResult {
  const { words, own, next } = offerTimes(o, t, card.tc);
  return html`${card.pick('offer', o.id, card.txt(o.name))}
    ${o.category ? html`<span part="tag" class="tag">${t(`category.${o.category}`)}</span>` : nothing}
    ${o.status === 'active' ? nothing : html`<span part="tag" class="tag ended">${t(o.status === 'paused' ? 'offer.paused' : 'card.ended')}</span>`}
    <span class="meta">${join(
      [
        words,
        own && card.txt(own),
        next,
        o.audience && card.fill('offer.audience', 'audience', card.txt(o.audience)),
        o.registration && t(`offer.registration.${o.registration}`),
        o.cost === 'free' ? t('offer.free') : card.txt(o.cost),
      ],
      ' · ',
    )}</span>`;
}

/** The list of places and offers, or nothing when the project has none. */
export function renderOffers(card: Card, p: Project, feed: Feed, t: Translate): TemplateResult | typeof nothing {
  const offers = projectOffers(feed, p);
  const places = projectPlaces(feed, p);
  const atPlace = (id: string): Offer[] => offers.filter((o) => o.place === id);
  const items = [
    ...places.map((place) => {
      const a = place.address;
      const meta = join([a && card.str(join([a.street, a.district, join([a.postalCode, a.locality], ' ').join('')]).join('')), place.geo?.approximate && t('place.approximate')], ' · ');
      return html`${card.pick('place', place.id, card.txt(place.name))}
        ${meta.length ? html`<span class="meta">${meta}</span>` : nothing}
        ${card.list(atPlace(place.id), (o) => offer(card, o, t), 'offers')}`;
    }),
  ];
  const unplaced = offers.filter((o) => !places.some((place) => place.id === o.place));
  if (unplaced.length) items.push(html`<span class="unplaced">${t('offer.unplaced')}</span>${card.list(unplaced, (o) => offer(card, o, t), 'offers')}`);
  return card.list(items, (i) => i, 'places');
}
