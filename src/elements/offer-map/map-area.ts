/**
 * The map side of <offer-map>: the consent placeholder that names the tile
 * server, or the map's container (Leaflet fills it; Lit renders nothing
 * inside it), with our own zoom buttons, the attribution and notes (no
 * coordinates, tiles failed, the map chunk failed) over it; a place's
 * details beside the map (below it when narrow), never over the marker or
 * the notes; and under the map the key to dashed, estimated positions with
 * the feed's notes on how exact its quarters are.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, Quarter } from '../../feed/types.js';
import { inlineText, type TextContext } from '../shared/render-text.js';
import type { FilteredModel } from './map-model.js';
import type { MapController } from './map-controller.js';
import { detailsContext } from './place-details.js';
import { renderPlaceDetails } from '../shared/place-details.js';
import { renderCanvas } from '../shared/map-canvas.js';
import { headingLevel } from '../shared/host-info.js';
import { moreButton, visible } from '../shared/more.js';

function renderConsent(ctl: MapController, host: string): TemplateResult {
  const { t } = ctl.host.locale;
  return html`<div class="consent" part="consent">
    <p>${t('map.consent.text', { server: host })}</p>
    <p><button type="button" class="primary" @click=${() => ctl.allowMap()}>${t('map.consent.button')}</button></p>
    <p class="hint">${t('map.consent.list')}</p>
  </div>`;
}

/** The places at one point (their stack on the map was activated), as a list to pick from, a part at a time. */
function renderHere(ctl: MapController, ids: readonly string[], results: FilteredModel, feed: Feed): TemplateResult | typeof nothing {
  const wanted = new Set(ids);
  const entries = results.entries.filter((e) => e.place && wanted.has(e.id));
  if (!entries.length) return nothing;
  const { t, lang } = ctl.host.locale;
  const ctx = { lang, feedLang: feed.language };
  const key = `here:${ids[0]!}`;
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    ctl.closeDetails();
  };
  return html`<section class="details" part="details" aria-labelledby="details-name" @keydown=${onKey}>
    <div class="details-head">
      <div role="heading" aria-level=${headingLevel(ctl.host)} id="details-name" class="name" tabindex="-1" data-focus>${t('map.cluster', { count: entries.length })}</div>
      <button type="button" class="close" aria-label=${t('map.close')} @click=${() => ctl.closeDetails()}><span aria-hidden="true">×</span></button>
    </div>
    <div class="here">
      <ul data-more=${key}>
        ${visible(ctl.host, key, entries).map(
          (e) =>
            html`<li><button type="button" class="link" data-place=${e.id} @click=${() => ctl.pickPlace(e.id)}>${inlineText(e.place!.name, ctx)}</button></li>`,
        )}
      </ul>
      ${moreButton(ctl.host, key, entries.length, t)}
    </div>
  </section>`;
}

function renderDetails(ctl: MapController, results: FilteredModel, feed: Feed): TemplateResult | typeof nothing {
  const { details, here } = ctl.view;
  if (here) return renderHere(ctl, here, results, feed);
  const entry = details === undefined ? undefined : results.entries.find((e) => e.id === details);
  if (!entry?.place) return nothing;
  const ctx = detailsContext(ctl, feed);
  const { t } = ctx;
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    ctl.closeDetails();
  };
  const onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act="offer"]');
    if (button) ctl.pickOffer(button.dataset['id']!);
  };
  return html`<section class="details" part="details" aria-labelledby="details-name" @keydown=${onKey} @click=${onClick}>
    <div class="details-head">
      <div role="heading" aria-level=${headingLevel(ctl.host)} id="details-name" class="name" tabindex="-1" data-focus>${inlineText(entry.place.name, ctx)}</div>
      <button type="button" class="close" aria-label=${t('map.close')} @click=${() => ctl.closeDetails()}><span aria-hidden="true">×</span></button>
    </div>
    ${renderPlaceDetails(entry.place, entry.offers, ctx)}
  </section>`;
}

/** Whether the map draws a quarter's outline as estimated (create-map.ts draws it dashed). */
const estimatedOutline = (q: Quarter): boolean => !q.area && q.radiusMeters !== undefined && !!(q.center?.approximate || q.radiusApproximate);

/** The key to dashed markers and outlines, with what the feed says of its quarters' accuracy; nothing when nothing is estimated. */
function renderKey(ctl: MapController, results: FilteredModel, ctx: TextContext): TemplateResult | typeof nothing {
  const quarters = ctl.view.mapData?.quarters ?? [];
  const estimated = quarters.filter(estimatedOutline);
  if (!estimated.length && !results.entries.some((e) => e.place?.geo?.approximate)) return nothing;
  const { t } = ctl.host.locale;
  return html`<p class="key"><span class="dash" aria-hidden="true"></span>${t('map.approximate')}${estimated.map((q) => (q.geoNote ? html`<br />${inlineText(q.geoNote, ctx)}` : nothing))}</p>`;
}

export function renderMapArea(ctl: MapController, results: FilteredModel, feed: Feed): TemplateResult {
  const { t } = ctl.host.locale;
  const { map } = ctl;
  const server = map.server;
  if (!server) {
    return html`<div class="map" part="map"><p class="note error-note" role="alert" tabindex="-1">${t('map.bad-tiles', { value: ctl.host.tiles })}</p></div>`;
  }
  if (!map.consentGiven) return html`<div class="map" part="map">${renderConsent(ctl, server.host)}</div>`;
  const located = results.entries.some((e) => e.place?.geo);
  const details = renderDetails(ctl, results, feed);
  const ctx = { lang: ctl.host.locale.lang, feedLang: feed.language };
  return html`<div class="map ${details === nothing ? '' : 'with-details'}" part="map">
    <div class="canvas">${renderCanvas({ map, server, t, attribution: ctl.host.attribution, located, any: results.entries.length > 0 })}</div>
    ${details}
    ${renderKey(ctl, results, ctx)}
  </div>`;
}
