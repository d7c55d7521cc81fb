/**
 * The map of <quartier-directory>: the projects found at their quarters'
 * centres, clustered, with the same consent, lazy loading and map chunk as
 * <offer-map> (its MapLifecycle). Before consent, a placeholder that names
 * the tile server; after it, the map's container (Leaflet fills it), zoom
 * buttons, notes and the attribution. Every project is in the list as well.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fillMessage } from '../base/render-text.js';
import { OSM_COPYRIGHT } from '../offer-map/tile-server.js';
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
  const own = host.attribution.trim();
  const source = own ? html`<bdi>${own}</bdi>` : html`<a href=${OSM_COPYRIGHT}>© ${t('map.attribution.osm')}</a>`;
  const located = ctl.mapData(model).points.length > 0;
  return html`<div class="map" part="map">
    <div class="leaflet-host" dir="ltr" role="region" tabindex="-1" aria-label=${t('map.region')} aria-describedby="map-keys"></div>
    <p id="map-keys" class="visually-hidden">${t('map.keys')}</p>
    <div class="controls">
      <button type="button" aria-label=${t('map.zoom-in')} ?disabled=${map.status !== 'ready'} @click=${() => host.mapHandle?.zoomIn()}><span aria-hidden="true">+</span></button>
      <button type="button" aria-label=${t('map.zoom-out')} ?disabled=${map.status !== 'ready'} @click=${() => host.mapHandle?.zoomOut()}><span aria-hidden="true">−</span></button>
      <button type="button" aria-label=${t('map.fit')} ?disabled=${map.status !== 'ready'} @click=${() => host.mapHandle?.fit()}><span class="fit-icon" aria-hidden="true"></span></button>
    </div>
    <div class="notes">
      ${map.status === 'loading' ? html`<p class="note" role="status"><span class="spinner" aria-hidden="true"></span>${t('state.loading')}</p>` : nothing}
      ${map.status === 'error'
        ? html`<p class="note" role="alert">${t('map.load-error')} <button type="button" class="link" @click=${() => map.retry()}>${t('map.retry')}</button></p>`
        : nothing}
      ${map.tileError ? html`<p class="note" role="status">${t('map.tile-error', { server: server.host })}</p>` : nothing}
      ${located ? nothing : html`<p class="note">${t('map.no-geo')}</p>`}
    </div>
    <p class="attribution">${fillMessage(t, 'map.attribution', 'source', source)}</p>
  </div>`;
}
