/**
 * `<editor-map-pick>`: where a place is, set on a map. Before the partner
 * allows the tile server (as with <offer-map>: the placeholder names it),
 * nothing is loaded; then the kit's own map chunk (through src/map/load-map.ts;
 * only src/map/ imports Leaflet) draws the map. A click sets the
 * position; the pin can be dragged, or focused and moved with the arrow keys;
 * "Hierhin setzen" puts it under the cross in the middle of the map (pan
 * with the arrow keys first). Fires `allow` and `pick` (detail: {lat, lng}).
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { GeoPoint } from '../../src/feed/types.js';
import { loadMap, type MapHandle } from '../../src/map/load-map.js';
import { fillMessage } from '../../src/elements/shared/render-text.js';
import { OSM_COPYRIGHT, type TileServer } from '../../src/elements/shared/tile-server.js';
import type { Texts } from './texts.js';

/** A town's zoom, when the map starts from another place of the feed. */
const NEAR_ZOOM = 15;
const PIN_ZOOM = 17;

export class EditorMapPick extends LitElement {
  static override properties = {
    point: { attribute: false },
    fallback: { attribute: false },
    server: { attribute: false },
    attribution: {},
    allowed: { type: Boolean },
    texts: { attribute: false },
    state: { state: true },
  };

  static override styles = css`
    :host { display: block; }
    .frame { position: relative; block-size: 20rem; border: 1px solid #8c959f; border-radius: 0.375rem; overflow: hidden; background: #f6f8fa; }
    .leaflet-host, .leaflet-host.leaflet-container { position: absolute; inset: 0; z-index: 0; font: inherit; }
    .consent { display: grid; align-content: center; justify-items: center; gap: 0.5rem; block-size: 100%; padding: 1rem; text-align: center; }
    .consent p { margin: 0; max-inline-size: 30em; }
    button { font: inherit; min-block-size: 2.25rem; padding: 0.25rem 0.75rem; border: 1px solid #57606a; border-radius: 0.375rem; background: #fff; color: #1f2328; cursor: pointer; }
    .primary { background: #0b5cad; border-color: #0b5cad; color: #fff; font-weight: 600; }
    button:focus-visible, .leaflet-host:focus-visible, .pin:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    .cross { position: absolute; z-index: 1; inset-block-start: 50%; inset-inline-start: 50%; inline-size: 1.5rem; block-size: 1.5rem; margin: -0.75rem; pointer-events: none; }
    .cross::before, .cross::after { content: ''; position: absolute; background: #1f2328; }
    .cross::before { inset-inline: 0; inset-block-start: calc(50% - 1px); block-size: 2px; }
    .cross::after { inset-block: 0; inset-inline-start: calc(50% - 1px); inline-size: 2px; }
    .pin { display: block; }
    .pin-shape { display: block; inline-size: 28px; block-size: 28px; border-radius: 50% 50% 50% 0; transform: rotate(-45deg); background: #b3261e; border: 3px solid #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 0.4); }
    .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 0.5rem 0; }
    .note { margin: 0.5rem 0 0; color: #57606a; font-size: 0.9375rem; }
    .error { color: #b3261e; }
    .attribution { position: absolute; z-index: 2; inset-block-end: 0; inset-inline-end: 0; margin: 0; padding: 0 0.375em; background: rgb(255 255 255 / 0.85); font-size: 0.75rem; }
    a { color: #0b5cad; }
  `;

