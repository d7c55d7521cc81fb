/** Styles of <quartier-agenda>, one rule a line. Logical properties and `em` only. */
import { css } from 'lit';

export const agendaStyles = css`
.toolbar { margin-block-end: var(--_space); }
section { margin-block-end: var(--_space); }
.heading { font: bold 1.25em/1.25 var(--_heading-font); color: var(--_heading-color); margin-block: 0 0.25em; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; flex-wrap: wrap; gap: 0.25em 0.75em; align-items: baseline; padding-block: 0.6em; border-block-end: 1px solid var(--_border); }
li > time { flex: 0 1 15em; }
li > .main { flex: 1 1 14em; min-inline-size: 0; overflow-wrap: anywhere; }
li:last-child { border: 0; }
time { font-weight: bold; }
.name { font-weight: bold; }
.place, .note { display: block; color: var(--_muted); font-size: 0.9375em; font-weight: normal; }
.tag { margin-inline-start: 0.4em; padding-inline: 0.4em; border: 1px solid var(--_border); border-radius: var(--_radius); font-size: 0.875em; font-weight: normal; }
li > button { font: inherit; font-size: 0.875em; color: var(--_link); background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.35em 0.6em; cursor: pointer; min-block-size: 2.75em; }
`;
