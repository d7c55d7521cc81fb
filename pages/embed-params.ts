/**
 * What an embed URL asks for: `embed.html?widget=card&src=https://…&project=…`
 * read into the widget's tag, its attributes (text values, in order) and the
 * problems an editor must see. No DOM here, so it is tested on its own.
 *
 * - `widget`: a widget's alias (`card`, `partner-list`, `offer-map`) or tag.
 * - `index` (the directory): the harvester's `index.json`, under the rules of
 *   `src`; then `src` may be left out. A bad one is named (`bad-value`).
 * - `src`: one or more feed URLs separated by spaces (a `src` given twice is
 *   joined). Only absolute `http:`/`https:` URLs: there is no page the widget
 *   belongs to that a relative URL could mean, and `javascript:`, `data:`,
 *   `blob:` … are never feeds. On an https page an `http:` feed is refused too
 *   (the browser would block it as mixed content).
 * - every other attribute of that element under its own name, as its spec
 *   (src/elements/<tag>/<tag>.spec.ts) has it; values of a closed set are
 *   checked. Not `structured-data`: JSON-LD inside the iframe would describe
 *   embed.html, not the host page.
 * - `href` (the directory's link template) only as an absolute http(s)
 *   address: a relative one would be resolved against embed.html, not the
 *   host page, and lead to the wrong site. It is named (`href-relative`) and
 *   left out, so the projects open in place. Links open in the page around
 *   the iframe (embed.html's `<base target="_top">`).
 * - An `http:` `tiles` server on an https page is named (the browser would
 *   not load its images), and kept: the map names it before consent, and says
 *   after consent that its images failed.
 * - `consent` is `ask` unless the URL says exactly `consent=granted`.
 * - `lang` (default `de`) sets the page's `lang` and `dir`.
 * - `id`: echoed in the height message, so a host page with several iframes
 *   knows which one spoke.
 * - `--quartier-*`: a design token (colour, font, size) for the widget.
 */
import { WIDGET_ALIASES, widgetAttributes, widgetNamed, type WidgetTag } from '../src/elements/widgets.js';
import { directionOf } from '../src/i18n/resolve-lang.js';
import { TOKENS as TOKEN_SPECS } from '../src/styles/tokens.js';

export type { WidgetTag };

/** The `widget` values offered to editors (in messages and docs). */
export const WIDGET_NAMES = WIDGET_ALIASES;

/** Attributes a URL does not set as they are: `src` and `index` have rules of their own (below); `structured-data` (see above). */
const NOT_AS_SUCH = new Set(['src', 'index', 'structured-data']);

/** Design tokens a URL may set (`--quartier-color-accent=%23a01c1c`): every token of the kit. */
export const TOKENS: ReadonlySet<string> = new Set(Object.keys(TOKEN_SPECS));

/** A token value: words, numbers, units, `#hex`, commas, quotes, brackets and the functions below — never `url()`. */
const TOKEN_VALUE = /^[\w\s#%.,+\-/'"()]{1,200}$/;
const TOKEN_FUNCTIONS = new Set([
  '',
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'color',
  'color-mix',
  'light-dark',
  'calc',
  'min',
  'max',
  'clamp',
  'var',
]);

/** Whether a `--quartier-*` value is safe to set: known characters, known functions only. */
export function isTokenValue(value: string): boolean {
  if (!TOKEN_VALUE.test(value)) return false;
  for (const [, name] of value.matchAll(/([\w-]*)\s*\(/g)) if (!TOKEN_FUNCTIONS.has(name!.toLowerCase())) return false;
  return true;
}

/** Why an embed URL cannot be shown as asked. `fatal` ones show no widget. */
export type EmbedProblem =
  | { readonly code: 'widget-missing'; readonly fatal: true }
  | { readonly code: 'widget-unknown'; readonly fatal: true; readonly value: string }
  | { readonly code: 'src-missing'; readonly fatal: true }
  | { readonly code: 'src-relative'; readonly fatal: true; readonly value: string }
  | { readonly code: 'src-scheme'; readonly fatal: true; readonly value: string; readonly scheme: string }
  | { readonly code: 'src-credentials'; readonly fatal: true; readonly value: string }
  | { readonly code: 'src-insecure'; readonly fatal: true; readonly value: string }
  | { readonly code: 'tiles-insecure'; readonly fatal: false; readonly value: string }
  | { readonly code: 'href-relative'; readonly fatal: false; readonly value: string }
  | { readonly code: 'bad-value'; readonly fatal: false; readonly name: string; readonly value: string; readonly allowed: string }
  | { readonly code: 'bad-token'; readonly fatal: false; readonly name: string; readonly value: string };

export type ProblemCode = EmbedProblem['code'];

export interface EmbedRequest {
  /** The element to make, when `widget` names one. */
  readonly tag: WidgetTag | undefined;
  /** The element's attributes in order (`src` first), values as text. */
  readonly attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** `--quartier-*` custom properties for the element. */
  readonly tokens: ReadonlyArray<readonly [name: string, value: string]>;
  /** The page's language (a BCP 47 tag; `de` when none or an invalid one is given) and direction. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The host's name for this iframe, echoed in height messages; `null` when not given. */
  readonly id: string | null;
  readonly problems: readonly EmbedProblem[];
}

/** BCP 47, loosely (as the feed's language tags). */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

/** A parameter value as meant: no invisible characters, no-break spaces as spaces, trimmed. */
export function cleanParam(raw: string): string {
  return raw
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .trim();
}

/** The page language a `lang` parameter asks for, or `de`. */
export function embedLang(raw: string | null): string {
  const value = cleanParam(raw ?? '').replace(/_/g, '-');
  return LANGUAGE_TAG.test(value) ? value : 'de';
}

/** An absolute http(s) address (a link template's `{id}` may stand anywhere in it). */
function isAbsoluteWebUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol); // no base: a relative URL throws
  } catch {
    return false;
  }
}

