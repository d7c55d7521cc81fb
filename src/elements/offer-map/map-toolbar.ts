/**
 * The toolbar of <offer-map>: the shared search field and category chips
 * (elements/shared/filter-bar.ts) with the number of places and offers, and,
 * when every offer is over, a note that says so.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderFilterBar } from '../shared/filter-bar.js';
import type { FilteredModel, MapModel } from './map-model.js';
import type { MapController } from './map-controller.js';

export function renderToolbar(ctl: MapController, model: MapModel, results: FilteredModel): TemplateResult {
  const { t } = ctl.host.locale;
  const count = t('map.results', {
    places: t('map.count.places', { count: results.places }),
    offers: t('map.count.offers', { count: results.offers }),
  });
  return renderFilterBar(
    {
      t,
      categories: model.categories,
      chips: ctl.view.chips,
      query: ctl.view.query,
      count: results.offers || results.places ? count : undefined,
      search: (query) => ctl.search(query),
      toggleChip: (category) => ctl.toggleChip(category),
      reset: () => ctl.resetFilters(),
    },
    model.noneCurrent ? html`<p class="none-current" part="note">${t('lifecycle.no-current')}</p>` : nothing,
  );
}
