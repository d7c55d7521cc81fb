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
 * arrives after the iframe has loaded). The message carries nothing but the
 * height and the id the host gave, so any parent may have it (`'*'`).
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

/** Starts reporting the height to the parent window; does nothing on a page that is not in a frame. */
export function reportHeight(id: string | null): void {
  const parent = window.parent;
  if (!parent || parent === window) return;
  let last = -1;
  const send = (force = false): void => {
    const height = contentHeight();
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height, id };
    parent.postMessage(message, '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source === parent && typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST) {
      send(true);
    }
  });
}
