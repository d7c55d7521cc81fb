/**
 * What lies in a map's canvas once consent is given, for <offer-map> and
 * <quartier-directory> alike: the container Leaflet fills (Lit renders
 * nothing inside it), the keys for screen readers, our own zoom buttons,
 * the notes (loading, the chunk failed, tiles failed, nothing located) and
 * the tile server's attribution.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translate.js';
import { fillMessage } from '../shared/render-text.js';
import type { MapLifecycle } from './map-lifecycle.js';
import { OSM_COPYRIGHT, type TileServer } from './tile-server.js';

export interface CanvasOptions {
  readonly map: MapLifecycle;
  readonly server: TileServer;
  readonly t: Translate;
  /** The element's `attribution` (plain text), or '' for OpenStreetMap's, linked. */
  readonly attribution: string;
  /** Whether anything shown has a position: else a note says so. */
  readonly located: boolean;
  /** Whether there is anything at all (no note about positions when the list is empty). */
  readonly any: boolean;
}

export function renderCanvas({ map, server, t, attribution, located, any }: CanvasOptions): TemplateResult {
  const own = attribution.trim();
  const source = own ? html`<bdi>${own}</bdi>` : html`<a href=${OSM_COPYRIGHT}>© ${t('map.attribution.osm')}</a>`;
  return html`<div class="leaflet-host" dir="ltr" role="region" tabindex="-1" aria-label=${t('map.region')} aria-describedby="map-keys"></div>
    <p id="map-keys" class="visually-hidden">${t('map.keys')}</p>
    <div class="controls">
      <button type="button" aria-label=${t('map.zoom-in')} ?disabled=${map.status !== 'ready'} @click=${() => map.handle?.zoomIn()}><span aria-hidden="true">+</span></button>
      <button type="button" aria-label=${t('map.zoom-out')} ?disabled=${map.status !== 'ready'} @click=${() => map.handle?.zoomOut()}><span aria-hidden="true">−</span></button>
      <button type="button" aria-label=${t('map.fit')} ?disabled=${map.status !== 'ready'} @click=${() => map.handle?.fit()}><span class="fit-icon" aria-hidden="true"></span></button>
    </div>
    <div class="notes">
      ${map.status === 'loading' ? html`<p class="note" role="status"><span class="spinner" aria-hidden="true"></span>${t('state.loading')}</p>` : nothing}
      ${
        map.status === 'error'
          ? html`<p class="note" role="alert">${t('map.load-error')} <button type="button" class="link" @click=${() => map.retry()}>${t('map.retry')}</button></p>`
          : nothing
      }
      ${map.tileError ? html`<p class="note" role="status">${t('map.tile-error', { server: server.host })}</p>` : nothing}
      ${!located && any ? html`<p class="note">${t('map.no-geo')}</p>` : nothing}
    </div>
    <p class="attribution">${fillMessage(t, 'map.attribution', 'source', source)}</p>`;
}
