/**
 * The card's "places and offers in brief": each place of the project with the
 * offers held there, then offers without a listed place. Names are buttons that
 * fire `quartier-select`, so a page can show the place or offer on its map.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { projectOffers, projectPlaces } from '../../feed/query.js';
import { nextDates } from '../../feed/schedule.js';
import type { Feed, Offer, Project } from '../../feed/types.js';
import type { Translate } from '../../i18n/translate.js';
import { formatClock, formatDayDate } from '../../i18n/intl-format.js';
import { describeSchedule } from '../../i18n/schedule-words.js';
import { plainText } from '../base/render-text.js';
import { join } from './join.js';
import type { CardRender } from './quartier-card.view.js';

type Card = Pick<CardRender, 'txt' | 'str' | 'pick' | 'list' | 'fill' | 'tc'>;

/** Text compared loosely: case, spaces, punctuation and "10 bis 12" for "10–12" do not count. */
const loose = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+bis\s+/g, '–')
    .replace(/[\s\u2068\u2069.,;:–-]/g, '');

/**
 * The regular times: the rules in words in the reader's language, then the
 * partner's own words (`schedule.text`, which may say more: "außer in den
 * Ferien"), left out when they only repeat the rules.
 */
function schedule(card: Card, o: Offer, t: Translate): unknown[] {
  if (!o.schedule) return [];
  const words = describeSchedule(o.schedule, t);
  const own = plainText(o.schedule.text, card.tc);
  return [words, own && loose(own) !== loose(words) ? card.txt(o.schedule.text) : undefined];
}

function offer(card: Card, o: Offer, t: Translate): TemplateResult {
  const next = nextDates(o, { count: 1 })[0];
  const clock = (time: string): string => formatClock(time, t.lang);
  const time = next?.opens && (next.closes ? t('card.time', { opens: clock(next.opens), closes: clock(next.closes) }) : t('card.at', { time: clock(next.opens) }));
  return html`${card.pick('offer', o.id, card.txt(o.name))}
    ${o.category ? html`<span part="tag" class="tag">${t(`category.${o.category}`)}</span>` : nothing}
    ${o.status === 'active' ? nothing : html`<span part="tag" class="tag ended">${t(o.status === 'paused' ? 'card.paused' : 'card.ended')}</span>`}
    <span class="meta">${join(
      [
        ...schedule(card, o, t),
        next && t('card.next', { date: join([formatDayDate(next.date, t.lang), time]).join('') }),
        o.audience && card.fill('card.audience', 'audience', card.txt(o.audience)),
        o.registration && t(`card.registration.${o.registration}`),
        o.cost === 'free' ? t('card.free') : card.txt(o.cost),
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
      return html`${card.pick('place', place.id, card.txt(place.name))}
        ${a ? html`<span class="meta">${card.str(join([a.street, a.district, join([a.postalCode, a.locality], ' ').join('')]).join(''))}</span>` : nothing}
        ${card.list(atPlace(place.id), (o) => offer(card, o, t), 'offers')}`;
    }),
    ...offers.filter((o) => !places.some((place) => place.id === o.place)).map((o) => offer(card, o, t)),
  ];
  return card.list(items, (i) => i, 'places');
}
