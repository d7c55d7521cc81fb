/**
 * The list of <offer-map>: every place (and the offers without a place,
 * under "Ort auf Anfrage") as an entry whose name opens its details in
 * place. It needs no map, so it works before consent, for screen readers and
 * on phones. Long lists are virtualised (only the entries in view are in the
 * DOM); short ones are rendered whole, so that the browser's find and
 * printing see everything.
 *
 * Keyboard: the entries follow the WAI-ARIA accordion pattern (a heading
 * with a button that shows and hides its panel, `aria-expanded`), with its
 * optional keys: Up and Down move between the entries' buttons, Home and End
 * to the first and last, and typing a name's first letters moves to it. The
 * list is one Tab stop (a roving tabindex: only the current entry's button is
 * in the Tab order), so 2,500 places do not stand between a keyboard user and
 * the map; Tab from an open entry goes through its offers' buttons and links.
 * Not a listbox, grid or tree: those roles make their items' content
 * presentational or ask for a navigation inside each item, while an open
 * entry holds buttons and links that must stay plain and reachable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { FrameResizeObserver } from '../../map/frame-resize-observer.js';
import type { Feed } from '../../feed/types.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { inlineText, plainText } from '../shared/render-text.js';
import type { MapEntry } from './map-model.js';
import { searchable } from '../shared/search-text.js';
import type { MapController } from './map-controller.js';
import { renderAddress } from '../shared/address-line.js';
import { detailsContext } from './place-details.js';
import { offerToday, renderPlaceDetails, type DetailsContext } from '../shared/place-details.js';

// The virtualiser places its rows in its ResizeObserver's callback: in the next frame instead, so that
// the browser reports no "ResizeObserver loop" error on the page's window (this copy of the virtualiser
// is the kit's own; a page's is not touched).
provideResizeObserver(FrameResizeObserver);

/** Above this many entries the list is virtualised. */
const VIRTUALIZE_FROM = 60;

function domId(id: string): string {
  return id ? `entry-${id}` : 'entry-unplaced';
}

/** An entry's name as text (for type-ahead). */
function entryName(entry: MapEntry, ctx: DetailsContext): string {
  return entry.place ? plainText(entry.place.name, ctx) : ctx.t('offer.unplaced');
}

