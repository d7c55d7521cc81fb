/**
 * (Options bind `.selected`, the property: once a reader has picked, the
 * `selected` attribute no longer moves a select, and a reset or the back
 * button must.)
 *
 * The toolbar of <quartier-directory>: a search field and one native select
 * per filter (place, field of action, status, partner type, offers of a
 * category) and for the order, so each works with the keyboard and every
 * screen reader as the platform's own controls do. The number of projects is
 * announced politely whenever it changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FIELDS_OF_ACTION, OFFER_CATEGORIES, ORGANIZATION_TYPES } from '../../feed/types.js';
import { narrows, SORTS, type DirectoryQuery } from '../../directory/directory-query.js';
import { PROJECT_STATUSES } from '../../directory/directory-row.js';
import type { DirectoryResults } from '../../directory/directory-search.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { DirectoryController } from './directory-controller.js';
import type { DirectoryModel } from './directory-load.js';

type Filter = 'field' | 'status' | 'partner' | 'offer' | 'sort';

/** A select of a closed set: the value's label is `${prefix}${value}`. */
function choice(ctl: DirectoryController, name: Filter, label: MessageKey, values: readonly string[], prefix: string, all = true): TemplateResult {
  const { t } = ctl.host.locale;
  const value = ctl.query[name];
  const onChange = (event: Event): void => ctl.set({ [name]: (event.target as HTMLSelectElement).value } as Partial<DirectoryQuery>);
  return html`<div class="filter">
    <label for=${name}>${t(label)}</label>
    <select id=${name} @change=${onChange}>
      ${all ? html`<option value="" .selected=${value === ''}>${t('directory.all')}</option>` : nothing}
      ${values.map((v) => html`<option value=${v} .selected=${value === v}>${t(`${prefix}${v}` as MessageKey)}</option>`)}
    </select>
  </div>`;
}

function placeFilter(ctl: DirectoryController, model: DirectoryModel): TemplateResult {
  const { t } = ctl.host.locale;
  const { municipalities, districts } = ctl.places(model);
  const value = ctl.query.place;
  // A place from a shared link stays selectable while the summary that names it is still loading.
  const known = value === '' || municipalities.includes(value) || districts.includes(value);
  const option = (name: string): TemplateResult => html`<option .value=${name} .selected=${value === name}>${name}</option>`;
  return html`<div class="filter">
    <label for="place">${t('directory.place')}</label>
    <select id="place" @change=${(e: Event) => ctl.set({ place: (e.target as HTMLSelectElement).value })}>
      <option value="" .selected=${value === ''}>${t('directory.all')}</option>
      ${known ? nothing : option(value)}
      ${municipalities.length ? html`<optgroup label=${t('directory.place.municipalities')}>${municipalities.map(option)}</optgroup>` : nothing}
      ${districts.length ? html`<optgroup label=${t('directory.place.districts')}>${districts.map(option)}</optgroup>` : nothing}
    </select>
  </div>`;
}

export function renderToolbar(ctl: DirectoryController, model: DirectoryModel, results: DirectoryResults, waiting: boolean): TemplateResult {
  const { t } = ctl.host.locale;
  const onInput = (event: Event): void => ctl.set({ q: (event.target as HTMLInputElement).value }, 'replace');
  const count = waiting
    ? t('directory.loading-all')
    : results.matches.length
      ? t('directory.count', { count: results.matches.length })
      : t('directory.no-results');
  return html`<search class="toolbar" part="toolbar">
    <div class="search">
      <label for="q">${t('directory.search')}</label>
      <input id="q" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="q-hint" .value=${ctl.query.q} @input=${onInput} @change=${() => ctl.commitSearch()} />
      <span id="q-hint" class="hint">${t('directory.search.hint')}</span>
    </div>
    <div class="filters">
      ${placeFilter(ctl, model)} ${choice(ctl, 'field', 'directory.field', FIELDS_OF_ACTION, 'field.')}
      ${choice(ctl, 'status', 'directory.status', PROJECT_STATUSES, 'directory.status.')}
      ${choice(ctl, 'partner', 'directory.partner', ORGANIZATION_TYPES, 'orgType.')}
      ${choice(ctl, 'offer', 'directory.offer', OFFER_CATEGORIES, 'category.')}
      ${choice(ctl, 'sort', 'directory.sort', SORTS, 'directory.sort.', false)}
    </div>
    <p class="count"><span role="status" part="count">${count}</span>${
      narrows(ctl.query) ? html` <button type="button" class="link" @click=${() => ctl.reset()}>${t('directory.reset')}</button>` : nothing
    }</p>
  </search>`;
}
