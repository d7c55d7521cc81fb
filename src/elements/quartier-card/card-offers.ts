/**
 * The card's "places and offers in brief": each place of the project with the
 * offers held there ("Lage ungefähr" where the feed says its position is
 * estimated), then the offers without a listed place under "Ort auf Anfrage".
 * Names open the place's or offer's details in place (card-details.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { offerLifecycle } from '../../feed/lifecycle.js';
import { projectOffers, projectPlaces } from '../../feed/query.js';
import { localNow, type LocalNow } from '../../feed/schedule.js';
import type { Feed, Offer, Place, Project, Text } from '../../feed/types.js';
import { pickText, type LocalizedText } from '../../feed/text.js';
import type { Translate } from '../../i18n/translate.js';
import { renderAddress } from '../shared/address-line.js';
import { lifecycleWords } from '../shared/lifecycle-words.js';
import { offerTimes, todayWords } from '../shared/offer-times.js';
import { fillMessage, type TextContext } from '../shared/render-text.js';
import { watchToday } from '../shared/today-timer.js';
import { calendarButton } from '../shared/calendar-button.js';
import { plainText } from '../shared/render-text.js';
import { cardDetailsContext, detailEntry, detailsOpen, offerDetails, placeDetails } from './card-details.js';
import type { DetailsContext } from '../shared/place-details.js';
import { printButton } from './card-notice.js';
import { join } from './join.js';
import type { CardRender } from './quartier-card.view.js';

type Card = Pick<CardRender, 'host' | 'txt' | 'str' | 'list' | 'fill' | 'tc'>;

/** A name in the reader's language where the feed has it (names are never empty after validation). */
const label = (name: Text, tc: TextContext): LocalizedText => pickText(name, tc.lang, tc.feedLang) ?? { text: '', lang: tc.feedLang, fallback: false };

function offer(card: Card, o: Offer, p: Project, t: Translate, now: LocalNow, ctx: DetailsContext): TemplateResult {
  // Open, the details say everything the brief line would (and more); the name's button stays the same element.
  const brief = detailsOpen(card.host, 'offer', o.id) ? nothing : briefLine(card, o, p, t, now);
  return detailEntry(card.host, 'offer', o.id, label(o.name, card.tc), brief, () => offerDetails({ ...card, feed: ctx.feed, t }, o, ctx));
}

/** An offer in brief: category, status, "heute", its times and facts in one line. */
function briefLine(card: Card, o: Offer, p: Project, t: Translate, now: LocalNow): TemplateResult {
  const lifecycle = offerLifecycle(o, p, now.date);
  const current = lifecycle.state === 'current';
  const { words, own, next, notes } = offerTimes(o, t, card.tc, current, now);
  // The project's end date is in the card's header already: its offers say "beendet".
  const status = lifecycleWords(lifecycle.state === 'ended' ? { state: 'ended' } : lifecycle, t);
  const day = current ? todayWords(o, t, now) : undefined;
  if (day?.text) watchToday(card.host, now, day.changesAt);
  // The tags in one binding, a space between them (and before them, after the name).
  const tags = join(
    [
      // A label of the kit's own (never feed text) as the element's text: no comment node for a binding.
      o.category && html`<span part="tag" class="tag" .textContent=${t(`category.${o.category}`)}></span>`,
      status &&
        html`<span part="tag" class="tag ${lifecycle.state === 'ended' || lifecycle.state === 'paused' ? 'ended' : 'stage'}" .textContent=${status}></span>`,
      day?.text && html`<strong part="tag" class="tag today ${day.openNow ? 'open' : ''}" .textContent=${day.text}></strong>`,
    ],
    ' ',
  );
  const meta = join(
    [
      words,
      own && card.txt(own),
      next,
      ...notes.map((n) => (n.reason ? fillMessage(t, 'schedule.reason', 'reason', card.txt(n.reason), { note: n.text }) : n.text)),
      o.audience && card.fill('offer.audience', 'audience', card.txt(o.audience)),
      o.registration && t(`offer.registration.${o.registration}`),
      o.cost === 'free' ? t('offer.free') : card.txt(o.cost),
    ],
    ' · ',
  );
  // The usual case, a category and a line of plain strings, in one template without bindings for content
  // (the same elements as below); the kit's own words and the feed's as elements' text, no comment nodes.
  if (typeof meta === 'string' && o.category && !status) {
    const category = t(`category.${o.category}`);
    return day?.text
      ? html` <span part="tag" class="tag" .textContent=${category}></span> <strong
            part="tag"
            class="tag today ${day.openNow ? 'open' : ''}"
            .textContent=${day.text}
          ></strong><span class="meta" .textContent=${meta}></span>`
      : html` <span part="tag" class="tag" .textContent=${category}></span><span class="meta" .textContent=${meta}></span>`;
  }
  return typeof meta === 'string' ? html` ${tags}<span class="meta" .textContent=${meta}></span>` : html` ${tags}<span class="meta">${meta}</span>`;
}

/**
 * The list of places and offers, or nothing when the project has none. The
 * offers are grouped by place once (no search per place), and only the
 * entries shown are rendered (long lists show a part and a button for more).
 */
export function renderOffers(card: Card, p: Project, feed: Feed, t: Translate): TemplateResult | typeof nothing {
  const offers = projectOffers(feed, p);
  const now = localNow();
  const ctx = cardDetailsContext({ ...card, feed, t }, now);
  const places = projectPlaces(feed, p);
  const atPlace = new Map<string, Offer[]>();
  const unplaced: Offer[] = [];
  for (const place of places) atPlace.set(place.id, []);
  for (const o of offers) {
    const here = o.place === undefined ? undefined : atPlace.get(o.place);
    if (here) here.push(o);
    else unplaced.push(o);
  }
  // `null` stands for the group of offers without a listed place, last.
  const items: ReadonlyArray<Place | null> = unplaced.length ? [...places, null] : places;
  const list = card.list(
    items,
    (place) => {
      if (!place)
        return html`<span class="unplaced">${t('offer.unplaced')}</span>${card.list(unplaced, (o) => offer(card, o, p, t, now, ctx), 'offers', 'offers:unplaced')}`;
      const here = atPlace.get(place.id)!;
      // The address and the note are blocks, as are the details and the list: no space between them and the name.
      const brief = join(
        [
          renderAddress(place.address, card.tc.feedLang, 'meta address'),
          place.geo?.approximate && html`<span class="meta" .textContent=${t('place.approximate')}></span>`,
        ],
        '',
      );
      return detailEntry(
        card.host,
        'place',
        place.id,
        label(place.name, card.tc),
        brief,
        () => placeDetails({ ...card, feed, t }, place, here, ctx, () => printButton({ ...card, feed, t }, p, place)),
        card.list(here, (o) => offer(card, o, p, t, now, ctx), 'offers', `offers:${place.id}`),
      );
    },
    'places',
    'places',
  );
  if (list === nothing) return nothing;
  const calendar = calendarButton({ host: card.host, feed, t, ctx: card.tc, now }, offers, plainText(p.name, card.tc), p.id, true);
  return html`${list}<p class="actions">${calendar}${printButton({ ...card, feed, t }, p)}</p>`;
}
