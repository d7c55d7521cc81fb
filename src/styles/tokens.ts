/**
 * Design tokens: every `--quartier-*` custom property with its built-in
 * default, so nothing on the host page is required. Sizes are in `em` from a
 * `medium` base (the reader's own default font size), so a host page's
 * `html { font-size: 62.5% }` cannot shrink the widgets.
 *
 * | property | default | what |
 * | --- | --- | --- |
 * | `--quartier-font-family` | system-ui stack | text font |
 * | `--quartier-font-size` | `medium` | base size (the reader's default) |
 * | `--quartier-line-height` | `1.5` | |
 * | `--quartier-color-text` | `#1f2328` | body text |
 * | `--quartier-color-muted` | `#57606a` | secondary text (4.5:1 on the background) |
 * | `--quartier-color-background` | `#fff` | element background |
 * | `--quartier-color-surface` | `#f6f8fa` | boxes, tags |
 * | `--quartier-color-border` | `#d0d7de` | lines |
 * | `--quartier-color-accent` | `#0b5cad` | links, focus ring, accents |
 * | `--quartier-color-accent-contrast` | `#fff` | text on the accent colour |
 * | `--quartier-color-error` | `#b3261e` | error messages |
 * | `--quartier-color-error-background` | `#fdecea` | |
 * | `--quartier-radius` | `0.5em` | corner radius |
 * | `--quartier-space` | `1em` | base spacing |
 * | `--quartier-max-width` | `none` | widest the element grows |
 * | `--quartier-heading-font-family` | the text font | headings |
 * | `--quartier-heading-color` | the text colour | headings |
 * | `--quartier-focus-ring` | `3px solid` accent | focus outline |
 */
import { css } from 'lit';

export const tokens = css`
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
