/**
 * A position (`geo`, a quarter's `center`): latitude and longitude to type,
 * a map to click on or drag the pin (`<editor-map-pick>`), "Lage ungefähr"
 * (the point's `approximate`, which the widgets show and draw dashed) below
 * the map, and, when the partner has configured an address search, a button
 * that looks the address beside it up.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldSpec } from '../../src/authoring/feed-fields.js';
import { fieldsAt, type FeedPath } from '../../src/authoring/field-path.js';
import { isRecord } from '../../src/feed/checks.js';
import type { GeoPoint } from '../../src/feed/types.js';
import type { FormContext } from './form-context.js';
import { recordsOf, valueAt } from './feed-values.js';
import { groupFrame } from './fields/field-frame.js';
import { renderFields } from './fields/render-field.js';
import { displayNumber } from './fields/value-format.js';
import { addressLine, geocode } from './geocode.js';
import { defineMapPick } from './map-pick.js';
import { geocoderOf, tilesOf } from './settings.js';

defineMapPick();

/** Six decimals: about ten centimetres, more than any address needs. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

export function pointOf(value: unknown): GeoPoint | undefined {
  if (!isRecord(value)) return undefined;
  const { lat, lng } = value as { lat?: unknown; lng?: unknown };
  return typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}

/** Where a map without a position starts: another place of the feed, or a quarter's centre. */
function nearby(json: unknown): GeoPoint | undefined {
  for (const place of recordsOf(json, 'places')) {
    const point = pointOf(valueAt(place, ['geo']));
    if (point) return point;
  }
  for (const project of recordsOf(json, 'projects')) {
    const point = pointOf(valueAt(project, ['quarter', 'center']));
    if (point) return point;
  }
  return undefined;
}

export function geoField(ctx: FormContext, field: FieldSpec, path: FeedPath): TemplateResult {
  const { p } = ctx.texts;
  const parent = path.slice(0, -1);
  const siblings = fieldsAt(parent) ?? [];
  const addressPath = siblings.some((f) => f.key === 'address') ? [...parent, 'address'] : undefined;
  const point = pointOf(valueAt(ctx.json, path));
  const service = geocoderOf(ctx.settings);

  const setPoint = (next: GeoPoint, message: string): void => {
    ctx.seal();
    // A new position keeps what the partner said of it ("Lage ungefähr").
    const approximate = isRecord(valueAt(ctx.json, path)) && valueAt(ctx.json, [...path, 'approximate']) === true;
    ctx.set(path, { lat: round(next.lat), lng: round(next.lng), ...(approximate ? { approximate } : {}) });
    ctx.seal();
    ctx.announce(message);
  };
  const said = (next: GeoPoint): string =>
    p('geo.set', { lat: displayNumber(round(next.lat), ctx.texts.lang), lng: displayNumber(round(next.lng), ctx.texts.lang) });

  const search = async (): Promise<void> => {
    if (!service || !addressPath) return;
    const line = addressLine(valueAt(ctx.doc.json, addressPath));
    if (!line) return ctx.announce(p('geocode.no-address'));
    ctx.announce(p('geocode.searching', { address: line }));
    const result = await geocode(service, line);
    if (result === 'failed') ctx.announce(p('geocode.failed', { service: service.host }));
    else if (result === 'not-found') ctx.announce(p('geocode.not-found', { address: line }));
    else setPoint(result.point, `${p('geocode.found', { label: result.label })} ${said(result.point)}`);
  };

  const fields = field.fields ?? [];
  return groupFrame(
    ctx,
    field,
    path,
    () => html`<div class="geo-inputs">${renderFields(
      ctx,
      fields.filter((f) => f.kind === 'number'),
      path,
    )}</div>
      <editor-map-pick
        .texts=${ctx.texts}
        .point=${point}
        .fallback=${nearby(ctx.json)}
        .server=${tilesOf(ctx.settings)}
        attribution=${ctx.settings.attribution}
        ?allowed=${ctx.mapAllowed}
        @allow=${() => ctx.allowMap()}
        @pick=${(event: CustomEvent<GeoPoint>) => setPoint(event.detail, said(event.detail))}
      ></editor-map-pick>
      ${
        service && addressPath
          ? html`<p class="geocode"><button type="button" @click=${() => void search()}>${p('geocode.button', { service: service.host })}</button></p>`
          : nothing
      }
      ${renderFields(
        ctx,
        fields.filter((f) => f.kind !== 'number'),
        path,
      )}`,
  );
}
