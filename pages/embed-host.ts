/**
 * The optional host script, built to dist/quartier-embed-host.js (a stable
 * name, no hash). A page that shows embed.html in iframes adds one line,
 *
 *     <script src="https://…/quartier-widgets/quartier-embed-host.js" async></script>
 *
 * and each such iframe becomes exactly as tall as its content. It listens for
 * `{type: 'quartier-embed:height', height, id}` messages, finds the iframe
 * whose window sent one (`event.source`; a message from anywhere else is
 * ignored), and sets that iframe's CSS height, if the iframe's `src` is an
 * embed page (a path ending in `/embed.html`), the message comes from that
 * page's origin (not from an ad, nor from the iframe navigated elsewhere), and
 * the height is a number between 0 and 50,000 pixels (50,000 at most with the
 * iframe's border and padding). It evaluates nothing, reads nothing else from
 * the message, and sets no global. When it arrives after an iframe has loaded,
 * it asks each embed page once for its height (no other iframe, and only at
 * the embed page's origin). It watches the width of each
 * iframe that has spoken and asks it again when that changes: the browser
 * pauses rendering in a cross-origin iframe outside the viewport, so the page
 * inside cannot see its own resize there until it is scrolled into view, but
 * it still answers a message.
 *
 * It must stay a classic script as well as a module: no imports, no exports,
 * and no top-level declarations (two copies on one page must not collide),
 * so everything lives inside the listener and the loop.
 */

addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'quartier-embed:height') return;
  const height = (data as { height?: unknown }).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > 50_000 || !event.source) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    // Only an iframe made to show a Quartier embed page, and only while it shows a page of that origin
    // (an ad, or the embed page navigated elsewhere, may not size its iframe).
    let origin = '';
    try {
      const url = new URL(frame.src);
      if (/\/embed\.html$/.test(url.pathname)) origin = url.origin;
    } catch {
      // No src, or one that is no URL: not an embed page.
    }
    if (!origin || origin === 'null' || event.origin !== origin) return;
    // With `box-sizing: border-box` (a common global rule) the height includes the frame's border and padding.
    const style = getComputedStyle(frame);
    const extra =
      style.boxSizing === 'border-box'
        ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, key) => sum + (parseFloat(style[key as 'paddingTop']) || 0), 0)
        : 0;
    // CSSOM, not a style attribute: allowed under a strict CSP. Never more than 50,000 px, border and padding included.
    frame.style.height = `${Math.min(50_000, Math.ceil(height + extra))}px`;
    // Narrower or wider (the window, the page's layout), the content's height changes: ask again.
    // The mark is shared by every copy of this script, so one observer per iframe.
    const watched = Symbol.for('quartier-embed.watched');
    if (!(watched in frame)) {
      Object.defineProperty(frame, watched, { value: true });
      let width = frame.getBoundingClientRect().width;
      new ResizeObserver(() => {
        const now = frame.getBoundingClientRect().width;
        if (now === width) return;
        width = now;
        frame.contentWindow?.postMessage({ type: 'quartier-embed:height-request' }, origin);
      }).observe(frame);
    }
    return;
  }
});

// Embed pages that loaded (and spoke) before this script: ask them again; no other iframe is asked.
for (const frame of document.getElementsByTagName('iframe')) {
  try {
    const url = new URL(frame.src);
    if (/\/embed\.html$/.test(url.pathname) && url.origin !== 'null') frame.contentWindow?.postMessage({ type: 'quartier-embed:height-request' }, url.origin);
  } catch {
    // Not an embed page.
  }
}

export {};
