/**
 * Page-wide consent for map tiles. A site's consent manager grants (or
 * revokes) it for every <offer-map>, present or future, either with the
 * module call `setMapConsent(true)` or by dispatching the DOM event
 * `quartier-map-consent` with `detail: {granted: true}` on `document`. Both
 * fail closed: only the boolean `true` grants.
 *
 * The state lives in memory only (no cookie, no storage): it lasts as long as
 * the page. Two copies of the bundle on one page share it through the event.
 */

/** The DOM event that carries page-wide map consent. */
export const MAP_CONSENT_EVENT = 'quartier-map-consent';

export interface MapConsentDetail {
  readonly granted: boolean;
}

let granted = false;

/** Whether the page has granted map consent for every map. */
export function hasMapConsent(): boolean {
  return granted;
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

document.addEventListener(MAP_CONSENT_EVENT, (event) => {
  granted = (event as CustomEvent<Partial<MapConsentDetail> | null>).detail?.granted === true;
});

declare global {
  interface DocumentEventMap {
    'quartier-map-consent': CustomEvent<MapConsentDetail>;
  }
}