/** Each feed URL of `src` checked: absolute http(s) only. */
function readSrc(raw: string, pageProtocol: string, problems: EmbedProblem[]): string {
  const parts = raw.split(/\s+/).filter(Boolean);
  if (!parts.length) {
    problems.push({ code: 'src-missing', fatal: true });
    return '';
  }
  const urls: string[] = [];
  for (const part of parts) {
    let url: URL;
    try {
      url = new URL(part); // no base: a relative URL throws
    } catch {
      problems.push({ code: 'src-relative', fatal: true, value: part });
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      problems.push({ code: 'src-scheme', fatal: true, value: part, scheme: url.protocol });
    } else if (url.username || url.password) {
      problems.push({ code: 'src-credentials', fatal: true, value: part });
    } else if (url.protocol === 'http:' && pageProtocol === 'https:') {
      problems.push({ code: 'src-insecure', fatal: true, value: part });
    } else urls.push(url.href);
  }
  return urls.join(' ');
}

/**
 * Reads an embed URL's query.
 * @param search `location.search` (or the parameters)
 * @param pageProtocol the embed page's own protocol (`location.protocol`): an https page refuses http feeds
 */
export function parseEmbedParams(search: string | URLSearchParams, pageProtocol = 'https:'): EmbedRequest {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: EmbedProblem[] = [];
  const lang = embedLang(params.get('lang'));
  const rawId = params.get('id');
  const id = rawId === null ? null : cleanParam(rawId).slice(0, 200);

  const rawWidget = params.get('widget');
  const widgetName = cleanParam(rawWidget ?? '').toLowerCase();
  const spec = widgetNamed(widgetName);
  const tag = spec?.tag;
  if (!widgetName) problems.push({ code: 'widget-missing', fatal: true });
  else if (!tag) problems.push({ code: 'widget-unknown', fatal: true, value: cleanParam(rawWidget ?? '') });

  // The directory reads an index instead of feeds: checked as `src` is, one URL.
  let index = '';
  const rawIndex = spec && 'index' in spec.attributes ? cleanParam(params.get('index') ?? '') : '';
  if (rawIndex) {
    const own: EmbedProblem[] = [];
    index = readSrc(rawIndex.split(/\s+/)[0]!, pageProtocol, own);
    if (!index) problems.push({ code: 'bad-value', fatal: false, name: 'index', value: rawIndex, allowed: 'https://…/index.json' });
  }
  const srcProblems: EmbedProblem[] = [];
  const src = readSrc(params.getAll('src').map(cleanParam).join(' '), pageProtocol, srcProblems);
  problems.push(...(index ? srcProblems.filter((p) => p.code !== 'src-missing') : srcProblems));

  const attributes: Array<readonly [string, string]> = [];
  const tokens: Array<readonly [string, string]> = [];
  if (spec) {
    if (src) attributes.push(['src', src]);
    if (index) attributes.push(['index', index]);
    for (const [name, attribute] of widgetAttributes(spec)) {
      if (NOT_AS_SUCH.has(name)) continue;
      const raw = params.get(name);
      if (name === 'consent') {
        // The map asks first unless the URL says exactly `consent=granted` (not `GRANTED`, ` granted`, `true`).
        if (raw !== null && raw !== '' && !attribute.values!.includes(raw)) {
          problems.push({ code: 'bad-value', fatal: false, name, value: cleanParam(raw), allowed: attribute.values!.join(', ') });
        }
        attributes.push([name, raw === 'granted' ? 'granted' : 'ask']);
        continue;
      }
      if (raw === null) continue;
      const value = cleanParam(raw);
      if (attribute.kind === 'boolean') {
        if (!/^(?:0|false|no|off|nein)$/i.test(value)) attributes.push([name, '']);
        continue;
      }
      if (!value) continue;
      if (name === 'href' && !isAbsoluteWebUrl(value)) {
        problems.push({ code: 'href-relative', fatal: false, value });
        continue;
      }
      if (name === 'lang') {
        if (lang !== 'de' || /^de\b/i.test(value)) attributes.push([name, lang]);
        continue;
      }
      // Words of `tokens` pass as they are: the widget names those it does not know, in debug mode.
      const allowed = attribute.kind === 'tokens' ? undefined : attribute.values;
      const normal = allowed ? value.toLowerCase() : value;
      if (allowed && !allowed.includes(normal)) {
        problems.push({ code: 'bad-value', fatal: false, name, value, allowed: allowed.join(', ') });
      } else attributes.push([name, normal]);
      if (name === 'tiles' && pageProtocol === 'https:' && /^http:/i.test(value)) problems.push({ code: 'tiles-insecure', fatal: false, value });
    }
    for (const [name, raw] of params) {
      if (!name.startsWith('--quartier-')) continue;
      const value = cleanParam(raw);
      if (TOKENS.has(name) && isTokenValue(value)) tokens.push([name, value]);
      else problems.push({ code: 'bad-token', fatal: false, name, value });
    }
  }

  return { tag, attributes, tokens, lang, dir: directionOf(lang), id, problems };
}
