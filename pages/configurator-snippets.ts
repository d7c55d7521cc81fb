/**
 * The configurator's model: one option object, and everything made from it —
 * the element's attributes, the three snippets (script + element, `data-*`
 * div, iframe), the CSS for the colours, and the preview element. The
 * preview and the snippets come from the same functions, so what the page
 * shows is what the pasted code does. No DOM here except `createPreview`.
 */

import { baseSpec } from '../src/elements/base/quartier-element.spec.js';
import type { ValueOf } from '../src/elements/base/widget-spec.js';
import { offerMapSpec } from '../src/elements/offer-map/offer-map.spec.js';
import { partnerListSpec } from '../src/elements/partner-list/partner-list.spec.js';
import { cardSpec } from '../src/elements/quartier-card/quartier-card.spec.js';
import { WIDGETS as WIDGET_SPECS, type WidgetAlias } from '../src/elements/widgets.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import { tokenDefault, type TokenName } from '../src/styles/tokens.js';
import { isTokenValue } from './embed-params.js';

/** The widgets by the short names `data-quartier` and `widget=` use (their specs' aliases). */
export const WIDGETS: readonly WidgetAlias[] = WIDGET_SPECS.map((w) => w.alias);
export type Widget = WidgetAlias;

/** The element each widget name stands for. */
export const TAGS = Object.fromEntries(WIDGET_SPECS.map((w) => [w.alias, w.tag])) as Readonly<Record<Widget, string>>;

/**
 * The closed sets the form offers, from the widgets' specs: the choices
 * (radios, options) and the filters (checkboxes). A value added to a spec
 * appears here, in the form and in the snippets.
 */
export const CHOICES = {
  variant: cardSpec.attributes.variant,
  layout: partnerListSpec.attributes.layout,
  consent: offerMapSpec.attributes.consent,
  'heading-level': baseSpec.attributes.headingLevel,
  roles: partnerListSpec.attributes.roles,
  types: partnerListSpec.attributes.type,
  categories: offerMapSpec.attributes.category,
} as const;

/** The value of `value` if it is one of the set's, else the set's default. */
export function choiceOf<A extends { readonly values: readonly string[]; readonly default: string }>(set: A, value: string): ValueOf<A> {
  return (set.values.includes(value) ? value : set.default) as ValueOf<A>;
}

/** The widget's language: `''` ("as the page": no `lang` attribute) or a tag of the kit's LANGUAGES. */
export type WidgetLang = string;

/** The choices of the widget's language, in the order of LANGUAGES, `''` first. */
export const WIDGET_LANGS: readonly WidgetLang[] = ['', ...LANGUAGES.map((l) => l.tag)];

/** Whether a tag is one of the kit's languages (exactly as LANGUAGES spells it). */
export function isLanguageTag(value: string): boolean {
  return LANGUAGES.some((l) => l.tag === value);
}

/** Whether a value is a choice of the widget's language: `''` or a tag of LANGUAGES. */
export function isWidgetLang(value: string): boolean {
  return value === '' || isLanguageTag(value);
}

/** The residents' language switch: none (no `languages` attribute), the feed's languages (`auto`), or a list of tags. */
export const SWITCH_MODES = ['none', 'auto', 'list'] as const;
export type SwitchMode = (typeof SWITCH_MODES)[number];

export function isSwitchMode(value: string): value is SwitchMode {
  return (SWITCH_MODES as readonly string[]).includes(value);
}

/** `#rgb` as `#rrggbb` (what a colour picker takes); other values as they are. */
const longHex = (value: string): string => value.replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/i, '#$1$1$2$2$3$3');

/** A token of the form: its key, the property (styles/tokens.ts), the kind of CSS value, and the kit's default. */
const token = <K extends string, N extends TokenName, C extends string>(key: K, property: N, kind: C) =>
  ({ key, property, kind, fallback: longHex(tokenDefault(property)) }) as const;

/** The `--quartier-*` tokens the configurator sets, in the order of the form. */
export const TOKENS = [
  token('accent', '--quartier-color-accent', 'color'),
  token('text', '--quartier-color-text', 'color'),
  token('background', '--quartier-color-background', 'color'),
  token('surface', '--quartier-color-surface', 'color'),
  token('border', '--quartier-color-border', 'color'),
  token('font', '--quartier-font-family', 'font-family'),
  token('radius', '--quartier-radius', 'border-radius'),
] as const;
export type TokenKey = (typeof TOKENS)[number]['key'];

