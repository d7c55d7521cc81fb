/**
 * Design tokens: every `--quartier-*` custom property, with the default the
 * styles give it (so nothing on the host page is required) and what it
 * styles. Data only: the styles read the tokens in base.ts and the views'
 * styles; the widgets' specs name the tokens each element reads; the iframe
 * page, the configurator, the manifest and the README take the list from
 * here. Sizes are in `em` from a `medium` base (the reader's own default
 * font size), so a host page's `html { font-size: 62.5% }` cannot shrink the
 * widgets.
 */

export interface TokenSpec {
  /** The default, in Markdown: a CSS value in backticks, or words where it follows another token. */
  readonly default: string;
  /** What the token styles (English). */
  readonly description: string;
}

export const TOKENS = {
  '--quartier-font-family': { default: 'system UI fonts', description: 'text' },
  '--quartier-font-size': { default: '`medium`', description: "base size (the reader's own default)" },
  '--quartier-line-height': { default: '`1.5`', description: 'line height' },
  '--quartier-color-text': { default: '`#1f2328`', description: 'body text' },
  '--quartier-color-muted': { default: '`#57606a`', description: 'secondary text (4.5:1 on the background)' },
  '--quartier-color-background': { default: '`#fff`', description: 'element background' },
  '--quartier-color-surface': { default: '`#f6f8fa`', description: 'tags, boxes' },
  '--quartier-color-border': { default: '`#d0d7de`', description: 'lines' },
  '--quartier-color-accent': { default: '`#0b5cad`', description: 'links, buttons, markers, focus ring, accents' },
  '--quartier-color-accent-contrast': { default: '`#fff`', description: 'text on the accent colour' },
  '--quartier-color-error': { default: '`#b3261e`', description: 'editor messages, "beendet"' },
  '--quartier-color-error-background': { default: '`#fdecea`', description: 'behind editor messages' },
  '--quartier-radius': { default: '`0.5em`', description: 'corners' },
  '--quartier-space': { default: '`1em`', description: 'spacing' },
  '--quartier-max-width': { default: '`none`', description: 'widest the element grows' },
  '--quartier-outer-space': { default: '`1em 0`', description: "the element's outer margin, so that two in a row do not touch (`0` for none)" },
  '--quartier-heading-font-family': { default: 'the text font', description: 'headings' },
  '--quartier-heading-color': { default: 'the text colour', description: 'headings' },
  '--quartier-focus-ring': { default: '`3px solid` accent', description: 'focus outline' },
  '--quartier-loading-height': { default: '`6em`', description: 'height of the loading placeholder' },
  '--quartier-logo-height': { default: '`3em`', description: 'height of logos in `<partner-list>`' },
  '--quartier-card-min-width': { default: '`16em`', description: 'narrowest card of `<partner-list layout="grid">`' },
  '--quartier-map-height': { default: '`min(24em, 60vh)`', description: "height of `<offer-map>`'s map when the list stacks above it" },
  '--quartier-list-width': { default: '`22em`', description: "width of `<offer-map>`'s list beside the map" },
} as const satisfies Readonly<Record<`--quartier-${string}`, TokenSpec>>;

export type TokenName = keyof typeof TOKENS;

/** A token's default as a CSS value (`#fff`), or `''` when it is not one value (`system UI fonts`). */
export function tokenDefault(name: TokenName): string {
  return /^`([^`]+)`$/.exec(TOKENS[name].default)?.[1] ?? '';
}
