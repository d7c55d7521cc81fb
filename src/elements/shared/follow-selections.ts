/**
 * A place or an offer picked in another element on the page (a
 * <quartier-card>'s `quartier-select`) is shown by every <offer-map> that
 * lists it, with no wiring by the page: the map opens it in its list and
 * centres on it, as when a script calls its `select()`. An event the page
 * cancels is left alone (it is looked at once its dispatch is over, so a
 * page's listener anywhere may cancel it); the map's own events too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuartierSelectDetail } from '../base/events.js';

type Type = 'place' | 'offer';

interface Selecting extends ReactiveControllerHost, HTMLElement {
  select(type: Type, id: string): void;
}

const following = new WeakSet<Selecting>();

/** While `host` is on the page, selects what other elements pick and `lists(type, id)` says it shows. A view calls this when it first draws. */
export function followSelections(host: Selecting, lists: (type: Type, id: string) => boolean): void {
  if (following.has(host)) return;
  following.add(host);
  const onSelect = (event: Event): void => {
    const { type, id } = (event as CustomEvent<Partial<QuartierSelectDetail> | undefined>).detail ?? {};
    if ((type !== 'place' && type !== 'offer') || typeof id !== 'string' || event.composedPath().includes(host)) return;
    queueMicrotask(() => {
      if (!event.defaultPrevented && lists(type, id)) host.select(type, id);
    });
  };
  const controller: ReactiveController = {
    hostConnected: () => document.addEventListener('quartier-select', onSelect),
    hostDisconnected: () => document.removeEventListener('quartier-select', onSelect),
  };
  host.addController(controller);
}
