/**
 * Styles every element's shell needs before its view arrives: the tokens, a
 * reset against the host page's global CSS, and the loading, empty and error
 * states. Logical properties only, so right-to-left languages mirror by
 * themselves. What the views share is in content.ts.
 */
import { css } from 'lit';

/** The colour, font and spacing tokens (named in tokens.ts) read once, with their defaults, into private `--_*` names. */
const tokens = css`
  :host {
    --_font: var(--quartier-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_text: var(--quartier-color-text, #1f2328);
    --_muted: var(--quartier-color-muted, #57606a);
    --_bg: var(--quartier-color-background, #fff);
    --_surface: var(--quartier-color-surface, #f6f8fa);
    --_border: var(--quartier-color-border, #d0d7de);
    --_accent: var(--quartier-color-accent, #0b5cad);
    --_accent-contrast: var(--quartier-color-accent-contrast, #fff);
    --_error: var(--quartier-color-error, #b3261e);
    --_error-bg: var(--quartier-color-error-background, #fdecea);
    --_radius: var(--quartier-radius, 0.5em);
    --_space: var(--quartier-space, 1em);
    --_heading-font: var(--quartier-heading-font-family, var(--_font));
    --_heading-color: var(--quartier-heading-color, var(--_text));
    --_focus: var(--quartier-focus-ring, 3px solid var(--_accent));
  }
`;

/**
 * A page's rules for the host element win over `:host` (`* { all: unset }`
 * would make it inherit the page's font, 10 px under `html { font-size:
 * 62.5% }`). So type and colours are set on the element's own root (`.base`),
 * which no page rule reaches, and the host's font size, which its own sizes
 * in `em` follow, is `!important` (set it with `--quartier-font-size`).
 * Custom properties (the tokens) survive `all` anyway. `display` stays a
 * normal rule, so that a page can still hide or place the element.
 */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      max-inline-size: var(--quartier-max-width, none);
      font-size: var(--quartier-font-size, medium) !important;
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
      font-family: var(--_font);
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
