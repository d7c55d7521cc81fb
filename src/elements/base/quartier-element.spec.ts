/**
 * What every element has (see widget-spec.ts): the attributes, parts,
 * events and tokens a widget's own spec adds to.
 */
import type { WidgetDocs, WidgetSpec } from './widget-spec.js';

export const baseSpec = {
  attributes: {
    src: { attribute: 'src', kind: 'text', default: '' },
    feed: { attribute: false, kind: 'data', type: 'unknown' },
    lang: { attribute: 'lang', kind: 'text', native: true },
    languages: { attribute: 'languages', kind: 'text', default: '' },
    headingLevel: { attribute: 'heading-level', kind: 'number', values: ['1', '2', '3', '4', '5', '6'], default: 2 },
    debug: { attribute: 'debug', kind: 'boolean', default: false, reflect: true },
    structuredData: { attribute: 'structured-data', kind: 'boolean', default: false },
  },
} as const satisfies Pick<WidgetSpec, 'attributes'>;

export const baseDocs: WidgetDocs<typeof baseSpec> = {
  attributes: {
    src: 'One or more feed URLs, separated by spaces, resolved against the page; several feeds are merged in order.',
    feed: 'A feed object given by script (raw JSON of format 1); then `src` is not fetched. Each object is read once per page (elements given the same object share the result): give a new object for a changed feed.',
    lang: "Language of the interface and of feed texts; default: the nearest ancestor's `lang`, then German.",
    languages:
      'A language switch for residents: the languages to offer (`"de ar uk tr fa"`), or `auto` for those the feed has texts in; the page\'s own language comes first. A choice applies to every element on the page (not to the page itself), is announced to screen readers and is kept in memory only.',
    headingLevel: "Level (1–6) of the element's top heading, to fit the page's outline.",
    debug: "Lists the feed's problems, and attribute values the element cannot use, inside the element, for editors.",
    structuredData:
      'Writes schema.org JSON-LD for what the element shows (project, organisations, places, offers) into the page, for search engines; skipped with one warning where a Trusted Types policy forbids script text.',
  },
  parts: {
    base: 'The wrapper of every state; carries `lang` and `dir`.',
    loading: 'The loading placeholder (`role="status"`).',
    error: 'The message for editors when the feed or an attribute cannot be used (`role="alert"`).',
    empty: 'The note when there is nothing to show.',
    offline: "The note that the data shown is the browser's copy from an earlier visit.",
    debug: "The feed's problems and the notes for editors, with `debug`.",
    'language-switch': "The residents' language switch, with `languages`.",
    text: 'Each paragraph of feed text.',
    'text-note': "The note that a text is only in the feed's language, or machine-translated.",
    more: "The button under a long list (the card's partners, places and offers; the partner list's groups) that shows more of it: the first 50 entries are shown, each click adds 100.",
  },
  events: {
    'quartier-load': { detail: 'QuartierLoadDetail', description: 'The feed has loaded: `{feed, warnings}`.' },
    'quartier-error': {
      detail: 'QuartierErrorDetail',
      description: 'A feed or an attribute cannot be used, or the widget itself failed (`internal`): `{error, src}`.',
    },
    'quartier-language': { detail: 'QuartierLanguageDetail', description: 'A reader picked a language in the switch: `{lang}`.' },
  },
  tokens: [
    '--quartier-font-family',
    '--quartier-font-size',
    '--quartier-line-height',
    '--quartier-color-text',
    '--quartier-color-muted',
    '--quartier-color-background',
    '--quartier-color-surface',
    '--quartier-color-border',
    '--quartier-color-accent',
    '--quartier-color-accent-contrast',
    '--quartier-color-error',
    '--quartier-color-error-background',
    '--quartier-radius',
    '--quartier-space',
    '--quartier-max-width',
    '--quartier-outer-space',
    '--quartier-heading-font-family',
    '--quartier-heading-color',
    '--quartier-focus-ring',
    '--quartier-loading-height',
  ],
};
