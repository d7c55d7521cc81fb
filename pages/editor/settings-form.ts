/**
 * The settings form: the map's tile server (a URL template, as the widgets'
 * `tiles` attribute takes it) and its attribution, and the address search
 * service (off when empty). Kept in this browser.
 */
import { html, type TemplateResult } from 'lit';
import { OSM_TILES, tileServer } from '../../src/elements/shared/tile-server.js';
import type { Settings } from './settings.js';
import type { Texts } from './texts.js';

export function settingsForm(x: Texts, settings: Settings, apply: (next: Settings) => void, invalid: boolean): TemplateResult {
  const { p } = x;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const get = (key: string): string => String(data.get(key) ?? '').trim();
    const tiles = get('tiles') === OSM_TILES ? '' : get('tiles');
    apply({ tiles, attribution: get('attribution'), geocoder: get('geocoder') });
  };
  const tilesBad = invalid || (settings.tiles !== '' && !tileServer(settings.tiles));
  return html`<details class="settings panel">
    <summary><h2>${p('settings.heading')}</h2></summary>
    <form novalidate @submit=${submit}>
      <p class="help">${p('settings.intro')}</p>
      <div class="field">
        <label for="settings-tiles">${p('settings.tiles')}</label>
        <p class="help" id="settings-tiles-help">${p('settings.tiles.help')}</p>
        <input
          id="settings-tiles"
          name="tiles"
          type="text"
          dir="ltr"
          spellcheck="false"
          autocomplete="off"
          .value=${settings.tiles || OSM_TILES}
          aria-describedby="settings-tiles-help"
          aria-invalid=${tilesBad ? 'true' : 'false'}
        />
      </div>
      <div class="field">
        <label for="settings-attribution">${p('settings.attribution')}</label>
        <p class="help" id="settings-attribution-help">${p('settings.attribution.help')}</p>
        <input id="settings-attribution" name="attribution" type="text" autocomplete="off" .value=${settings.attribution} aria-describedby="settings-attribution-help" />
      </div>
      <div class="field">
        <label for="settings-geocoder">${p('settings.geocoder')}</label>
        <p class="help" id="settings-geocoder-help">${p('settings.geocoder.help')}</p>
        <input
          id="settings-geocoder"
          name="geocoder"
          type="text"
          inputmode="url"
          dir="ltr"
          spellcheck="false"
          autocomplete="off"
          .value=${settings.geocoder}
          aria-describedby="settings-geocoder-help"
        />
      </div>
      <button type="submit">${p('settings.apply')}</button>
    </form>
  </details>`;
}
