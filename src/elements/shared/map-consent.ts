/**
 * Consent for map tiles, for the whole page: the one place that knows whether
 * a map may contact a tile server, and the one broadcast maps listen to.
 *
 * A site's consent manager grants (or revokes) it for every <offer-map>,
 * present or future, either with the module call `setMapConsent(true)` or by
 * dispatching the DOM event `quartier-map-consent` with `detail: {granted: true}`
 * on `document`. Both fail closed: only the boolean `true` grants. Two copies of
 * the bundle on one page agree through that event.
 * A visitor who clicks "Karte laden" allows that one tile server for every map
 * on the page that uses it (`allowTiles`); a revocation forgets it.
 *
 * Maps subscribe with `onMapConsent` (a module-level list, not a DOM query,
 * so it reaches maps in any shadow root). The state lives in memory only (no
 * cookie, no storage): it lasts as long as the page.
 */

/** The DOM event that carries page-wide map consent. */
export const MAP_CONSENT_EVENT = 'quartier-map-consent';

export interface MapConsentDetail {
  readonly granted: boolean;
}

let granted = false;
/** Tile servers (URL templates) the visitor allowed on this page. */
const allowed = new Set<string>();
const listeners = new Set<() => void>();

/** Whether the page has granted map consent for every map. */
export function hasMapConsent(): boolean {
  return granted;
}

/** Whether a map may load tiles from this server (a URL template): the page consents, or the visitor allowed it. */
export function mayLoadTiles(template: string): boolean {
  return granted || allowed.has(template);
}

/**
 * Grants (`true`) or revokes map consent for every <offer-map> on the page.
 * Only `true` grants: anything else (`false`, `0`, `null`, `undefined`,
 * `'false'`, …) revokes, and a value that is not a boolean is named in a
 * console warning, since a consent manager that passes it has a bug.
 */
export function setMapConsent(value: boolean): void {
  // `!!value` is the boolean itself only for a boolean.
  if (value !== !!value) console.warn('[quartier-widgets] setMapConsent: not true:', value);
  document.dispatchEvent(new CustomEvent<MapConsentDetail>(MAP_CONSENT_EVENT, { detail: { granted: value === true } }));
}

/** Allows a tile server for every map on the page that uses it; tells every map. */
export function allowTiles(template: string): void {
  allowed.add(template);
  listeners.forEach((l) => l());
}

/** Calls `listener` whenever consent changes (granted, revoked, a server allowed); returns the unsubscribe. */
export function onMapConsent(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

document.addEventListener(MAP_CONSENT_EVENT, (event) => {
  granted = (event as CustomEvent<Partial<MapConsentDetail> | null>).detail?.granted === true;
  // Revoking forgets the servers the visitor allowed, too.
  if (!granted) allowed.clear();
  listeners.forEach((l) => l());
});

declare global {
  interface DocumentEventMap {
    'quartier-map-consent': CustomEvent<MapConsentDetail>;
  }
}