  point: GeoPoint | undefined;
  /** Where to start when there is no point yet (another place of the feed). */
  fallback: GeoPoint | undefined;
  server: TileServer | undefined;
  attribution = '';
  allowed = false;
  texts!: Texts;
  state: 'idle' | 'loading' | 'ready' | 'error' | 'tiles-failed' = 'idle';
  /** The map, once drawn (for tests). */
  map: MapHandle | undefined;
  private mapTiles: string | undefined;
  /** The last point this element reported: the map does not jump to it. */
  private picked: GeoPoint | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release();
  }

  private release(): void {
    this.map?.destroy();
    this.map = undefined;
    this.mapTiles = undefined;
    this.state = 'idle';
  }

  private pick(point: GeoPoint): void {
    this.picked = point;
    this.dispatchEvent(new CustomEvent<GeoPoint>('pick', { detail: point, bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The map's lifecycle changes state: after this update, not in it.
    if (this.map && (!this.allowed || this.server?.template !== this.mapTiles)) queueMicrotask(() => this.release());
    else if (this.allowed && this.server && this.state === 'idle') {
      const server = this.server;
      queueMicrotask(() => void this.load(server));
    }
    if (this.map && changed.has('point')) this.showPoint();
  }

  private async load(server: TileServer): Promise<void> {
    if (this.state !== 'idle' || !this.isConnected) return;
    this.state = 'loading';
    try {
      const module = await loadMap();
      await this.updateComplete;
      const container = this.renderRoot.querySelector<HTMLElement>('.leaflet-host');
      if (!this.isConnected || !container || !this.allowed) {
        this.state = 'idle';
        return;
      }
      const root = this.renderRoot as ShadowRoot;
      const sheet = module.leafletStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.map = module.createMap({
        container,
        tiles: server.template,
        clusterLabel: () => '',
        markerLabel: () => '',
        onPick: () => undefined,
        onStack: () => undefined,
        selectedPlace: () => undefined,
        onTileError: () => {
          this.state = 'tiles-failed';
        },
        onFault: (error) => {
          console.error('[editor] the map failed', error);
          this.map = undefined;
          this.state = 'error';
        },
        onMapClick: (point) => this.pick(point),
      });
      this.mapTiles = server.template;
      const start = this.point ?? this.fallback;
      if (start) this.map.view(start, this.point ? PIN_ZOOM : NEAR_ZOOM);
      else this.map.fit();
      this.state = 'ready';
      this.showPoint();
    } catch (error) {
      console.error('[editor] the map could not be loaded', error);
      this.state = 'error';
    }
  }

  /** Draws the pin; a point typed into the fields (not picked here) is brought into view. */
  private showPoint(): void {
    const map = this.map;
    if (!map) return;
    const point = this.point;
    map.setPin(point, { label: this.texts.p('map.pin'), onMove: (moved) => this.pick(moved) });
    // The form rounds what it writes (six decimals): a point within that of the last one picked is it.
    const fromHere = point && this.picked && Math.abs(point.lat - this.picked.lat) < 1e-5 && Math.abs(point.lng - this.picked.lng) < 1e-5;
    if (point && !fromHere) map.view(point, Math.max(map.leaflet.getZoom(), NEAR_ZOOM));
  }

  protected override render(): unknown {
    const { p, t } = this.texts;
    const server = this.server;
    if (!server) return html`<p class="note error" role="alert">${p('map.bad-tiles')}</p>`;
    if (!this.allowed) {
      return html`<div class="frame">
        <div class="consent">
          <p>${t('map.consent.text', { server: server.host })}</p>
          <p><button type="button" class="primary" @click=${() => this.dispatchEvent(new CustomEvent('allow', { bubbles: true, composed: true }))}>${t('map.consent.button')}</button></p>
          <p>${p('map.without')}</p>
        </div>
      </div>`;
    }
    const ready = this.state === 'ready' || this.state === 'tiles-failed';
    const own = this.attribution.trim();
    const source = own ? html`<bdi>${own}</bdi>` : html`<a href=${OSM_COPYRIGHT}>© ${t('map.attribution.osm')}</a>`;
    return html`<div class="frame">
        <div class="leaflet-host" dir="ltr" role="region" aria-label=${p('map.region')} aria-describedby="keys"></div>
        <span class="cross" aria-hidden="true"></span>
        <p class="attribution">${fillMessage(t, 'map.attribution', 'source', source)}</p>
      </div>
      <p class="note" id="keys">${p('map.keys')}</p>
      <div class="tools">
        <button type="button" ?disabled=${!ready} @click=${() => this.map && this.pick(this.map.center())}>${p('map.set-center')}</button>
        <button type="button" ?disabled=${!ready} @click=${() => this.map?.zoomIn()}>${t('map.zoom-in')}</button>
        <button type="button" ?disabled=${!ready} @click=${() => this.map?.zoomOut()}>${t('map.zoom-out')}</button>
      </div>
      ${this.state === 'loading' ? html`<p class="note" role="status">${t('state.loading')}</p>` : nothing}
      ${this.state === 'error' ? html`<p class="note error" role="alert">${t('map.load-error')}</p>` : nothing}
      ${this.state === 'tiles-failed' ? html`<p class="note error" role="status">${t('map.tile-error', { server: server.host })}</p>` : nothing}`;
  }
}

/**
 * Registers `<editor-map-pick>` (once). A call, not an import for its side
 * effect: the package marks only its element definitions as having side
 * effects, so the bundler would drop a bare import of this module.
 */
export function defineMapPick(): void {
  if (!customElements.get('editor-map-pick')) customElements.define('editor-map-pick', EditorMapPick);
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-map-pick': EditorMapPick;
  }
}
