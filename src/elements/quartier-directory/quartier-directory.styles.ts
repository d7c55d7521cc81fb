/**
 * Styles of <quartier-directory>, one rule a line to stay small in the
 * bundle. Logical properties throughout, so toolbar, results and pages
 * mirror in right-to-left languages.
 */
import { css } from 'lit';

export const directoryStyles = css`
.base { container-type: inline-size; }
.title { font-size: 1.375em; }
.toolbar { display: grid; gap: 0.75em; margin-block-end: 1em; padding: 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
.search, .filter { display: grid; gap: 0.125em; align-content: start; min-inline-size: 0; }
label { font-weight: bold; font-size: 0.9375em; }
.hint { color: var(--_muted); font-size: 0.875em; }
.filters { display: grid; align-items: end; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5em), 1fr)); gap: 0.75em; }
input[type='search'], select { font: inherit; font-size: 0.9375em; min-block-size: 2.25em; padding: 0.25em 0.5em; border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_bg); color: var(--_text); inline-size: 100%; min-inline-size: 0; }
input:focus-visible, select:focus-visible { outline: var(--_focus); outline-offset: 2px; }
.count { margin: 0; color: var(--_text); font-weight: bold; }
.link { font: inherit; font-weight: normal; padding: 0; border: 0; background: none; color: var(--_accent); text-decoration: underline; cursor: pointer; margin-inline-start: 0.5em; }
.note { padding: 0.5em 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
.results { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75em; }
.results:focus-visible { outline: var(--_focus); outline-offset: 4px; }
.result { padding: 0.75em 1em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); }
.head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.25em 0.75em; }
.name { font-size: 1.125em; margin: 0; flex: 1 1 12em; overflow-wrap: break-word; hyphens: auto; }
.toggle { display: flex; align-items: baseline; gap: 0.5em; padding: 0; border: 0; background: none; font: inherit; color: var(--_accent); text-align: start; cursor: pointer; text-decoration: underline; text-underline-offset: 0.15em; }
.chevron { flex: none; inline-size: 0; block-size: 0; border-inline-start: 0.4em solid currentColor; border-block: 0.3em solid transparent; transition: transform 0.15s; }
[aria-expanded='true'] > .chevron { transform: rotate(90deg); }
[dir='rtl'] [aria-expanded='true'] > .chevron { transform: rotate(-90deg); }
.where { margin: 0.25em 0 0; color: var(--_muted); font-size: 0.875em; }
.meta { margin: 0.25em 0 0; color: var(--_muted); font-size: 0.875em; display: flex; flex-wrap: wrap; gap: 0 1em; }
.summary { margin: 0.375em 0 0; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.tags { display: flex; flex-wrap: wrap; gap: 0.25em; list-style: none; margin: 0.5em 0 0; padding: 0; }
.tag { padding: 0 0.5em; border: 1px solid var(--_border); border-radius: 1em; background: var(--_surface); font-size: 0.8125em; white-space: nowrap; }
.status-running { border-color: var(--_accent); color: var(--_accent); }
.status-ended { color: var(--_muted); }
.card { margin-block-start: 0.75em; }
.card[hidden] { display: none; }
.card quartier-card { margin: 0; }
.map { position: relative; block-size: var(--quartier-map-height, min(22em, 50vh)); margin-block-end: 1em; border: 1px solid var(--_border); border-radius: var(--_radius); overflow: hidden; background: var(--_surface); }
.leaflet-host, .leaflet-host.leaflet-container { position: absolute; inset: 0; z-index: 0; background: var(--_surface); font: inherit; }
.leaflet-host:focus-visible { outline: var(--_focus); outline-offset: -3px; }
.consent { display: grid; align-content: center; justify-items: center; gap: 0.5em; block-size: 100%; padding: var(--_space); text-align: center; }
.consent p { margin: 0; max-inline-size: 32em; }
.primary { font: inherit; font-weight: bold; min-block-size: 2.5em; padding: 0.375em 1.25em; border: 0; border-radius: var(--_radius); background: var(--_accent); color: var(--_accent-contrast); cursor: pointer; }
.controls { position: absolute; z-index: 2; inset-block-start: 0.5em; inset-inline-end: 0.5em; display: grid; gap: 0.25em; }
.controls button { display: grid; place-items: center; inline-size: 2.25em; block-size: 2.25em; padding: 0; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_text); font: bold 1.125em/1 var(--_font); cursor: pointer; }
.controls button:disabled { color: var(--_muted); cursor: default; }
.fit-icon { inline-size: 0.75em; block-size: 0.75em; border: 0.125em dashed currentColor; }
.notes { position: absolute; z-index: 2; inset-block-start: 0.5em; inset-inline-start: 0.5em; max-inline-size: calc(100% - 4em); display: grid; justify-items: start; gap: 0.25em; }
.notes .note { margin: 0; padding: 0.375em 0.75em; box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); font-size: 0.9375em; }
.error-note { margin: var(--_space); border: 2px solid var(--_error); background: var(--_error-bg); }
.attribution { position: absolute; z-index: 2; inset-block-end: 0; inset-inline-end: 0; margin: 0; padding: 0 0.375em; background: rgb(255 255 255 / 0.85); color: #1f2328; font-size: 0.75em; }
.attribution a { color: #0b5cad; }
.pages { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 0.5em 1em; margin-block-start: 1em; }
.page-button { font: inherit; min-block-size: 2.5em; padding: 0.25em 1em; border: 1px solid var(--_accent); border-radius: var(--_radius); background: var(--_bg); color: var(--_accent); cursor: pointer; }
.page-button:disabled { border-color: var(--_border); color: var(--_muted); cursor: default; }
[dir='rtl'] .arrow { display: inline-block; transform: scaleX(-1); }
.page-of { color: var(--_muted); }
`;
