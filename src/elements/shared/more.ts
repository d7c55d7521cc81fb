/**
 * Long lists in a view, shown a part at a time: the first `FIRST` entries,
 * then a button that shows `STEP` more ("Weitere anzeigen (50 von 2.000)"),
 * so that no feed makes an element draw thousands of entries at once. How
 * many entries of each list an element shows is kept here, per element and
 * list key, in memory. A click moves the focus to the first entry it added.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translate.js';

/** Entries shown at first. */
export const FIRST = 50;
/** Entries each click adds. */
export const STEP = 100;

const shown = new WeakMap<ReactiveElement, Map<string, number>>();

function count(host: ReactiveElement, key: string): number {
  return shown.get(host)?.get(key) ?? FIRST;
}

/** The entries of `items` that `host` shows for the list `key`. */
export function visible<T>(host: ReactiveElement, key: string, items: readonly T[]): readonly T[] {
  const n = count(host, key);
  return items.length > n ? items.slice(0, n) : items;
}

/**
 * The button under the list `key` (a `<ul data-more=key>` of `total` entries),
 * or nothing when every entry is shown.
 */
export function moreButton(host: ReactiveElement, key: string, total: number, t: Translate): TemplateResult | typeof nothing {
  const n = count(host, key);
  if (total <= n) return nothing;
  const more = async (): Promise<void> => {
    let lists = shown.get(host);
    if (!lists) shown.set(host, (lists = new Map()));
    lists.set(key, n + STEP);
    host.requestUpdate();
    await host.updateComplete;
    const first = host.shadowRoot?.querySelector<HTMLElement>(`ul[data-more="${CSS.escape(key)}"] > li:nth-child(${n + 1})`);
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  };
  return html`<button type="button" class="more" part="more" @click=${more} .textContent=${t('more.show', { shown: n, total })}></button>`;
}
