/**
 * Markup that survives rich-text editors: `<div data-quartier="card"
 * data-src="…" data-project="…">` (CKEditor 5 in TYPO3 and WordPress strip
 * unknown tags and scripts, but keep a div's data-* attributes). The
 * script-tag entry watches the page for such divs, now and whenever one is
 * added later (a CMS preview, a page builder, an accordion filled by
 * script), and hands them to upgrade-markup.ts, a chunk fetched only when a
 * page has one.
 */
const SELECTOR = 'div[data-quartier]';

let upgrader: Promise<typeof import('./upgrade-markup.js')> | undefined;

function scan(root: Element | Document): void {
  const found = [...root.querySelectorAll<HTMLElement>(SELECTOR)];
  if (root instanceof HTMLElement && root.matches(SELECTOR)) found.unshift(root);
  if (!found.length) return;
  (upgrader ??= import('./upgrade-markup.js')).then(
    (m) => found.forEach(m.upgradeMarkup),
    (error: unknown) => console.warn('[quartier-widgets] data-quartier markup could not be upgraded:', error),
  );
}

/** Upgrades the divs on the page now, and those added later. */
export function watchMarkup(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
