/**
 * The view of <offer-map>: two skip links, the toolbar, the list and the map area, with
 * their texts and styles. Fetched with the feed (the shell's `loadView()`);
 * Leaflet is fetched later still (map-lifecycle.ts), once the map may be shown.
 */
import { html, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { deLabels } from '../../i18n/de/labels.js';
import { deLifecycle } from '../../i18n/de/lifecycle.js';
import { deMap } from '../../i18n/de/map.js';
import { deOffer } from '../../i18n/de/offer.js';
import { deSchedule } from '../../i18n/de/schedule.js';
import { contentStyles } from '../../styles/content.js';
import { watchDeepLinks } from '../shared/deep-link.js';
import { followSelections } from '../shared/follow-selections.js';
import { filterBarStyles } from '../shared/filter-bar.js';
import type { ElementView, ViewResult } from '../base/quartier-element.js';
import { renderMapArea } from './map-area.js';
import { mapController } from './map-controller.js';
import type { MapModel } from './map-model.js';
import { renderToolbar } from './map-toolbar.js';
import type { OfferMap } from './offer-map.js';
import { offerMapSpec } from './offer-map.spec.js';
import { offerMapStyles } from './offer-map.styles.js';
import { renderList } from './place-list.js';

function toView(host: OfferMap, result: LoadResult): ViewResult<MapModel> {
  // `#quartier-place=<id>` / `#quartier-offer=<id>` in the page's address: shown like `select()`.
  watchDeepLinks(host, (link) => host.select(link.type, link.id));
  // A place or offer another element on the page picked (a card): shown here too when listed.
  followSelections(host, (type, id) => mapController(host).view.lists(type, id));
  const made = mapController(host).toModel(result);
  if ('error' in made) return made;
  if (made.model.entries.length) return { view: made.model };
  return made.model.noneCurrent ? { empty: true, say: 'lifecycle.no-current' } : { empty: true };
}

function render(host: OfferMap, model: MapModel, { feed }: LoadResult): TemplateResult {
  const ctl = mapController(host);
  const results = ctl.view.results!;
  const { t } = host.locale;
  // Skip links first: past the search, the chips and a list of any length, straight to the map (or the list).
  return html`<div class="offer-map">
    <div class="skip">
      <button type="button" @click=${() => ctl.skipTo('map')}>${t('map.skip.map')}</button>
      <button type="button" @click=${() => ctl.skipTo('list')}>${t('map.skip.list')}</button>
    </div>
    ${renderToolbar(ctl, model, results)}
    <div class="body">${renderList(ctl, results.entries, feed)}${renderMapArea(ctl, results, feed)}</div>
  </div>`;
}

export const offerMapView: ElementView<OfferMap, MapModel> = {
  spec: offerMapSpec,
  styles: [contentStyles, filterBarStyles, offerMapStyles],
  messages: { ...deLabels, ...deOffer, ...deSchedule, ...deMap, ...deLifecycle },
  toView,
  render,
};
