/**
 * The search field and the category chips over a list of offers, the same
 * in <offer-map> and <quartier-agenda>: a labelled search field with a
 * hint, a toggle button (`aria-pressed`) for each category present when
 * there are several, the number of results (announced politely whenever it
 * changes) and, while anything filters, a button that resets the filters.
 * The element keeps the state and says what each control does.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { OfferCategory } from '../../feed/types.js';
import type { Translate } from '../../i18n/translate.js';

export interface FilterBar {
  readonly t: Translate;
  /** The categories present, in the format's order. */
  readonly categories: readonly OfferCategory[];
  readonly chips: ReadonlySet<OfferCategory>;
  readonly query: string;
  /** The number of results in words ("3 Orte, 5 Angebote"), or `undefined` when there are none. */
  readonly count: string | undefined;
  search(query: string): void;
  toggleChip(category: OfferCategory): void;
  reset(): void;
}

/** The bar; `after` (a note) goes at its end. */
export function renderFilterBar(bar: FilterBar, after: unknown = nothing): TemplateResult {
  const { t, chips, query } = bar;
  const filtered = chips.size > 0 || query.trim() !== '';
  const onChip = (event: Event): void => {
    const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-category]');
    if (chip) bar.toggleChip(chip.dataset['category'] as OfferCategory);
  };
  return html`<div class="toolbar" part="toolbar">
    <div class="search">
      <label for="search">${t('map.search')}</label>
      <input id="search" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="search-hint" .value=${query}
        @input=${(event: Event) => bar.search((event.target as HTMLInputElement).value)} />
      <span id="search-hint" class="hint">${t('map.search.hint')}</span>
    </div>
    ${
      bar.categories.length > 1
        ? html`<div class="chips" role="group" aria-label=${t('map.categories')} @click=${onChip}>${bar.categories.map(
            (c) =>
              html`<button type="button" class="chip" part="chip" data-category=${c} aria-pressed=${chips.has(c) ? 'true' : 'false'}>${t(`category.${c}`)}</button>`,
          )}</div>`
        : nothing
    }
    <p class="count"><span role="status">${bar.count ?? t('map.no-results')}</span>${
      filtered ? html` <button type="button" class="link" @click=${() => bar.reset()}>${t('map.reset')}</button>` : nothing
    }</p>
    ${after}
  </div>`;
}

/** The bar's styles, one rule a line. */
export const filterBarStyles = css`
.toolbar { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5em var(--_space); }
.search { display: grid; gap: 0.125em; flex: 1 1 14em; }
.search label { font-weight: bold; }
.hint { color: var(--_muted); font-size: 0.875em; }
input[type='search'] { font: inherit; padding: 0.375em 0.5em; border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_bg); color: var(--_text); inline-size: 100%; }
.chips { display: flex; flex-wrap: wrap; gap: 0.375em; flex: 1 1 100%; }
.chip { font: inherit; font-size: 0.875em; min-block-size: 2em; padding: 0.125em 0.75em; border: 1px solid var(--_border); border-radius: 1em; background: var(--_surface); color: var(--_text); cursor: pointer; }
.chip[aria-pressed='true'] { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-contrast); }
.chip[aria-pressed='true']::before { content: '✓ ' / ''; }
.count { flex: 1 1 100%; margin: 0; color: var(--_muted); font-size: 0.9375em; }
.search input:focus-visible, .chip:focus-visible, .count .link:focus-visible { outline: var(--_focus); outline-offset: 2px; }
.count .link { font: inherit; padding: 0; border: 0; background: none; color: var(--_accent); text-decoration: underline; cursor: pointer; }
`;
