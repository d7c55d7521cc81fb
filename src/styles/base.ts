/**
 * Styles every element shares: a reset against the host page's global CSS,
 * the loading, error and debug states, links and focus. Logical properties
 * only, so right-to-left languages mirror by themselves.
 */
import { css } from 'lit';
import { tokens } from './tokens.js';

export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      max-inline-size: var(--quartier-max-width, none);
      font-family: var(--_font);
      font-size: var(--quartier-font-size, medium);
      font-weight: normal;
      font-style: normal;
      line-height: var(--quartier-line-height, 1.5);
      letter-spacing: normal;
      text-align: start;
      text-transform: none;
      color: var(--_text);
      background: var(--_bg);
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .base {
      text-align: start;
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
    .loading {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: var(--quartier-loading-height, 6em);
      padding: var(--_space);
      color: var(--_muted);
    }
    .spinner {
      inline-size: 1em;
      block-size: 1em;
      border: 0.15em solid var(--_border);
      border-block-start-color: var(--_accent);
      border-radius: 50%;
      animation: spin 1s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
    .empty {
      padding: var(--_space);
      color: var(--_muted);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .error {
      padding: var(--_space);
      border: 2px solid var(--_error);
      border-radius: var(--_radius);
      background: var(--_error-bg);
      color: var(--_text);
    }
    .debug {
      margin-block-start: var(--_space);
      padding: 0.5em var(--_space);
      border: 1px dashed var(--_muted);
      border-radius: var(--_radius);
      font-size: 0.875em;
    }
    .debug summary {
      cursor: pointer;
      font-weight: bold;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
];