/** Everything the editor chose. Empty strings and empty lists mean "the element's default". */
export interface ConfigOptions {
  widget: Widget;
  /** Feed URL(s) as entered, separated by spaces. */
  src: string;
  project: string;
  lang: WidgetLang;
  /** The residents' language switch (`languages`): none, `auto`, or the tags in `switchLanguages`. */
  languageSwitch: SwitchMode;
  /** Tags of LANGUAGES for `languageSwitch: 'list'` (others are left out). */
  switchLanguages: string[];
  variant: ValueOf<typeof CHOICES.variant>;
  layout: ValueOf<typeof CHOICES.layout>;
  roles: string[];
  types: string[];
  categories: string[];
  consent: ValueOf<typeof CHOICES.consent>;
  tiles: string;
  attribution: string;
  /** The directory's link template for a project's own page (`href`). */
  href: string;
  headingLevel: number;
  debug: boolean;
  /** Token values as entered (only valid ones are used: see `themeDeclarations`). */
  theme: Partial<Record<TokenKey, string>>;
  /** Put the colours into snippet (a) as a `<style>` block (pages without a strict CSP). */
  inlineStyle: boolean;
  /** The folder that holds quartier-widgets.js, embed.html and quartier-embed-host.js. */
  base: string;
  /** The address of the website the code goes on, as entered (optional: only to compare origins with `base`). */
  site: string;
  /** The iframe's accessible name. */
  title: string;
}

export const DEFAULT_HEADING_LEVEL = CHOICES['heading-level'].default;

/** Options with every field at its element default (no feed, card). */
export function defaultOptions(overrides: Partial<ConfigOptions> = {}): ConfigOptions {
  return {
    widget: 'card',
    src: '',
    project: '',
    lang: '',
    languageSwitch: 'none',
    switchLanguages: [],
    variant: CHOICES.variant.default,
    layout: CHOICES.layout.default,
    roles: [],
    types: [],
    categories: [],
    consent: CHOICES.consent.default,
    tiles: '',
    attribution: '',
    href: '',
    headingLevel: DEFAULT_HEADING_LEVEL,
    debug: false,
    theme: {},
    inlineStyle: false,
    base: '',
    site: '',
    title: '',
    ...overrides,
  };
}

/** The file names next to the bundle (dist/): the kit's entry, the iframe page and its host script. */
export const FILES = {
  bundle: 'quartier-widgets.js',
  embed: 'embed.html',
  host: 'quartier-embed-host.js',
} as const;

/** Escapes text for an attribute value in double quotes (also safe as element text). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Each URL of a `src` value resolved against `pageUrl` (snippets are pasted on
 * other pages, so they carry absolute addresses). A part that is no URL is kept
 * as it is: the element then shows its own message about it, in the preview as
 * on the site.
 */
export function absoluteSrc(src: string, pageUrl: string): string {
  return src
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      try {
        return new URL(part, pageUrl).href;
      } catch {
        return part;
      }
    })
    .join(' ');
}

/** The bundle folder as an absolute URL ending in `/`; a URL of a `.js`/`.html` file gives its folder. */
export function normalizeBase(base: string, pageUrl: string): string {
  const trimmed = base.trim();
  if (!trimmed) return new URL('./', pageUrl).href;
  try {
    const url = new URL(trimmed, pageUrl);
    url.search = '';
    url.hash = '';
    if (/\.(m?js|html?)$/i.test(url.pathname)) return new URL('./', url).href;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  }
}

/**
 * The origin (`https://host:port`) of an http(s) address, resolved against
 * the page; an address without a scheme (`www.example.org`,
 * `localhost:8080`) counts as https, one of another scheme has none.
 */
