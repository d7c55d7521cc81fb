/**
 * <quartier-card>'s vocabulary (see base/widget-spec.ts); what every element
 * has is in base/quartier-element.spec.ts.
 */
import type { WidgetDocs, WidgetSpec } from '../base/widget-spec.js';

export const cardSpec = {
  tag: 'quartier-card',
  alias: 'card',
  attributes: {
    project: { attribute: 'project', kind: 'text', default: '' },
    variant: { attribute: 'variant', kind: 'choice', values: ['full', 'compact'], default: 'full' },
    printUrl: { attribute: 'print-url', kind: 'text', default: '' },
  },
} as const satisfies WidgetSpec;

export const cardDocs: WidgetDocs<typeof cardSpec> = {
  summary:
    'A neighbourhood project as a card: `full`, or `compact` for listing pages. A full card narrower than 44em (its own width, on any screen) shows a table of contents and folds long sections; print shows everything.',
  attributes: {
    project: "The project's id; may be left out when the feed has one project. An unknown id is an error message.",
    printUrl:
      'Where the QR code on a printed notice ("Aushang drucken") leads: the page about the project, an http(s) address. Without it, the page the card is on (for a place, with a link that opens it there).',
    variant: '`full`: everything the feed says; `compact`: name, place, summary, fields of action, partners — for listing pages.',
  },
  parts: {
    card: "The project's `<article>` (border, padding).",
    header: 'Title, short name, key facts, table of contents, summary (when compact: place, summary, fields and partners).',
    facts: 'The key facts under the title of the full card (lead partners, period, place, next date of an offer), each only when the feed gives it.',
    contents: "The full card's table of contents (a `<nav>` of buttons that move the focus to a section), shown when the card is narrower than 44em.",
    fold: 'The button under a long section of a card narrower than 44em that shows the rest of it or folds it again (`aria-expanded`).',
    title: "The project's heading.",
    section: 'Each section of the full card (goals, partners, funding, …).',
    heading: "Each section's heading.",
    tag: 'Field-of-action, role, category and status tags.',
    image: "A figure with one of the project's images and its credit.",
    footer: 'Sources and "Stand".',
    details:
      "A place's or an offer's details, opened in place under its name: an offer's times in words, next date, audience, cost, contact and link; a place's accessibility and description.",
    action:
      'A button that does something for the reader: "In den Kalender" (an offer), "Alle Termine in den Kalender" (a place, the project), "Aushang drucken" (a printed A4 notice of a place or the project, in the reader\'s language, with a QR code).',
  },
  events: {
    'quartier-select': {
      detail: 'QuartierSelectDetail',
      description:
        "The reader picked the project (compact title), a place or an offer: `{type, id}`. Cancelable; when not cancelled the card marks the entry as current, opens a place's or an offer's details in place, and every `<offer-map>` on the page that lists it shows it too. A link `#quartier-place=<id>` or `#quartier-offer=<id>` in the page's address opens it the same way.",
    },
  },
  tokens: [],
};
