/**
 * The embed page tells the page around its iframe how tall its content is,
 * so the iframe can be exactly that tall (no inner scroll bar, no gap):
 *
 *     parent.postMessage({ type: 'quartier-embed:height', height, id }, '*')
 *
 * - `height`: the content's height in CSS pixels, a whole number;
 * - `id`: the embed URL's `id` parameter (text), or `null` without one.
 *
 * It is sent once the page has laid out and whenever the height changes
 * (a ResizeObserver on the document element), and again whenever the parent
 * asks with `{ type: 'quartier-embed:height-request' }` (a host script that
 * arrives after the iframe has loaded, or sees the iframe's width change).
 * The message carries nothing but the height and the id the host gave, so
 * any parent may have it (`'*'`).
 *
 * Outside the viewport a cross-origin iframe gets no rendering updates, and
 * with them no ResizeObserver callbacks, until it is scrolled into view; its
 * scripts still run. So the height is also measured (which lays the page out
 * on demand) when the widget has drawn its feed or its error
 * (`quartier-load`, `quartier-error`), and whenever the page asks.
 */

export const HEIGHT_MESSAGE = 'quartier-embed:height';
export const HEIGHT_REQUEST = 'quartier-embed:height-request';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
  readonly id: string | null;
}

/** The content's height: the root element's box (not `scrollHeight`, which is at least the iframe's own height). */
export function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Starts reporting the height to the parent window; does nothing on a page that is not in a frame.
 * @returns a function that measures and reports now (after the page has added content)
 */
export function reportHeight(id: string | null): () => void {
  const parent = window.parent;
  if (!parent || parent === window) return () => undefined;
  let last = -1;
  const send = (force = false): void => {
    const height = contentHeight();
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height, id };
    parent.postMessage(message, '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  // The widget's events come after it has rendered (and cross its shadow root).
  for (const type of ['quartier-load', 'quartier-error']) document.addEventListener(type, () => send());
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source === parent && typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST) {
      send(true);
    }
  });
  return () => send();
}
