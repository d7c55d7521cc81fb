/**
 * <quartier-directory>'s vocabulary (see base/widget-spec.ts); what every
 * element has is in base/quartier-element.spec.ts.
 */
import type { WidgetDocs, WidgetSpec } from '../base/widget-spec.js';

export const directorySpec = {
  tag: 'quartier-directory',
  alias: 'directory',
  attributes: {
    index: { attribute: 'index', kind: 'text', default: '' },
    href: { attribute: 'href', kind: 'text', default: '' },
    urlState: { attribute: 'url-state', kind: 'choice', values: ['on', 'off'], default: 'on' },
    map: { attribute: 'map', kind: 'choice', values: ['on', 'off'], default: 'on' },
    consent: { attribute: 'consent', kind: 'choice', values: ['ask', 'granted'], default: 'ask' },
    tiles: { attribute: 'tiles', kind: 'text', default: '' },
    attribution: { attribute: 'attribution', kind: 'text', default: '' },
  },
} as const satisfies WidgetSpec;

export const directoryDocs: WidgetDocs<typeof directorySpec> = {
  summary: 'Many projects from many feeds: search, filters, order and pages, each project opening its card in place or linking to its own page.',
  attributes: {
    index:
      "The `index.json` that `quartier-feed harvest` writes, resolved against the page: the first page of results comes with it, every project's row (for search and filters) after the first screen, a project's full feed when its card is opened. Instead of `src`, for a portal of many feeds.",
    href: "A link template for each project's own page, resolved against the page: `{id}` is the project's id, `{feed}` the catalogue's id of its feed (`/projekte/{id}`). Only http(s) links are made. Without it, each result opens the project's full card in place.",
    urlState:
      "`on`: search, filters, order and page are kept in the page's URL (`dir-q`, `dir-place`, `dir-field`, `dir-status`, `dir-partner`, `dir-offer`, `dir-sort`, `dir-page`), so a search can be shared and back and forward step through it; the page's other parameters are kept. `off` for a second directory on the same page.",
    map: "`on`: a map of the projects found, at their quarters' centres and clustered, above the results; it loads as `<offer-map>`'s does (after consent, when near the viewport). A marker opens its project's card. `off`: no map.",
    consent:
      '`ask`: a placeholder names the tile server and loads the map only after the visitor clicks "Karte laden" (a consent given to any map on the page counts); `granted`: the site has its own consent or its own tile server.',
    tiles: 'Tile URL template, `https://…/{z}/{x}/{y}.png` (default: OpenStreetMap).',
    attribution: 'The tile server\'s attribution, plain text (default "© OpenStreetMap-Mitwirkende", linked).',
  },
  parts: {
    map: "The map of the projects found (their quarters' centres, clustered), or its consent placeholder.",
    consent: 'The consent placeholder of the map.',
    marker: 'Each project marker (a button; class `approximate` when the feed marks its centre as estimated).',
    cluster: 'Each cluster of projects (a button).',
    title: "The directory's heading: the catalogue's title, or „Projekte“.",
    toolbar: 'Search field and filters.',
    count: 'The number of projects found (announced politely).',
    results: 'The list of results.',
    result: 'Each project in the list.',
    name: "Each project's name (a heading: a link with `href`, else the button that opens its card).",
    pages: 'The page navigation.',
    card: 'The full card of a project opened in place (a `<quartier-card>`).',
  },
  events: {
    'quartier-select': {
      detail: 'QuartierSelectDetail',
      description:
        "The reader opened a project (`{type: 'project', id}`). Cancelable: `preventDefault()` keeps the card closed, or the page from following the `href` link.",
    },
  },
  tokens: ['--quartier-map-height'],
};