function renderEntry(ctl: MapController, entry: MapEntry, index: number, total: number, ctx: DetailsContext, tabStop: string): TemplateResult {
  const { t } = ctx;
  const open = ctl.view.open.has(entry.id);
  const selectedPlace = ctl.view.placeOf(ctl.host.selection);
  const address = renderAddress(entry.place?.address, ctx.feedLang);
  const days = entry.offers.map((o) => offerToday(o, ctx)).filter((d) => d !== undefined);
  const meta = [
    entry.offers.length ? t('map.count.offers', { count: entry.offers.length }) : '',
    (days.find((d) => d.openNow) ?? days[0])?.text ?? '',
    entry.place && !entry.place.geo ? t('map.not-on-map') : '',
    entry.place?.geo?.approximate ? t('place.approximate') : '',
  ].filter(Boolean);
  return html`<div role="listitem" class="item" part="item" data-entry=${entry.id} aria-setsize=${total} aria-posinset=${index + 1}
      aria-current=${selectedPlace === entry.id && entry.id ? 'true' : nothing}>
    <div role="heading" aria-level=${ctx.level} class="name">
      <button type="button" class="toggle" data-act="toggle" data-id=${entry.id} tabindex=${entry.id === tabStop ? '0' : '-1'}
        aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${domId(entry.id)}-details`}>
        <span class="chevron" aria-hidden="true"></span>${entry.place ? inlineText(entry.place.name, ctx) : t('offer.unplaced')}
      </button>
    </div>
    <p class="meta">${address}${meta.map((m, i) => html`${i || address !== nothing ? ' · ' : ''}${m}`)}</p>
    <div class="entry-details" id=${`${domId(entry.id)}-details`} ?hidden=${!open}>${open ? renderPlaceDetails(entry.place, entry.offers, ctx, true) : nothing}</div>
  </div>`;
}

/** What the list's virtualiser offers for scrolling (it keeps itself on the list element). */
type VirtualList = HTMLElement & {
  [virtualizerRef]?: { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined; readonly layoutComplete: Promise<void> };
};

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
    // Not rendered yet: the virtualiser scrolls its own scroller to it. One that has not laid itself out
    // yet (it was out of view) throws: it is asked again once it has.
    const virtualizer = (list as VirtualList)[virtualizerRef];
    const scroll = (): void => virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    try {
      scroll();
    } catch {
      virtualizer?.layoutComplete.then(scroll).catch(() => undefined);
    }
  }
}

/** Focuses an entry's button; `false` when it is not rendered (a virtualised list has not drawn it yet). */
export function focusEntry(root: ParentNode, id: string): boolean {
  const button = root.querySelector<HTMLButtonElement>(`.list button.toggle[data-id="${CSS.escape(id)}"]`);
  button?.focus();
  return !!button;
}

/** How long typed letters add up to one name (as in the WAI-ARIA listbox's type-ahead). */
const TYPE_AHEAD_MS = 500;

/**
 * The entry a key on an entry's button moves to, or `undefined` when the key
 * is not the list's: Up, Down, Home, End, or a letter of a name.
 */
function entryForKey(ctl: MapController, event: KeyboardEvent, entries: readonly MapEntry[], ctx: DetailsContext): string | undefined {
  const at = entries.findIndex((e) => e.id === (event.target as HTMLElement).dataset['id']);
  if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const last = entries.length - 1;
  const to = { ArrowDown: Math.min(last, at + 1), ArrowUp: Math.max(0, at - 1), Home: 0, End: last }[event.key];
  if (to !== undefined) {
    ctl.view.endTypeAhead();
    return entries[to]!.id;
  }
  if (event.key.length !== 1 || event.key === ' ') return undefined;
  const typed = searchable(ctl.view.typeAhead(event.key, event.timeStamp, TYPE_AHEAD_MS));
  // One letter, or the same letter again and again, walks the names with it from the next entry on; more letters refine from here.
  const same = [...typed].every((c) => c === typed[0]);
  const wanted = same ? typed[0]! : typed;
  const from = same ? at + 1 : at;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[(from + i) % entries.length]!;
    if (searchable(entryName(entry, ctx)).startsWith(wanted)) return entry.id;
  }
  return undefined;
}

export function renderList(ctl: MapController, entries: readonly MapEntry[], feed: Feed): TemplateResult {
  const ctx = detailsContext(ctl, feed);
  const { t } = ctx;
  const total = entries.length;
  const long = total > VIRTUALIZE_FROM;
  const onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
    if (!button) return;
    const id = button.dataset['id'] ?? '';
    if (button.dataset['act'] === 'toggle') ctl.toggleEntry(id);
    else if (button.dataset['act'] === 'offer') ctl.pickOffer(id);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!(event.target as Element).matches('button.toggle')) return;
    const id = entryForKey(ctl, event, entries, ctx);
    if (id === undefined) return;
    event.preventDefault();
    ctl.focusEntry(id);
  };
  // The one Tab stop: the entry last moved to, or the first.
  const tabStop = ctl.view.listFocus !== undefined && entries.some((e) => e.id === ctl.view.listFocus) ? ctl.view.listFocus : (entries[0]?.id ?? '');
  const label = t('map.list');
  // A long list's first draw after the map's first frame (map-controller.ts: `listWaits`); busy meanwhile.
  if (long && ctl.listWaits) return html`<div class="list virtual" part="list" role="list" aria-label=${label} aria-busy="true"></div>`;
  // Two templates, so that a list that shrinks below the threshold swaps the whole element.
  return long
    ? html`<div class="list virtual" part="list" role="list" aria-label=${label} @click=${onClick} @keydown=${onKey}
        @rangeChanged=${(event: RangeChangedEvent) => ctl.listScrolled(entries[event.first]?.id, entries.slice(event.first, event.last + 1))}>${virtualize({
          items: entries as MapEntry[],
          keyFunction: (e: MapEntry) => e.id,
          renderItem: (e: MapEntry, i: number) => renderEntry(ctl, e, i, total, ctx, tabStop),
          scroller: true,
        })}</div>`
    : html`<div class="list" part="list" role="list" aria-label=${label} @click=${onClick} @keydown=${onKey}>${entries.map((e, i) =>
        renderEntry(ctl, e, i, total, ctx, tabStop),
      )}</div>`;
}
