/**
 * Styles of <partner-list>, one rule a line to stay small in the bundle.
 * Logical properties and `em` only. The grid needs no media or container
 * query: columns of at least `--quartier-card-min-width`, one column when the
 * element is narrower than that, wherever it is placed.
 */
import { css } from 'lit';

export const partnerListStyles = css`
.heading { font: bold 1.25em/1.25 var(--_heading-font); color: var(--_heading-color); margin-block: 0 0.5em; }
.name { font: bold 1.1em/1.3 var(--_heading-font); color: var(--_heading-color); margin-block-end: 0.25em; }
.short { font-weight: normal; }
ul { list-style: none; margin: 0 0 var(--_space); padding: 0; }
p { margin-block: 0 0.5em; }
.item { padding-block: 0.75em; border-block-end: 1px solid var(--_border); display: flow-root; hyphens: auto; }
.list .item:last-child { border: 0; }
.muted, [part~='description'], address { color: var(--_muted); font-size: 0.9375em; font-style: normal; }
address > span { display: block; }
.logo { float: inline-end; block-size: var(--quartier-logo-height, 3em); max-inline-size: 40%; object-fit: contain; margin-inline-start: var(--_space); }
.role + span { font-weight: bold; }
.role { padding-inline: 0.4em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); font-size: 0.875em; }
.grid .group { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--quartier-card-min-width, 16em)), 1fr)); gap: var(--_space); }
.grid .item, .logos .item > * { padding: var(--_space); border: 1px solid var(--_border); border-radius: var(--_radius); }
.grid .item { background: var(--_surface); }
.grid .logo { float: none; display: block; margin: 0 0 0.5em; }
.logos .group { display: flex; flex-wrap: wrap; gap: 0.75em; }
.logos .item { display: flex; padding: 0; border: 0; }
.logos .item > * { display: flex; align-items: center; min-block-size: calc(var(--quartier-logo-height, 3em) + 1.5em); max-inline-size: 16em; padding-block: 0.5em; font-weight: bold; }
.logos img { block-size: var(--quartier-logo-height, 3em); max-inline-size: 100%; object-fit: contain; }
`;