export function originOf(address: string, pageUrl: string): string | undefined {
  const trimmed = address.trim();
  if (!trimmed) return undefined;
  try {
    // A scheme, a path or a relative address is taken as it is; `host` and `host:port` get https.
    const hasScheme = /^[a-z][a-z\d+.-]*:(?!\d+(?:[/?#]|$))/i.test(trimmed) || /^[/.]/.test(trimmed);
    const url = new URL(hasScheme ? trimmed : `https://${trimmed}`, pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The script's origin and the website's, when they differ: then the script's
 * server must send `Access-Control-Allow-Origin` (browsers load module
 * scripts, and the chunks they import, with CORS), or forms (a) and (b) stay
 * empty without a message on the page. The iframe form needs no such header
 * (a frame is not a CORS request, and the host script is a classic script).
 * `undefined` when they are the same, or the website is not given.
 */
export function crossOriginScript(options: ConfigOptions, pageUrl: string): { script: string; site: string } | undefined {
  const site = originOf(options.site, pageUrl);
  const script = originOf(normalizeBase(options.base, pageUrl), pageUrl);
  return site && script && site !== script ? { script, site } : undefined;
}

/**
 * Whether a value is usable for a token: one the iframe page accepts as well
 * (`isTokenValue`: no `;{}<>`, no `url()`, so it cannot leave its declaration
 * in a stylesheet or a `<style>` block), and one the browser's CSS parser takes
 * for that kind of value. The same rule for every form, so all three show the same.
 */
export function isValidToken(key: TokenKey, value: string): boolean {
  const token = TOKENS.find((t) => t.key === key)!;
  const trimmed = value.trim();
  if (!trimmed || !isTokenValue(trimmed)) return false;
  if (typeof CSS === 'undefined' || typeof CSS.supports !== 'function') return true;
  return CSS.supports(token.kind, trimmed);
}

/** The valid token declarations: `[property, value]`, in form order. */
export function themeDeclarations(options: ConfigOptions): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const token of TOKENS) {
    const value = options.theme[token.key]?.trim() ?? '';
    if (value && isValidToken(token.key, value)) out.push([token.property, value]);
  }
  return out;
}

/** The CSS rule for the site's stylesheet (empty when no colour is set): the custom properties on the element's tag. */
export function themeCss(options: ConfigOptions): string {
  const declarations = themeDeclarations(options);
  if (!declarations.length) return '';
  return `${TAGS[options.widget]} {\n${declarations.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

const unique = (values: readonly string[]): string[] => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/**
 * The `languages` attribute for these options: `auto`, the chosen tags of
 * LANGUAGES separated by spaces, or `''` (no switch: also a list with no
 * known tag in it).
 */
export function languagesValue(options: ConfigOptions): string {
  if (options.languageSwitch === 'auto') return 'auto';
  if (options.languageSwitch === 'list') return unique(options.switchLanguages).filter(isLanguageTag).join(' ');
  return '';
}

/**
 * The element's attributes for these options, in a fixed order: only what
 * differs from the element's defaults. `true` is a boolean attribute.
 */
export function widgetAttributes(options: ConfigOptions, pageUrl: string): Array<[string, string | true]> {
  const attrs: Array<[string, string | true]> = [];
  const src = absoluteSrc(options.src, pageUrl);
  if (src) attrs.push(['src', src]);
  if (options.project.trim() && options.widget !== 'directory') attrs.push(['project', options.project.trim()]);
  if (options.lang && isLanguageTag(options.lang)) attrs.push(['lang', options.lang]);
  const languages = languagesValue(options);
  if (languages) attrs.push(['languages', languages]);
  if (options.widget === 'card' && options.variant !== CHOICES.variant.default) attrs.push(['variant', options.variant]);
  if (options.widget === 'partner-list') {
    const roles = unique(options.roles);
    const types = unique(options.types);
    if (roles.length) attrs.push(['roles', roles.join(' ')]);
    if (types.length) attrs.push(['type', types.join(' ')]);
    if (options.layout !== CHOICES.layout.default) attrs.push(['layout', options.layout]);
  }
  if (options.widget === 'offer-map') {
    const categories = unique(options.categories);
    if (categories.length) attrs.push(['category', categories.join(' ')]);
    if (options.consent !== CHOICES.consent.default) attrs.push(['consent', options.consent]);
    if (options.tiles.trim()) attrs.push(['tiles', options.tiles.trim()]);
    if (options.attribution.trim()) attrs.push(['attribution', options.attribution.trim()]);
  }
  if (options.widget === 'directory' && options.href.trim()) attrs.push(['href', options.href.trim()]);
  if (options.headingLevel !== DEFAULT_HEADING_LEVEL) attrs.push(['heading-level', String(options.headingLevel)]);
  if (options.debug) attrs.push(['debug', true]);
  return attrs;
}

function attributeText(attrs: ReadonlyArray<[string, string | true]>): string {
  return attrs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/** `<script type="module" src="…/quartier-widgets.js"></script>` */
export function scriptLine(options: ConfigOptions, pageUrl: string): string {
  return `<script type="module" src="${escapeAttribute(normalizeBase(options.base, pageUrl) + FILES.bundle)}"></script>`;
}

/** Form (a): the script line, optionally a `<style>` block, and the element. */
export function elementSnippet(options: ConfigOptions, pageUrl: string): string {
  const tag = TAGS[options.widget];
  const lines = [scriptLine(options, pageUrl)];
  const css = options.inlineStyle ? themeCss(options) : '';
  if (css) lines.push(`<style>\n${css}\n</style>`);
  lines.push(`<${tag}${attributeText(widgetAttributes(options, pageUrl))}></${tag}>`);
  return lines.join('\n');
}

/** Form (b): `<div data-quartier="…" data-…>` — every attribute as `data-*` (a boolean one as `data-debug=""`). */
export function divSnippet(options: ConfigOptions, pageUrl: string): string {
  const attrs: Array<[string, string]> = [['data-quartier', options.widget]];
  for (const [name, value] of widgetAttributes(options, pageUrl)) attrs.push([`data-${name}`, value === true ? '' : value]);
  return `<div${attributeText(attrs)}></div>`;
}

/** The iframe page's address: `embed.html?widget=…&<attribute>=…&--quartier-…=…&id=…`. */
export function embedUrl(options: ConfigOptions, pageUrl: string, id = embedId(options)): string {
  const params = new URLSearchParams({ widget: options.widget });
  for (const [name, value] of widgetAttributes(options, pageUrl)) params.append(name, value === true ? '' : value);
  // The iframe page sets `--quartier-*` parameters on its widget (the host page's CSS cannot reach into the iframe).
  for (const [name, value] of themeDeclarations(options)) params.append(name, value);
  params.append('id', id);
  return `${normalizeBase(options.base, pageUrl)}${FILES.embed}?${params.toString()}`;
}

/** An id for the iframe (and its `id` parameter, which the page sends back with its height). */
export function embedId(options: ConfigOptions): string {
  const slug = `${options.widget}-${options.project}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `quartier-${slug}`;
}

/** A starting height in CSS pixels, before the page in the iframe reports its own. */
export const IFRAME_HEIGHT: Readonly<Record<Widget, number>> = { card: 800, 'partner-list': 500, 'offer-map': 560, agenda: 600, directory: 1000 };

/** Form (c): the iframe, and the optional host script that sets its height. */
export function iframeSnippet(options: ConfigOptions, pageUrl: string): string {
  const id = embedId(options);
  const attrs: Array<[string, string]> = [
    ['src', embedUrl(options, pageUrl, id)],
    ['title', options.title],
    ['id', id],
    ['loading', 'lazy'],
    // No frame around the widget, the page's full width; the attribute stays for pages whose policy forbids style attributes.
    ['style', 'border:0;width:100%'],
    ['width', '100%'],
    ['height', String(IFRAME_HEIGHT[options.widget])],
  ];
  const host = `<script src="${escapeAttribute(normalizeBase(options.base, pageUrl) + FILES.host)}" async></script>`;
  return `<iframe${attributeText(attrs)}></iframe>\n${host}`;
}

/**
 * The preview: the real element with exactly the attributes of the snippets.
 * (Colours reach it through the same CSS text, adopted as a constructed
 * stylesheet — see `configurator-app.ts`.)
 */
export function createPreview(options: ConfigOptions, pageUrl: string, doc: Document = document): HTMLElement {
  const el = doc.createElement(TAGS[options.widget]);
  for (const [name, value] of widgetAttributes(options, pageUrl)) el.setAttribute(name, value === true ? '' : value);
  return el;
}
