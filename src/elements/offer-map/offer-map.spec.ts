/**
 * <offer-map>'s vocabulary (see base/widget-spec.ts); what every element has
 * is in base/quartier-element.spec.ts.
 */
import { OFFER_CATEGORIES } from '../../feed/types.js';
import type { WidgetDocs, WidgetSpec } from '../base/widget-spec.js';

export const offerMapSpec = {
  tag: 'offer-map',
  alias: 'offer-map',
  attributes: {
    project: { attribute: 'project', kind: 'text', default: '' },
    category: { attribute: 'category', kind: 'tokens', values: OFFER_CATEGORIES, default: '' },
    consent: { attribute: 'consent', kind: 'choice', values: ['ask', 'granted'], default: 'ask' },
    tiles: { attribute: 'tiles', kind: 'text', default: '' },
    attribution: { attribute: 'attribution', kind: 'text', default: '' },
    includeEnded: { attribute: 'include-ended', kind: 'boolean', default: false },
    selection: { attribute: false, kind: 'data', type: 'MapSelection | undefined' },
  },
} as const satisfies WidgetSpec;

export const offerMapDocs: WidgetDocs<typeof offerMapSpec> = {
  summary: "A private, accessible map of a project's places and offers, with a list, filters and search.",
  attributes: {
    project: "Only this project's places and offers (default: everything in the feed). An unknown id is an error message.",
    category: 'Only these offer categories.',
    consent:
      '`ask`: a placeholder names the tile server and loads the map only after the visitor clicks "Karte laden"; `granted`: the site has its own consent or its own tile server.',
    tiles: 'Tile URL template, `https://…/{z}/{x}/{y}.png` (default: OpenStreetMap).',
    attribution: 'The tile server\'s attribution, plain text (default "© OpenStreetMap-Mitwirkende", linked).',
    includeEnded:
      'Also list offers that are over (ended, every date past, or of a project whose period has ended), each marked "beendet". Without it they are left out, and a map whose offers are all over says "Zurzeit gibt es hier keine aktuellen Angebote." above its places.',
    selection:
      "The place or offer shown (`{type: 'place' | 'offer', id}`), or `undefined`. Set it, or call `select(type, id)`, to show one from a script. The map also shows, when it lists them, a place or offer picked in another element on the page (a `quartier-select` the page does not cancel, e.g. from a `<quartier-card>`) and one named by a link `#quartier-place=<id>` or `#quartier-offer=<id>` in the page's address, at load and when it changes.",
  },
  parts: {
    toolbar: 'Search field and category chips.',
    chip: 'Each category filter chip (`aria-pressed`).',
    list: 'The list of places.',
    item: 'Each place in the list.',
    map: 'The map area (consent placeholder or map).',
    consent: 'The consent placeholder.',
    marker: 'Each place marker (a button; class `approximate` when the feed marks its position as estimated).',
    cluster: 'Each cluster of places (a button).',
    details: "The selected place's details, beside the map (below it when narrow).",
    note: 'The note that every offer is over (without `include-ended`).',
  },
  events: {
    'quartier-select': {
      detail: 'QuartierSelectDetail',
      description:
        "The reader picked a place (list or map) or an offer (list): `{type: 'place' | 'offer', id}`. Cancelable: `preventDefault()` keeps the element from showing it.",
    },
  },
  tokens: ['--quartier-map-height', '--quartier-list-width'],
};
