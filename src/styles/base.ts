/**
 * Styles every element's shell needs before its view arrives: the tokens, a
 * reset against the host page's global CSS, and the loading, empty and error
 * states. Logical properties only, so right-to-left languages mirror by
 * themselves. What the views share is in content.ts.
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
  `,
];
