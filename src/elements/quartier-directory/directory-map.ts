/**
 * The map of <quartier-directory>: the projects found at their quarters'
 * centres, clustered, with the same consent, lazy loading and map chunk as
 * <offer-map> (its MapLifecycle). Before consent, a placeholder that names
 * the tile server; after it, the canvas (shared/map-canvas.ts). Every project is in the list as well.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderCanvas } from '../shared/map-canvas.js';
import type { DirectoryController } from './directory-controller.js';
import type { DirectoryModel } from './directory-load.js';

export function renderMap(ctl: DirectoryController, model: DirectoryModel): TemplateResult | typeof nothing {
  const host = ctl.host;
  if (host.map === 'off') return nothing;
  const { t } = host.locale;
  const { map } = ctl;
  const server = map.server;
  if (!server) return html`<div class="map" part="map"><p class="note error-note" role="alert">${t('map.bad-tiles', { value: host.tiles })}</p></div>`;
  if (!map.consentGiven) {
    return html`<div class="map" part="map"><div class="consent" part="consent">
      <p>${t('map.consent.text', { server: server.host })}</p>
      <p><button type="button" class="primary" @click=${() => map.allow()}>${t('map.consent.button')}</button></p>
    </div></div>`;
  }
  return html`<div class="map" part="map">
    ${renderCanvas({ map, server, t, attribution: host.attribution, located: ctl.mapData(model).points.length > 0, any: true })}
  </div>`;
}
