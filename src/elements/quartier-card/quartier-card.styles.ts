/**
 * Styles of <quartier-card>'s view: the shared content styles plus the card's layout. Logical
 * properties only (Arabic mirrors by itself), sizes in `em`, colours only
 * from the `--quartier-*` tokens. Everything that depends on width asks the
 * card's own width (container queries), so a narrow sidebar gets the phone
 * layout on any screen: below 44em one column, a table of contents, and
 * long sections folded (fold.ts); from 44em two columns, every section
 * whole. Print shows every section whole, without the buttons (the
 * folding rules are for the screen only).
 */
import { css } from 'lit';
import { contentStyles } from '../../styles/content.js';

export const cardStyles = [
  contentStyles,
  css`
    .base,
    .card {
      block-size: 100%;
    }
    .card {
      container: card / inline-size;
      hyphens: auto;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .full > header {
      margin-block-end: var(--_space);
      padding-block-end: calc(var(--_space) / 2);
      border-block-end: 1px solid var(--_border);
    }
    .title {
      font-size: 1.5em;
      margin: 0;
    }
    .compact .title {
      font-size: 1.25em;
    }
    @container card (width < 30em) {
      .title {
        font-size: 1.2em;
      }
    }
    .heading {
      font-size: 1.125em;
    }
    .short,
    .where {
      margin-block: 0.25em;
      color: var(--_muted);
    }
    .short {
      font-weight: bold;
    }
    section {
      margin-block-end: calc(var(--_space) * 1.5);
    }
    .cols,
    .tiles {
      display: grid;
      column-gap: calc(var(--_space) * 2);
    }
    @container card (width >= 44em) {
      .cols {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
      /* A project with nothing for the main column: its sections side by side, filling the width. */
      .tiles {
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
      }
    }
    /* Key facts under the title: each label with its value, wrapping as a whole on a narrow card. */
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em calc(var(--_space) * 1.5);
      margin-block: 0.5em 0.75em;
    }
    .facts > div {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 0.5em;
    }
    .facts dt {
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: normal;
    }
    .facts dd {
      margin: 0;
    }
    .facts dt::after {
      content: ':';
    }
    /* A narrow card: one fact a line, the labels in a column of their own. */
    @container card (width < 44em) {
      .facts {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-items: baseline;
      }
      .facts > div {
        display: contents;
      }
    }
    /* The table of contents: only on a narrow card, where the sections are one long column. */
    .toc {
      display: none;
    }
    .toc ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
      margin: 0 0 0.75em;
      padding: 0;
      list-style: none;
    }
    .toc li {
      margin: 0;
    }
    .toc-link {
      min-block-size: 1.75em;
      padding: 0.125em 0.625em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font: inherit;
      cursor: pointer;
      font-size: 0.875em;
      text-align: start;
    }
    /* The disclosure button looks like the paging button (.more), and is there only on a narrow card. */
    .fold-toggle {
      display: none;
    }
    [part='heading'][tabindex] {
      scroll-margin-block-start: 0.5em;
    }
    /* On screen only: print shows every section whole, without the buttons. */
    @media screen {
      @container card (width < 44em) {
        .toc,
        .fold-toggle {
          display: block;
        }
        .fold:not(.open) .rest,
        .fold:not(.open) .fold-body .more {
          display: none;
        }
      }
    }
    ul {
      padding-inline-start: 1.25em;
    }
    li {
      margin-block-end: 0.5em;
    }
    li p {
      margin-block: 0.25em;
    }
    .tags,
    .names,
    .places,
    .offers,
    .lines,
    .plain {
      padding: 0;
      list-style: none;
    }
    .tags,
    .names {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
    }
    .tags li,
    .names li {
      margin: 0;
    }
    .names {
      row-gap: 0;
    }
    .tag,
    .tags li {
      display: inline-block;
      padding: 0 0.625em;
      border: 1px solid var(--_border);
      border-radius: 1em;
      background: var(--_surface);
      font-size: 0.875em;
      font-weight: normal;
    }
    .status {
      margin: 0.25em 0 0;
    }
    .today {
      border-color: var(--_accent);
      color: var(--_text);
    }
    .today.open {
      border-width: 2px;
      font-weight: bold;
    }
    .ended {
      border-color: var(--_error);
      background: var(--_error-bg);
      color: var(--_error);
    }
    .names li:not(:last-child)::after {
      content: '·' / '';
      margin-inline-start: 0.375em;
      color: var(--_muted);
    }
    .offers {
      margin-block-start: 0.5em;
      padding-inline-start: var(--_space);
      border-inline-start: 2px solid var(--_border);
    }
    dt {
      font-weight: bold;
    }
    dd {
      margin: 0 0 0.25em;
    }
    dd + dt,
    dl:not(.facts) > div + div {
      margin-block-start: 0.5em;
    }
    .info {
      margin-block: 0.75em 0;
    }
    .info dt {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .info dd {
      margin-block: 0.25em 0.5em;
    }
    .lines > li > *,
    .meta,
    .note {
      display: block;
    }
    .meta,
    .note,
    figcaption,
    footer {
      color: var(--_muted);
      font-size: 0.875em;
    }
    footer .note {
      font-size: 1em;
    }
    blockquote {
      margin: 0;
      padding-inline-start: var(--_space);
      border-inline-start: 0.25em solid var(--_accent);
    }
    figure {
      margin: 0 0 var(--_space);
    }
    img {
      display: block;
      border-radius: var(--_radius);
    }
    .pick {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font: inherit;
      text-align: start;
      text-decoration: underline dotted;
      text-underline-offset: 0.2em;
      cursor: pointer;
    }
    .pick:hover,
    .pick[aria-current] {
      text-decoration-style: solid;
    }
    .pick[aria-current] {
      font-weight: bold;
    }
    /* A place's or an offer's details, opened in place (card-details.ts). */
    .pick[aria-expanded='true'] {
      font-weight: bold;
      text-decoration-style: solid;
    }
    .details {
      margin-block: 0.375em 0.5em;
      padding: 0.5em 0.75em;
      border-inline-start: 0.25em solid var(--_accent);
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .details:empty {
      display: none;
    }
    .details p,
    .details ul {
      margin: 0 0 0.375em;
    }
    .details .tags {
      gap: 0.25em;
    }
    .details .when {
      font-weight: bold;
    }
    .details .schedule-notes {
      padding-inline-start: 1.25em;
      list-style: disc;
    }
    .details .contact a {
      margin-inline-start: 0.5em;
    }
    .details .label {
      color: var(--_muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .actions:empty {
      display: none;
    }
    .action {
      min-block-size: 2.75em;
      padding: 0.35em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_accent);
      font: inherit;
      font-size: 0.9375em;
      cursor: pointer;
    }
    @media print {
      .action {
        display: none;
      }
    }
    footer {
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }
    footer p {
      margin: 0;
    }
  `,
];
