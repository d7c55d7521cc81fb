/**
 * Styles the views share: the element's outer margin, headings, paragraphs
 * and lists, images, links and the focus ring. Loaded with the views, not
 * the entry (the margin arrives with the content it separates).
 */
import { css } from 'lit';

export const contentStyles = css`
    :host {
      margin: var(--quartier-outer-space, 1em 0);
    }
    h1, h2, h3, h4, h5, h6 {
      font-family: var(--_heading-font);
      color: var(--_heading-color);
      line-height: 1.25;
      margin: 0 0 0.5em;
    }
    p, ul, ol, dl, figure, blockquote {
      margin: 0 0 0.75em;
    }
    img {
      max-inline-size: 100%;
      block-size: auto;
    }
    a {
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 0.15em;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
      border-radius: 2px;
    }
    .offline {
      padding: 0.5em var(--_space);
      border-inline-start: 0.25em solid var(--_accent);
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .text-notes {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.5em;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .more {
      display: block;
      margin: 0 0 0.75em;
      padding: 0.25em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font: inherit;
      cursor: pointer;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
`;
