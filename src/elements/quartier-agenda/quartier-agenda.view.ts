/**
 * The view of <quartier-agenda>: the groups of dates (agenda-model.ts) as
 * sections with a heading and a list, each date with its time, the offer,
 * its place and "In den Kalender", under the search field and category
 * chips the map's list has (elements/shared/filter-bar.ts). Fetched with the
 * feed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { placeById, projectById } from '../../feed/query.js';
import { localNow } from '../../feed/schedule.js';
import { deAgenda } from '../../i18n/de/agenda.js';
import { deLabels } from '../../i18n/de/labels.js';
import { deLifecycle } from '../../i18n/de/lifecycle.js';
import { deOffer } from '../../i18n/de/offer.js';
import { deSchedule } from '../../i18n/de/schedule.js';
import { formatDayDate } from '../../i18n/intl-format.js';
import { occurrenceTime } from '../shared/offer-times.js';
import { contentStyles } from '../../styles/content.js';
import { calendarButton } from '../shared/calendar-button.js';
import { addressLine } from '../shared/address-line.js';
import { filterBarStyles, renderFilterBar } from '../shared/filter-bar.js';
import { searchable } from '../shared/search-text.js';
import type { Feed, Offer, OfferCategory } from '../../feed/types.js';
import { deMap } from '../../i18n/de/map.js';
import { headingLevel, sourceLabel } from '../shared/host-info.js';
import type { ElementView, ViewResult } from '../base/quartier-element.js';
import { plainText } from '../shared/render-text.js';
import { UsageError } from '../base/widget-error.js';
import { splitFilter } from '../base/widget-spec.js';
import { agendaCategories, agendaGroups, filterAgenda, type AgendaGroup, type AgendaItem } from './agenda-model.js';
import type { QuartierAgenda } from './quartier-agenda.js';
import { agendaSpec } from './quartier-agenda.spec.js';
import { agendaStyles } from './quartier-agenda.styles.js';

const { categories, days } = agendaSpec.attributes;

function toView(host: QuartierAgenda, { feed }: LoadResult): ViewResult<readonly AgendaGroup[]> {
  const project = host.project ? projectById(feed, host.project) : undefined;
  if (host.project && !project) return { error: new UsageError('unknown-project', host.project, sourceLabel(host)) };
  const span = Number(days.values.includes(host.days) ? host.days : days.default);
  const groups = agendaGroups(feed, project, splitFilter(host.categories, categories.values)[0], span, localNow());
  return groups.length ? { view: groups } : { empty: true };
}

function when(host: QuartierAgenda, item: AgendaItem): TemplateResult | typeof nothing {
  const o = item.occurrence;
  if (!o) return html`<span></span>`;
  const { t } = host.locale;
  const time = occurrenceTime(o, t);
  return html`<time part="time" datetime=${o.opens ? `${o.date}T${o.opens === '24:00' ? '23:59' : o.opens}` : o.date}>${formatDayDate(o.date, t)}${time ? html`<br />${time}` : nothing}</time>`;
}

function renderItem(host: QuartierAgenda, item: AgendaItem, result: LoadResult): TemplateResult {
  const { feed } = result;
  const { t, lang } = host.locale;
  const ctx = { lang, feedLang: feed.language };
  const place = item.offer.place ? placeById(feed, item.offer.place) : undefined;
  const name = plainText(item.offer.name, ctx);
  const reason = plainText(item.occurrence?.reason, ctx);
  return html`<li part="item">
    ${when(host, item)}
    <span class="main"><span class="name" part="name"><bdi>${name}</bdi></span>${item.offer.category ? html`<span class="tag">${t(`category.${item.offer.category}`)}</span>` : nothing}
      ${place ? html`<span class="place" part="place"><bdi>${plainText(place.name, ctx)}</bdi></span>` : nothing}
      ${reason ? html`<span class="note"><bdi>${reason}</bdi></span>` : nothing}</span>
    ${calendarButton({ host, feed, t, ctx }, [item.offer], name, item.offer.id, false)}
  </li>`;
}

/** An offer's searchable text: its texts in every language, its category's name, its place's name and address. */
function offerText(host: QuartierAgenda, feed: Feed, offer: Offer): string {
  const place = offer.place ? placeById(feed, offer.place) : undefined;
  const texts = [offer.name, offer.description, offer.audience, offer.schedule?.text, place?.name, place?.description].flatMap((text) =>
    text ? Object.values(text) : [],
  );
  return searchable([...texts, addressLine(place?.address), offer.category ? host.locale.t(`category.${offer.category}`) : ''].join(' '));
}

/** The reader's chips and search, per element, in memory. */
const filtersBy = new WeakMap<QuartierAgenda, { readonly chips: Set<OfferCategory>; query: string }>();

function filtersOf(host: QuartierAgenda): { readonly chips: Set<OfferCategory>; query: string } {
  let filters = filtersBy.get(host);
  if (!filters) filtersBy.set(host, (filters = { chips: new Set(), query: '' }));
  return filters;
}

function render(host: QuartierAgenda, groups: readonly AgendaGroup[], result: LoadResult): TemplateResult {
  const { t } = host.locale;
  const filters = filtersOf(host);
  const shown = filterAgenda(groups, filters.chips, filters.query, (offer) => offerText(host, result.feed, offer));
  const offers = new Set(shown.flatMap((g) => g.items.map((i) => i.offer))).size;
  const changed = (): void => host.requestUpdate();
  const bar = renderFilterBar({
    t,
    categories: agendaCategories(groups),
    chips: filters.chips,
    query: filters.query,
    count: offers ? t('map.count.offers', { count: offers }) : undefined,
    search(query) {
      filters.query = query;
      changed();
    },
    toggleChip(category) {
      if (!filters.chips.delete(category)) filters.chips.add(category);
      changed();
    },
    reset() {
      filters.chips.clear();
      filters.query = '';
      changed();
    },
  });
  return html`${bar}${shown.map(
    (g) => html`<section part="group" aria-labelledby=${`agenda-${g.key}`}>
      <div role="heading" aria-level=${headingLevel(host)} class="heading" part="heading" id=${`agenda-${g.key}`}>${t(`agenda.${g.key}`)}</div>
      <ul>${g.items.map((item) => renderItem(host, item, result))}</ul>
    </section>`,
  )}`;
}

export const agendaView: ElementView<QuartierAgenda, readonly AgendaGroup[]> = {
  styles: [contentStyles, filterBarStyles, agendaStyles],
  messages: { ...deAgenda, ...deOffer, ...deSchedule, ...deLifecycle, ...deLabels, ...deMap },
  spec: agendaSpec,
  toView,
  render,
};
