/**
 * The optional host script, built to dist/quartier-embed-host.js (a stable
 * name, no hash). A page that shows embed.html in iframes adds one line,
 *
 *     <script src="https://…/quartier-widgets/quartier-embed-host.js" async></script>
 *
 * and each such iframe becomes exactly as tall as its content. It listens for
 * `{type: 'quartier-embed:height', height, id}` messages, finds the iframe
 * whose window sent one (`event.source`; a message from anywhere else is
 * ignored), and sets that iframe's CSS height, if the height is a number
 * between 0 and 50,000 pixels. It evaluates nothing, reads nothing else from
 * the message, and sets no global. When it arrives after an iframe has loaded,
 * it asks every iframe once for its height. It watches the width of each
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
    if (frame.contentWindow === event.source) {
      // With `box-sizing: border-box` (a common global rule) the height includes the frame's border and padding.
      const style = getComputedStyle(frame);
      const extra =
        style.boxSizing === 'border-box'
          ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, key) => sum + (parseFloat(style[key as 'paddingTop']) || 0), 0)
          : 0;
      // CSSOM, not a style attribute: allowed under a strict CSP.
      frame.style.height = `${Math.ceil(height + extra)}px`;
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
          frame.contentWindow?.postMessage({ type: 'quartier-embed:height-request' }, '*');
        }).observe(frame);
      }
      return;
    }
  }
});

// Iframes that loaded (and spoke) before this script: ask them again.
for (const frame of document.getElementsByTagName('iframe')) {
  frame.contentWindow?.postMessage({ type: 'quartier-embed:height-request' }, '*');
}

export {};
