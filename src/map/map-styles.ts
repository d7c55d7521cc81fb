/**
 * Styles of what the map chunk draws into the element's shadow root: the
 * places' markers and clusters (our buttons, see cluster-layer.ts) and the
 * quarter. They come with the map (adopted with Leaflet's stylesheet), not
 * with the list's view, which a page without a map never needs them for.
 * Colours are the element's tokens (`--_accent`, …, from styles/base.ts).
 * Markers are positioned by Leaflet through CSSOM (`transform`), never by
 * style attributes; the map container is `dir="ltr"`, so margins here are
 * physical.
 */
import { css } from 'lit';

export const mapDrawingStyles = css`
/* Flat markers (no shadows): each costs paint on every frame of a pan or zoom. At least 24 px (WCAG 2.2 target size), whatever the font size. */
.places button { --s: max(1.75em, 24px); position: absolute; inset-block-start: 0; inset-inline-start: 0; display: grid; place-items: center; inline-size: var(--s); block-size: var(--s); margin: calc(var(--s) / -2) 0 0 calc(var(--s) / -2); padding: 0; border: 0.1875em solid #fff; border-radius: 50%; background: var(--_accent); color: var(--_accent-contrast); cursor: pointer; font: bold 0.875em/1 var(--_font); }
.places .marker.selected { --s: max(2.25em, 30px); background: var(--_text); z-index: 1; }
/* An estimated position: a hollow marker with a dashed ring, as the key under the map says. */
.places .marker.approximate { border: 0.1875em dashed var(--_accent); background: var(--_bg); }
.places .marker.approximate.selected { border-color: var(--_bg); background: var(--_text); }
.places .cluster { --s: max(2.5em, 32px); border-width: 0.25em; }
.places .cluster.large { --s: max(3em, 38px); }
.quarter-colour { color: var(--_accent); }
.places button:focus-visible { outline: 0.1875em solid var(--_text); outline-offset: 0.125em; z-index: 2; }
`;
