/**
 * The view of <offer-map>: the toolbar, the list and the map area, with
 * their texts and styles. Fetched with the feed (the shell's `loadView()`);
 * Leaflet is fetched later still, by MapUi, once the map may be shown.
 */
import { html, type TemplateResult } from 'lit';
import type { LoadResult } from '../../feed/load-feeds.js';
import { deLabels } from '../../i18n/de/labels.js';
import { deMap } from '../../i18n/de/map.js';
import { deOffer } from '../../i18n/de/offer.js';
import { deSchedule } from '../../i18n/de/schedule.js';
import { contentStyles } from '../../styles/content.js';
import type { ElementView, ViewResult } from '../base/quartier-element.js';
import { renderMapArea } from './map-area.js';
import type { MapModel } from './map-model.js';
import { renderToolbar } from './map-toolbar.js';
import { mapUi } from './map-ui.js';
import type { OfferMap } from './offer-map.js';
import { offerMapSpec } from './offer-map.spec.js';
import { offerMapStyles } from './offer-map.styles.js';
import { renderList } from './place-list.js';

function toView(host: OfferMap, result: LoadResult): ViewResult<MapModel> {
  const made = mapUi(host).toModel(result);
  if ('error' in made) return made;
  return made.model.entries.length ? { view: made.model } : { empty: true };
}

function render(host: OfferMap, model: MapModel, { feed }: LoadResult): TemplateResult {
  const ui = mapUi(host);
  const results = ui.results(model);
  return html`<div class="offer-map">
    ${renderToolbar(ui, model, results)}
    <div class="body">${renderList(ui, results.entries, feed)}${renderMapArea(ui, results, feed)}</div>
  </div>`;
}

export const offerMapView: ElementView<OfferMap, MapModel> = {
  spec: offerMapSpec,
  styles: [contentStyles, offerMapStyles],
  messages: { ...deLabels, ...deOffer, ...deSchedule, ...deMap },
  toView,
  render,
};
