/**
 * The toolbar of <offer-map>: a search field, a chip for each category
 * present (a toggle button each), the number of results, announced
 * politely whenever it changes, and, when every offer is over, a note that
 * says so.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OfferCategory } from '../../feed/types.js';
import type { FilteredModel, MapModel } from './map-model.js';
import type { MapController } from './map-controller.js';

export function renderToolbar(ctl: MapController, model: MapModel, results: FilteredModel): TemplateResult {
  const { t } = ctl.host.locale;
  const { chips, query } = ctl.view;
  const filtered = chips.size > 0 || query.trim() !== '';
  const count = t('map.results', {
    places: t('map.count.places', { count: results.places }),
    offers: t('map.count.offers', { count: results.offers }),
  });
  const onInput = (event: Event): void => ctl.search((event.target as HTMLInputElement).value);
  const onChip = (event: Event): void => {
    const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-category]');
    if (!chip) return;
    ctl.toggleChip(chip.dataset['category'] as OfferCategory);
  };
  return html`<div class="toolbar" part="toolbar">
    <div class="search">
      <label for="search">${t('map.search')}</label>
      <input id="search" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="search-hint" .value=${query} @input=${onInput} />
      <span id="search-hint" class="hint">${t('map.search.hint')}</span>
    </div>
    ${
      model.categories.length > 1
        ? html`<div class="chips" role="group" aria-label=${t('map.categories')} @click=${onChip}>${model.categories.map(
            (c) =>
              html`<button type="button" class="chip" part="chip" data-category=${c} aria-pressed=${chips.has(c) ? 'true' : 'false'}>${t(`category.${c}`)}</button>`,
          )}</div>`
        : nothing
    }
    <p class="count"><span role="status">${results.offers || results.places ? count : t('map.no-results')}</span>${
      filtered ? html` <button type="button" class="link" @click=${() => ctl.resetFilters()}>${t('map.reset')}</button>` : nothing
    }</p>
    ${model.noneCurrent ? html`<p class="none-current" part="note">${t('lifecycle.no-current')}</p>` : nothing}
  </div>`;
}
