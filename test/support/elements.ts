// Waiting for a Quartier element: until it has taken up its feed and drawn
// the state it ends in (also after a language table or a view has arrived).
import { waitUntil } from '@open-wc/testing';

/** What the tests need of any Quartier element (also one from another window or copy of the kit). */
export interface Settling extends HTMLElement {
  readonly state?: string;
  readonly loaded?: Promise<void>;
  readonly updateComplete?: Promise<unknown>;
}

/**
 * Waits until `el` has loaded or failed (`loaded`), has left `loading`
 * (a language table or the error texts may come later than the feed), and
 * has drawn that state; returns it. `timeout` in ms.
 */
export async function settled<E extends Settling>(el: E, { timeout = 5000 } = {}): Promise<E> {
  await el.loaded;
  await waitUntil(() => el.state !== undefined && el.state !== 'loading', `<${el.localName}> stays loading (${el.state})`, { timeout });
  await el.updateComplete;
  return el;
}
