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
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5em), 1fr)); gap: 0.75em; }
input[type='search'], select { font: inherit; font-size: 0.9375em; min-block-size: 2.25em; padding: 0.25em 0.5em; border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_bg); color: var(--_text); inline-size: 100%; min-inline-size: 0; }
input:focus-visible, select:focus-visible { outline: var(--_focus); outline-offset: 2px; }
.count { margin: 0; color: var(--_text); font-weight: bold; }
.link { font: inherit; font-weight: normal; padding: 0; border: 0; background: none; color: var(--_accent); text-decoration: underline; cursor: pointer; margin-inline-start: 0.5em; }
.note { padding: 0.5em 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
.results { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75em; }
.results:focus-visible { outline: var(--_focus); outline-offset: 4px; }
.result { padding: 0.75em 1em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); }
.head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.25em 0.75em; }
.name { font-size: 1.125em; margin: 0; flex: 1 1 12em; }
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
.pages { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 0.5em 1em; margin-block-start: 1em; }
.page-button { font: inherit; min-block-size: 2.5em; padding: 0.25em 1em; border: 1px solid var(--_accent); border-radius: var(--_radius); background: var(--_bg); color: var(--_accent); cursor: pointer; }
.page-button:disabled { border-color: var(--_border); color: var(--_muted); cursor: default; }
[dir='rtl'] .arrow { display: inline-block; transform: scaleX(-1); }
.page-of { color: var(--_muted); }
`;
