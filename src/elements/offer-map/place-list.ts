/**
 * The list of <offer-map>: every place (and the offers without a place) as
 * an entry whose name opens its details in place. It needs no map, so it
 * works before consent, for screen readers and on phones. Long lists are
 * virtualised (only the entries in view are in the DOM); short ones are
 * rendered whole, so that the browser's find and printing see everything.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { Feed } from '../../feed/types.js';
import { inlineText } from '../base/render-text.js';
import type { MapEntry } from './map-model.js';
import type { MapController } from './map-controller.js';
import { addressLine, renderPlaceDetails, type DetailsContext } from './place-details.js';
import { headingLevel } from '../base/host-info.js';

/** Above this many entries the list is virtualised. */
const VIRTUALIZE_FROM = 60;

function domId(id: string): string {
  return id ? `entry-${id}` : 'entry-unplaced';
}

function renderEntry(ctl: MapController, entry: MapEntry, index: number, total: number, ctx: DetailsContext): TemplateResult {
  const { t } = ctx;
  const open = ctl.view.open.has(entry.id);
  const selectedPlace = ctl.view.placeOf(ctl.host.selection);
  const address = addressLine(entry.place, t);
  const meta = [
    address,
    entry.offers.length ? t('map.count.offers', { count: entry.offers.length }) : '',
    entry.place && !entry.place.geo ? t('map.not-on-map') : '',
  ].filter(Boolean);
  return html`<div role="listitem" class="item" part="item" data-entry=${entry.id} aria-setsize=${total} aria-posinset=${index + 1}
      aria-current=${selectedPlace === entry.id && entry.id ? 'true' : nothing}>
    <div role="heading" aria-level=${ctx.level} class="name">
      <button type="button" class="toggle" data-act="toggle" data-id=${entry.id} aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${domId(entry.id)}-details`}>
        <span class="chevron" aria-hidden="true"></span>${entry.place ? inlineText(entry.place.name, ctx) : t('map.unplaced')}
      </button>
    </div>
    <p class="meta"><bdi>${meta[0]}</bdi>${meta.slice(1).map((m) => html` · ${m}`)}</p>
    <div class="entry-details" id=${`${domId(entry.id)}-details`} ?hidden=${!open}>${open ? renderPlaceDetails(entry.place, entry.offers, { ...ctx, level: ctx.level }) : nothing}</div>
  </div>`;
}

/** Scrolls the list (not the page) to an entry of `entries` (those the list shows); a virtualised list brings it in first. */
export function scrollToEntry(root: ParentNode, id: string, entries: readonly MapEntry[]): void {
  const list = root.querySelector<HTMLElement>('.list');
  const index = entries.findIndex((e) => e.id === id);
  if (!list || index < 0) return;
  const item = list.querySelector(`[data-entry="${CSS.escape(id)}"]`);
  if (item) {
    // Scroll the list only: scrollIntoView would move the page too (the list may be above the map).
    const box = list.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    if (at.top < box.top) list.scrollTop += at.top - box.top;
    else if (at.bottom > box.bottom) list.scrollTop += Math.min(at.bottom - box.bottom, at.top - box.top);
  } else if (entries.length > VIRTUALIZE_FROM) {
    // Not rendered yet: the virtualiser scrolls its own scroller to it.
    (list as HTMLElement & { [virtualizerRef]?: { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } })[virtualizerRef]
      ?.element(index)
      ?.scrollIntoView({ block: 'nearest' });
  }
}

export function renderList(ctl: MapController, entries: readonly MapEntry[], feed: Feed): TemplateResult {
  const { t, lang } = ctl.host.locale;
  const ctx: DetailsContext = {
    t,
    lang,
    feedLang: feed.language,
    feed,
    level: headingLevel(ctl.host),
    currentOffer: ctl.host.selection?.type === 'offer' ? ctl.host.selection.id : undefined,
  };
  const total = entries.length;
  const long = total > VIRTUALIZE_FROM;
  const onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
    if (!button) return;
    const id = button.dataset['id'] ?? '';
    if (button.dataset['act'] === 'toggle') ctl.toggleEntry(id);
    else if (button.dataset['act'] === 'offer') ctl.pickOffer(id);
  };
  const label = t('map.list');
  // Two templates, so that a list that shrinks below the threshold swaps the whole element.
  return long
    ? html`<div class="list virtual" part="list" role="list" aria-label=${label} @click=${onClick}>${virtualize({
        items: entries as MapEntry[],
        keyFunction: (e: MapEntry) => e.id,
        renderItem: (e: MapEntry, i: number) => renderEntry(ctl, e, i, total, ctx),
        scroller: true,
      })}</div>`
    : html`<div class="list" part="list" role="list" aria-label=${label} @click=${onClick}>${entries.map((e, i) => renderEntry(ctl, e, i, total, ctx))}</div>`;
}
