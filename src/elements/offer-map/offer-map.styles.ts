/**
 * Styles of <offer-map>, one rule a line to stay small in the bundle.
 * Logical properties throughout, so the list, toolbar and controls mirror
 * in right-to-left languages; the map's own coordinates stay physical
 * (the map container is `dir="ltr"`). What the map draws (markers,
 * clusters, the quarter) is styled in src/map/map-styles.ts, which comes
 * with the map.
 */
import { css } from 'lit';

export const offerMapStyles = css`
.base { block-size: 100%; container-type: inline-size; }
.offer-map { position: relative; display: grid; grid-template-rows: auto minmax(0, 1fr); block-size: 100%; gap: 0.5em; }
.skip { position: absolute; z-index: 5; display: flex; gap: 0.5em; }
.skip :not(:focus) { position: absolute; inline-size: 1px; block-size: 1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.body { display: grid; grid-template-rows: minmax(6em, auto) minmax(var(--quartier-map-height, min(24em, 60vh)), 1fr); gap: 0.5em; min-block-size: 0; }
.body > .list { max-block-size: 50vh; }
@container (min-width: 48em) { .body { grid-template-columns: var(--quartier-list-width, 22em) minmax(0, 1fr); grid-template-rows: minmax(0, 1fr); } .body > .list { max-block-size: none; } }
input:focus-visible, button:focus-visible, a:focus-visible, [tabindex]:focus-visible, .leaflet-host:focus-visible { outline: var(--_focus); outline-offset: 2px; }
.link { font: inherit; padding: 0; border: 0; background: none; color: var(--_accent); text-decoration: underline; cursor: pointer; text-align: start; }
.list { overflow: auto; min-block-size: 0; border: 1px solid var(--_border); border-radius: var(--_radius); overscroll-behavior: contain; }
.item { inline-size: 100%; padding: 0.5em 0.75em; border-block-end: 1px solid var(--_border); background: var(--_bg); }
.item[aria-current='true'] { border-inline-start: 0.25em solid var(--_accent); background: var(--_surface); }
.name { margin: 0; font-weight: bold; color: var(--_heading-color); font-family: var(--_heading-font); }
.toggle { display: flex; align-items: baseline; gap: 0.5em; inline-size: 100%; padding: 0.25em 0; border: 0; background: none; font: inherit; color: inherit; text-align: start; cursor: pointer; }
.chevron { flex: none; inline-size: 0; block-size: 0; border-inline-start: 0.4em solid currentColor; border-block: 0.3em solid transparent; transition: transform 0.15s; }
[aria-expanded='true'] > .chevron { transform: rotate(90deg); }
[dir='rtl'] [aria-expanded='true'] > .chevron { transform: rotate(-90deg); }
.meta { margin: 0; color: var(--_muted); font-size: 0.875em; }
.entry-details { padding-block: 0.5em 0.25em; }
.entry-details p, .details p { margin: 0 0 0.375em; }
.sub { font-weight: bold; margin-block: 0.75em 0.25em; }
.offers { list-style: none; margin: 0; padding: 0; }
.offer { padding-block: 0.5em; border-block-start: 1px dashed var(--_border); }
.offer[aria-current='true'] { border-inline-start: 0.25em solid var(--_accent); padding-inline-start: 0.5em; }
.offer-name { font-weight: bold; }
.offer-name .link { color: var(--_heading-color); }
.tags { display: flex; flex-wrap: wrap; gap: 0.25em; }
.tags:empty { display: none; }
.tag { padding: 0 0.5em; border: 1px solid var(--_border); border-radius: 1em; background: var(--_surface); font-size: 0.8125em; }
.paused { border-color: var(--_error); color: var(--_error); background: var(--_error-bg); }
.when { font-weight: 500; }
.today { border-color: var(--_accent); }
.today.open { border-width: 2px; }
.schedule-notes { margin: 0; padding-inline-start: 1.25em; }
.none-current { margin: 0.25em 0 0; padding: 0.5em 0.75em; border-inline-start: 4px solid var(--_accent); background: var(--_surface); }
.facts, .contact, .address, .access, .geo-note { font-size: 0.9375em; }
.contact a { margin-inline-start: 0.5em; }
.label { color: var(--_muted); }
a { color: var(--_accent); }
/* The map's canvas, then the details (below it, or beside it when there is room) and the key: nothing of ours covers a marker. */
.map { display: grid; grid-template-rows: minmax(8em, 1fr); min-block-size: 12em; border: 1px solid var(--_border); border-radius: var(--_radius); overflow: hidden; background: var(--_surface); }
@container (min-width: 60em) { .with-details { grid-template-columns: min(20em, 45%) minmax(0, 1fr); } .with-details .details { grid-area: 1 / 1; max-block-size: none; border: 0; border-inline-end: 1px solid var(--_border); } .with-details .key { grid-column: span 2; } }
.canvas { position: relative; min-block-size: 8em; }
.with-details .canvas { min-block-size: 12em; }
.leaflet-host, .leaflet-host.leaflet-container { position: absolute; inset: 0; z-index: 0; background: var(--_surface); font: inherit; contain: strict; }
.key { margin: 0; padding: 0.25em 0.5em; border-block-start: 1px solid var(--_border); background: var(--_bg); color: var(--_muted); font-size: 0.875em; }
.dash { display: inline-block; inline-size: 2em; margin-inline-end: 0.5em; vertical-align: middle; border-block-start: 0.1875em dashed var(--_accent); }
.consent { display: grid; align-content: center; justify-items: center; gap: 0.25em; block-size: 100%; padding: var(--_space); text-align: center; }
.consent p { margin: 0; max-inline-size: 32em; }
.primary, .skip button { font: inherit; font-weight: bold; min-block-size: 2.5em; padding: 0.375em 1.25em; border: 0; border-radius: var(--_radius); background: var(--_accent); color: var(--_accent-contrast); cursor: pointer; }
.controls { position: absolute; z-index: 2; inset-block-start: 0.5em; inset-inline-end: 0.5em; display: grid; gap: 0.25em; }
.controls button, .close { display: grid; place-items: center; inline-size: 2.25em; block-size: 2.25em; padding: 0; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_text); font: bold 1.25em/1 var(--_font); cursor: pointer; }
.controls button { font-size: 1.125em; }
.controls button:disabled { color: var(--_muted); cursor: default; }
.fit-icon { inline-size: 0.75em; block-size: 0.75em; border: 0.125em dashed currentColor; }
.notes { position: absolute; z-index: 2; inset-block-start: 0.5em; inset-inline-start: 0.5em; max-inline-size: calc(100% - 4em); display: grid; justify-items: start; gap: 0.25em; }
.note { margin: 0; padding: 0.375em 0.75em; display: flex; gap: 0.5em; align-items: center; flex-wrap: wrap; border-radius: var(--_radius); background: var(--_bg); box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); font-size: 0.9375em; }
.error-note { margin: var(--_space); border: 2px solid var(--_error); background: var(--_error-bg); }
.attribution { position: absolute; z-index: 2; inset-block-end: 0; inset-inline-end: 0; margin: 0; padding: 0 0.375em; background: rgb(255 255 255 / 0.85); color: #1f2328; font-size: 0.75em; }
.attribution a { color: #0b5cad; }
.details { max-block-size: 16em; overflow: auto; padding: 0.75em; border-block-start: 1px solid var(--_border); background: var(--_bg); }
.details-head { display: flex; align-items: start; justify-content: space-between; gap: 0.5em; margin-block-end: 0.5em; }
.details-head .name { font-size: 1.125em; }
.close { flex: none; inline-size: 2em; block-size: 2em; }
@media (prefers-reduced-motion: reduce) { .chevron { transition: none; } }
`;
